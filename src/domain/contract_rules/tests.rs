use super::*;
use crate::domain::credit::{assess, RiskLevel};
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::{Account, Credit, Decision, Discount};
use chrono::{TimeZone, Utc};

fn t(min: u32) -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, min, 0).unwrap()
}

fn account(blacklisted: bool) -> Account {
    Account {
        parent_id: None,
        external_id: None,
        id: Id::from_u128(2),
        created_at: t(0),
        updated_at: t(0),
        name: "Acme".into(),
        industry: String::new(),
        employees: None,
        region: String::new(),
        city: String::new(),
        website: String::new(),
        owner_id: None,
        segment_id: None,
        credit: Credit { blacklisted, credit_limit: None },
        notes: String::new(),
    }
}

fn credit(blacklisted: bool) -> CreditAssessment {
    assess(&account(blacklisted), &[], &[], t(0))
}

fn deal() -> Deal {
    let ws = generate(DemoSize::Small, Lang::En, 7);
    let mut d = ws.data.deals.into_iter().next().expect("a demo deal");
    d.account_id = Id::from_u128(2);
    d
}

fn accepted_quote(d: &Deal) -> Quote {
    Quote {
        id: Id::from_u128(20),
        created_at: t(0),
        updated_at: t(0),
        deal_id: d.id,
        version: 1,
        status: QuoteStatus::Accepted,
        currency: crate::domain::Currency::CNY,
        lines: Vec::new(),
        discount: Discount::None,
        valid_until: None,
        price_adjustment: String::new(),
        delivery: String::new(),
        clauses: Vec::new(),
    }
}

/// A ready-to-submit contract of `yuan` with the legal checklist done.
fn contract(minor: i64) -> Contract {
    let d = deal();
    let c = from_quote(&accepted_quote(&d), Money::cny(minor), &d, "Terms".into(), Id::from_u128(30), t(0)).unwrap();
    edit(&c, t(0), |c| c.legal = LegalChecklist { ip_ownership: true, confidentiality: true, anti_bribery: true }).unwrap()
}

#[test]
fn a_contract_comes_from_the_accepted_quote_only() {
    let d = deal();
    let mut q = accepted_quote(&d);
    let c = from_quote(&q, Money::cny(100), &d, "Body".into(), Id::from_u128(30), t(0)).unwrap();
    assert_eq!((c.status, c.quote_id, c.deal_id, c.account_id), (ContractStatus::Draft, Some(q.id), Some(d.id), d.account_id));
    assert_eq!((c.amount, c.title.as_str(), c.body.as_str()), (Money::cny(100), d.name.as_str(), "Body"));
    q.status = QuoteStatus::Sent;
    assert_eq!(
        from_quote(&q, Money::cny(100), &d, String::new(), Id::from_u128(30), t(0)),
        Err(ContractError::QuoteNotAccepted { status: QuoteStatus::Sent })
    );
}

#[test]
fn edits_are_checked_and_frozen_outside_draft_and_rejected() {
    let c = contract(100);
    assert_eq!(edit(&c, t(1), |c| c.title = "  ".into()), Err(ContractError::EmptyTitle));
    assert_eq!(edit(&c, t(1), |c| c.amount = Money::cny(-1)), Err(ContractError::NegativeAmount));
    let mut pending = c.clone();
    pending.status = ContractStatus::PendingApproval;
    assert_eq!(
        edit(&pending, t(1), |c| c.body.push('x')),
        Err(ContractError::NotEditable { status: ContractStatus::PendingApproval })
    );
}

#[test]
fn submission_needs_the_whole_legal_checklist() {
    let mut c = contract(100);
    c.legal.confidentiality = false;
    c.legal.anti_bribery = false;
    let mut ids = IdGen::new(1);
    assert_eq!(
        submit(&c, &[], &credit(false), &Settings::default(), t(1), &mut ids),
        Err(ContractError::LegalIncomplete { missing: vec!["confidentiality", "anti_bribery"] })
    );
}

