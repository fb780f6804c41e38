//! A row → an `Invoice`.

use std::collections::HashMap;

use chrono::Duration;

use super::InvoiceField as F;
use crate::domain::customers::orders::PAYMENT_TERMS_DAYS;
use crate::domain::mapping::context::{external_key, opt, ImportContext};
use crate::domain::mapping::orders::parse_currency;
use crate::domain::mapping::plan::Reason;
use crate::domain::mapping::refs::RefKind;
use crate::domain::mapping::run::{Cells, ImportKind};
use crate::domain::mapping::text::fold;
use crate::domain::mapping::value::{parse_amount_in, parse_date};
use crate::domain::{Currency, Id, Invoice, Money};

/// Order id → (account, currency): existing orders and those the run plans.
pub type OrderFacts = HashMap<Id, (Id, Currency)>;

pub struct InvoiceImport<'a, G: FnMut() -> Id> {
    pub existing: &'a [Invoice],
    pub ctx: &'a ImportContext,
    pub orders: &'a OrderFacts,
    pub next_id: G,
}

impl<G: FnMut() -> Id> ImportKind for InvoiceImport<'_, G> {
    type Field = F;
    type Record = Invoice;
    type Key = String;

    fn existing(&self) -> &[Invoice] {
        self.existing
    }
    fn id_of(record: &Invoice) -> Id {
        record.id
    }
    /// The source id, then the number: invoice numbers are unique.
    fn keys(&self, i: &Invoice, out: &mut Vec<String>) {
        external_key(&i.external_id, out);
        let n = fold(&i.number);
        if !n.is_empty() {
            out.push(format!("n:{n}"));
        }
    }

    fn excluded(&self, c: &Cells<'_, F>) -> bool {
        c.provided(F::Account) && self.ctx.links.skips(RefKind::Account, c.text(F::Account))
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Invoice> {
        let links = &self.ctx.links;
        let (ext, number) = (c.text(F::ExternalId), c.text(F::Number));
        let number = match (number, ext) {
            ("", "") => {
                p.push((F::Number, Reason::Required));
                ""
            }
            ("", x) => x,
            (n, _) => n,
        };
        let order = c.parse(F::Order, p, |t| links.id(RefKind::Order, t));
        let of_order = order.and_then(|o| self.orders.get(&o).copied());
        // A blank account cell means the order's, not the blank-account
        // account deals may have settled on.
        let account = match c.provided(F::Account) {
            true => c.parse(F::Account, p, |t| links.id(RefKind::Account, t)),
            false => of_order.map(|o| o.0),
        };
        if account.is_none() && !p.iter().any(|(f, _)| *f == F::Account) {
            p.push((F::Account, Reason::Required));
        }
        let issued = c.parse(F::Issued, p, |t| parse_date(t, self.ctx.date_order));
        let due = c.parse(F::Due, p, |t| parse_date(t, self.ctx.date_order));
        // The currency cell, else the order's; the amount must be in it.
        let named = c.parse(F::Currency, p, parse_currency).or(of_order.map(|o| o.1));
        let amount = c.parse(F::Amount, p, |t| parse_amount_in(t, named.unwrap_or(self.ctx.currency)));
        let amount = match (amount, named) {
            (Some((_, cur)), Some(want)) if cur != want => {
                p.push((F::Amount, Reason::OtherCurrency(want)));
                None
            }
            (a, _) => a,
        };
        let (account_id, issued_on, (minor, currency)) = (account?, issued?, amount?);
        if number.is_empty() {
            return None;
        }
        let key = if ext.is_empty() { number } else { ext };
        Some(Invoice {
            id: self.ctx.own_id(RefKind::Invoice, key, &mut self.next_id),
            created_at: self.ctx.now,
            updated_at: self.ctx.now,
            account_id,
            order_id: order,
            contract_id: None,
            number: number.to_string(),
            issued_on,
            // Without a due date, the app's own payment terms.
            due_on: due.unwrap_or(issued_on + Duration::days(PAYMENT_TERMS_DAYS)),
            amount: Money::new(minor, currency),
            external_id: opt(ext),
        })
    }

    fn copy_field(&self, dst: &mut Invoice, src: &Invoice, f: F) {
        match f {
            F::ExternalId => dst.external_id.clone_from(&src.external_id),
            F::Number => dst.number.clone_from(&src.number),
            F::Account => dst.account_id = src.account_id,
            F::Order => {
                dst.order_id = src.order_id;
                dst.account_id = src.account_id;
            }
            F::Issued => {
                dst.issued_on = src.issued_on;
                dst.due_on = src.due_on;
            }
            F::Due => dst.due_on = src.due_on,
            F::Amount | F::Currency => dst.amount = src.amount,
        }
    }

    fn touch(&self, record: &mut Invoice) {
        record.updated_at = self.ctx.now;
    }
}
