//! Cross-department support requests on a deal: ask pre-sales, technical,
//! legal or finance for help, and track each request to done.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::support::{add_request, is_overdue, set_status, NewRequest, SupportError};
use crate::domain::{Id, SupportStatus, SupportTeam};
use crate::i18n::format as fmt;
use crate::store::Change;
use crate::ui::ops::use_ops;
use crate::ui::state::DbStoreFields;

#[component]
pub fn SupportRequests(deal_id: Id) -> impl IntoView {
    let ops = use_ops();
    let locale = ops.locale;
    let data = ops.data;
    let team = RwSignal::new(0usize);
    let subject = RwSignal::new(String::new());
    let details = RwSignal::new(String::new());
    let needed_by = RwSignal::new(String::new());
    let deal = move || data.db.deals().with(|d| d.iter().find(|x| x.id == deal_id).cloned());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(d) = data.db.deals().with_untracked(|d| d.iter().find(|x| x.id == deal_id).cloned()) else { return };
        let t = ops.t();
        let date_text = needed_by.get_untracked();
        let date = match date_text.trim() {
            "" => None,
            s => match s.parse::<NaiveDate>() {
                Ok(x) => Some(x),
                Err(_) => return ops.refuse(t.date_invalid),
            },
        };
        let req = NewRequest {
            team: SupportTeam::ALL[team.get_untracked().min(3)],
            subject: subject.get_untracked(),
            details: details.get_untracked(),
            needed_by: date,
            requested_by: ops.acting_id(),
        };
        match add_request(&d, req, ops.new_id(), ops.now()) {
            Ok(next) => {
                subject.set(String::new());
                details.set(String::new());
                needed_by.set(String::new());
                ops.write(Change::upsert(next), Some(t.docs.support_sent.to_string()));
            }
            Err(SupportError::EmptySubject) => ops.refuse((t.field_required)(t.docs.support_subject)),
            Err(SupportError::NeededByPast { .. }) => ops.refuse(t.docs.err_needed_by_past),
            Err(SupportError::UnknownRequest) => {}
        }
    };
    let set = move |rid: Id, status: SupportStatus| {
        let Some(d) = data.db.deals().with_untracked(|d| d.iter().find(|x| x.id == deal_id).cloned()) else { return };
        if let Ok(next) = set_status(&d, rid, status, ops.now()) {
            ops.write(Change::upsert(next), None);
        }
    };
    view! {
        <section class="card" data-testid="deal-support">
            <h2>{move || locale.texts().docs.support}</h2>
            {move || {
                let t = locale.texts();
                let now = ops.clock.now();
                let list = deal().map(|d| d.support_requests).unwrap_or_default();
                if list.is_empty() {
                    return view! { <p class="muted">{t.none_yet}</p> }.into_any();
                }
                let people = data.db.people().read();
                view! {
                    <ul class="plain support-list">
                        {list.into_iter().rev().map(|r| {
                            let who = r.requested_by.and_then(|id| people.iter().find(|p| p.id == id).map(|p| p.name.clone())).unwrap_or_default();
                            let late = is_overdue(&r, now);
                            let rid = r.id;
                            view! {
                                <li data-testid="support-request">
                                    <span class="pill">{t.docs.support_teams[r.team as usize]}</span> " "
                                    <strong>{r.subject.clone()}</strong>
                                    " · " <span class="pill" data-testid="support-status">{t.docs.support_status[r.status as usize]}</span>
                                    {late.then(|| view! { " " <span class="stale-badge">{t.docs.overdue}</span> })}
                                    <div class="muted small">
                                        {(t.docs.requested_by)(&who, &fmt::datetime_short(r.requested_at, crate::ui::browser::local_offset(), t.locale))}
                                        {r.needed_by.map(|x| format!(" · {} {}", t.docs.needed_by, fmt::date(x, t.locale)))}
                                    </div>
                                    {(!r.details.is_empty()).then(|| view! { <p class="small">{r.details.clone()}</p> })}
                                    {(r.status != SupportStatus::Done).then(|| view! {
                                        <div class="row">
                                            {(r.status == SupportStatus::Open).then(|| view! {
                                                <button class="btn-ghost" data-testid="support-start" on:click=move |_| set(rid, SupportStatus::InProgress)>{t.docs.support_start}</button>
                                            })}
                                            <button class="btn-ghost" data-testid="support-done" on:click=move |_| set(rid, SupportStatus::Done)>{t.docs.support_done}</button>
                                        </div>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <form class="stack" on:submit=submit data-testid="support-form">
                <div class="form-grid">
                    <label class="field">
                        <span>{move || locale.texts().docs.support_team}</span>
                        <select class="input" data-testid="support-team" on:change=move |ev| team.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {move || SupportTeam::ALL.iter().enumerate().map(|(i, s)| view! {
                                <option value=i.to_string() selected=move || team.get() == i>{locale.texts().docs.support_teams[*s as usize]}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label class="field">
                        <span>{move || locale.texts().docs.needed_by}</span>
                        <input class="input" type="date" data-testid="support-needed-by" prop:value=move || needed_by.get() on:change=move |ev| needed_by.set(event_target_value(&ev))/>
                    </label>
                </div>
                <label class="field">
                    <span>{move || locale.texts().docs.support_subject}</span>
                    <input class="input" data-testid="support-subject" prop:value=move || subject.get() on:input=move |ev| subject.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || locale.texts().docs.support_details}</span>
                    <textarea class="input textarea" data-testid="support-details" prop:value=move || details.get() on:input=move |ev| details.set(event_target_value(&ev))></textarea>
                </label>
                <button class="btn" type="submit" data-testid="support-submit">{move || locale.texts().docs.support_request}</button>
            </form>
        </section>
    }
}