#[test]
fn a_blacklisted_customer_is_blocked_until_a_deposit_clause_is_added() {
    let risky = credit(true);
    assert_eq!(risky.level, RiskLevel::High);
    let c = contract(100);
    let mut ids = IdGen::new(1);
    let s = Settings::default();
    assert_eq!(submit(&c, &[], &risky, &s, t(1), &mut ids), Err(ContractError::Credit(CreditBlock::DepositRequired)));
    let with_deposit = edit(&c, t(2), |c| c.deposit_clause = true).unwrap();
    let (pending, steps) = submit(&with_deposit, &[], &risky, &s, t(2), &mut ids).unwrap();
    assert_eq!(pending.status, ContractStatus::PendingApproval);
    assert_eq!(steps.len(), 1);
}

#[test]
fn approval_rechecks_credit_so_a_customer_gone_bad_blocks_approval_not_rejection() {
    let c = contract(100);
    let mut ids = IdGen::new(1);
    let (pending, steps) = submit(&c, &[], &credit(false), &Settings::default(), t(1), &mut ids).unwrap();
    let approve = decide(&pending, &steps, Role::SalesDirector, Id::from_u128(9), ApprovalDecision::Approve, &credit(true), t(2));
    assert_eq!(approve, Err(ContractError::Credit(CreditBlock::DepositRequired)));
    let reject = ApprovalDecision::Reject { reason: "Add a deposit".into() };
    let (rejected, _) = decide(&pending, &steps, Role::SalesDirector, Id::from_u128(9), reject, &credit(true), t(2)).unwrap();
    assert_eq!(rejected.status, ContractStatus::Rejected);
}

#[test]
fn six_hundred_thousand_needs_finance_legal_and_vp_and_each_decision_is_logged() {
    let c = contract(60_000_000);
    let mut ids = IdGen::new(1);
    let ok = credit(false);
    let (mut current, mut steps) = submit(&c, &[], &ok, &Settings::default(), t(1), &mut ids).unwrap();
    assert_eq!(pending_roles(&steps), vec![Role::Finance, Role::Legal, Role::Vp]);
    for (i, role) in [Role::Finance, Role::Legal, Role::Vp].into_iter().enumerate() {
        assert_eq!(current.status, ContractStatus::PendingApproval);
        let who = Id::from_u128(100 + i as u128);
        let (next, step) = decide(&current, &steps, role, who, ApprovalDecision::Approve, &ok, t(2 + i as u32)).unwrap();
        assert_eq!((step.decision, step.approver_id, step.decided_at), (Decision::Approved, Some(who), Some(t(2 + i as u32))));
        steps = steps.into_iter().map(|s| if s.id == step.id { step.clone() } else { s }).collect();
        current = next;
    }
    assert_eq!(current.status, ContractStatus::Approved);
    assert!(pending_roles(&steps).is_empty());
}

#[test]
fn a_rejected_contract_goes_back_for_changes_and_a_fresh_round() {
    let c = contract(60_000_000);
    let mut ids = IdGen::new(1);
    let ok = credit(false);
    let s = Settings::default();
    let (pending, mut steps) = submit(&c, &[], &ok, &s, t(1), &mut ids).unwrap();
    let reject = ApprovalDecision::Reject { reason: "Cap liability".into() };
    let (rejected, step) = decide(&pending, &steps, Role::Legal, Id::from_u128(5), reject, &ok, t(2)).unwrap();
    assert_eq!((rejected.status, step.reason.as_str()), (ContractStatus::Rejected, "Cap liability"));
    steps = steps.into_iter().map(|s| if s.id == step.id { step.clone() } else { s }).collect();
    // Revised below the threshold: the new round goes to the director alone.
    let revised = edit(&rejected, t(2), |c| c.amount = Money::cny(40_000_000)).unwrap();
    let (again, round2) = submit(&revised, &steps, &ok, &s, t(2), &mut ids).unwrap();
    assert_eq!(again.status, ContractStatus::PendingApproval);
    assert!(round2.iter().all(|s| s.created_at > t(2)));
    steps.extend(round2);
    assert_eq!(pending_roles(&steps), vec![Role::SalesDirector]);
}

#[test]
fn only_a_pending_contract_takes_decisions() {
    let c = contract(100);
    let r = decide(&c, &[], Role::SalesDirector, Id::from_u128(1), ApprovalDecision::Approve, &credit(false), t(1));
    assert_eq!(r, Err(ContractError::NotPending { status: ContractStatus::Draft }));
}
