//! Orders: the order (and invoice) a won deal turns into, and an order
//! entered by hand on the account page.

use chrono::{Datelike, Duration, NaiveDate};

use crate::domain::input::parse_money;
use crate::domain::performance::targets::{split, split_equal};
use crate::domain::pipeline::Stage;
use crate::domain::{Currency, Deal, Id, Invoice, Order, OrderLine, Product, Quote, QuoteStatus, Timestamp};

/// Days from issue to due date of an invoice made for a won deal.
pub const PAYMENT_TERMS_DAYS: i64 = 30;

/// Why a won deal gave no order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoOrder {
    NotWon,
    AlreadyOrdered,
    /// Neither the deal nor an accepted quote names a product.
    NoProducts,
    /// Zero or negative deal amount.
    NoAmount,
}

/// The order and invoice a deal won today turns into.
///
/// Products come from the deal's accepted quote when it has one, else from
/// the deal's products. The deal amount is the order total: it is spread
/// over the products in proportion to their list prices (largest remainder,
/// so the lines add up to the amount exactly), one unit each. The invoice is
/// issued on the order date and due `PAYMENT_TERMS_DAYS` later.
#[allow(clippy::too_many_arguments)]
pub fn order_for_won_deal(
    deal: &Deal,
    quotes: &[Quote],
    products: &[Product],
    orders: &[Order],
    invoice_count: usize,
    order_id: Id,
    invoice_id: Id,
    now: Timestamp,
) -> Result<(Order, Invoice), NoOrder> {
    if deal.stage != Stage::Won {
        return Err(NoOrder::NotWon);
    }
    if orders.iter().any(|o| o.deal_id == Some(deal.id)) {
        return Err(NoOrder::AlreadyOrdered);
    }
    if deal.amount.minor <= 0 {
        return Err(NoOrder::NoAmount);
    }
    let accepted = quotes.iter().find(|q| q.deal_id == deal.id && q.status == QuoteStatus::Accepted);
    let mut product_ids: Vec<Id> = match accepted {
        Some(q) if !q.lines.is_empty() => q.lines.iter().map(|l| l.product_id).collect(),
        _ => deal.product_ids.clone(),
    };
    product_ids.dedup();
    if product_ids.is_empty() {
        return Err(NoOrder::NoProducts);
    }
    let weights: Vec<u64> = product_ids
        .iter()
        .map(|id| products.iter().find(|p| p.id == *id).map_or(0, |p| p.list_price.minor.max(0) as u64))
        .collect();
    // Equal shares when no product has a list price.
    let shares = split(deal.amount.minor, &weights).unwrap_or_else(|| split_equal(deal.amount.minor, weights.len()));
    let today = now.date_naive();
    let lines = product_ids
        .iter()
        .zip(shares)
        .map(|(id, minor)| OrderLine { product_id: *id, quantity: 1, unit_price_minor: minor })
        .collect();
    let order = Order {
        id: order_id,
        created_at: now,
        updated_at: now,
        account_id: deal.account_id,
        deal_id: Some(deal.id),
        ordered_on: today,
        currency: deal.amount.currency,
        lines,
        external_id: None,
    };
    let invoice = Invoice {
        id: invoice_id,
        created_at: now,
        updated_at: now,
        account_id: deal.account_id,
        order_id: Some(order_id),
        contract_id: None,
        number: format!("INV-{}-{:06}", today.year(), invoice_count + 1),
        issued_on: today,
        due_on: today + Duration::days(PAYMENT_TERMS_DAYS),
        amount: order.total(),
        external_id: None,
    };
    Ok((order, invoice))
}


/// One line of the order form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineInput {
    pub product_id: Option<Id>,
    pub quantity: String,
    pub unit_price: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderError {
    NoLines,
    /// Line n (1-based) lacks a product, a whole quantity ≥ 1 or a price ≥ 0.
    Line(usize),
    DateInFuture,
}

/// An order typed on the account page. Lines left completely blank are
/// ignored; any other incomplete line is an error naming it.
pub fn new_order(
    account_id: Id,
    lines: &[LineInput],
    ordered_on: NaiveDate,
    currency: Currency,
    id: Id,
    now: Timestamp,
) -> Result<Order, Vec<OrderError>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let blank = l.product_id.is_none() && l.quantity.trim().is_empty() && l.unit_price.trim().is_empty();
        if blank {
            continue;
        }
        let qty = l.quantity.trim().parse::<u32>().ok().filter(|q| *q >= 1);
        let price = parse_money(&l.unit_price, currency).ok().flatten();
        match (l.product_id, qty, price) {
            (Some(product_id), Some(quantity), Some(unit_price_minor)) => out.push(OrderLine { product_id, quantity, unit_price_minor }),
            _ => errors.push(OrderError::Line(i + 1)),
        }
    }
    if out.is_empty() && errors.is_empty() {
        errors.push(OrderError::NoLines);
    }
    if ordered_on > now.date_naive() {
        errors.push(OrderError::DateInFuture);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Order { id, created_at: now, updated_at: now, account_id, deal_id: None, ordered_on, currency, lines: out, external_id: None })
}
