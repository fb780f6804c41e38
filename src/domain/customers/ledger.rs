//! Orders, invoices and payments of an account: what a won deal turns into,
//! what each invoice still owes, and recording a payment (partial allowed).
//!
//! Nothing is converted between currencies: a payment counts towards its
//! invoice only in the invoice's currency (the same rule as the credit check,
//! whose `balance` this reuses), and totals are kept per currency.

use chrono::{Datelike, Duration, NaiveDate};

use crate::domain::credit;
use crate::domain::input::parse_money;
use crate::domain::money::saturate;
use crate::domain::{Currency, Deal, Id, Invoice, Money, Order, OrderLine, Payment, Product, Quote, QuoteStatus, Timestamp};
use crate::domain::pipeline::Stage;

/// Days from issue to due date of an invoice made for a won deal.
pub const PAYMENT_TERMS_DAYS: i64 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvoiceState {
    Paid,
    /// Nothing paid yet and not yet due.
    Open,
    /// Something paid, something left, not yet due.
    PartlyPaid,
    Overdue { days: i64 },
}

/// One invoice as the account page lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct InvoiceRow {
    pub invoice: Invoice,
    pub paid: Money,
    pub balance: Money,
    pub state: InvoiceState,
}

/// The state of `invoice` on `today` given every payment made by then.
pub fn invoice_row(invoice: &Invoice, payments: &[Payment], today: NaiveDate) -> InvoiceRow {
    let owed = credit::balance(invoice, payments, today);
    let cur = invoice.amount.currency;
    let state = if owed <= 0 {
        InvoiceState::Paid
    } else if invoice.due_on < today {
        InvoiceState::Overdue { days: (today - invoice.due_on).num_days() }
    } else if owed < invoice.amount.minor as i128 {
        InvoiceState::PartlyPaid
    } else {
        InvoiceState::Open
    };
    InvoiceRow {
        invoice: invoice.clone(),
        paid: Money::new(saturate(invoice.amount.minor as i128 - owed), cur),
        balance: Money::new(saturate(owed.max(0)), cur),
        state,
    }
}

/// The account's invoices, newest first, and the open balance per currency
/// (largest first).
pub fn account_invoices(account: Id, invoices: &[Invoice], payments: &[Payment], today: NaiveDate) -> (Vec<InvoiceRow>, Vec<Money>) {
    let mut rows: Vec<InvoiceRow> =
        invoices.iter().filter(|i| i.account_id == account).map(|i| invoice_row(i, payments, today)).collect();
    crate::domain::sorting::sort_by(&mut rows, |a, b| {
        b.invoice.issued_on.cmp(&a.invoice.issued_on).then_with(|| b.invoice.number.cmp(&a.invoice.number))
    });
    let mut totals: Vec<Money> = Vec::new();
    for r in &rows {
        match totals.iter_mut().find(|m| m.currency == r.balance.currency) {
            Some(m) => m.minor = m.minor.saturating_add(r.balance.minor),
            None => totals.push(r.balance),
        }
    }
    totals.retain(|m| m.minor != 0);
    crate::domain::sorting::sort_by(&mut totals, |a, b| b.minor.cmp(&a.minor));
    (rows, totals)
}

/// A payment as typed on the account page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentInput {
    pub amount: String,
    pub paid_on: Option<NaiveDate>,
    pub method: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaymentError {
    AmountRequired,
    AmountInvalid,
    /// Zero or less.
    AmountNotPositive,
    /// More than the invoice still owes; carries the balance.
    MoreThanBalance(Money),
    AlreadyPaid,
    DateRequired,
    /// After today by the app clock.
    DateInFuture,
    /// Before the invoice was issued.
    DateBeforeIssue,
}

/// Records a payment against `invoice`, partial or whole. Refuses amounts
/// above what is still owed on the payment date (so an invoice is never
/// overpaid) and dates after today or before the invoice.
pub fn record_payment(
    invoice: &Invoice,
    payments: &[Payment],
    input: &PaymentInput,
    id: Id,
    now: Timestamp,
) -> Result<Payment, Vec<PaymentError>> {
    let today = now.date_naive();
    let cur = invoice.amount.currency;
    let mut errors = Vec::new();
    let amount = match parse_money(&input.amount, cur) {
        Ok(Some(m)) if m <= 0 => {
            errors.push(PaymentError::AmountNotPositive);
            None
        }
        Ok(Some(m)) => Some(m),
        Ok(None) => {
            errors.push(PaymentError::AmountRequired);
            None
        }
        Err(()) => {
            errors.push(PaymentError::AmountInvalid);
            None
        }
    };
    match input.paid_on {
        None => errors.push(PaymentError::DateRequired),
        Some(d) if d > today => errors.push(PaymentError::DateInFuture),
        Some(d) if d < invoice.issued_on => errors.push(PaymentError::DateBeforeIssue),
        Some(_) => {}
    }
    // Every payment counts against the balance here, whatever its date, so a
    // back-dated payment cannot overpay an invoice settled later.
    let owed = credit::balance(invoice, payments, NaiveDate::MAX);
    if owed <= 0 {
        errors.push(PaymentError::AlreadyPaid);
    } else if amount.is_some_and(|m| (m as i128) > owed) {
        errors.push(PaymentError::MoreThanBalance(Money::new(saturate(owed), cur)));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let (Some(minor), Some(paid_on)) = (amount, input.paid_on) else {
        return Err(vec![PaymentError::AmountRequired]);
    };
    Ok(Payment {
        id,
        created_at: now,
        updated_at: now,
        invoice_id: invoice.id,
        account_id: invoice.account_id,
        paid_on,
        amount: Money::new(minor, cur),
        method: input.method.trim().to_string(),
    })
}

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
    let weights: Vec<i128> = product_ids
        .iter()
        .map(|id| products.iter().find(|p| p.id == *id).map_or(0, |p| p.list_price.minor.max(0) as i128))
        .collect();
    let shares = split(deal.amount.minor as i128, &weights);
    let today = now.date_naive();
    let lines = product_ids
        .iter()
        .zip(shares)
        .map(|(id, minor)| OrderLine { product_id: *id, quantity: 1, unit_price_minor: saturate(minor) })
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
    };
    Ok((order, invoice))
}

/// `total` over `weights` pro rata, largest remainder; equal shares when no
/// weight is positive (products without a list price).
fn split(total: i128, weights: &[i128]) -> Vec<i128> {
    let sum: i128 = weights.iter().sum();
    let weights: Vec<i128> = if sum <= 0 { vec![1; weights.len()] } else { weights.to_vec() };
    let sum: i128 = weights.iter().sum();
    let mut shares: Vec<i128> = weights.iter().map(|w| total * w / sum).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    crate::domain::sorting::sort_by_key(&mut order, |&i| std::cmp::Reverse(total * weights[i] % sum));
    let left = total - shares.iter().sum::<i128>();
    for &i in order.iter().take(left.max(0) as usize) {
        shares[i] += 1;
    }
    shares
}

/// Open balance of the whole account in `currency`.
pub fn open_balance(account: Id, currency: Currency, invoices: &[Invoice], payments: &[Payment], today: NaiveDate) -> i64 {
    saturate(
        invoices
            .iter()
            .filter(|i| i.account_id == account && i.amount.currency == currency)
            .map(|i| credit::balance(i, payments, today).max(0))
            .sum(),
    )
}
