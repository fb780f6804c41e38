use super::*;
use crate::domain::approval::{decide, ApprovalDecision};
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::{Currency, Money, PriceTier, QuoteLine, Role, TierMode};
use chrono::{TimeZone, Utc};

fn t(min: u32) -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, min, 0).unwrap()
}

fn deal() -> Deal {
    let ws = generate(DemoSize::Small, Lang::En, 7);
    let mut d = ws.data.deals.into_iter().next().expect("a demo deal");
    d.id = Id::from_u128(50);
    d
}

/// ¥100 each from 1 unit, ¥90 from 11, 13 % tax.
fn product() -> Product {
    Product {
        external_id: None,
        id: Id::from_u128(1),
        created_at: t(0),
        updated_at: t(0),
        name: "Licence".into(),
        sku: String::new(),
        category: String::new(),
        unit: "seat".into(),
        list_price: Money::cny(10_000),
        tax_rate_bp: 1_300,
        tiers: vec![PriceTier { min_quantity: 1, unit_price_minor: 10_000 }, PriceTier { min_quantity: 11, unit_price_minor: 9_000 }],
        tier_mode: TierMode::Slab,
        bundle_of: Vec::new(),
        is_service_pack: false,
        active: true,
    }
}

fn draft(discount: Discount) -> Quote {
    let mut q = new_quote(&deal(), &[], &Settings::default(), Id::from_u128(10), t(0));
    q.lines.push(QuoteLine { product_id: Id::from_u128(1), description: String::new(), quantity: 20, unit_price_minor: None, discount: Discount::None });
    q.discount = discount;
    q
}

#[test]
fn new_quotes_number_their_versions_per_deal_and_start_as_valid_drafts() {
    let d = deal();
    let first = new_quote(&d, &[], &Settings::default(), Id::from_u128(10), t(0));
    assert_eq!((first.version, first.status, first.currency), (1, QuoteStatus::Draft, Currency::CNY));
    assert_eq!(first.valid_until, Some(NaiveDate::from_ymd_opt(2026, 12, 27).unwrap()));
    let mut other_deal = first.clone();
    other_deal.deal_id = Id::from_u128(51);
    other_deal.version = 7;
    let second = new_quote(&d, &[first.clone(), other_deal], &Settings::default(), Id::from_u128(11), t(1));
    assert_eq!(second.version, 2);
}

#[test]
fn a_new_version_copies_terms_and_supersedes_open_versions_only() {
    let mut v1 = draft(Discount::Percent(500));
    v1.status = QuoteStatus::Sent;
    let mut rejected = draft(Discount::None);
    rejected.id = Id::from_u128(12);
    rejected.version = 2;
    rejected.status = QuoteStatus::Rejected;
    let all = vec![v1.clone(), rejected.clone()];
    let (v3, superseded) = new_version(&v1, &all, Id::from_u128(13), t(5));
    assert_eq!((v3.version, v3.status, v3.lines.clone(), v3.discount), (3, QuoteStatus::Draft, v1.lines.clone(), v1.discount));
    assert_eq!(superseded.len(), 1);
    assert_eq!((superseded[0].id, superseded[0].status), (v1.id, QuoteStatus::Superseded));
}

#[test]
fn only_drafts_can_be_edited() {
    let mut q = draft(Discount::None);
    let edited = edit(&q, t(3), |q| q.lines[0].quantity = 5).unwrap();
    assert_eq!((edited.lines[0].quantity, edited.updated_at), (5, t(3)));
    q.status = QuoteStatus::Sent;
    assert_eq!(edit(&q, t(3), |q| q.lines[0].quantity = 5), Err(QuoteError::NotDraft { status: QuoteStatus::Sent }));
}

#[test]
fn a_discount_up_to_the_threshold_needs_no_approval_and_above_it_does() {
    let s = Settings::default(); // 15 %
    let cat = [product()];
    // Gross 10×100 + 10×90 = ¥1,900; 15 % exactly is allowed.
    assert_eq!(discount_approval(&draft(Discount::Percent(1_500)), &cat, &s, &[]).unwrap(), DiscountApproval::NotNeeded);
    // ¥285.01 off ¥1,900 is 15.0005 %: above.
    let q = draft(Discount::Amount(28_501));
    assert_eq!(discount_approval(&q, &cat, &s, &[]).unwrap(), DiscountApproval::Required);
    assert_eq!(send(&q, &DiscountApproval::Required, t(1)), Err(QuoteError::DiscountNeedsApproval));
}

