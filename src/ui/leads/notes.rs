//! Free notes on a lead, kept as typed and saved on request.

use leptos::prelude::*;

use crate::domain::lead_actions::set_notes;
use crate::domain::{Id, Lead};
use crate::store::Change;
use crate::ui::ops::use_ops;
use crate::ui::state::{use_locale, DbStoreFields};

#[component]
pub fn Notes(lead_id: Id, lead: Memo<Option<Lead>>) -> impl IntoView {
    let ops = use_ops();
    let locale = use_locale();
    // Untracked: a save elsewhere must not overwrite what is being typed.
    let text = RwSignal::new(lead.with_untracked(|l| l.as_ref().map(|l| l.notes.clone()).unwrap_or_default()));
    let stored = Memo::new(move |_| lead.with(|l| l.as_ref().map(|l| l.notes.clone()).unwrap_or_default()));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(l) = ops.data.db.leads().with_untracked(|v| v.iter().find(|x| x.id == lead_id).cloned()) else { return };
        if let Some(next) = set_notes(&l, &text.get_untracked(), ops.now()) {
            ops.write(Change::upsert(next), Some(ops.t().leads.notes_saved.to_string()));
        }
    };
    let l = move || &locale.texts().leads;
    view! {
        <section class="card" aria-labelledby="lead-notes-h" data-testid="lead-notes">
            <h2 id="lead-notes-h">{move || l().notes}</h2>
            <form class="stack" on:submit=save>
                <label class="field">
                    <span class="sr-only">{move || l().notes}</span>
                    <textarea class="input textarea" data-testid="lead-notes-text" prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                </label>
                <div>
                    <button class="btn" type="submit" data-testid="lead-notes-save"
                        disabled=move || stored.get() == text.get().trim_end()>{move || l().save_notes}</button>
                </div>
            </form>
        </section>
    }
}
