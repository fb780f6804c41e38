//! Quote totals and the discount approval panel.

use leptos::prelude::*;

use super::{pricing_error, QuoteView};
use crate::domain::approval::{current_round, decide, ApprovalDecision};
use crate::domain::pricing::effective_discount_percent_bp;
use crate::domain::quote_rules::{request_discount_approval, DiscountApproval};
use crate::domain::{Decision, Role};
use crate::i18n::format as fmt;
use crate::store::Change;
use crate::ui::approvals::{DecideBar, StepLog};
use crate::ui::state::DbStoreFields;

#[component]
pub fn Totals(v: QuoteView) -> impl IntoView {
    let locale = v.ops.locale;
    move || {
        let t = locale.texts();
        let d = &t.docs;
        match v.totals.get() {
            Some(Ok(x)) => {
                let pct = v.quote.with(|q| q.as_ref().and_then(|q| v.catalogue.with(|c| effective_discount_percent_bp(q, c).ok())));
                let row = |label: &'static str, value: String, id: &'static str| view! {
                    <tr><th scope="row">{label}</th><td class="num" data-testid=id>{value}</td></tr>
                };
                view! {
                    <section class="card" data-testid="quote-totals">
                        <h2>{d.totals}</h2>
                        <table class="table totals">
                            <tbody>
                                {row(d.gross, fmt::money(x.gross), "total-gross")}
                                {row(d.line_discounts, format!("−{}", fmt::money(x.line_discounts)), "total-line-discounts")}
                                {row(d.quote_discount, format!("−{}", fmt::money(x.quote_discount)), "total-quote-discount")}
                                {row(d.net, fmt::money(x.net), "total-net")}
                                {row(d.tax, fmt::money(x.tax), "total-tax")}
                                <tr class="total-row"><th scope="row">{d.grand_total}</th><td class="num" data-testid="quote-total">{fmt::money(x.total)}</td></tr>
                            </tbody>
                        </table>
                        <p class="muted small">
                            {pct.map(|bp| (d.effective_discount)(&fmt::percent(bp as f64 / 10_000.0)))}
                            " " {d.rounding_note}
                        </p>
                    </section>
                }
                .into_any()
            }
            Some(Err(e)) => view! {
                <section class="card" data-testid="quote-totals">
                    <h2>{d.totals}</h2>
                    <p class="alert alert-error" role="alert" data-testid="pricing-error">{pricing_error(t, &e, &v.catalogue.get())}</p>
                </section>
            }
            .into_any(),
            None => ().into_any(),
        }
    }
}

#[component]
pub fn DiscountApprovalPanel(v: QuoteView) -> impl IntoView {
    let ops = v.ops;
    let locale = ops.locale;
    let data = ops.data;
    let state = move || match v.approval.get() {
        Some(Ok(a)) => Some(a),
        _ => None,
    };
    let visible = move || !matches!(state(), Some(DiscountApproval::NotNeeded) | None) || !v.steps.with(Vec::is_empty);
    let request = move |_| {
        let Some(q) = v.quote.get_untracked() else { return };
        let settings = data.db.settings().get_untracked();
        let step = request_discount_approval(&q, &settings, &v.steps.get_untracked(), ops.new_id(), ops.now());
        ops.write(Change::upsert(step), Some(ops.t().docs.approval_requested.to_string()));
    };
    let pending = Signal::derive(move || {
        if state() != Some(DiscountApproval::Pending) {
            return Vec::<Role>::new();
        }
        v.steps.with(|s| current_round(s).into_iter().filter(|x| x.decision == Decision::Pending).map(|x| x.role).collect())
    });
    let on_decide = Callback::new(move |(role, decision): (Role, ApprovalDecision)| {
        let Some(me) = ops.acting_id() else { return };
        match decide(&v.steps.get_untracked(), role, me, decision, ops.now()) {
            Ok(step) => ops.write(Change::upsert(step), None),
            Err(_) => ops.refuse(ops.t().docs.err_decision),
        }
    });
    let steps = Signal::derive(move || v.steps.get());
    move || {
        if !visible() {
            return ().into_any();
        }
        let t = locale.texts();
        let d = &t.docs;
        let threshold = data.db.settings().with(|s| s.discount_approval_percent);
        let approver = data.db.settings().with(|s| t.roles[s.discount_approver as usize]);
        let (text, can_request) = match state() {
            Some(DiscountApproval::Required) => ((d.discount_required)(threshold, approver), true),
            Some(DiscountApproval::Pending) => ((d.discount_pending)(approver), false),
            Some(DiscountApproval::Approved) => (d.discount_approved.to_string(), false),
            Some(DiscountApproval::Rejected { reason }) => ((d.discount_rejected)(&reason), true),
            _ => (String::new(), false),
        };
        view! {
            <section class="card" data-testid="discount-approval">
                <h2>{d.discount_approval}</h2>
                <p data-testid="discount-state">{text}</p>
                {(can_request && v.editable()).then(|| view! {
                    <button class="btn btn-primary" data-testid="request-approval" on:click=request>{d.request_approval}</button>
                })}
                <DecideBar pending blocked=Signal::derive(|| None::<String>) on_decide/>
                <StepLog steps/>
            </section>
        }
        .into_any()
    }
}
