//! Cash KPIs: collection cycle (回款周期), DSO, receivables aging.
//!
//! Balances come from `credit::balance` (amount minus payments in the
//! invoice currency made by the day). Only workspace-currency invoices are
//! summed; others are counted in `other_currency`.
//!
//! - Collection cycle: for each signed contract whose invoices were all
//!   paid in full, days from the signature's date to the day the last of
//!   them was paid; counted in the period that payment day falls in. Value:
//!   the mean.
//! - DSO = receivables at the end of the period ÷ amount invoiced in the
//!   period × days in the period (the plain average-sales formula, not the
//!   count-back one). The end is the period's last day, or today if that is
//!   earlier, and the days are counted up to that end, so a running month
//!   is not diluted by days still to come.
//! - Aging, as of that same day: each invoice with a positive balance, by
//!   days past due = as-of date − due date (0 while not yet due). Buckets
//!   0–30, 31–60, 61–90, 91+ ("90+"), so 30 is in the first, 31 in the
//!   second, 90 in the third and 91 in the last. Overdue alerts list every
//!   invoice at least one day past due, longest overdue first.

use chrono::NaiveDate;

use super::kpi::{mean, Kpi, KpiKey};
use super::{Ctx, Slice};
use crate::domain::credit::balance;
use crate::domain::{Id, Invoice};

/// The day balances are taken on: the period's end, or today if earlier.
pub fn as_of(cx: &Ctx) -> NaiveDate {
    cx.period.end.min(cx.now.date_naive())
}

fn open_balance(cx: &Ctx, i: &Invoice, day: NaiveDate) -> i64 {
    balance(i, cx.book.payments_of(i.id), day).clamp(0, i64::MAX as i128) as i64
}

/// The day `i` was paid in full, if it was by `day`.
fn paid_in_full_on(cx: &Ctx, i: &Invoice, day: NaiveDate) -> Option<NaiveDate> {
    let last = cx.book.payments_of(i.id).iter().filter(|p| p.paid_on <= day).map(|p| p.paid_on).max();
    (balance(i, cx.book.payments_of(i.id), day) <= 0).then_some(last.unwrap_or(i.issued_on))
}

pub fn collection_cycle(cx: &Ctx, s: &Slice) -> Kpi {
    let day = as_of(cx);
    let (mut days, mut ids) = (Vec::new(), Vec::new());
    for c in &s.contracts {
        let Some(sig) = &c.signature else { continue };
        let invs = cx.book.invoices_of_contract(c.id);
        if invs.is_empty() {
            continue;
        }
        let paid: Option<Vec<NaiveDate>> = invs.iter().map(|i| paid_in_full_on(cx, i, day)).collect();
        let Some(cash) = paid.and_then(|v| v.into_iter().max()) else { continue };
        if cx.period.contains(cash) {
            days.push((cash - sig.signed_at.date_naive()).num_days() as f64);
            ids.push(c.id);
        }
    }
    Kpi::new(KpiKey::CollectionCycle, mean(&days), ids)
}

pub fn dso(cx: &Ctx, s: &Slice) -> Kpi {
    let (day, cur) = (as_of(cx), cx.currency());
    let (mut receivable, mut invoiced, mut other) = (0i64, 0i64, 0usize);
    let mut ids = Vec::new();
    for i in s.invoices.iter().filter(|i| i.issued_on <= day) {
        if i.amount.currency != cur {
            other += 1;
            continue;
        }
        let open = open_balance(cx, i, day);
        if open > 0 {
            receivable = receivable.saturating_add(open);
            ids.push(i.id);
        }
        if cx.period.contains(i.issued_on) {
            invoiced = invoiced.saturating_add(i.amount.minor);
        }
    }
    let days = (day - cx.period.start).num_days() + 1;
    let value = (invoiced > 0 && days > 0).then(|| receivable as f64 / invoiced as f64 * days as f64);
    Kpi { other_currency: other, ..Kpi::new(KpiKey::Dso, value, ids) }
}

/// An invoice past due with money still owed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverdueAlert {
    pub invoice_id: Id,
    pub account_id: Id,
    pub owner_id: Option<Id>,
    pub days_overdue: i64,
    pub balance_minor: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgingBucket {
    pub amount_minor: i64,
    pub invoices: Vec<Id>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Aging {
    pub as_of: Option<NaiveDate>,
    /// 0–30, 31–60, 61–90, 91+ days past due.
    pub buckets: [AgingBucket; 4],
    pub overdue: Vec<OverdueAlert>,
    pub other_currency: usize,
}

/// Bucket index for days past due (see the module notes for the edges).
pub fn bucket_of(days_overdue: i64) -> usize {
    match days_overdue {
        ..=30 => 0,
        31..=60 => 1,
        61..=90 => 2,
        _ => 3,
    }
}

pub fn aging(cx: &Ctx, s: &Slice) -> Aging {
    let (day, cur) = (as_of(cx), cx.currency());
    let mut out = Aging { as_of: Some(day), ..Aging::default() };
    for i in s.invoices.iter().filter(|i| i.issued_on <= day) {
        if i.amount.currency != cur {
            out.other_currency += 1;
            continue;
        }
        let open = open_balance(cx, i, day);
        if open <= 0 {
            continue;
        }
        let late = (day - i.due_on).num_days().max(0);
        let b = &mut out.buckets[bucket_of(late)];
        b.amount_minor = b.amount_minor.saturating_add(open);
        b.invoices.push(i.id);
        if late > 0 {
            let owner_id = cx.book.invoice_owner(i);
            out.overdue.push(OverdueAlert { invoice_id: i.id, account_id: i.account_id, owner_id, days_overdue: late, balance_minor: open });
        }
    }
    out.overdue.sort_by(|a, b| b.days_overdue.cmp(&a.days_overdue).then(a.invoice_id.cmp(&b.invoice_id)));
    out
}

/// Overdue balance ÷ all open balance, in percent; records: overdue invoices.
pub fn overdue_ratio(a: &Aging) -> Kpi {
    let total: i64 = a.buckets.iter().map(|b| b.amount_minor).sum();
    let overdue: i64 = a.overdue.iter().map(|o| o.balance_minor).sum();
    let value = (total > 0).then(|| overdue as f64 * 100.0 / total as f64);
    Kpi::new(KpiKey::OverdueRatio, value, a.overdue.iter().map(|o| o.invoice_id).collect())
}
