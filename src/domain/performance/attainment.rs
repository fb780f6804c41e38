//! Actuals against stored targets: attainment and pipeline coverage.
//!
//! The target for a scope and period: the stored target of that node (the
//! person, or the org unit; for the company, the targets with no person and
//! either no unit or a company-level unit) whose own period is exactly the
//! report period; failing that, the sum of that node's quarter or month
//! targets lying inside the period when they cover it completely (a
//! quarter's three months, a year's four quarters). Anything else (a custom
//! range cutting through a month) has no target: `None`, not a guess.
//!
//! Pipeline coverage uses open deals in scope expected to close by the end
//! of the period (overdue expected dates included: they are still hoped for
//! this period), weighted by stage probability (`pipeline::weighted`).

use chrono::Datelike;

use super::kpi::{Kpi, KpiKey};
use super::period::ReportPeriod;
use super::targets::{status, TargetStatus};
use super::{Ctx, Scope, Slice};
use crate::domain::pipeline::weighted;
use crate::domain::{Id, OrgLevel, Period, Target, TargetMetric};

fn is_node(t: &Target, scope: Scope, company_units: &[Id]) -> bool {
    match scope {
        Scope::Person(p) => t.person_id == Some(p),
        Scope::OrgUnit(u) => t.person_id.is_none() && t.org_unit_id == Some(u),
        Scope::Company => t.person_id.is_none() && t.org_unit_id.is_none_or(|u| company_units.contains(&u)),
    }
}

/// The target value and the target records it came from.
pub fn target_for(cx: &Ctx, scope: Scope, metric: TargetMetric) -> Option<(i64, Vec<Id>)> {
    let data = &cx.book.ws.data;
    let company: Vec<Id> = data.org_units.iter().filter(|u| u.level == OrgLevel::Company).map(|u| u.id).collect();
    let mine: Vec<&Target> = data.targets.iter().filter(|t| t.metric == metric && is_node(t, scope, &company)).collect();
    let range = |t: &Target| ReportPeriod::of_target(t.year, t.period);
    let p = cx.period;
    if let Some(t) = mine.iter().find(|t| range(t).is_some_and(|r| r.start == p.start && r.end == p.end)) {
        return Some((t.value, vec![t.id]));
    }
    for quarters in [true, false] {
        let inside: Vec<&&Target> = mine
            .iter()
            .filter(|t| matches!(t.period, Period::Quarter(_)) == quarters && !matches!(t.period, Period::Year))
            .filter(|t| range(t).is_some_and(|r| p.start <= r.start && r.end <= p.end))
            .collect();
        let months = inside.len() * if quarters { 3 } else { 1 };
        let needed = p.months().len();
        let whole = p.start.day() == 1 && p.end.succ_opt().is_some_and(|d| d.day() == 1);
        if !inside.is_empty() && months == needed && whole {
            return Some((inside.iter().map(|t| t.value).sum(), inside.iter().map(|t| t.id).collect()));
        }
    }
    None
}

/// Probability-weighted amount of open deals expected to close by the end
/// of the period (workspace currency), and those deals.
pub fn weighted_pipeline(cx: &Ctx, s: &Slice) -> (i64, Vec<Id>) {
    let cur = cx.currency();
    let settings = cx.book.settings();
    let open = s
        .deals
        .iter()
        .filter(|d| !d.stage.is_closed() && d.amount.currency == cur && d.expected_close.is_some_and(|e| e <= cx.period.end));
    open.fold((0i64, Vec::new()), |(sum, mut ids), d| {
        ids.push(d.id);
        (sum.saturating_add(weighted(d.amount, d.stage, settings).minor), ids)
    })
}

/// Revenue target cell for a scope: target, actual (`sales::revenue`),
/// attainment and coverage; `None` without a target.
pub fn revenue_status(cx: &Ctx, scope: Scope, s: &Slice) -> Option<(TargetStatus, Vec<Id>)> {
    let (target, target_ids) = target_for(cx, scope, TargetMetric::Revenue)?;
    let actual = super::sales::revenue(cx, s).value.unwrap_or(0.0) as i64;
    let (pipe, _) = weighted_pipeline(cx, s);
    Some((status(target, actual, pipe), target_ids))
}

/// Attainment as a KPI; records: the won deals counted as actual.
pub fn revenue_attainment(cx: &Ctx, scope: Scope, s: &Slice) -> Kpi {
    let value = revenue_status(cx, scope, s).and_then(|(st, _)| st.attainment_percent);
    Kpi::new(KpiKey::RevenueAttainment, value, super::sales::revenue(cx, s).records)
}

/// Actual of an activity target: visits checked in, new customers, or the
/// lead conversion rate in basis points (as `TargetMetric::ConversionRate`
/// stores it); revenue in minor units.
pub fn actual_for(cx: &Ctx, s: &Slice, metric: TargetMetric) -> Option<i64> {
    match metric {
        TargetMetric::Revenue => super::sales::revenue(cx, s).value.map(|v| v as i64),
        TargetMetric::Visits => super::service::visits(cx, s).value.map(|v| v as i64),
        TargetMetric::NewCustomers => super::sales::new_customers(cx, s).value.map(|v| v as i64),
        TargetMetric::ConversionRate => super::sales::lead_to_deal(cx, s).value.map(|v| (v * 100.0).round() as i64),
    }
}

/// Any target cell: target, actual, attainment (coverage only for revenue).
pub fn target_status(cx: &Ctx, scope: Scope, s: &Slice, metric: TargetMetric) -> Option<TargetStatus> {
    let (target, _) = target_for(cx, scope, metric)?;
    let actual = actual_for(cx, s, metric).unwrap_or(0);
    let pipe = if metric == TargetMetric::Revenue { weighted_pipeline(cx, s).0 } else { 0 };
    let mut st = status(target, actual, pipe);
    if metric != TargetMetric::Revenue {
        st.coverage = None;
    }
    Some(st)
}

/// Won revenue per owner in `year` (workspace currency): the basis of
/// `Weighting::LastYear` when cascading next year's target.
pub fn won_revenue_by_owner(book: &super::Book, year: i32, now: crate::domain::Timestamp) -> std::collections::HashMap<Id, i64> {
    let Some(period) = ReportPeriod::year(year) else { return Default::default() };
    let cx = Ctx::new(book, period, now);
    book.by_owner()
        .iter()
        .filter_map(|(o, s)| Some(((*o)?, super::sales::revenue(&cx, s).value.unwrap_or(0.0) as i64)))
        .filter(|(_, v)| *v != 0)
        .collect()
}
