//! Invoices and payments of an account: what each invoice still owes, and
//! recording a payment (partial allowed).
//!
//! Nothing is converted between currencies: a payment counts towards its
//! invoice only in the invoice's currency (the same rule as the credit check,
//! whose `balance` this reuses), and totals are kept per currency.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::credit;
use crate::domain::input::parse_money;
use crate::domain::money::saturate;
use crate::domain::{Currency, Id, Invoice, Money, Payment, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
        external_id: None,
    })
}

/// Open balance per account in `currency`, over every invoice at once:
/// payments are summed per invoice in one pass (for lists of accounts).
pub fn open_balances(currency: Currency, invoices: &[Invoice], payments: &[Payment], today: NaiveDate) -> HashMap<Id, i64> {
    let mut paid: HashMap<Id, i128> = HashMap::new();
    for p in payments.iter().filter(|p| p.amount.currency == currency && p.paid_on <= today) {
        *paid.entry(p.invoice_id).or_default() += p.amount.minor as i128;
    }
    let mut out: HashMap<Id, i64> = HashMap::new();
    for i in invoices.iter().filter(|i| i.amount.currency == currency) {
        let owed = (i.amount.minor as i128 - paid.get(&i.id).copied().unwrap_or(0)).max(0);
        let e = out.entry(i.account_id).or_default();
        *e = e.saturating_add(saturate(owed));
    }
    out
}
