//! The lead settings form's state: what is typed, one signal for the whole
//! form (the domain command reads it whole), plus the inputs marked invalid
//! by the latest check. Inputs read and write one field through a getter
//! and a setter.

use leptos::prelude::*;

use crate::domain::leads::edit::LeadSettingsInput;
use crate::domain::Id;

#[derive(Clone, Copy)]
pub struct Form {
    pub input: RwSignal<LeadSettingsInput>,
    /// Test ids of the inputs a current problem is about.
    pub bad: Memo<Vec<String>>,
    /// People who can be named in rules (id, name), by name.
    pub people: Memo<Vec<(Id, String)>>,
}

impl Form {
    pub fn is_bad(&self, id: &str) -> bool {
        self.bad.with(|b| b.iter().any(|x| x == id))
    }

    pub fn edit(&self, f: impl FnOnce(&mut LeadSettingsInput)) {
        self.input.update(f);
    }
}

type Getter = fn(&LeadSettingsInput, usize) -> String;
type Setter = fn(&mut LeadSettingsInput, usize, String);

/// A whole-number input bound to field `get`/`set` at position `i`
/// (positionless fields ignore it). `label` is its accessible name.
pub fn number(form: Form, id: String, label: Signal<String>, i: usize, get: Getter, set: Setter, class: &'static str) -> impl IntoView {
    let bad_id = id.clone();
    view! {
        <input class=format!("input num {class}") inputmode="numeric" autocomplete="off"
            id=id.clone() data-testid=id aria-label=move || label.get()
            aria-invalid=move || form.is_bad(&bad_id).to_string()
            prop:value=move || form.input.with(|f| get(f, i))
            on:input=move |ev| {
                let v = event_target_value(&ev);
                form.edit(|f| set(f, i, v));
            }/>
    }
}

/// A labelled field (label above the input) for a single value.
pub fn labelled_number(form: Form, id: &str, label: Signal<String>, get: Getter, set: Setter) -> impl IntoView {
    let for_id = id.to_string();
    view! {
        <div class="field">
            <label for=for_id>{move || label.get()}</label>
            {number(form, id.to_string(), label, 0, get, set, "")}
        </div>
    }
}

/// A free-text input bound like [`number`].
pub fn text(form: Form, id: String, label: Signal<String>, i: usize, get: Getter, set: Setter) -> impl IntoView {
    let bad_id = id.clone();
    view! {
        <input class="input" autocomplete="off" data-testid=id aria-label=move || label.get()
            aria-invalid=move || form.is_bad(&bad_id).to_string()
            prop:value=move || form.input.with(|f| get(f, i))
            on:input=move |ev| {
                let v = event_target_value(&ev);
                form.edit(|f| set(f, i, v));
            }/>
    }
}
