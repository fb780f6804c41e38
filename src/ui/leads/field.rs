//! One text input of the lead form with its label, help and error line;
//! shared by the form and its source/consent sections.

use leptos::prelude::*;

use super::messages::form_error;
use crate::domain::lead_form::{LeadError, LeadInput};
use crate::ui::state::use_locale;

/// One text input bound to a field of the form, with its error line.
#[component]
pub fn TextField(
    fields: RwSignal<LeadInput>,
    errors: Memo<Vec<LeadError>>,
    #[prop(into)] label: Signal<String>,
    get: fn(&LeadInput) -> &String,
    set: fn(&mut LeadInput, String),
    testid: &'static str,
    #[prop(default = &[])] which: &'static [LeadError],
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = false)] required: bool,
    #[prop(optional, into)] help: Option<Signal<&'static str>>,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let locale = use_locale();
    let error = move || errors.with(|e| e.iter().find(|x| which.contains(x)).copied());
    let (err_id, help_id) = (format!("{testid}-err"), format!("{testid}-help"));
    let described = {
        let (err_id, help_id) = (err_id.clone(), help_id.clone());
        move || {
            let mut ids = Vec::new();
            if help.is_some() {
                ids.push(help_id.clone());
            }
            if error().is_some() {
                ids.push(err_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field">
            <label class="field">
                <span>{label}</span>
                <input class="input" type=kind data-testid=testid list=list inputmode=inputmode autocomplete="off"
                    aria-required=required.then_some("true")
                    aria-invalid=move || error().is_some().to_string() aria-describedby=described
                    prop:value=move || fields.with(|f| get(f).clone())
                    on:input=move |ev| fields.update(|f| set(f, event_target_value(&ev)))/>
            </label>
            {help.map(|h| view! { <span class="muted small" id=help_id>{h}</span> })}
            {move || error().map(|e| view! { <span class="field-error" id=err_id.clone()>{form_error(locale.texts(), e)}</span> })}
        </div>
    }
}