#[test]
fn an_approval_covers_the_terms_it_was_given_for() {
    let s = Settings::default();
    let cat = [product()];
    let q = draft(Discount::Percent(2_000));
    let step = request_discount_approval(&q, &s, &[], Id::from_u128(30), t(1));
    assert_eq!((step.role, step.quote_id), (Role::SalesDirector, Some(q.id)));
    let mut steps = vec![step];
    assert_eq!(discount_approval(&q, &cat, &s, &steps).unwrap(), DiscountApproval::Pending);
    let decided = decide(&steps, Role::SalesDirector, Id::from_u128(77), ApprovalDecision::Approve, t(2)).unwrap();
    steps[0] = decided;
    assert_eq!(discount_approval(&q, &cat, &s, &steps).unwrap(), DiscountApproval::Approved);
    assert_eq!(send(&q, &DiscountApproval::Approved, t(3)).unwrap().status, QuoteStatus::Sent);
    // Deepening the discount afterwards needs a new approval.
    let deeper = edit(&q, t(3), |q| q.discount = Discount::Percent(2_500)).unwrap();
    assert_eq!(discount_approval(&deeper, &cat, &s, &steps).unwrap(), DiscountApproval::Required);
    // A second request under a stopped clock still forms a later round.
    let again = request_discount_approval(&deeper, &s, &steps, Id::from_u128(31), t(2));
    assert!(again.created_at > steps[0].created_at);
}

#[test]
fn a_rejected_discount_reports_the_reason() {
    let s = Settings::default();
    let q = draft(Discount::Percent(3_000));
    let mut steps = vec![request_discount_approval(&q, &s, &[], Id::from_u128(30), t(1))];
    let reject = ApprovalDecision::Reject { reason: "Too deep".into() };
    steps[0] = decide(&steps, Role::SalesDirector, Id::from_u128(77), reject, t(2)).unwrap();
    assert_eq!(
        discount_approval(&q, &[product()], &s, &steps).unwrap(),
        DiscountApproval::Rejected { reason: "Too deep".into() }
    );
}

#[test]
fn accepting_marks_one_version_and_supersedes_the_rest() {
    let mut v1 = draft(Discount::None);
    v1.status = QuoteStatus::Accepted;
    let mut v2 = draft(Discount::None);
    v2.id = Id::from_u128(11);
    v2.version = 2;
    v2.status = QuoteStatus::Sent;
    let out = accept(&v2, &[v1.clone(), v2.clone()], &DiscountApproval::NotNeeded, t(4)).unwrap();
    assert_eq!(out.len(), 2);
    assert_eq!((out[0].id, out[0].status), (v2.id, QuoteStatus::Accepted));
    assert_eq!((out[1].id, out[1].status), (v1.id, QuoteStatus::Superseded));
}

#[test]
fn empty_expired_or_unapproved_quotes_cannot_be_accepted() {
    let mut q = draft(Discount::None);
    let ok = DiscountApproval::NotNeeded;
    let mut empty = q.clone();
    empty.lines.clear();
    assert_eq!(accept(&empty, &[], &ok, t(1)), Err(QuoteError::NoLines));
    assert_eq!(accept(&q, &[], &DiscountApproval::Pending, t(1)), Err(QuoteError::DiscountNeedsApproval));
    q.valid_until = NaiveDate::from_ymd_opt(2026, 11, 26);
    assert_eq!(accept(&q, &[], &ok, t(1)), Err(QuoteError::Expired { valid_until: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap() }));
    q.status = QuoteStatus::Superseded;
    assert_eq!(accept(&q, &[], &ok, t(1)), Err(QuoteError::CannotAccept { status: QuoteStatus::Superseded }));
}

#[test]
fn the_fingerprint_changes_with_every_pricing_term_and_nothing_else() {
    let q = draft(Discount::None);
    let base = pricing_fingerprint(&q);
    let mut notes = q.clone();
    notes.delivery = "30 days".into();
    notes.lines[0].description = "per seat".into();
    assert_eq!(pricing_fingerprint(&notes), base);
    let variants: Vec<Box<dyn Fn(&mut Quote)>> = vec![
        Box::new(|q| q.lines[0].quantity += 1),
        Box::new(|q| q.lines[0].unit_price_minor = Some(1)),
        Box::new(|q| q.lines[0].discount = Discount::Amount(1)),
        Box::new(|q| q.discount = Discount::Percent(1)),
        Box::new(|q| q.currency = Currency::USD),
        Box::new(|q| q.lines.push(q.lines[0].clone())),
    ];
    for v in variants {
        let mut changed = q.clone();
        v(&mut changed);
        assert_ne!(pricing_fingerprint(&changed), base);
    }
}
