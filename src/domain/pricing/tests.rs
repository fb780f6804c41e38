use super::*;
use crate::domain::{PriceTier, QuoteStatus};
use chrono::{TimeZone, Utc};

fn product(n: u128, list: i64, tiers: &[(u32, i64)], mode: TierMode) -> Product {
    let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    Product {
        external_id: None,
        id: Id::from_u128(n),
        created_at: t,
        updated_at: t,
        name: format!("P{n}"),
        sku: String::new(),
        category: String::new(),
        unit: String::new(),
        list_price: Money::cny(list),
        tax_rate_bp: 0,
        tiers: tiers
            .iter()
            .map(|&(min_quantity, unit_price_minor)| PriceTier { min_quantity, unit_price_minor })
            .collect(),
        tier_mode: mode,
        bundle_of: Vec::new(),
        is_service_pack: false,
        active: true,
    }
}
/// ¥100 / ¥90 / ¥80 from 1, 11 and 51 units (prices in fen).
fn tiered(mode: TierMode) -> Product {
    product(1, 10_000, &[(1, 10_000), (11, 9_000), (51, 8_000)], mode)
}
fn line(n: u128, quantity: u32, discount: Discount) -> QuoteLine {
    QuoteLine {
        product_id: Id::from_u128(n),
        description: String::new(),
        quantity,
        unit_price_minor: None,
        discount,
    }
}
fn quote(lines: Vec<QuoteLine>, discount: Discount) -> Quote {
    let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    Quote {
        id: Id::from_u128(99),
        created_at: t,
        updated_at: t,
        deal_id: Id::from_u128(98),
        version: 1,
        status: QuoteStatus::Draft,
        currency: Currency::CNY,
        lines,
        discount,
        valid_until: None,
        price_adjustment: String::new(),
        delivery: String::new(),
        clauses: Vec::new(),
    }
}
fn price(p: &Product, q: u32) -> i64 {
    catalogue_price(p, q).unwrap().minor
}

#[test]
fn slab_prices_each_unit_in_its_own_tier() {
    let p = tiered(TierMode::Slab);
    // 10×100 + 40×90 + 10×80 = 1,000 + 3,600 + 800 = ¥5,400
    assert_eq!(price(&p, 60), 540_000);
    assert_eq!(price(&p, 10), 100_000); // 10×100
    assert_eq!(price(&p, 11), 109_000); // 10×100 + 1×90
    assert_eq!(price(&p, 50), 460_000); // 10×100 + 40×90
    assert_eq!(price(&p, 51), 468_000); // 10×100 + 40×90 + 1×80
    assert_eq!(price(&p, 0), 0);
}

#[test]
fn range_prices_all_units_at_the_reached_tier() {
    let p = tiered(TierMode::Range);
    assert_eq!(price(&p, 60), 480_000); // 60×80 = ¥4,800
    assert_eq!(price(&p, 10), 100_000); // 10×100
    assert_eq!(price(&p, 11), 99_000); // 11×90: buying one more costs less
    assert_eq!(price(&p, 50), 450_000); // 50×90
    assert_eq!(price(&p, 51), 408_000); // 51×80
    assert_eq!(price(&p, 0), 0);
}

#[test]
fn units_below_the_first_tier_cost_list_price_and_order_does_not_matter() {
    let slab = product(1, 200, &[(5, 150)], TierMode::Slab);
    assert_eq!(price(&slab, 7), 1_250); // 4×200 + 3×150
    assert_eq!(price(&slab, 3), 600); // 3×200
    let range = product(1, 200, &[(5, 150)], TierMode::Range);
    assert_eq!(price(&range, 7), 1_050); // 7×150
    assert_eq!(price(&range, 4), 800); // 4×200
    let shuffled = product(1, 10_000, &[(51, 8_000), (1, 10_000), (11, 9_000)], TierMode::Slab);
    assert_eq!(price(&shuffled, 60), 540_000);
    let plain = product(1, 12_345, &[], TierMode::Slab);
    assert_eq!(price(&plain, 3), 37_035); // 3×123.45
}

#[test]
fn line_discounts_never_go_below_zero() {
    assert_eq!(discount_off(540_000, Discount::Percent(1_250)), 67_500); // 12.5 %
    assert_eq!(discount_off(999, Discount::Percent(1_250)), 125); // 124.875 → 125
    assert_eq!(discount_off(1_000, Discount::Amount(5_000)), 1_000);
    assert_eq!(discount_off(1_000, Discount::Amount(-5)), 0);
    assert_eq!(discount_off(1_000, Discount::Percent(20_000)), 1_000);
    assert_eq!(discount_off(1_000, Discount::None), 0);
}

