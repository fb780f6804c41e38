use chrono::NaiveDate;

use super::*;
use crate::domain::customers::*;
use crate::domain::pipeline::Stage;
use crate::domain::{Activity, ActivityKind, Deal, ForecastCategory, Money, Negotiation};

use LifecycleReason as W;
use LifecycleStage as S;

fn rules() -> LifecycleRules {
    LifecycleRules::default()
}

fn orders_ago(ago: &[i64]) -> History {
    History { order_dates: ago.iter().map(|&d| days_ago(d)).collect(), ..History::default() }
}

fn stage_of(h: &History) -> Lifecycle {
    classify(&rules(), h, today())
}

#[test]
fn churn_starts_at_churn_days() {
    // Defaults: churn 365, active 180.
    assert_eq!(stage_of(&orders_ago(&[365, 500])), Lifecycle { stage: S::Churn, reason: W::NoOrderFor { days: 365, churn_days: 365 } });
    assert_eq!(stage_of(&orders_ago(&[364, 500])), Lifecycle { stage: S::Decline, reason: W::LastOrderOld { days: 364, active_days: 180 } });
}

#[test]
fn maturity_ends_after_active_days() {
    // 3 orders, first 400 days ago (not new); last 12 months: 180, 300 → 2;
    // the 12 before: 400 → 1; 2 × 100 ≥ 1 × 50, not falling.
    assert_eq!(stage_of(&orders_ago(&[180, 300, 400])), Lifecycle { stage: S::Maturity, reason: W::Steady { orders: 3, last_order_days: 180 } });
    assert_eq!(stage_of(&orders_ago(&[181, 300, 400])).stage, S::Decline);
}

#[test]
fn falling_orders_are_decline() {
    // Last 12 months: 1 order; the 12 before: 3. 1 × 100 < 3 × 50 = 150.
    let h = orders_ago(&[10, 400, 450, 500]);
    assert_eq!(
        stage_of(&h),
        Lifecycle { stage: S::Decline, reason: W::OrdersFalling { last_12_months: 1, previous_12_months: 3, percent: 50 } }
    );
    // 1 against 2: 100 < 100 is false, exactly half is not a fall.
    assert_eq!(stage_of(&orders_ago(&[10, 400, 450])).stage, S::Maturity);
    // Day 364 is the last 12 months, day 365 the 12 before: 2 vs 2, steady.
    assert_eq!(stage_of(&orders_ago(&[10, 364, 365, 729])).stage, S::Maturity);
}

#[test]
fn new_customers_develop_for_new_months() {
    // Today is 2026-11-27; six months back is 2026-05-27.
    let may = |d| NaiveDate::from_ymd_opt(2026, 5, d).unwrap();
    let h = History { order_dates: vec![may(27), days_ago(10), days_ago(20)], ..History::default() };
    assert_eq!(stage_of(&h), Lifecycle { stage: S::Development, reason: W::NewCustomer { first_order: may(27), months: 6 } });
    // A day earlier it is no longer new; with 2 orders it is still short of 3.
    let h = History { order_dates: vec![may(26), days_ago(10)], ..History::default() };
    assert_eq!(stage_of(&h), Lifecycle { stage: S::Development, reason: W::FewOrders { orders: 2, needed: 3 } });
    let h = History { order_dates: vec![may(26), days_ago(10), days_ago(20)], ..History::default() };
    assert_eq!(stage_of(&h).stage, S::Maturity);
}

#[test]
fn accounts_without_orders() {
    let none = History::default();
    assert_eq!(stage_of(&none), Lifecycle { stage: S::Awareness, reason: W::NoEngagement });
    let won = History { won_deal: true, ..History::default() };
    assert_eq!(stage_of(&won), Lifecycle { stage: S::Development, reason: W::WonDeal });
    let open = History { open_stage: Some(Stage::NeedsConfirmed), ..History::default() };
    assert_eq!(stage_of(&open).reason, W::OpenDealAdvanced { stage: Stage::NeedsConfirmed });
    // A deal still at the first stage is not development by itself.
    let first = History { open_stage: Some(Stage::Identify), ..History::default() };
    assert_eq!(stage_of(&first).stage, S::Awareness);
    let touched = |d| History { last_touch: Some(days_ago(d)), ..first.clone() };
    assert_eq!(stage_of(&touched(90)), Lifecycle { stage: S::Development, reason: W::RecentTouch { days: 90, engaged_days: 90 } });
    assert_eq!(stage_of(&touched(91)).stage, S::Awareness);
}

fn deal(n: u128, account: u128, stage: Stage) -> Deal {
    Deal {
        external_id: None,
        id: id(n),
        created_at: now(),
        updated_at: now(),
        name: "ERP".into(),
        account_id: id(account),
        contact_id: None,
        owner_id: id(99),
        stage,
        amount: Money::cny(1),
        expected_close: None,
        product_ids: Vec::new(),
        forecast: ForecastCategory::Pipeline,
        lost_reason: None,
        stage_history: Vec::new(),
        rank: 0,
        lead_id: None,
        negotiation: Negotiation::default(),
        checklist: Vec::new(),
        last_activity_at: None,
        support_requests: Vec::new(),
    }
}

fn activity(n: u128, deal: Option<u128>, account: Option<u128>, ago: i64) -> Activity {
    Activity {
        id: id(n),
        created_at: now(),
        updated_at: now(),
        kind: ActivityKind::Call,
        subject: "call".into(),
        notes: String::new(),
        at: now() - chrono::Duration::days(ago),
        due: None,
        done: true,
        owner_id: None,
        deal_id: deal.map(id),
        account_id: account.map(id),
        contact_id: None,
        lead_id: None,
    }
}

#[test]
fn classify_all_gathers_each_accounts_history() {
    let accounts: Vec<_> = (1..=5).map(|n| account(n, "A")).collect();
    let mut lost = deal(12, 5, Stage::Lost);
    lost.last_activity_at = Some(now() - chrono::Duration::days(30));
    let deals = vec![deal(10, 2, Stage::Identify), deal(11, 3, Stage::Lost), lost];
    let orders = vec![order(20, 1, 30, 100, &[900])];
    // Account 2's touch comes through its deal; account 3's is planned for
    // next week, so not a touch yet; account 4's is on the account itself.
    let acts = vec![activity(30, Some(10), None, 5), activity(31, None, Some(3), -7), activity(32, None, Some(4), 1)];
    let out = classify_all(&rules(), &accounts, &deals, &orders, &acts, now());
    // Account 1: first order 30 days ago → new.
    assert_eq!(out[&id(1)].stage, S::Development);
    assert_eq!(out[&id(2)].reason, W::RecentTouch { days: 5, engaged_days: 90 });
    assert_eq!(out[&id(3)].reason, W::NoEngagement);
    assert_eq!(out[&id(4)].reason, W::RecentTouch { days: 1, engaged_days: 90 });
    // Account 5: only a lost deal, last worked 30 days ago.
    assert_eq!(out[&id(5)].reason, W::RecentTouch { days: 30, engaged_days: 90 });
    assert_eq!(out.len(), 5);
}

#[test]
fn stages_carry_approach_and_resources() {
    let keys: Vec<_> = LifecycleStage::ALL.iter().map(|s| s.approach().key()).collect();
    assert_eq!(keys, ["nurture", "develop", "retain", "rescue", "win_back"]);
    assert!(LifecycleStage::ALL.iter().all(|s| !s.resources().is_empty()));
}
