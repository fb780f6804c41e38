use super::*;
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::deal_rules::RANK_STEP;
use chrono::{TimeZone, Utc};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

fn ids() -> impl FnMut() -> Id {
    let mut n = 1000u128;
    move || {
        n += 1;
        Id::from_u128(n)
    }
}

fn input() -> DealInput {
    DealInput {
        name: " Fleet renewal ".into(),
        account: "Acme Ltd".into(),
        amount: "50,000".into(),
        owner: OwnerChoice::New("Li Lei".into()),
        stage: Stage::Identify,
        expected_close: "2027-01-15".into(),
        product_ids: vec![],
    }
}

fn empty() -> Context<'static> {
    Context { accounts: &[], people: &[], products: &[], deals: &[], currency: Currency::CNY }
}

#[test]
fn on_an_empty_workspace_the_deal_brings_its_account_and_owner() {
    let who = Some(Id::from_u128(7));
    let made = create_deal(&input(), &empty(), who, now(), ids()).unwrap();
    let (owner, account) = (made.new_owner.clone().unwrap(), made.new_account.clone().unwrap());
    assert_eq!((owner.name.as_str(), owner.role), ("Li Lei", Role::Rep));
    assert_eq!(account.name, "Acme Ltd");
    assert_eq!(account.owner_id, Some(owner.id));
    let d = &made.deal;
    assert_eq!(d.name, "Fleet renewal");
    assert_eq!((d.account_id, d.owner_id), (account.id, owner.id));
    assert_eq!(d.amount, Money::cny(5_000_000));
    assert_eq!(d.expected_close, NaiveDate::from_ymd_opt(2027, 1, 15));
    assert_eq!(d.forecast, ForecastCategory::Pipeline);
    assert_eq!(d.stage_history, vec![StageChange { from: None, to: Stage::Identify, at: now(), by: who }]);
    assert_eq!((d.created_at, d.updated_at), (now(), now()));
    assert!(made.renumbered.is_empty());
    assert_eq!(made.records().len(), 3);
}

#[test]
fn every_problem_is_reported_at_once() {
    let bad = DealInput {
        name: "".into(),
        account: "  ".into(),
        amount: "-5".into(),
        owner: OwnerChoice::New(" ".into()),
        stage: Stage::Won,
        expected_close: "next week".into(),
        product_ids: vec![Id::from_u128(1)],
    };
    assert_eq!(
        create_deal(&bad, &empty(), None, now(), ids()),
        Err(vec![
            DealError::NameRequired,
            DealError::AccountRequired,
            DealError::AmountInvalid,
            DealError::OwnerRequired,
            DealError::StageClosed,
            DealError::CloseDateInvalid,
            DealError::ProductUnknown,
        ])
    );
    let no_amount = DealInput { amount: "".into(), ..input() };
    assert_eq!(create_deal(&no_amount, &empty(), None, now(), ids()), Err(vec![DealError::AmountRequired]));
    let stranger = DealInput { owner: OwnerChoice::Existing(Id::from_u128(5)), ..input() };
    assert_eq!(create_deal(&stranger, &empty(), None, now(), ids()), Err(vec![DealError::OwnerUnknown]));
}

#[test]
fn existing_accounts_and_people_are_found_by_name() {
    let ws = generate(DemoSize::Small, Lang::En, 7).data;
    let (account, person) = (&ws.accounts[0], &ws.people[0]);
    let typed = DealInput {
        account: format!("  {}  ", account.name.to_uppercase()),
        owner: OwnerChoice::New(person.name.to_lowercase()),
        product_ids: vec![ws.products[0].id, ws.products[0].id],
        ..input()
    };
    let cx = Context { accounts: &ws.accounts, people: &ws.people, products: &ws.products, deals: &ws.deals, currency: Currency::CNY };
    let made = create_deal(&typed, &cx, None, now(), ids()).unwrap();
    assert_eq!((made.new_account, made.new_owner), (None, None));
    assert_eq!(made.deal.account_id, find_account(&ws.accounts, &account.name).unwrap().id);
    assert_eq!(made.deal.product_ids, vec![ws.products[0].id]);
}

#[test]
fn the_new_deal_goes_to_the_top_of_its_column() {
    let ws = generate(DemoSize::Small, Lang::En, 7).data;
    let cx = Context { accounts: &ws.accounts, people: &ws.people, products: &ws.products, deals: &ws.deals, currency: Currency::CNY };
    let typed = DealInput { stage: Stage::SolutionMatched, ..input() };
    let made = create_deal(&typed, &cx, None, now(), ids()).unwrap();
    let column: Vec<&Deal> = ws.deals.iter().filter(|d| d.stage == Stage::SolutionMatched).collect();
    assert!(!column.is_empty());
    let top = column.iter().map(|d| d.rank).min().unwrap();
    assert_eq!(made.deal.rank, top - RANK_STEP);
}

#[test]
fn a_column_with_no_room_at_the_top_is_respaced_below_the_new_deal() {
    let ws = generate(DemoSize::Small, Lang::En, 7).data;
    let mut deals: Vec<Deal> = ws.deals[..2].to_vec();
    for (d, rank) in deals.iter_mut().zip([i64::MIN, 0]) {
        d.stage = Stage::Identify;
        d.rank = rank;
    }
    let cx = Context { accounts: &ws.accounts, people: &ws.people, products: &[], deals: &deals, currency: Currency::CNY };
    let made = create_deal(&input(), &cx, None, now(), ids()).unwrap();
    assert_eq!(made.deal.rank, 0);
    let respaced: Vec<(Id, i64)> = made.renumbered.iter().map(|d| (d.id, d.rank)).collect();
    assert_eq!(respaced, vec![(deals[0].id, RANK_STEP), (deals[1].id, 2 * RANK_STEP)]);
    assert!(made.renumbered.iter().all(|d| d.updated_at == now()));
}
