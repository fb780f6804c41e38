//! Credit check (履约风险预警): the customer's risk level, why, the overdue
//! invoices behind it, and what it means for this contract.

use leptos::prelude::*;

use super::ContractView;
use crate::domain::credit::{approval_block, CreditAssessment, CreditReason, RiskLevel};
use crate::i18n::format as fmt;
use crate::i18n::Texts;

fn reason_text(t: &Texts, a: &CreditAssessment, r: &CreditReason) -> String {
    let d = &t.docs;
    let number = |id| a.overdue_invoices.iter().find(|o| o.invoice_id == id).map(|o| o.number.clone()).unwrap_or_default();
    match r {
        CreditReason::Blacklisted => d.reason_blacklisted.to_string(),
        CreditReason::SeverelyOverdue { invoice_id, days } => (d.reason_severely_overdue)(&number(*invoice_id), *days),
        CreditReason::OverCreditLimit { overdue, limit } => (d.reason_over_limit)(&fmt::money(*overdue), &fmt::money(*limit)),
        CreditReason::Overdue { invoice_id, days } => (d.reason_overdue)(&number(*invoice_id), *days),
    }
}

#[component]
pub fn CreditPanel(v: ContractView) -> impl IntoView {
    let locale = v.ops.locale;
    move || {
        let t = locale.texts();
        let d = &t.docs;
        let a = v.credit.get()?;
        let contract = v.contract.get()?;
        let (class, level) = match a.level {
            RiskLevel::Low => ("pill ok", d.risk_low),
            RiskLevel::Medium => ("pill warn", d.risk_medium),
            RiskLevel::High => ("pill bad", d.risk_high),
        };
        let blocked = approval_block(&contract, &a).is_some();
        let covered = a.level == RiskLevel::High && contract.deposit_clause;
        Some(view! {
            <section class="card" data-testid="credit-check">
                <h2>{d.credit_check}</h2>
                <p>{d.risk_level} " " <span class=class data-testid="risk-level">{level}</span></p>
                {(!a.reasons.is_empty()).then(|| view! {
                    <ul class="plain" data-testid="risk-reasons">
                        {a.reasons.iter().map(|r| view! { <li>{reason_text(t, &a, r)}</li> }).collect_view()}
                    </ul>
                })}
                {blocked.then(|| view! { <p class="alert alert-error" role="alert" data-testid="credit-block">{d.deposit_required}</p> })}
                {covered.then(|| view! { <p class="muted" data-testid="credit-covered">{d.deposit_covers}</p> })}
                {(!a.overdue_invoices.is_empty()).then(|| view! {
                    <table class="table compact" data-testid="overdue-invoices">
                        <caption>{d.overdue_invoices}</caption>
                        <thead><tr><th>{d.col_invoice}</th><th>{d.col_due}</th><th class="num">{d.col_days_overdue}</th><th class="num">{d.col_balance}</th></tr></thead>
                        <tbody>
                            {a.overdue_invoices.iter().map(|o| view! {
                                <tr><td>{o.number.clone()}</td><td>{fmt::date(o.due_on, t.locale)}</td>
                                    <td class="num">{o.days_overdue}</td><td class="num">{fmt::money(o.balance)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                })}
                {(a.overdue_invoices.is_empty() && a.reasons.is_empty()).then(|| view! { <p class="muted">{d.no_overdue}</p> })}
            </section>
        })
    }
}
