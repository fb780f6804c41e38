//! A row → a `Payment`, checked against its invoice's currency and balance.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::PaymentField as F;
use crate::domain::mapping::context::{external_key, opt, ImportContext};
use crate::domain::mapping::orders::parse_currency;
use crate::domain::mapping::plan::Reason;
use crate::domain::mapping::refs::RefKind;
use crate::domain::mapping::run::{Cells, ImportKind};
use crate::domain::mapping::value::{parse_amount_in, parse_date};
use crate::domain::{EntityKind, Id, Money, Payment};

/// Invoice id → (account, amount): existing invoices and those the run plans.
pub type InvoiceFacts = HashMap<Id, (Id, Money)>;

pub struct PaymentImport<'a, G: FnMut() -> Id> {
    pub existing: &'a [Payment],
    pub ctx: &'a ImportContext,
    pub invoices: &'a InvoiceFacts,
    /// Per invoice, payments by their duplicate key → minor units: the
    /// existing ones, then each row accepted so far. A row replaces the
    /// payment it is the same as, so a re-import does not pay twice.
    paid: HashMap<Id, HashMap<String, i64>>,
    pub next_id: G,
}

impl<'a, G: FnMut() -> Id> PaymentImport<'a, G> {
    pub fn new(existing: &'a [Payment], ctx: &'a ImportContext, invoices: &'a InvoiceFacts, next_id: G) -> Self {
        let mut paid: HashMap<Id, HashMap<String, i64>> = HashMap::new();
        for p in existing {
            paid.entry(p.invoice_id).or_default().insert(key(p), p.amount.minor);
        }
        PaymentImport { existing, ctx, invoices, paid, next_id }
    }
}

/// The source id, else the invoice, day and amount: without ids, the same
/// sum paid on the same invoice on the same day is the same payment.
fn key(p: &Payment) -> String {
    let mut out = Vec::new();
    external_key(&p.external_id, &mut out);
    out.pop().unwrap_or_else(|| format!("p:{}:{}:{}", p.invoice_id, p.paid_on, p.amount.minor))
}

impl<G: FnMut() -> Id> ImportKind for PaymentImport<'_, G> {
    type Field = F;
    type Record = Payment;
    type Key = String;

    fn existing(&self) -> &[Payment] {
        self.existing
    }
    fn id_of(record: &Payment) -> Id {
        record.id
    }
    fn keys(&self, p: &Payment, out: &mut Vec<String>) {
        out.push(key(p));
    }

    fn excluded(&self, c: &Cells<'_, F>) -> bool {
        self.ctx.links.skips(RefKind::Invoice, c.text(F::Invoice))
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Payment> {
        let invoice_id = c.parse(F::Invoice, p, |t| self.ctx.links.id(RefKind::Invoice, t));
        if !c.provided(F::Invoice) {
            p.push((F::Invoice, Reason::Required));
        }
        let invoice = invoice_id.and_then(|id| self.invoices.get(&id).copied());
        if invoice_id.is_some() && invoice.is_none() {
            p.push((F::Invoice, Reason::UnknownReference(EntityKind::Invoice)));
        }
        let paid_on: Option<NaiveDate> = c.parse(F::Date, p, |t| parse_date(t, self.ctx.date_order));
        if !c.provided(F::Date) {
            p.push((F::Date, Reason::Required));
        }
        let want = invoice.map_or(self.ctx.currency, |i| i.1.currency);
        if c.parse(F::Currency, p, parse_currency).is_some_and(|cur| cur != want) {
            p.push((F::Currency, Reason::OtherCurrency(want)));
        }
        let amount = c.parse(F::Amount, p, |t| parse_amount_in(t, want));
        if !c.provided(F::Amount) {
            p.push((F::Amount, Reason::Required));
        }
        let minor = match amount {
            Some((_, cur)) if cur != want => {
                p.push((F::Amount, Reason::OtherCurrency(want)));
                return None;
            }
            Some((minor, _)) => minor,
            None => return None,
        };
        let (invoice_id, (account_id, total), paid_on) = (invoice_id?, invoice?, paid_on?);
        let payment = Payment {
            id: (self.next_id)(),
            created_at: self.ctx.now,
            updated_at: self.ctx.now,
            invoice_id,
            account_id,
            paid_on,
            amount: Money::new(minor, want),
            method: c.text(F::Method).to_string(),
            external_id: opt(c.text(F::ExternalId)),
        };
        let k = key(&payment);
        let others: i64 = self.paid.get(&invoice_id).map_or(0, |m| m.iter().filter(|(pk, _)| **pk != k).map(|(_, v)| *v).sum());
        let balance = total.minor.saturating_sub(others);
        if minor > balance {
            p.push((F::Amount, Reason::Overpaid(Money::new(balance.max(0), want))));
            return None;
        }
        if p.is_empty() {
            self.paid.entry(invoice_id).or_default().insert(k, minor);
        }
        Some(payment)
    }

    fn copy_field(&self, dst: &mut Payment, src: &Payment, f: F) {
        match f {
            F::ExternalId => dst.external_id.clone_from(&src.external_id),
            F::Invoice => {
                dst.invoice_id = src.invoice_id;
                dst.account_id = src.account_id;
            }
            F::Date => dst.paid_on = src.paid_on,
            F::Amount | F::Currency => dst.amount = src.amount,
            F::Method => dst.method.clone_from(&src.method),
        }
    }

    fn touch(&self, record: &mut Payment) {
        record.updated_at = self.ctx.now;
    }
}
