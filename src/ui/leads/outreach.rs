//! The outreach log: calls, emails and visits on a lead, newest first, and a
//! form to log one. When consent is missing or expired (by the app clock)
//! the form is disabled and says why; the domain refuses the same way, so a
//! stale page cannot slip one through.

use crate::domain::sorting;
use leptos::prelude::*;

use super::messages;
use crate::domain::lead_list::is_closed;
use crate::domain::leads::{log_outreach, outreach_block, OutreachError, OutreachInput, OutreachKind};
use crate::domain::{Id, Lead};
use crate::i18n::format as fmt;
use crate::store::Change;
use crate::ui::browser;
use crate::ui::ops::use_ops;
use crate::ui::state::{use_clock, use_locale, DbStoreFields};

#[component]
pub fn OutreachLog(lead_id: Id, lead: Memo<Option<Lead>>) -> impl IntoView {
    let ops = use_ops();
    let locale = use_locale();
    let clock = use_clock();
    let kind = RwSignal::new(0usize);
    let subject = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // Why outreach is not possible right now, if it is not.
    let blocked = Memo::new(move |_| {
        let now = clock.now();
        lead.with(|l| {
            let l = l.as_ref()?;
            if is_closed(l.status) {
                return Some(OutreachError::Closed);
            }
            outreach_block(l, now).map(OutreachError::Blocked)
        })
    });
    let items = Memo::new(move |_| {
        let mut v: Vec<_> = ops.data.db.activities().with(|a| a.iter().filter(|x| x.lead_id == Some(lead_id)).cloned().collect());
        sorting::sort_by(&mut v, |a, b| b.at.cmp(&a.at));
        v
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(l) = ops.data.db.leads().with_untracked(|v| v.iter().find(|x| x.id == lead_id).cloned()) else { return };
        let t = ops.t();
        let input = OutreachInput {
            kind: OutreachKind::ALL[kind.get_untracked().min(OutreachKind::ALL.len() - 1)],
            subject: subject.get_untracked(),
            notes: notes.get_untracked(),
        };
        match log_outreach(&l, &input, ops.new_id(), ops.acting_id(), ops.now()) {
            Err(e) => error.set(Some(messages::outreach(t, e))),
            Ok(done) => {
                error.set(None);
                let change = Change::upsert_all(done.records());
                ops.write_then(change, Some(t.leads.outreach_logged.to_string()), move || {
                    subject.set(String::new());
                    notes.set(String::new());
                });
            }
        }
    };
    let l = move || &locale.texts().leads;
    let disabled = move || blocked.get().is_some();
    view! {
        <section class="card" aria-labelledby="lead-outreach-h" data-testid="lead-outreach">
            <h2 id="lead-outreach-h">{move || l().outreach}</h2>
            {move || blocked.get().map(|e| view! {
                <p class="notice notice-error" role="status" id="outreach-blocked" data-testid="outreach-blocked">
                    "⚠ " {messages::outreach(locale.texts(), e)}
                </p>
            })}
            <form class="form-grid" on:submit=submit data-testid="outreach-form" aria-describedby=move || disabled().then_some("outreach-blocked")>
                <fieldset class="contents" disabled=disabled>
                    <label class="field">
                        <span>{move || l().outreach_kind}</span>
                        <select class="input" data-testid="outreach-kind" on:change=move |ev| kind.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {OutreachKind::ALL.iter().enumerate().map(|(i, k)| view! {
                                <option value=i.to_string() selected=move || kind.get() == i>{move || locale.texts().activity_kinds[k.activity_kind() as usize]}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label class="field">
                        <span>{move || l().outreach_subject}</span>
                        <input class="input" data-testid="outreach-subject" aria-required="true"
                            aria-invalid=move || error.get().is_some().to_string() aria-describedby=move || error.get().map(|_| "outreach-err")
                            prop:value=move || subject.get() on:input=move |ev| { subject.set(event_target_value(&ev)); error.set(None); }/>
                    </label>
                    <label class="field">
                        <span>{move || l().outreach_notes}</span>
                        <input class="input" data-testid="outreach-notes" prop:value=move || notes.get() on:input=move |ev| notes.set(event_target_value(&ev))/>
                    </label>
                    <div><button class="btn btn-primary" type="submit" data-testid="outreach-log">{move || l().log_outreach}</button></div>
                </fieldset>
            </form>
            {move || error.get().map(|e| view! { <p class="field-error" id="outreach-err" role="alert" data-testid="outreach-error">{e}</p> })}
            <ol class="timeline" data-testid="outreach-items">
                <For each=move || items.get() key=|a| (a.id, a.updated_at) let:a>
                    <li data-testid="outreach-item">
                        <span class="pill">{move || locale.texts().activity_kinds[a.kind as usize]}</span>
                        " " <strong>{a.subject.clone()}</strong>
                        " · " <span class="muted num">{move || fmt::datetime_short(a.at, browser::local_offset(), locale.0.get())}</span>
                        {(!a.notes.is_empty()).then(|| view! { <div class="muted small">{a.notes.clone()}</div> })}
                    </li>
                </For>
            </ol>
            <Show when=move || items.with(Vec::is_empty)>
                <p class="muted" data-testid="outreach-none">{move || l().outreach_none}</p>
            </Show>
        </section>
    }
}