#[test]
fn quote_discount_is_allocated_by_largest_remainder() {
    // 100 over 1000/2000/4000: exact shares 14.29, 28.57, 57.14; floors
    // 14 + 28 + 57 = 99; the one left goes to the largest remainder (28.57).
    assert_eq!(allocate(100, &[1_000, 2_000, 4_000]), vec![14, 29, 57]);
    assert_eq!(allocate(0, &[5, 5]), vec![0, 0]);
    assert_eq!(allocate(3, &[0, 0]), vec![0, 0]);
    assert_eq!(allocate(1, &[1, 1]), vec![1, 0]); // tie: earlier line
}

#[test]
fn worked_quote() {
    let mut a = tiered(TierMode::Slab);
    a.tax_rate_bp = 1_300;
    let mut b = product(2, 20_000, &[], TierMode::Slab);
    b.tax_rate_bp = 600;
    let q = quote(
        vec![line(1, 60, Discount::Percent(1_000)), line(2, 2, Discount::Amount(5_000))],
        Discount::Percent(500),
    );
    let t = price_quote(&q, &[a.clone(), b.clone()]).unwrap();
    // A: 540,000 − 10 % (54,000) = 486,000; B: 2×20,000 − 5,000 = 35,000.
    // Quote 5 % of 521,000 = 26,050 → A 24,300, B 1,750.
    // Nets 461,700 and 33,250; tax 13 % = 60,021 and 6 % = 1,995.
    let l = &t.lines;
    assert_eq!((l[0].gross.minor, l[0].line_discount.minor, l[0].quote_discount.minor), (540_000, 54_000, 24_300));
    assert_eq!((l[0].net.minor, l[0].tax.minor, l[0].total.minor), (461_700, 60_021, 521_721));
    assert_eq!((l[1].gross.minor, l[1].line_discount.minor, l[1].quote_discount.minor), (40_000, 5_000, 1_750));
    assert_eq!((l[1].net.minor, l[1].tax.minor), (33_250, 1_995));
    assert_eq!(l[0].source, PriceSource::Tiers(TierMode::Slab));
    assert_eq!(l[1].source, PriceSource::ListPrice);
    assert_eq!(t.gross, Money::cny(580_000));
    assert_eq!(t.line_discounts, Money::cny(59_000));
    assert_eq!(t.quote_discount, Money::cny(26_050));
    assert_eq!(t.net, Money::cny(494_950));
    assert_eq!(t.tax, Money::cny(62_016));
    assert_eq!(t.total, Money::cny(556_966));
    // 85,050 / 580,000 = 14.66 % → 1466 bp; threshold 15 % not exceeded, 14 % is.
    assert_eq!(effective_discount_percent_bp(&q, &[a.clone(), b.clone()]), Ok(1_466));
    let mut s = Settings::default();
    assert_eq!(needs_discount_approval(&q, &[a.clone(), b.clone()], &s), Ok(false));
    s.discount_approval_percent = 14;
    assert_eq!(needs_discount_approval(&q, &[a, b], &s), Ok(true));
}

#[test]
fn tax_rounds_per_line_half_away_from_zero() {
    let mut p = product(1, 50, &[], TierMode::Slab);
    p.tax_rate_bp = 1_300;
    let mut p2 = product(2, 150, &[], TierMode::Slab);
    p2.tax_rate_bp = 1_300;
    let t =
        price_quote(&quote(vec![line(1, 1, Discount::None), line(2, 1, Discount::None)], Discount::None), &[p, p2])
            .unwrap();
    assert_eq!(t.lines[0].tax.minor, 7); // 6.5 → 7
    assert_eq!(t.lines[1].tax.minor, 20); // 19.5 → 20
    assert_eq!(t.tax.minor, 27); // sum of lines, not round(26.0)
}

#[test]
fn approval_threshold_is_compared_exactly() {
    let p = product(1, 100_000, &[], TierMode::Slab);
    let s = Settings::default(); // 15 %
    let at = |off: i64| quote(vec![line(1, 1, Discount::Amount(off))], Discount::None);
    assert_eq!(needs_discount_approval(&at(15_000), std::slice::from_ref(&p), &s), Ok(false)); // exactly 15 %
                                                                                               // 15.004 % shows as 1500 bp but is above 15 %.
    assert_eq!(effective_discount_percent_bp(&at(15_004), std::slice::from_ref(&p)), Ok(1_500));
    assert_eq!(needs_discount_approval(&at(15_004), std::slice::from_ref(&p), &s), Ok(true));
    assert_eq!(effective_discount_percent_bp(&quote(vec![], Discount::Percent(5_000)), &[p]), Ok(0));
}

