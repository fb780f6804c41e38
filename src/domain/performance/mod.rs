//! Performance (SPEC §1 targets, §5 the 12-KPI review, §6 KPIs and review
//! models). Everything takes "now" and the period as parameters, and every
//! figure carries the ids of the records behind it so a chart can drill down.
//!
//! Flow: build a [`Book`] once from the workspace (indexes by owner and by
//! invoice), cut a [`Slice`] for the owners in scope
//! ([`period::allowed_owners`] joins the scope with acting-as visibility),
//! then compute figures with a [`Ctx`] (book, period, now).

pub mod attainment;
pub mod benchmark;
pub mod book;
pub mod cash;
pub mod dashboard;
pub mod fortnight;
pub mod funnel;
pub mod history_csv;
pub mod holt_winters;
pub mod improve;
pub mod kpi;
pub mod levels;
pub mod period;
pub mod plan;
pub mod quadrant;
pub mod sales;
pub mod review;
pub mod roles;
pub mod rounding;
pub mod seasonal;
pub mod service;
pub mod target_tree;
pub mod targets;
pub mod trends;

#[cfg(test)]
mod tests;

pub use book::{Book, Index, SlaStates, Slice};
pub use kpi::{Kpi, KpiKey, Unit};
pub use period::{allowed_owners, Owners, PeriodKind, ReportPeriod, Scope};

use crate::domain::{Currency, Timestamp};

/// What every KPI is computed against.
#[derive(Clone, Copy)]
pub struct Ctx<'b, 'a> {
    pub book: &'b Book<'a>,
    pub period: ReportPeriod,
    pub now: Timestamp,
}

impl<'b, 'a> Ctx<'b, 'a> {
    pub fn new(book: &'b Book<'a>, period: ReportPeriod, now: Timestamp) -> Self {
        Ctx { book, period, now }
    }
    /// Sums are kept in this currency; others are counted, not converted.
    pub fn currency(&self) -> Currency {
        self.book.settings().currency
    }
    /// The same figures one period earlier (for trends).
    pub fn previous(&self) -> Option<Ctx<'b, 'a>> {
        Some(Ctx { period: self.period.previous()?, ..*self })
    }
}
