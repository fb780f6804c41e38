//! Quote pricing (SPEC §3 报价): tiered volume prices, bundles, line and quote
//! discounts, tax. All arithmetic is in integer minor units with i128
//! intermediates; a result that does not fit i64 is refused (`TooLarge`).
//!
//! Rounding, in the order applied per line:
//! 1. gross = quantity × unit price (exact, no rounding);
//! 2. a percent discount is `gross × bp / 10000` rounded half away from zero;
//! 3. the quote discount is allocated to lines by largest remainder (exact);
//! 4. tax = net × tax_rate_bp / 10000 rounded half away from zero, per line,
//!    so the quote's tax is the sum of what each printed line shows.

use super::money::{div_round, saturate};
use super::{Currency, Discount, Id, Money, Product, Quote, QuoteLine, Settings, TierMode};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PricingError {
    UnknownProduct {
        product_id: Id,
    },
    /// The catalogue price is in another currency than the quote; prices are
    /// never converted silently.
    CurrencyMismatch {
        product_id: Id,
    },
    /// A negative catalogue, tier or override price: discounts are the only
    /// way to lower a price, so a negative one is a data error.
    NegativePrice {
        product_id: Id,
    },
    /// An amount beyond i64 minor units (about 9.2 × 10^16 yuan): refused
    /// rather than clamped, so a printed quote is never silently wrong.
    TooLarge,
}

fn fit(v: i128) -> Result<i64, PricingError> {
    i64::try_from(v).map_err(|_| PricingError::TooLarge)
}

/// Where a line's gross came from, so the quote can explain itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriceSource {
    Override,
    ListPrice,
    Tiers(TierMode),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineBreakdown {
    pub product_id: Id,
    pub quantity: u32,
    pub source: PriceSource,
    pub gross: Money,
    pub line_discount: Money,
    /// This line's share of the quote-level discount.
    pub quote_discount: Money,
    pub net: Money,
    pub tax: Money,
    pub total: Money,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteTotals {
    pub lines: Vec<LineBreakdown>,
    pub gross: Money,
    pub line_discounts: Money,
    pub quote_discount: Money,
    pub net: Money,
    pub tax: Money,
    pub total: Money,
}

fn find(catalogue: &[Product], id: Id) -> Result<&Product, PricingError> {
    catalogue.iter().find(|p| p.id == id).ok_or(PricingError::UnknownProduct { product_id: id })
}

/// Catalogue price of `quantity` units, in the product's currency.
///
/// Tiers are read sorted by `min_quantity` (a copy is sorted, so unsorted data
/// still prices sensibly); a `min_quantity` of 0 counts as 1. Units below the
/// first tier cost the list price. Slab: each unit costs the tier it falls in.
/// Range: every unit costs the highest tier whose minimum the quantity reaches.
pub fn catalogue_price(product: &Product, quantity: u32) -> Result<Money, PricingError> {
    let negative = product.list_price.minor < 0 || product.tiers.iter().any(|t| t.unit_price_minor < 0);
    if negative {
        return Err(PricingError::NegativePrice { product_id: product.id });
    }
    Ok(Money::new(fit(tiered_gross(product, quantity))?, product.list_price.currency))
}

fn tiered_gross(product: &Product, quantity: u32) -> i128 {
    let q = quantity as i128;
    let list = product.list_price.minor as i128;
    let mut tiers: Vec<(i128, i128)> =
        product.tiers.iter().map(|t| (t.min_quantity.max(1) as i128, t.unit_price_minor as i128)).collect();
    tiers.sort_by_key(|t| t.0);
    let Some(&(first_min, _)) = tiers.first() else {
        return q * list;
    };
    match product.tier_mode {
        TierMode::Range => {
            let price = tiers.iter().rev().find(|t| t.0 <= q).map_or(list, |t| t.1);
            q * price
        }
        TierMode::Slab => {
            let below_first = q.min(first_min - 1);
            let mut total = below_first * list;
            for (i, &(min, price)) in tiers.iter().enumerate() {
                // Units min..=upper fall in this tier; a tier whose minimum
                // repeats the next one's is empty and the later tier wins.
                let upper = tiers.get(i + 1).map_or(q, |next| (next.0 - 1).min(q));
                if upper >= min {
                    total += (upper - min + 1) * price;
                }
            }
            total
        }
    }
}

/// Gross of one line in the quote's currency and how it was priced. An
/// override is taken to be in the quote's currency, so only catalogue prices
/// must match it.
pub fn line_gross(
    line: &QuoteLine,
    product: &Product,
    currency: Currency,
) -> Result<(Money, PriceSource), PricingError> {
    if let Some(unit) = line.unit_price_minor {
        if unit < 0 {
            return Err(PricingError::NegativePrice { product_id: product.id });
        }
        let gross = fit(line.quantity as i128 * unit as i128)?;
        return Ok((Money::new(gross, currency), PriceSource::Override));
    }
    if product.list_price.currency != currency {
        return Err(PricingError::CurrencyMismatch { product_id: product.id });
    }
    let source = if product.tiers.is_empty() { PriceSource::ListPrice } else { PriceSource::Tiers(product.tier_mode) };
    Ok((catalogue_price(product, line.quantity)?, source))
}

/// Discount off `base` (≥ 0), clamped to 0..=base: percentages above 100 %
/// and negative amounts cannot turn a discount into a surcharge or a refund.
fn discount_off(base: i128, discount: Discount) -> i128 {
    let off = match discount {
        Discount::None => 0,
        Discount::Percent(bp) => div_round(base * bp.min(10_000) as i128, 10_000),
        Discount::Amount(minor) => minor as i128,
    };
    off.clamp(0, base.max(0))
}

/// Splits `total` over `weights` (all ≥ 0) pro rata; floors first, then hands
/// the leftover units to the largest remainders (earlier line on ties), so the
/// shares add up to `total` exactly. `total` must not exceed the weights' sum.
fn allocate(total: i128, weights: &[i128]) -> Vec<i128> {
    let sum: i128 = weights.iter().sum();
    if sum <= 0 {
        return vec![0; weights.len()];
    }
    let mut shares: Vec<i128> = weights.iter().map(|w| total * w / sum).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(total * weights[i] % sum));
    let left = total - shares.iter().sum::<i128>();
    for &i in order.iter().take(left.max(0) as usize) {
        shares[i] += 1;
    }
    shares
}

