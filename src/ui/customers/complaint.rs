//! `/complaints/:id`: one complaint — its response deadline by the app
//! clock, the steps taken with who and when, and the buttons that move it
//! on. Closing needs the root cause and the corrective action.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::customers::complaints::{advance, next_steps, response_due, sla, ComplaintError, Sla};
use crate::domain::{Complaint, ComplaintStatus, Id};
use crate::i18n::{format as fmt, CustomersTexts};
use crate::store::Change;
use crate::ui::actions::commit_then;
use crate::ui::browser;
use crate::ui::state::{use_acting, use_clock, use_data, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

pub fn complaint_message(c: &CustomersTexts, e: ComplaintError) -> &'static str {
    match e {
        ComplaintError::AccountRequired => c.err_account_required,
        ComplaintError::TitleRequired => c.err_title_required,
        ComplaintError::NotNextStep => c.err_not_next_step,
        ComplaintError::AlreadyClosed => c.err_already_closed,
        ComplaintError::RootCauseRequired => c.err_root_cause_required,
        ComplaintError::CorrectiveActionRequired => c.err_corrective_action_required,
    }
}

/// Stable test ids of the step buttons.
fn step_key(s: ComplaintStatus) -> &'static str {
    match s {
        ComplaintStatus::Open => "open",
        ComplaintStatus::Acknowledged => "acknowledged",
        ComplaintStatus::InProgress => "in_progress",
        ComplaintStatus::Resolved => "resolved",
        ComplaintStatus::Verified => "verified",
        ComplaintStatus::Closed => "closed",
    }
}

/// The response state as a pill: text and class.
pub fn sla_pill(c: &CustomersTexts, s: Sla) -> (String, &'static str) {
    match s {
        Sla::Due { hours_left } => ((c.sla_due)(hours_left), "pill"),
        Sla::Overdue { hours_over } => ((c.sla_overdue)(hours_over), "pill pill-danger"),
        Sla::Met => (c.sla_met.into(), "pill pill-ok"),
        Sla::Late => (c.sla_late.into(), "pill pill-warn"),
    }
}

#[component]
pub fn ComplaintPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_data();
    let locale = use_locale();
    let id = Memo::new(move |_| params.read().get("id").and_then(|i| Id::parse(&i)));
    let complaint = Memo::new(move |_| {
        let id = id.get()?;
        data.db.complaints().with(|c| c.iter().find(|x| x.id == id).cloned())
    });
    let exists = Memo::new(move |_| complaint.with(Option::is_some));
    move || {
        let c = &locale.texts().customers;
        if !exists.get() {
            return view! {
                <div class="center-state" role="alert" data-testid="complaint-missing">
                    <p>{c.complaint_not_found}</p>
                    <a class="btn" href="/customers/complaints">{c.back_to_complaints}</a>
                </div>
            }
            .into_any();
        }
        view! { <ComplaintView complaint/> }.into_any()
    }
}

