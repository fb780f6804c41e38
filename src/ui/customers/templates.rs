//! Industry solution templates (行业解决方案模板): pain points, pitch and
//! the products to lead with, per industry; shown next to each industry's
//! figures and editable here.

use leptos::prelude::*;

use crate::domain::customers::templates_edit::{input_from, save, TemplateError, TemplateInput};

use crate::store::Change;
use super::options::{product_options, ErrorList};
use crate::ui::actions::commit_then;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

#[component]
pub fn TemplatesForm() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let inputs = RwSignal::new(data.db.settings().with_untracked(|s| s.customers.templates.iter().map(input_from).collect::<Vec<_>>()));
    // Cards are rendered by count so typing does not rebuild them.
    let count = RwSignal::new(inputs.with_untracked(Vec::len));
    let errors = RwSignal::new(Vec::<String>::new());
    let products = product_options(data);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        match save(&inputs.get_untracked()) {
            Err(es) => errors.set(es.into_iter().map(|TemplateError::IndustryRequired(n)| (t.insights.err_template_industry)(n)).collect()),
            Ok(templates) => {
                errors.set(Vec::new());
                let mut settings = data.db.settings().get_untracked();
                settings.customers.templates = templates;
                settings.updated_at = Some(clock.now_untracked());
                commit_then(data, notices, t, Change { settings: Some(settings), ..Change::default() }, Some(t.insights.rules_saved.into()), || ());
            }
        }
    };
    let i = move || &locale.texts().insights;
    let field = move |k: usize, get: fn(&TemplateInput) -> String, set: fn(&mut TemplateInput, String)| {
        (
            move || inputs.with(|v| v.get(k).map(get).unwrap_or_default()),
            move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev);
                inputs.update(|v| if let Some(t) = v.get_mut(k) { set(t, value) });
            },
        )
    };
    view! {
        <section class="card" data-testid="templates">
            <h2>{move || i().templates_title}</h2>
            <p class="muted">{move || i().templates_intro}</p>
            <form on:submit=submit>
                {move || (0..count.get()).map(|k| {
                    let (industries, set_industries) = field(k, |t| t.industries.clone(), |t, v| t.industries = v);
                    let (pains, set_pains) = field(k, |t| t.pain_points.clone(), |t, v| t.pain_points = v);
                    let (pitch, set_pitch) = field(k, |t| t.pitch.clone(), |t, v| t.pitch = v);
                    view! {
                        <fieldset class="template form-grid" data-testid="template">
                            <label class="field wide">
                                <span>{move || i().template_industries}</span>
                                <input class="input" data-testid="template-industries" prop:value=industries on:input=set_industries/>
                            </label>
                            <label class="field wide">
                                <span>{move || i().template_pains}</span>
                                <textarea class="input" rows="3" data-testid="template-pains" prop:value=pains on:input=set_pains></textarea>
                            </label>
                            <label class="field wide">
                                <span>{move || i().template_pitch}</span>
                                <textarea class="input" rows="2" data-testid="template-pitch" prop:value=pitch on:input=set_pitch></textarea>
                            </label>
                            <div class="field wide">
                                <span>{move || i().template_products}</span>
                                <div class="chips">
                                    <For each=move || products.get() key=|p| p.0 let:p>
                                        <label class="check">
                                            <input type="checkbox"
                                                prop:checked=move || inputs.with(|v| v.get(k).is_some_and(|t| t.products.contains(&p.0)))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    inputs.update(|v| if let Some(t) = v.get_mut(k) {
                                                        t.products.retain(|x| *x != p.0);
                                                        if on { t.products.push(p.0) }
                                                    });
                                                }/>
                                            {p.1.clone()}
                                        </label>
                                    </For>
                                </div>
                            </div>
                        </fieldset>
                    }
                }).collect_view()}
                <div class="row">
                    <button class="btn-ghost" type="button" data-testid="template-add"
                        on:click=move |_| { inputs.update(|v| v.push(TemplateInput::default())); count.update(|n| *n += 1); }>
                        {move || i().template_add}
                    </button>
                    <button class="btn btn-primary" type="submit" data-testid="templates-save">{move || i().save_rules}</button>
                </div>
            </form>
            <ErrorList errors=Signal::derive(move || errors.get().into_iter().map(String::from).collect::<Vec<String>>())/>
        </section>
    }
}
