use super::*;
use crate::domain::pricing::catalogue_price;
use chrono::{TimeZone, Utc};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

fn tier(min: &str, price: &str) -> TierInput {
    TierInput { min_quantity: min.into(), unit_price: price.into() }
}

fn form() -> ProductInput {
    ProductInput {
        name: " Cloud seat ".into(),
        sku: "CS-1".into(),
        unit: "seat".into(),
        list_price: "100".into(),
        tax_rate: "13".into(),
        ..ProductInput::default()
    }
}

fn new(id: u128) -> Target<'static> {
    Target::New { id: Id::from_u128(id), currency: Currency::CNY }
}

fn product(id: u128, bundle_of: &[u128]) -> Product {
    let bundle_of = bundle_of.iter().map(|b| Id::from_u128(*b)).collect();
    Product { bundle_of, ..validate_product(&form(), new(id), &[], now()).unwrap() }
}

#[test]
fn a_valid_form_becomes_a_product() {
    let p = validate_product(&form(), new(1), &[], now()).unwrap();
    assert_eq!(p.name, "Cloud seat");
    assert_eq!(p.list_price, Money::cny(10_000));
    assert_eq!(p.tax_rate_bp, 1300);
    assert_eq!((p.created_at, p.updated_at), (now(), now()));
    assert!(p.active && p.tiers.is_empty());
}

#[test]
fn every_problem_is_reported_at_once() {
    let bad = ProductInput { name: "  ".into(), list_price: "12.345".into(), tax_rate: "120".into(), ..form() };
    assert_eq!(
        validate_product(&bad, new(1), &[], now()),
        Err(vec![ProductError::NameRequired, ProductError::ListPriceInvalid, ProductError::TaxRateInvalid])
    );
    let empty = ProductInput { list_price: "".into(), ..form() };
    assert_eq!(validate_product(&empty, new(1), &[], now()), Err(vec![ProductError::ListPriceRequired]));
}

#[test]
fn tiers_are_validated_row_by_row() {
    let input = ProductInput {
        tiers: vec![tier("10", "90"), tier("0", "80"), tier("10", "70"), tier("x", ""), tier("50", "-1")],
        ..form()
    };
    assert_eq!(
        validate_product(&input, new(1), &[], now()),
        Err(vec![
            ProductError::TierMinInvalid { row: 1 },
            ProductError::TierMinDuplicate { row: 2 },
            ProductError::TierMinInvalid { row: 3 },
            ProductError::TierPriceRequired { row: 3 },
            ProductError::TierPriceInvalid { row: 4 },
        ])
    );
}

#[test]
fn blank_tier_rows_are_dropped_and_tiers_sorted() {
    let input = ProductInput { tiers: vec![tier("100", "80"), tier(" ", ""), tier("10", "90.5")], ..form() };
    let p = validate_product(&input, new(1), &[], now()).unwrap();
    assert_eq!(
        p.tiers,
        vec![
            PriceTier { min_quantity: 10, unit_price_minor: 9_050 },
            PriceTier { min_quantity: 100, unit_price_minor: 8_000 },
        ]
    );
}

#[test]
fn slab_tiers_from_the_form_price_as_the_pricing_rules_say() {
    let tiers = vec![tier("1", "100"), tier("11", "90"), tier("21", "80")];
    let slab = validate_product(&ProductInput { tiers: tiers.clone(), ..form() }, new(1), &[], now()).unwrap();
    // 10 × 100 + 10 × 90 + 5 × 80
    assert_eq!(catalogue_price(&slab, 25).unwrap(), Money::cny(230_000));
    let range = ProductInput { tiers, tier_mode: TierMode::Range, ..form() };
    let range = validate_product(&range, new(1), &[], now()).unwrap();
    assert_eq!(catalogue_price(&range, 25).unwrap(), Money::cny(200_000));
}

#[test]
fn yen_prices_take_no_decimals() {
    let jpy = Currency::parse("JPY").unwrap();
    let target = || Target::New { id: Id::from_u128(1), currency: jpy };
    let p = validate_product(&ProductInput { list_price: "1200".into(), ..form() }, target(), &[], now()).unwrap();
    assert_eq!(p.list_price, Money::new(1200, jpy));
    let bad = ProductInput { list_price: "1200.5".into(), ..form() };
    assert_eq!(validate_product(&bad, target(), &[], now()), Err(vec![ProductError::ListPriceInvalid]));
}

#[test]
fn editing_keeps_id_creation_time_and_currency() {
    let mut stored = product(7, &[]);
    stored.list_price = Money::new(500, Currency::USD);
    stored.created_at = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();
    let input = ProductInput { name: "Renamed".into(), ..ProductInput::from_product(&stored) };
    let p = validate_product(&input, Target::Edit(&stored), &[], now()).unwrap();
    assert_eq!((p.id, p.created_at, p.updated_at), (stored.id, stored.created_at, now()));
    assert_eq!(p.list_price, Money::new(500, Currency::USD));
    assert_eq!(p.name, "Renamed");
}

#[test]
fn the_form_round_trips_a_stored_product() {
    let input = ProductInput {
        tiers: vec![tier("1", "100"), tier("10", "90.5")],
        tax_rate: "6.5".into(),
        is_service_pack: true,
        active: false,
        ..form()
    };
    let p = validate_product(&input, new(1), &[], now()).unwrap();
    let again = validate_product(&ProductInput::from_product(&p), Target::Edit(&p), &[], now()).unwrap();
    assert_eq!(again, p);
}

#[test]
fn a_bundle_cannot_contain_itself_or_its_own_bundles() {
    let catalogue = vec![product(1, &[]), product(2, &[3]), product(3, &[4]), product(4, &[])];
    let itself = ProductInput { bundle_of: vec![Id::from_u128(4)], ..form() };
    let stored4 = &catalogue[3];
    assert_eq!(
        validate_product(&itself, Target::Edit(stored4), &catalogue, now()),
        Err(vec![ProductError::BundleContainsItself])
    );
    // 2 contains 3 contains 4, so 4 may not contain 2.
    let cycle = ProductInput { bundle_of: vec![Id::from_u128(2)], ..form() };
    assert_eq!(validate_product(&cycle, Target::Edit(stored4), &catalogue, now()), Err(vec![ProductError::BundleCycle]));
    let unknown = ProductInput { bundle_of: vec![Id::from_u128(99)], ..form() };
    assert_eq!(
        validate_product(&unknown, new(5), &catalogue, now()),
        Err(vec![ProductError::BundleUnknownProduct])
    );
    let ok = ProductInput { bundle_of: vec![Id::from_u128(1), Id::from_u128(2), Id::from_u128(1)], ..form() };
    let bundle = validate_product(&ok, new(5), &catalogue, now()).unwrap();
    assert_eq!(bundle.bundle_of, vec![Id::from_u128(1), Id::from_u128(2)]);
}

#[test]
fn bundle_candidates_leave_out_the_product_and_what_contains_it() {
    let catalogue = vec![product(1, &[]), product(2, &[3]), product(3, &[4]), product(4, &[])];
    let ids = |v: Vec<&Product>| v.iter().map(|p| p.id.as_u128()).collect::<Vec<_>>();
    let mut for4 = ids(bundle_candidates(Some(Id::from_u128(4)), &catalogue));
    for4.sort();
    assert_eq!(for4, vec![1]);
    assert_eq!(bundle_candidates(None, &catalogue).len(), 4);
}
