//! Quotes for deals that reached "solution matched", contracts for won deals
//! and some in decision follow-up, and the approval route each contract needs.

use chrono::Duration;

use super::ctx::{Gen, World};
use crate::domain::pipeline::Stage;
use crate::domain::quote_rules::pricing_fingerprint;
use crate::domain::signature::{contract_content, sha256_hex};
use crate::domain::{
    ApprovalStep, Contract, ContractStatus, Currency, Decision, Discount, Id, LegalChecklist, Quote, QuoteLine,
    QuoteStatus, Role, Signature, Timestamp,
};

const CLAUSES: &[(&str, &str)] = &[
    ("原材料价格波动超过 5% 时双方可协商调价", "Prices may be renegotiated if material costs move more than 5 %"),
    ("合同签订后 30 个工作日内交付", "Delivery within 30 working days of signing"),
    ("预付 30%，验收后支付 70%", "30 % prepayment, 70 % on acceptance"),
    ("质保期 12 个月", "12-month warranty"),
];

fn quote_lines(g: &mut Gen, w: &World, d: usize) -> Vec<QuoteLine> {
    let deal = &w.data.deals[d];
    let n = deal.product_ids.len().max(1) as i64;
    let share = deal.amount.minor / n;
    deal.product_ids
        .iter()
        .map(|&pid| {
            let list = w.products.iter().find(|p| p.id == pid).map_or(share, |p| p.list_minor).max(1);
            let quantity = (share / list).clamp(1, 5_000) as u32;
            let discount = if g.chance(30) { Discount::Percent(g.range(2, 12) as u32 * 100) } else { Discount::None };
            QuoteLine { product_id: pid, description: String::new(), quantity, unit_price_minor: None, discount }
        })
        .collect()
}

pub(super) fn quotes(g: &mut Gen, w: &mut World) {
    for d in 0..w.data.deals.len() {
        let deal = &w.data.deals[d];
        let Some(start) = deal.stage_history.iter().find(|c| c.to == Stage::SolutionMatched).map(|c| c.at) else {
            continue;
        };
        let end = deal.stage_history.last().map_or(start, |c| c.at).max(start);
        let stage = deal.stage;
        let versions = if g.chance(40) { 2 } else { 1 };
        let mut at = g.between(start, start + Duration::days(3)).min(end.max(start));
        let mut latest = None;
        for v in 1..=versions {
            if v > 1 {
                at = g.between(at, end.max(at));
            }
            let last = v == versions;
            let status = match (last, stage) {
                (false, _) => QuoteStatus::Superseded,
                (true, Stage::Won) => QuoteStatus::Accepted,
                (true, Stage::Lost) => QuoteStatus::Rejected,
                (true, Stage::SolutionMatched) if g.chance(30) => QuoteStatus::Draft,
                _ => QuoteStatus::Sent,
            };
            let id = g.id(at);
            // Deep discounts (above the 15 % approval threshold) are rare.
            let discount = match g.weighted(&[60, 32, 8]) {
                0 => Discount::None,
                1 => Discount::Percent(g.range(3, 10) as u32 * 100),
                _ => Discount::Percent(g.range(16, 20) as u32 * 100),
            };
            let lines = quote_lines(g, w, d);
            let a = g.below(CLAUSES.len());
            let b = (a + 1) % CLAUSES.len();
            // The first two are the price-adjustment and delivery clauses
            // every quote carries; of the random pair only the others are extra.
            let clauses = [a, b].into_iter().filter(|&k| k >= 2).map(|k| g.t(CLAUSES[k]).to_string()).collect();
            let price_adjustment = g.t(CLAUSES[0]).to_string();
            let delivery = g.t(CLAUSES[1]).to_string();
            let deep = matches!(discount, Discount::Percent(bp) if bp > 1_500);
            w.data.quotes.push(Quote {
                id,
                created_at: at,
                updated_at: at,
                deal_id: w.data.deals[d].id,
                version: v,
                status,
                currency: Currency::CNY,
                lines,
                discount,
                valid_until: Some(at.date_naive() + Duration::days(30)),
                price_adjustment,
                delivery,
                clauses,
            });
            if deep && status != QuoteStatus::Draft {
                let decision =
                    if status == QuoteStatus::Sent && g.chance(30) { Decision::Pending } else { Decision::Approved };
                let director = w.staff.director;
                let until = g.now;
                let subject = w.data.quotes.last().map(pricing_fingerprint).unwrap_or_default();
                approval(g, w, (None, Some(id), subject), Role::SalesDirector, director, decision, (at, until), String::new());
            }
            latest = Some(id);
            if status == QuoteStatus::Accepted {
                w.deals[d].accepted_quote = Some(id);
            }
        }
        w.deals[d].latest_quote = latest;
    }
}