#[test]
fn override_wins_and_is_in_quote_currency() {
    let mut usd = tiered(TierMode::Slab);
    usd.list_price = Money::new(10_000, Currency::USD);
    let mut l = line(1, 60, Discount::None);
    l.unit_price_minor = Some(7_000);
    let t = price_quote(&quote(vec![l.clone()], Discount::None), &[usd.clone()]).unwrap();
    assert_eq!(t.gross, Money::cny(420_000)); // 60×70
    assert_eq!(t.lines[0].source, PriceSource::Override);
    l.unit_price_minor = None;
    let err = price_quote(&quote(vec![l.clone()], Discount::None), &[usd]);
    assert_eq!(err, Err(PricingError::CurrencyMismatch { product_id: Id::from_u128(1) }));
    l.unit_price_minor = Some(-1);
    let err = price_quote(&quote(vec![l], Discount::None), &[tiered(TierMode::Slab)]);
    assert_eq!(err, Err(PricingError::NegativePrice { product_id: Id::from_u128(1) }));
}

#[test]
fn unknown_product_and_negative_tiers_are_errors() {
    let q = quote(vec![line(7, 1, Discount::None)], Discount::None);
    assert_eq!(
        price_quote(&q, &[tiered(TierMode::Slab)]),
        Err(PricingError::UnknownProduct { product_id: Id::from_u128(7) })
    );
    let bad = product(1, 100, &[(5, -1)], TierMode::Range);
    assert_eq!(catalogue_price(&bad, 1), Err(PricingError::NegativePrice { product_id: Id::from_u128(1) }));
    let mut huge = product(1, i64::MAX, &[], TierMode::Slab);
    let q = quote(vec![line(1, 2, Discount::None)], Discount::None);
    assert_eq!(price_quote(&q, &[huge.clone()]), Err(PricingError::TooLarge));
    huge.list_price.minor = i64::MAX / 2;
    let q = quote(
        vec![line(1, 1, Discount::None), line(1, 1, Discount::None), line(1, 1, Discount::None)],
        Discount::None,
    );
    assert_eq!(price_quote(&q, &[huge.clone()]), Err(PricingError::TooLarge)); // each line fits, the sum not
    huge.tax_rate_bp = u32::MAX;
    let q = quote(vec![line(1, 1, Discount::None)], Discount::None);
    assert_eq!(price_quote(&q, &[huge]), Err(PricingError::TooLarge)); // the tax pushes it over
}

#[test]
fn bundles_are_priced_as_themselves_and_show_their_saving() {
    let parts = [
        product(1, 10_000, &[], TierMode::Slab),
        product(2, 5_000, &[], TierMode::Slab),
        product(3, 3_000, &[], TierMode::Slab),
    ];
    let mut bundle = product(4, 15_000, &[], TierMode::Slab);
    bundle.bundle_of = vec![Id::from_u128(1), Id::from_u128(2), Id::from_u128(3)];
    let mut cat = parts.to_vec();
    cat.push(bundle.clone());
    let names: Vec<&str> = bundle_components(&bundle, &cat).unwrap().iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["P1", "P2", "P3"]);
    // 100 + 50 + 30 − 150 = ¥30
    assert_eq!(bundle_saving(&bundle, &cat), Ok(Money::cny(3_000)));
    let t = price_quote(&quote(vec![line(4, 2, Discount::None)], Discount::None), &cat).unwrap();
    assert_eq!(t.gross.minor, 30_000); // 2×150, not the parts' 2×180
    assert!(bundle_components(&parts[0], &cat).unwrap().is_empty());
    bundle.bundle_of.push(Id::from_u128(9));
    assert_eq!(bundle_saving(&bundle, &cat), Err(PricingError::UnknownProduct { product_id: Id::from_u128(9) }));
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    #[test]
    fn line_nets_add_up_exactly(
        lines in proptest::collection::vec((0u32..200, 0i64..1_000_000, 0u32..12_000, 0i64..5_000_000), 0..8),
        quote_bp in 0u32..12_000,
    ) {
        let mut cat = Vec::new();
        let mut ls = Vec::new();
        for (i, (qty, list, bp, amount)) in lines.iter().enumerate() {
            cat.push(product(i as u128, *list, &[(10, list / 2)], TierMode::Slab));
            let d = if i % 2 == 0 { Discount::Percent(*bp) } else { Discount::Amount(*amount) };
            ls.push(line(i as u128, *qty, d));
        }
        let t = price_quote(&quote(ls, Discount::Percent(quote_bp)), &cat).unwrap();
        let net: i64 = t.lines.iter().map(|l| l.net.minor).sum();
        let share: i64 = t.lines.iter().map(|l| l.quote_discount.minor).sum();
        proptest::prop_assert_eq!(net, t.net.minor);
        proptest::prop_assert_eq!(share, t.quote_discount.minor);
        proptest::prop_assert_eq!(t.net.minor, t.gross.minor - t.line_discounts.minor - t.quote_discount.minor);
        proptest::prop_assert!(t.lines.iter().all(|l| l.net.minor >= 0 && l.net.minor <= l.gross.minor));
    }
}