#[component]
fn ComplaintView(complaint: Memo<Option<Complaint>>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let notices = use_notices();
    let get = move |f: fn(&Complaint) -> String| move || complaint.with(|c| c.as_ref().map(f).unwrap_or_default());
    let initial = complaint.get_untracked();
    let root_cause = RwSignal::new(initial.as_ref().map(|c| c.root_cause.clone()).unwrap_or_default());
    let action = RwSignal::new(initial.as_ref().map(|c| c.corrective_action.clone()).unwrap_or_default());
    let errors = RwSignal::new(Vec::<&'static str>::new());
    let person = move |id: Option<Id>| {
        id.and_then(|id| data.db.people().with(|p| p.iter().find(|x| x.id == id).map(|p| p.name.clone())))
    };
    let account = move || {
        let aid = complaint.with(|c| c.as_ref().map(|c| c.account_id))?;
        data.db.accounts().with(|a| a.iter().find(|x| x.id == aid).map(|a| (aid, a.name.clone())))
    };
    let status = move || complaint.with(|c| c.as_ref().map(|c| c.status)).unwrap_or(ComplaintStatus::Open);
    let sla_now = move || {
        let now = clock.now();
        complaint.with(|c| c.as_ref().map(|c| data.db.settings().with(|s| (sla(c, s, now), response_due(c, s)))))
    };
    let move_to = move |to: ComplaintStatus| {
        let t = locale.texts();
        let Some(current) = complaint.get_untracked() else { return };
        let now = clock.now_untracked();
        match advance(&current, to, &root_cause.get_untracked(), &action.get_untracked(), acting.0.get_untracked(), now) {
            Err(es) => errors.set(es.into_iter().map(|e| complaint_message(&t.customers, e)).collect()),
            Ok(next) => {
                errors.set(Vec::new());
                let msg = (t.customers.moved_to)(t.complaint_status[to as usize]);
                commit_then(data, notices, t, Change::upsert(next), Some(msg), || ());
            }
        }
    };
    let c = move || &locale.texts().customers;
    let t = move || locale.texts();
    view! {
        <div class="page complaint-page" data-testid="complaint-page">
            <header class="page-head">
                <a class="back" href="/customers/complaints">{move || c().back_to_complaints}</a>
                <h1 data-testid="complaint-heading">{get(|c| c.title.clone())}</h1>
                <p class="muted">
                    {move || account().map(|(id, name)| view! { <a href=format!("/accounts/{id}") data-testid="complaint-account">{name}</a> })}
                    " · " {move || complaint.with(|x| x.as_ref().map(|x| t().complaint_categories[x.category as usize])).unwrap_or_default()}
                    " · " {move || complaint.with(|x| x.as_ref().map(|x| t().severities[x.severity as usize])).unwrap_or_default()}
                </p>
            </header>
            <section class="card">
                <dl class="facts">
                    <div><dt>{move || c().col_status}</dt><dd><span class="pill" data-testid="complaint-status">{move || t().complaint_status[status() as usize]}</span></dd></div>
                    <div><dt>{move || c().col_sla}</dt><dd data-testid="complaint-sla">
                        {move || sla_now().map(|(s, _)| { let (text, cls) = sla_pill(c(), s); view! { <span class=cls>{text}</span> } })}
                    </dd></div>
                    <div><dt>{move || c().response_due_at}</dt><dd class="num">
                        {move || sla_now().map(|(_, due)| fmt::datetime_short(due, browser::local_offset(), locale.0.get()))}
                    </dd></div>
                    <div><dt>{move || c().owner}</dt><dd>{move || person(complaint.with(|c| c.as_ref().and_then(|c| c.owner_id))).unwrap_or_else(|| c().no_owner.into())}</dd></div>
                </dl>
                {move || complaint.with(|x| x.as_ref().map(|x| x.description.clone())).filter(|d| !d.is_empty()).map(|d| view! { <p>{d}</p> })}
            </section>
            <section class="card" data-testid="complaint-steps">
                <h2>{move || c().steps}</h2>
                <ol class="timeline">
                    {move || complaint.with(|x| x.as_ref().map(|x| x.history.clone())).unwrap_or_default().into_iter().map(|s| view! {
                        <li data-testid="complaint-step">
                            <span class="pill">{t().complaint_status[s.status as usize]}</span>
                            " · " <span class="num">{fmt::datetime_short(s.at, browser::local_offset(), locale.0.get())}</span>
                            " · " {person(s.by).unwrap_or_else(|| c().by_unknown.into())}
                        </li>
                    }).collect_view()}
                </ol>
            </section>
            <Show when=move || status() != ComplaintStatus::Closed>
                <section class="card" data-testid="complaint-actions">
                    <div class="form-grid">
                        <label class="field wide">
                            <span>{move || c().root_cause}</span>
                            <textarea class="input" rows="2" data-testid="complaint-root-cause" prop:value=move || root_cause.get()
                                on:input=move |ev| root_cause.set(event_target_value(&ev))></textarea>
                        </label>
                        <label class="field wide">
                            <span>{move || c().corrective_action}</span>
                            <textarea class="input" rows="2" data-testid="complaint-corrective-action" prop:value=move || action.get()
                                on:input=move |ev| action.set(event_target_value(&ev))></textarea>
                        </label>
                    </div>
                    <p class="muted" hidden=move || status() != ComplaintStatus::Verified>{move || c().close_needs}</p>
                    <div class="row">
                        {move || next_steps(status()).into_iter().map(|to| {
                            let back = to == ComplaintStatus::InProgress && status() != ComplaintStatus::Acknowledged;
                            let label = if back { c().reopen.to_string() } else { format!("{} {}", c().move_to, t().complaint_status[to as usize]) };
                            let cls = if back { "btn" } else { "btn btn-primary" };
                            view! {
                                <button class=cls type="button" data-testid=format!("complaint-to-{}", step_key(to)) on:click=move |_| move_to(to)>{label}</button>
                            }
                        }).collect_view()}
                    </div>
                    <Show when=move || !errors.get().is_empty()>
                        <ul class="field-error" role="alert" data-testid="complaint-step-errors">
                            {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                        </ul>
                    </Show>
                </section>
            </Show>
            <Show when=move || status() == ComplaintStatus::Closed>
                <section class="card" data-testid="complaint-closed">
                    <dl class="facts">
                        <div><dt>{move || c().root_cause}</dt><dd>{get(|c| c.root_cause.clone())}</dd></div>
                        <div><dt>{move || c().corrective_action}</dt><dd>{get(|c| c.corrective_action.clone())}</dd></div>
                    </dl>
                </section>
            </Show>
        </div>
    }
}