#[allow(clippy::too_many_arguments)]
fn approval(
    g: &mut Gen,
    w: &mut World,
    (contract, quote, subject_sha256): (Option<Id>, Option<Id>, String),
    role: Role,
    approver: Id,
    decision: Decision,
    (at, until): (Timestamp, Timestamp),
    reason: String,
) {
    let id = g.id(at);
    // Decisions come before the signature (or now), never before the request.
    let decided_at =
        (decision != Decision::Pending).then(|| (at + Duration::hours(g.range(1, 30))).min(until).min(g.now).max(at));
    w.data.approval_steps.push(ApprovalStep {
        id,
        created_at: at,
        updated_at: decided_at.unwrap_or(at),
        contract_id: contract,
        quote_id: quote,
        role,
        approver_id: (decision != Decision::Pending).then_some(approver),
        decision,
        reason,
        decided_at,
        subject_sha256,
    });
}

pub(super) fn contracts(g: &mut Gen, w: &mut World) {
    let threshold = crate::domain::Settings::default().approval_threshold_minor;
    for d in 0..w.data.deals.len() {
        let deal = &w.data.deals[d];
        let status = match deal.stage {
            Stage::Won => ContractStatus::Signed,
            Stage::DecisionFollowUp if g.chance(50) => [
                ContractStatus::Draft,
                ContractStatus::PendingApproval,
                ContractStatus::Approved,
                ContractStatus::Rejected,
            ][g.weighted(&[25, 45, 20, 10])],
            _ => continue,
        };
        let entered =
            deal.stage_history.iter().find(|c| c.to == Stage::DecisionFollowUp).map_or(deal.created_at, |c| c.at);
        let end = deal.stage_history.last().map_or(g.now, |c| c.at);
        let signed_at = (status == ContractStatus::Signed).then_some(end);
        let created_at = match signed_at {
            Some(s) => g.between(entered, s),
            None => g.between(entered, g.now),
        };
        let acc = &w.accounts[w.deals[d].account];
        let account = &w.data.accounts[w.deals[d].account];
        let signer = w.data.contacts.get(acc.contacts.start).map_or_else(|| account.name.clone(), |c| c.name.clone());
        let yuan = deal.amount.minor / 100;
        let (title, body) = if g.zh() {
            (
                format!("{}销售合同", deal.name),
                format!(
                    "甲方：{}\n乙方：示例公司\n合同金额：人民币 {yuan} 元（含 13% 增值税）\n标的：{}\n",
                    account.name, deal.name
                ),
            )
        } else {
            (
                format!("Sales contract – {}", deal.name),
                format!(
                    "Buyer: {}\nSeller: Demo Company\nAmount: CNY {yuan} incl. 13 % VAT\nScope: {}\n",
                    account.name, deal.name
                ),
            )
        };
        let complete = matches!(status, ContractStatus::Signed | ContractStatus::Approved);
        let legal = LegalChecklist {
            ip_ownership: complete || g.chance(60),
            confidentiality: complete || g.chance(70),
            anti_bribery: complete || g.chance(50),
        };
        let id = g.id(created_at);
        let (amount, account_id, deal_id) = (deal.amount, deal.account_id, deal.id);
        let risky = acc.risky;
        let mut contract = Contract {
            id,
            created_at,
            updated_at: signed_at.unwrap_or(created_at),
            title,
            account_id,
            deal_id: Some(deal_id),
            quote_id: w.deals[d].accepted_quote.or(w.deals[d].latest_quote),
            amount,
            status,
            body,
            legal,
            deposit_clause: risky,
            signature: None,
        };
        // Hashed exactly as signing in the app does, so demo signatures verify.
        contract.signature = signed_at.map(|s| Signature {
            signer_name: signer,
            drawing: String::new(),
            signed_at: s,
            content_sha256: sha256_hex(&contract_content(&contract)),
        });
        w.data.contracts.push(contract);
        w.deals[d].contract = Some(id);
        if status != ContractStatus::Draft {
            let until = signed_at.unwrap_or(g.now);
            route(g, w, id, amount.minor >= threshold, status, (created_at, until));
        }
    }
}

/// Director alone below the threshold; finance, legal and VP at or above.
fn route(
    g: &mut Gen,
    w: &mut World,
    contract: Id,
    countersign: bool,
    status: ContractStatus,
    span: (Timestamp, Timestamp),
) {
    let s = &w.staff;
    let steps: Vec<(Role, Id)> = if countersign {
        vec![(Role::Finance, s.finance), (Role::Legal, s.legal), (Role::Vp, s.vp)]
    } else {
        vec![(Role::SalesDirector, s.director)]
    };
    // Position of the step that is still open (pending) or said no (rejected).
    let stop = match status {
        ContractStatus::PendingApproval | ContractStatus::Rejected => g.below(steps.len()),
        _ => steps.len(),
    };
    for (i, (role, who)) in steps.into_iter().enumerate() {
        let (decision, reason) = if i < stop {
            (Decision::Approved, String::new())
        } else if i == stop && status == ContractStatus::Rejected {
            let r = g.pick_t(&[
                ("付款条件不符合公司政策", "Payment terms outside policy"),
                ("折扣超出授权范围", "Discount beyond authority"),
                ("客户信用风险过高，需补充预付款条款", "Credit risk too high; add a prepayment clause"),
            ]);
            (Decision::Rejected, r.to_string())
        } else {
            (Decision::Pending, String::new())
        };
        // One round: every step is requested at the same moment.
        let at = span.0.min(span.1.max(span.0));
        approval(g, w, (Some(contract), None, String::new()), role, who, decision, (at, span.1), reason);
    }
}
