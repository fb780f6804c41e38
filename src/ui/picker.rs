//! Choosing several records from a list: a group of checkboxes, which a
//! keyboard and a screen reader handle better than `<select multiple>`.

use leptos::prelude::*;

use crate::domain::Id;

/// `options` are (id, label) in display order; `chosen` keeps the order of
/// ticking. Shows `empty` when there is nothing to choose from.
#[component]
pub fn IdPicker(
    #[prop(into)] legend: Signal<&'static str>,
    #[prop(into)] options: Signal<Vec<(Id, String)>>,
    chosen: RwSignal<Vec<Id>>,
    #[prop(into)] empty: Signal<&'static str>,
    testid: &'static str,
    #[prop(optional, into)] help: Option<Signal<&'static str>>,
) -> impl IntoView {
    let toggle = move |id: Id, on: bool| {
        chosen.update(|v| {
            v.retain(|x| *x != id);
            if on {
                v.push(id);
            }
        })
    };
    let help_id = format!("{testid}-help");
    view! {
        <fieldset class="pick" data-testid=testid
            aria-describedby=help.is_some().then(|| help_id.clone())>
            <legend>{legend}</legend>
            {help.map(|h| view! { <p class="muted small" id=help_id.clone()>{h}</p> })}
            <Show when=move || !options.read().is_empty() fallback=move || view! { <p class="muted small">{empty}</p> }>
                <ul class="pick-list">
                    <For each=move || options.get() key=|o| o.clone() let:o>
                        <li>
                            <label>
                                <input type="checkbox" value=o.0.to_string()
                                    prop:checked=move || chosen.read().contains(&o.0)
                                    on:change=move |ev| toggle(o.0, event_target_checked(&ev))/>
                                <span>{o.1.clone()}</span>
                            </label>
                        </li>
                    </For>
                </ul>
            </Show>
        </fieldset>
    }
}
