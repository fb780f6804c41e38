//! The product catalogue editor's rules (SPEC §3 报价): the form as typed →
//! a validated `Product`, or every problem at once, each naming its field.
//! Nothing is stored unless the whole form is valid.

use crate::domain::sorting;
use std::collections::HashSet;

use super::input::{money_text, parse_money, parse_percent_bp, percent_text, unique_ids};
use super::{Currency, Id, Money, PriceTier, Product, TierMode, Timestamp};

/// One row of the tiers table, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TierInput {
    pub min_quantity: String,
    pub unit_price: String,
}

impl TierInput {
    fn is_blank(&self) -> bool {
        self.min_quantity.trim().is_empty() && self.unit_price.trim().is_empty()
    }
}

/// The product form as typed; text fields stay text until validated so a
/// half-typed value is kept and can be named in an error.
#[derive(Clone, Debug, PartialEq)]
pub struct ProductInput {
    pub name: String,
    pub sku: String,
    pub category: String,
    pub unit: String,
    pub list_price: String,
    /// Percent, e.g. "13" or "6.5".
    pub tax_rate: String,
    pub tier_mode: TierMode,
    pub tiers: Vec<TierInput>,
    pub bundle_of: Vec<Id>,
    pub is_service_pack: bool,
    pub active: bool,
}

impl Default for ProductInput {
    fn default() -> Self {
        ProductInput {
            name: String::new(),
            sku: String::new(),
            category: String::new(),
            unit: String::new(),
            list_price: String::new(),
            tax_rate: String::new(),
            tier_mode: TierMode::Slab,
            tiers: Vec::new(),
            bundle_of: Vec::new(),
            is_service_pack: false,
            active: true,
        }
    }
}

impl ProductInput {
    /// The form prefilled from a stored product, for editing.
    pub fn from_product(p: &Product) -> ProductInput {
        let cur = p.list_price.currency;
        ProductInput {
            name: p.name.clone(),
            sku: p.sku.clone(),
            category: p.category.clone(),
            unit: p.unit.clone(),
            list_price: money_text(p.list_price.minor, cur),
            tax_rate: percent_text(p.tax_rate_bp),
            tier_mode: p.tier_mode,
            tiers: p
                .tiers
                .iter()
                .map(|t| TierInput {
                    min_quantity: t.min_quantity.to_string(),
                    unit_price: money_text(t.unit_price_minor, cur),
                })
                .collect(),
            bundle_of: p.bundle_of.clone(),
            is_service_pack: p.is_service_pack,
            active: p.active,
        }
    }
}

/// What is wrong with the form. Tier rows are numbered from 0 in the order
/// shown; the UI adds 1 when it names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProductError {
    NameRequired,
    ListPriceRequired,
    ListPriceInvalid,
    TaxRateInvalid,
    /// Not a whole number of at least 1.
    TierMinInvalid { row: usize },
    /// The same minimum quantity as an earlier row.
    TierMinDuplicate { row: usize },
    TierPriceRequired { row: usize },
    /// Not a non-negative amount in the currency.
    TierPriceInvalid { row: usize },
    BundleContainsItself,
    BundleUnknownProduct,
    /// A component already contains this product, directly or not.
    BundleCycle,
}

/// Where the product being saved comes from: a new id, or the stored
/// version being edited (keeps its id, creation time and currency).
pub enum Target<'a> {
    New { id: Id, currency: Currency },
    Edit(&'a Product),
}

