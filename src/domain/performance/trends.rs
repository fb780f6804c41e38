//! Figures per calendar month of a period, for the dashboards' trend charts.
//!
//! Revenue per month counts exactly as `sales::revenue` does for a month
//! (won deals by the day they entered Won, workspace currency summed, every
//! won deal listed), in one pass instead of one per month. Targets per month
//! are `attainment::target_for` of each month, so a month with no target of
//! its own (and no finer ones covering it) has none.

use chrono::Datelike;

use super::attainment::target_for;
use super::period::ReportPeriod;
use super::sales::closed_in;
use super::{Ctx, Scope, Slice};
use crate::domain::pipeline::Stage;
use crate::domain::{Id, TargetMetric};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MonthFigure {
    pub year: i32,
    /// 1–12.
    pub month: u32,
    /// Sum in minor units of the workspace currency.
    pub minor: i64,
    /// Won deals of the month, any currency.
    pub records: Vec<Id>,
}

impl MonthFigure {
    /// Whether the month has begun by `day`: later months have no figure
    /// yet (a chart leaves them out instead of drawing a drop to zero).
    pub fn started_by(&self, day: chrono::NaiveDate) -> bool {
        chrono::NaiveDate::from_ymd_opt(self.year, self.month, 1).is_some_and(|first| first <= day)
    }
}

/// Won revenue in each month the period touches, first to last.
pub fn monthly_revenue(cx: &Ctx, s: &Slice) -> Vec<MonthFigure> {
    let mut out: Vec<MonthFigure> = cx.period.months().into_iter().map(|(year, month)| MonthFigure { year, month, ..MonthFigure::default() }).collect();
    let cur = cx.currency();
    for d in closed_in(cx, s).into_iter().filter(|d| d.stage == Stage::Won) {
        let Some(day) = super::sales::closed_at(d).map(|t| t.date_naive()) else { continue };
        let Some(m) = out.iter_mut().find(|m| m.year == day.year() && m.month == day.month()) else { continue };
        m.records.push(d.id);
        if d.amount.currency == cur {
            m.minor = m.minor.saturating_add(d.amount.minor);
        }
    }
    out
}

/// The revenue target of `scope` for each month the period touches.
pub fn monthly_targets(cx: &Ctx, scope: Scope) -> Vec<Option<i64>> {
    cx.period
        .months()
        .into_iter()
        .map(|(y, m)| {
            let period = ReportPeriod::month(y, m)?;
            target_for(&Ctx { period, ..*cx }, scope, TargetMetric::Revenue).map(|(v, _)| v)
        })
        .collect()
}

/// Running totals; a missing value adds nothing, and the total stays
/// missing until the first value.
pub fn running_total(values: &[Option<i64>]) -> Vec<Option<i64>> {
    let mut sum: Option<i64> = None;
    values
        .iter()
        .map(|v| {
            if let Some(v) = v {
                sum = Some(sum.unwrap_or(0).saturating_add(*v));
            }
            sum
        })
        .collect()
}

/// The deals that reached each funnel step (`funnel::STEPS`), as
/// `funnel::funnel` counts `reached`: the ids behind each step of a funnel chart.
pub fn funnel_steps(deals: &[&crate::domain::Deal]) -> [Vec<Id>; 5] {
    let mut out: [Vec<Id>; 5] = Default::default();
    for d in deals {
        for step in out.iter_mut().take(super::funnel::furthest(d) + 1) {
            step.push(d.id);
        }
    }
    out
}
