//! A row → an `Order` with one line; the planner merges rows of one order
//! into it (`copy_field` adds or replaces the line of the row's product).

use std::collections::HashMap;

use super::OrderField as F;
use crate::domain::mapping::context::{external_key, opt, ImportContext};
use crate::domain::mapping::plan::Reason;
use crate::domain::mapping::refs::{normalise_name, RefKind};
use crate::domain::mapping::run::{Cells, ImportKind};
use crate::domain::mapping::value::{parse_amount_in, parse_date, parse_whole};
use crate::domain::{Currency, EntityKind, Id, Order, OrderLine};

/// Deals by normalised name, for order rows that name their deal rather
/// than its source id (existing deals and those the run plans).
#[derive(Clone, Debug, Default)]
pub struct DealNames(HashMap<String, Vec<Id>>);

impl DealNames {
    pub fn add(&mut self, name: &str, id: Id) {
        let ids = self.0.entry(normalise_name(name)).or_default();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    fn find(&self, name: &str) -> Result<Option<Id>, Reason> {
        match self.0.get(&normalise_name(name)).map(Vec::as_slice) {
            Some([id]) => Ok(Some(*id)),
            Some([_, _, ..]) => Err(Reason::AmbiguousReference(EntityKind::Deal)),
            _ => Err(Reason::UnknownReference(EntityKind::Deal)),
        }
    }
}

pub struct OrderImport<'a, G: FnMut() -> Id> {
    pub existing: &'a [Order],
    pub ctx: &'a ImportContext,
    pub deals: &'a DealNames,
    pub next_id: G,
}

impl<G: FnMut() -> Id> OrderImport<'_, G> {
    /// By source id first (as activities name deals), else by name. An
    /// unknown deal is a row problem, not a relation to settle: creating a
    /// deal from an order's cell would invent its stage and owner.
    fn deal(&self, text: &str) -> Result<Option<Id>, Reason> {
        match self.ctx.links.id(RefKind::Deal, text) {
            Ok(id) => Ok(id),
            Err(_) => self.deals.find(text),
        }
    }
}

impl<G: FnMut() -> Id> ImportKind for OrderImport<'_, G> {
    type Field = F;
    type Record = Order;
    type Key = String;

    fn existing(&self) -> &[Order] {
        self.existing
    }
    fn id_of(record: &Order) -> Id {
        record.id
    }
    /// Only the source id: it is what groups the lines.
    fn keys(&self, o: &Order, out: &mut Vec<String>) {
        external_key(&o.external_id, out);
    }

    fn excluded(&self, c: &Cells<'_, F>) -> bool {
        let links = &self.ctx.links;
        links.skips(RefKind::Account, c.text(F::Account)) || links.skips(RefKind::Product, c.text(F::Product))
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Order> {
        let links = &self.ctx.links;
        let ext = c.required(F::ExternalId, p);
        // A blank account is settled by the user like any unmatched name.
        let account = links.id(RefKind::Account, c.text(F::Account)).map_err(|r| p.push((F::Account, r))).ok().flatten();
        if account.is_none() && !p.iter().any(|(f, _)| *f == F::Account) {
            p.push((F::Account, Reason::Required));
        }
        let deal = c.parse(F::Deal, p, |t| if t.is_empty() { Ok(None) } else { self.deal(t) });
        let date = c.parse(F::Date, p, |t| parse_date(t, self.ctx.date_order));
        if !c.provided(F::Date) {
            p.push((F::Date, Reason::Required));
        }
        let currency = c.parse(F::Currency, p, parse_currency).unwrap_or(self.ctx.currency);
        let product = c.parse(F::Product, p, |t| links.id(RefKind::Product, t));
        if !c.provided(F::Product) {
            p.push((F::Product, Reason::Required));
        }
        let quantity = c.parse(F::Quantity, p, parse_whole::<u32>).unwrap_or(1);
        let price = c.parse(F::UnitPrice, p, |t| parse_amount_in(t, currency));
        if !c.provided(F::UnitPrice) {
            p.push((F::UnitPrice, Reason::Required));
        }
        let unit_price_minor = match price {
            Some((_, other)) if other != currency => {
                p.push((F::UnitPrice, Reason::OtherCurrency(currency)));
                return None;
            }
            Some((minor, _)) => minor,
            None => return None,
        };
        let (account_id, ordered_on, product_id) = (account?, date?, product?);
        Some(Order {
            id: self.ctx.own_id(RefKind::Order, ext, &mut self.next_id),
            created_at: self.ctx.now,
            updated_at: self.ctx.now,
            account_id,
            deal_id: deal,
            ordered_on,
            currency,
            lines: vec![OrderLine { product_id, quantity, unit_price_minor }],
            external_id: opt(ext),
        })
    }

    fn copy_field(&self, dst: &mut Order, src: &Order, f: F) {
        match f {
            F::ExternalId => dst.external_id.clone_from(&src.external_id),
            F::Account => dst.account_id = src.account_id,
            F::Deal => dst.deal_id = src.deal_id.or(dst.deal_id),
            F::Date => dst.ordered_on = src.ordered_on,
            F::Currency => dst.currency = src.currency,
            // A row is one line, keyed by its product: the same file
            // again replaces each line with itself, so nothing changes.
            F::Product => {
                for line in &src.lines {
                    match dst.lines.iter_mut().find(|l| l.product_id == line.product_id) {
                        Some(l) => *l = line.clone(),
                        None => dst.lines.push(line.clone()),
                    }
                }
            }
            // Part of the line, copied with its product.
            F::Quantity | F::UnitPrice => {}
        }
    }

    fn touch(&self, record: &mut Order) {
        record.updated_at = self.ctx.now;
    }
}

/// A currency cell: an ISO code ("usd" too); empty is `None`.
pub(crate) fn parse_currency(t: &str) -> Result<Option<Currency>, Reason> {
    match t {
        "" => Ok(None),
        t => Currency::parse(&t.to_ascii_uppercase()).map(Some).ok_or(Reason::NotAChoice),
    }
}
