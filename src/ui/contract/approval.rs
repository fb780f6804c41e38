//! Approval routing by amount: who must approve, submission once nothing
//! blocks it, each decision logged, and a rejection sending it back.

use leptos::prelude::*;

use super::{contract_error, ContractView};
use crate::domain::approval::{required_roles, ApprovalDecision};
use crate::domain::contract_rules::{blockers, decide, is_editable, pending_roles, submit};
use crate::domain::credit::approval_block;
use crate::domain::{ContractStatus, Record, Role};
use crate::i18n::format as fmt;
use crate::store::Change;
use crate::ui::approvals::{DecideBar, StepLog};
use crate::ui::state::DbStoreFields;

#[component]
pub fn ApprovalPanel(v: ContractView) -> impl IntoView {
    let ops = v.ops;
    let locale = ops.locale;
    let data = ops.data;
    let submit_now = move |_| {
        let (Some(c), Some(credit)) = (v.contract.get_untracked(), v.credit.get_untracked()) else { return };
        let settings = data.db.settings().get_untracked();
        let mut result = None;
        let now = ops.now();
        ops.ids.0.update_value(|ids| result = Some(submit(&c, &v.steps.get_untracked(), &credit, &settings, now, ids)));
        match result {
            Some(Ok((next, steps))) => {
                let records = std::iter::once(Record::from(next)).chain(steps.into_iter().map(Record::from));
                ops.write(Change::upsert_all(records), Some(ops.t().docs.submitted.to_string()));
            }
            Some(Err(e)) => ops.refuse(contract_error(ops.t(), &e)),
            None => {}
        }
    };
    let pending = Signal::derive(move || {
        let under = v.contract.with(|c| c.as_ref().is_some_and(|c| c.status == ContractStatus::PendingApproval));
        if under { v.steps.with(|s| pending_roles(s)) } else { Vec::new() }
    });
    let blocked = Signal::derive(move || {
        let (c, credit) = (v.contract.get()?, v.credit.get()?);
        approval_block(&c, &credit).map(|_| locale.texts().docs.deposit_required.to_string())
    });
    let on_decide = Callback::new(move |(role, decision): (Role, ApprovalDecision)| {
        let (Some(c), Some(credit), Some(me)) = (v.contract.get_untracked(), v.credit.get_untracked(), ops.acting_id()) else { return };
        match decide(&c, &v.steps.get_untracked(), role, me, decision, &credit, ops.now()) {
            Ok((next, step)) => {
                let t = ops.t();
                let msg = match next.status {
                    ContractStatus::Approved => t.docs.contract_approved.to_string(),
                    ContractStatus::Rejected => t.docs.contract_rejected.to_string(),
                    _ => (t.docs.decision_logged)(t.roles[role as usize]),
                };
                ops.write(Change::upsert_all([Record::from(next), Record::from(step)]), Some(msg));
            }
            Err(e) => ops.refuse(contract_error(ops.t(), &e)),
        }
    });
    let steps = Signal::derive(move || v.steps.get());
    let route = move || {
        let t = locale.texts();
        let c = v.contract.get()?;
        let roles = data.db.settings().with(|s| required_roles(c.amount, s));
        let threshold = data.db.settings().with(|s| crate::domain::Money::new(s.approval_threshold_minor, s.currency));
        let names: Vec<&str> = roles.iter().map(|r| t.roles[*r as usize]).collect();
        Some((t.docs.route_rule)(&fmt::money(threshold), &names.join(", ")))
    };
    let submit_area = move || {
        let t = locale.texts();
        let d = &t.docs;
        let (c, credit) = (v.contract.get()?, v.credit.get()?);
        if !is_editable(c.status) {
            return None;
        }
        let problems: Vec<String> = blockers(&c, &credit).iter().map(|e| contract_error(t, e)).collect();
        let label = if c.status == ContractStatus::Rejected { d.resubmit } else { d.submit };
        Some(view! {
            {(c.status == ContractStatus::Rejected).then(|| view! { <p class="alert" role="status" data-testid="sent-back">{d.sent_back}</p> })}
            {(!problems.is_empty()).then(|| view! {
                <ul class="plain blockers" data-testid="submit-blockers">
                    {problems.into_iter().map(|p| view! { <li>"⚠ " {p}</li> }).collect_view()}
                </ul>
            })}
            <button class="btn btn-primary" data-testid="submit-approval" disabled=!blockers(&c, &credit).is_empty() on:click=submit_now>{label}</button>
        })
    };
    view! {
        <section class="card" data-testid="contract-approval">
            <h2>{move || locale.texts().docs.approval}</h2>
            <p class="muted small" data-testid="route-rule">{route}</p>
            {submit_area}
            <DecideBar pending blocked on_decide/>
            <StepLog steps/>
        </section>
    }
}