/// Prices every line of `quote` against the catalogue `products`.
pub fn price_quote(quote: &Quote, products: &[Product]) -> Result<QuoteTotals, PricingError> {
    let cur = quote.currency;
    let mut rows = Vec::with_capacity(quote.lines.len());
    for line in &quote.lines {
        let product = find(products, line.product_id)?;
        let (gross, source) = line_gross(line, product, cur)?;
        let gross = gross.minor as i128;
        rows.push((line, product, source, gross, discount_off(gross, line.discount)));
    }
    // A gross within i64 bounds every product below (≤ 2^126), so the
    // allocation cannot overflow i128.
    let gross_sum = fit(rows.iter().map(|r| r.3).sum())? as i128;
    let subtotals: Vec<i128> = rows.iter().map(|r| r.3 - r.4).collect();
    let quote_off = discount_off(subtotals.iter().sum(), quote.discount);
    let shares = allocate(quote_off, &subtotals);

    let m = |v: i128| Money::new(saturate(v), cur);
    let (mut line_off_sum, mut net_sum, mut tax_sum) = (0i128, 0i128, 0i128);
    let mut lines = Vec::with_capacity(rows.len());
    for ((line, product, source, gross, line_off), (sub, share)) in rows.into_iter().zip(subtotals.iter().zip(&shares))
    {
        let net = sub - share;
        let tax = div_round(net * product.tax_rate_bp as i128, 10_000);
        line_off_sum += line_off;
        net_sum += net;
        tax_sum += tax;
        lines.push(LineBreakdown {
            product_id: line.product_id,
            quantity: line.quantity,
            source,
            gross: m(gross),
            line_discount: m(line_off),
            quote_discount: m(*share),
            net: m(net),
            tax: m(tax),
            total: m(net + tax),
        });
    }
    // Every amount above is ≥ 0 and at most the grand total, so once that
    // fits nothing was clamped. Only tax (an unbounded rate) can push past.
    let total = fit(net_sum + tax_sum)? as i128;
    Ok(QuoteTotals {
        lines,
        gross: m(gross_sum),
        line_discounts: m(line_off_sum),
        quote_discount: m(quote_off),
        net: m(net_sum),
        tax: m(tax_sum),
        total: m(total),
    })
}

/// (line discounts + quote discount) / gross in basis points, rounded half
/// away from zero; 0 for a zero gross. For display: the approval rule below
/// compares exactly instead, so 15.004 % is not rounded down to "15 %".
pub fn effective_discount_percent_bp(quote: &Quote, catalogue: &[Product]) -> Result<u32, PricingError> {
    let t = price_quote(quote, catalogue)?;
    let off = t.line_discounts.minor as i128 + t.quote_discount.minor as i128;
    let bp = div_round(off * 10_000, t.gross.minor as i128);
    Ok(bp.clamp(0, 10_000) as u32)
}

/// True when the total discount is strictly above
/// `settings.discount_approval_percent` % of gross (exact comparison).
pub fn needs_discount_approval(
    quote: &Quote,
    catalogue: &[Product],
    settings: &Settings,
) -> Result<bool, PricingError> {
    let t = price_quote(quote, catalogue)?;
    let off = t.line_discounts.minor as i128 + t.quote_discount.minor as i128;
    Ok(off * 100 > settings.discount_approval_percent as i128 * t.gross.minor as i128)
}

/// The products a bundle consists of, in its `bundle_of` order (a component
/// listed twice appears twice). Empty for a product that is not a bundle.
pub fn bundle_components<'a>(product: &Product, catalogue: &'a [Product]) -> Result<Vec<&'a Product>, PricingError> {
    product.bundle_of.iter().map(|id| find(catalogue, *id)).collect()
}

/// Sum of the components' list prices minus the bundle's own list price, in
/// the bundle's currency. Negative when the bundle costs more than its parts.
pub fn bundle_saving(bundle: &Product, catalogue: &[Product]) -> Result<Money, PricingError> {
    let cur = bundle.list_price.currency;
    let mut parts = 0i128;
    for c in bundle_components(bundle, catalogue)? {
        if c.list_price.currency != cur {
            return Err(PricingError::CurrencyMismatch { product_id: c.id });
        }
        parts += c.list_price.minor as i128;
    }
    Ok(Money::new(fit(parts - bundle.list_price.minor as i128)?, cur))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PriceTier, QuoteStatus};
    use chrono::{TimeZone, Utc};

    fn product(n: u128, list: i64, tiers: &[(u32, i64)], mode: TierMode) -> Product {
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        Product {
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
}
