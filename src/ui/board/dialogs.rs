//! Questions a move may need answered: the lost reason, and whether to move
//! on with an unfinished exit checklist.

use leptos::prelude::*;

use super::moves::{Ask, Mover};
use crate::ui::state::use_locale;

#[component]
pub fn MoveDialogs(mover: Mover) -> impl IntoView {
    let locale = use_locale();
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // Open the native modal whenever there is a question; it traps focus and closes on Esc.
    Effect::new(move || {
        let open = mover.ask.get().is_some();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                reason.set(String::new());
                error.set(false);
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let close = move || mover.ask.set(None);
    let confirm = move || match mover.ask.get_untracked() {
        Some(Ask::LostReason(target)) => {
            let r = reason.get_untracked();
            if r.trim().is_empty() {
                error.set(true);
                return;
            }
            mover.ask.set(None);
            mover.perform(target, Some(r.trim().to_string()));
        }
        Some(Ask::Checklist(target, _)) => {
            mover.ask.set(None);
            mover.perform(target, None);
        }
        None => {}
    };
    view! {
        <dialog node_ref=dialog class="dialog" data-testid="move-dialog" aria-labelledby="move-dlg-h"
            on:close=move |_| close()>
            {move || match mover.ask.get() {
                Some(Ask::LostReason(_)) => view! {
                    <form method="dialog" on:submit=move |ev| { ev.prevent_default(); confirm(); }>
                        <h2 id="move-dlg-h">{locale.texts().lost_title}</h2>
                        <label class="field">
                            <span>{locale.texts().lost_reason}</span>
                            <input class="input" data-testid="lost-reason" aria-required="true"
                                aria-invalid=move || error.get().to_string()
                                prop:value=move || reason.get()
                                on:input=move |ev| { reason.set(event_target_value(&ev)); error.set(false); }/>
                        </label>
                        {move || error.get().then(|| view! { <p class="field-error" role="alert" data-testid="lost-error">{locale.texts().lost_reason_required}</p> })}
                        <div class="row">
                            <button type="button" class="btn-ghost" on:click=move |_| close()>{locale.texts().cancel}</button>
                            <button type="submit" class="btn btn-danger" data-testid="lost-confirm">{locale.texts().mark_lost}</button>
                        </div>
                    </form>
                }.into_any(),
                Some(Ask::Checklist(_, items)) => view! {
                    <div>
                        <h2 id="move-dlg-h">{locale.texts().checklist_title}</h2>
                        <ul data-testid="checklist-unmet">
                            {items.into_iter().map(|k| view! { <li>{(locale.texts().checklist_items)(k)}</li> }).collect_view()}
                        </ul>
                        <p>{locale.texts().checklist_body}</p>
                        <div class="row">
                            <button type="button" class="btn-ghost" on:click=move |_| close()>{locale.texts().cancel}</button>
                            <button type="button" class="btn btn-primary" data-testid="checklist-continue" on:click=move |_| confirm()>{locale.texts().move_anyway}</button>
                        </div>
                    </div>
                }.into_any(),
                None => ().into_any(),
            }}
        </dialog>
    }
}