/// Validates the whole form against the `catalogue` (for bundle components)
/// and builds the product, stamped `now`.
pub fn validate_product(
    input: &ProductInput,
    target: Target<'_>,
    catalogue: &[Product],
    now: Timestamp,
) -> Result<Product, Vec<ProductError>> {
    let (id, created_at, currency) = match target {
        Target::New { id, currency } => (id, now, currency),
        Target::Edit(p) => (p.id, p.created_at, p.list_price.currency),
    };
    let mut errors = Vec::new();
    let name = input.name.trim();
    if name.is_empty() {
        errors.push(ProductError::NameRequired);
    }
    let list_price = match parse_money(&input.list_price, currency) {
        Ok(Some(v)) => v,
        Ok(None) => {
            errors.push(ProductError::ListPriceRequired);
            0
        }
        Err(()) => {
            errors.push(ProductError::ListPriceInvalid);
            0
        }
    };
    let tax_rate_bp = parse_percent_bp(&input.tax_rate).unwrap_or_else(|()| {
        errors.push(ProductError::TaxRateInvalid);
        Some(0)
    });
    let tiers = validate_tiers(&input.tiers, currency, &mut errors);
    check_bundle(id, &input.bundle_of, catalogue, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Product {
        external_id: None,
        id,
        created_at,
        updated_at: now,
        name: name.to_string(),
        sku: input.sku.trim().to_string(),
        category: input.category.trim().to_string(),
        unit: input.unit.trim().to_string(),
        list_price: Money::new(list_price, currency),
        tax_rate_bp: tax_rate_bp.unwrap_or(0),
        tiers,
        tier_mode: input.tier_mode,
        bundle_of: unique_ids(&input.bundle_of),
        is_service_pack: input.is_service_pack,
        active: input.active,
    })
}

/// Rows left completely blank are dropped (an added row not yet filled in);
/// a row with only one of its two cells filled is an error. The result is
/// sorted by minimum quantity, the order pricing reads tiers in.
fn validate_tiers(rows: &[TierInput], currency: Currency, errors: &mut Vec<ProductError>) -> Vec<PriceTier> {
    let mut seen = HashSet::new();
    let mut tiers = Vec::new();
    for (row, r) in rows.iter().enumerate().filter(|(_, r)| !r.is_blank()) {
        let min = r.min_quantity.trim().parse::<u32>().ok().filter(|m| *m >= 1);
        match min {
            None => errors.push(ProductError::TierMinInvalid { row }),
            Some(m) if !seen.insert(m) => errors.push(ProductError::TierMinDuplicate { row }),
            Some(_) => {}
        }
        let price = match parse_money(&r.unit_price, currency) {
            Ok(Some(p)) => Some(p),
            Ok(None) => {
                errors.push(ProductError::TierPriceRequired { row });
                None
            }
            Err(()) => {
                errors.push(ProductError::TierPriceInvalid { row });
                None
            }
        };
        if let (Some(min_quantity), Some(unit_price_minor)) = (min, price) {
            tiers.push(PriceTier { min_quantity, unit_price_minor });
        }
    }
    sorting::sort_by_key(&mut tiers, |t| t.min_quantity);
    tiers
}

fn check_bundle(id: Id, components: &[Id], catalogue: &[Product], errors: &mut Vec<ProductError>) {
    if components.contains(&id) {
        errors.push(ProductError::BundleContainsItself);
    }
    if components.iter().any(|c| *c != id && !catalogue.iter().any(|p| p.id == *c)) {
        errors.push(ProductError::BundleUnknownProduct);
    }
    if components.iter().any(|c| *c != id && contains(*c, id, catalogue)) {
        errors.push(ProductError::BundleCycle);
    }
}

/// Whether `bundle` contains `wanted` at any depth. Imported data may already
/// hold a cycle elsewhere, so visited products are not expanded twice.
fn contains(bundle: Id, wanted: Id, catalogue: &[Product]) -> bool {
    let mut seen = HashSet::new();
    let mut stack = vec![bundle];
    while let Some(next) = stack.pop() {
        if !seen.insert(next) {
            continue;
        }
        for c in catalogue.iter().filter(|p| p.id == next).flat_map(|p| &p.bundle_of) {
            if *c == wanted {
                return true;
            }
            stack.push(*c);
        }
    }
    false
}

/// Products that may be offered as components of `id`: every other product
/// that does not already contain it. Sorted by name.
pub fn bundle_candidates(id: Option<Id>, catalogue: &[Product]) -> Vec<&Product> {
    let mut v: Vec<&Product> =
        catalogue.iter().filter(|p| Some(p.id) != id && id.is_none_or(|me| !contains(p.id, me, catalogue))).collect();
    sorting::sort_by(&mut v, |a, b| a.name.cmp(&b.name));
    v
}

#[cfg(test)]
mod tests;
