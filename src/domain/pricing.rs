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

use crate::domain::sorting;
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
    sorting::sort_by_key(&mut tiers, |t| t.0);
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
    sorting::sort_by_key(&mut order, |&i| std::cmp::Reverse(total * weights[i] % sum));
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
mod tests;
