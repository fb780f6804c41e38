//! Approval pieces shared by quotes (discounts) and contracts: the decision
//! log by round, and the approve / reject bar for whoever is acting.

use crate::domain::sorting;
use leptos::prelude::*;

use crate::domain::approval::ApprovalDecision;
use crate::domain::{ApprovalStep, Decision, Id, Role};
use crate::i18n::format as fmt;
use crate::ui::browser;
use crate::ui::state::{use_acting, use_data, use_locale, DbStoreFields};

/// The acting-as person's id and role, when someone is selected.
pub fn use_acting_person() -> impl Fn() -> Option<(Id, Role)> + Copy {
    let acting = use_acting();
    let data = use_data();
    move || {
        let id = acting.0.get()?;
        data.db.people().with(|p| p.iter().find(|x| x.id == id).map(|x| (x.id, x.role)))
    }
}

/// Steps grouped by round (oldest round first), each round in role order.
fn rounds(mut steps: Vec<ApprovalStep>) -> Vec<Vec<ApprovalStep>> {
    sorting::sort_by_key(&mut steps, |s| s.created_at);
    let mut out: Vec<Vec<ApprovalStep>> = Vec::new();
    for s in steps {
        match out.last_mut() {
            Some(r) if r[0].created_at == s.created_at => r.push(s),
            _ => out.push(vec![s]),
        }
    }
    out
}

#[component]
pub fn StepLog(#[prop(into)] steps: Signal<Vec<ApprovalStep>>) -> impl IntoView {
    let locale = use_locale();
    let data = use_data();
    move || {
        let t = locale.texts();
        let d = &t.docs;
        let all = rounds(steps.get());
        if all.is_empty() {
            return view! { <p class="muted">{d.not_submitted}</p> }.into_any();
        }
        let people = data.db.people().read();
        let name = |id: Option<Id>| id.and_then(|id| people.iter().find(|p| p.id == id).map(|p| p.name.clone())).unwrap_or_default();
        let last = all.len();
        view! {
            <div class="step-log">
                {all.into_iter().enumerate().rev().map(|(i, round)| view! {
                    <table class="table compact" data-testid=if i + 1 == last { "approval-current" } else { "approval-earlier" }>
                        <caption>{(d.round)(i + 1)}</caption>
                        <thead><tr><th>{d.col_role}</th><th>{d.col_decision}</th><th>{d.col_by}</th><th>{d.col_when}</th><th>{d.col_reason}</th></tr></thead>
                        <tbody>
                            {round.into_iter().map(|s| {
                                let when = s.decided_at.map(|at| fmt::datetime_short(at, browser::local_offset(), locale.0.get())).unwrap_or_default();
                                let tone = match s.decision { Decision::Approved => "pill ok", Decision::Rejected => "pill bad", Decision::Pending => "pill" };
                                // A vote still open in a closed round was never needed.
                                let shown = if s.decision == Decision::Pending && i + 1 != last { d.not_reached } else { t.decisions[s.decision as usize] };
                                view! {
                                    <tr data-testid=format!("step-{:?}", s.role).to_lowercase()>
                                        <td>{t.roles[s.role as usize]}</td>
                                        <td><span class=tone data-testid="step-decision">{shown}</span></td>
                                        <td>{name(s.approver_id)}</td>
                                        <td class="num">{when}</td>
                                        <td>{s.reason.clone()}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }).collect_view()}
            </div>
        }
        .into_any()
    }
}

/// Approve / reject for the acting person when their role has a pending
/// step; otherwise says who is awaited and how to act as them. `blocked`
/// explains why approving is not possible (rejecting still is).
#[component]
pub fn DecideBar(
    #[prop(into)] pending: Signal<Vec<Role>>,
    #[prop(into)] blocked: Signal<Option<String>>,
    on_decide: Callback<(Role, ApprovalDecision)>,
) -> impl IntoView {
    let locale = use_locale();
    let data = use_data();
    let acting = use_acting_person();
    let reason = RwSignal::new(String::new());
    let reason_error = RwSignal::new(false);
    let my_role = move || acting().map(|(_, r)| r).filter(|r| pending.get().contains(r));
    move || {
        let t = locale.texts();
        let d = &t.docs;
        let waiting = pending.get();
        if waiting.is_empty() {
            return ().into_any();
        }
        let names = waiting.iter().map(|r| t.roles[*r as usize]).collect::<Vec<_>>().join(", ");
        let Some(role) = my_role() else {
            let missing: Vec<&str> = waiting
                .iter()
                .filter(|r| !data.db.people().with(|p| p.iter().any(|x| x.role == **r && x.active)))
                .map(|r| t.roles[*r as usize])
                .collect();
            return view! {
                <p class="muted" data-testid="awaiting">{(d.awaiting)(&names)}</p>
                {(!missing.is_empty()).then(|| view! {
                    <p class="muted" data-testid="nobody-has-role">{(d.nobody_has_role)(&missing.join(", "))}</p>
                })}
            }
            .into_any();
        };
        let approve = move |_| on_decide.run((role, ApprovalDecision::Approve));
        let reject = move |_| {
            let r = reason.get_untracked();
            if r.trim().is_empty() {
                reason_error.set(true);
                return;
            }
            reason_error.set(false);
            reason.set(String::new());
            on_decide.run((role, ApprovalDecision::Reject { reason: r }));
        };
        view! {
            <div class="decide" data-testid="decide">
                <p>{(d.deciding_as)(t.roles[role as usize])}</p>
                {move || blocked.get().map(|why| view! { <p class="alert" role="alert" data-testid="approve-blocked">{why}</p> })}
                <div class="row wrap">
                    <button class="btn btn-primary" data-testid="approve" disabled=move || blocked.get().is_some() on:click=approve>
                        {d.approve}
                    </button>
                    <label class="field grow">
                        <span class="sr-only">{d.reject_reason}</span>
                        <input class="input" data-testid="reject-reason" placeholder=d.reject_reason
                            aria-invalid=move || reason_error.get().to_string()
                            prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))/>
                    </label>
                    <button class="btn btn-danger" data-testid="reject" on:click=reject>{d.reject}</button>
                </div>
                {move || reason_error.get().then(|| view! { <p class="error" role="alert">{locale.texts().docs.reject_needs_reason}</p> })}
            </div>
        }
        .into_any()
    }
}
