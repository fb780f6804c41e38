//! Which fortnight a review covers, and each rep's goals for it.
//!
//! Fortnights run Monday to Sunday-week-after, counted from Monday
//! 2024-01-01, so every device and every rep agrees on the same
//! boundaries. The default is the last complete fortnight by the app clock.
//!
//! Goals: stored targets are monthly or longer, so a fortnight's goal for a
//! count or an amount (revenue, new customers, visits) is prorated by day:
//! each day takes the finest stored target covering it (month, then
//! quarter, then year) divided by that target's days. On a day no target
//! of the rep's own covers, the rep gets an equal share of the company's
//! (company target ÷ active reps), the same split as `Weighting::Equal`. Lead conversion takes
//! the conversion-rate target in force at the fortnight's start. Training
//! hours prorate the yearly hours of the settings. The other KPIs have no
//! stored target; their goal is the team's own figure for the same
//! fortnight, so "met" means "at or better than the team".

use chrono::{Datelike, Duration, NaiveDate};

use super::kpi::KpiKey;
use super::period::ReportPeriod;
use super::review::{Goal, Scorecard};
use super::Ctx;
use crate::domain::{Id, OrgLevel, Period, Role, Target, TargetMetric};

fn anchor() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default()
}

/// The fortnight `date` falls in.
pub fn fortnight_of(date: NaiveDate) -> Option<ReportPeriod> {
    let k = (date - anchor()).num_days().div_euclid(14);
    let start = anchor().checked_add_signed(Duration::days(14 * k))?;
    ReportPeriod::custom(start, start.checked_add_signed(Duration::days(13))?)
}

/// The last fortnight that has fully ended before `today`.
pub fn last_complete(today: NaiveDate) -> Option<ReportPeriod> {
    fortnight_of(today)?.previous()
}

/// The fortnight `n` fortnights after `p` (before it when `n` is negative).
pub fn shift(p: ReportPeriod, n: i64) -> Option<ReportPeriod> {
    fortnight_of(p.start.checked_add_signed(Duration::days(14 * n))?)
}

/// `n` fortnights ending with `last`, oldest first.
pub fn ending_with(last: ReportPeriod, n: usize) -> Vec<ReportPeriod> {
    (0..n as i64).rev().filter_map(|k| shift(last, -k)).collect()
}

/// Where a goal comes from, so the page can say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalSource {
    /// The rep's own stored target.
    Target,
    /// An equal share of the company target.
    TeamShare,
    /// A yearly figure from the settings.
    Settings,
    /// The team's figure for the same fortnight.
    Team,
}

fn range(t: &Target) -> Option<ReportPeriod> {
    ReportPeriod::of_target(t.year, t.period)
}

/// Finer periods first: month, quarter, year.
fn fineness(p: Period) -> u8 {
    match p {
        Period::Month(_) => 0,
        Period::Quarter(_) => 1,
        Period::Year => 2,
    }
}

/// One day's share of the finest of `targets` covering `day`.
fn daily(targets: &[&Target], day: NaiveDate) -> Option<f64> {
    let (t, r) = targets.iter().filter_map(|t| Some((t, range(t)?))).filter(|(_, r)| r.contains(day)).min_by_key(|(t, _)| fineness(t.period))?;
    Some(t.value as f64 / r.days() as f64)
}

/// The day-by-day prorated goal over `p`: the rep's own target where one
/// covers the day, else `share` of the company's. `None` when neither
/// covers any day; the source is `Target` when any day used the rep's own.
pub fn prorated(own: &[&Target], company: &[&Target], share: f64, p: &ReportPeriod) -> Option<(f64, GoalSource)> {
    let (mut sum, mut any, mut mine) = (0.0, false, false);
    let mut day = p.start;
    while day <= p.end {
        if let Some(v) = daily(own, day) {
            (sum, any, mine) = (sum + v, true, true);
        } else if let Some(v) = daily(company, day) {
            (sum, any) = (sum + v * share, true);
        }
        day = day.succ_opt()?;
    }
    any.then_some((sum, if mine { GoalSource::Target } else { GoalSource::TeamShare }))
}

/// A rep's goals for the period of `cx`, each with its source. `team`: the
/// scorecard of everyone in view for the same period (no goals needed).
pub fn goals_for(cx: &Ctx, person: Id, team: &Scorecard) -> Vec<(Goal, GoalSource)> {
    let data = &cx.book.ws.data;
    let company: Vec<Id> = data.org_units.iter().filter(|u| u.level == OrgLevel::Company).map(|u| u.id).collect();
    let is_company = |t: &Target| t.person_id.is_none() && t.org_unit_id.is_none_or(|u| company.contains(&u));
    let reps = data.people.iter().filter(|p| p.role == Role::Rep && p.active).count().max(1) as f64;
    let of = |metric: TargetMetric, mine: bool| -> Vec<&Target> {
        data.targets.iter().filter(|t| t.metric == metric && if mine { t.person_id == Some(person) } else { is_company(t) }).collect()
    };
    let amount = |metric: TargetMetric| prorated(&of(metric, true), &of(metric, false), 1.0 / reps, &cx.period);
    let mut out = Vec::new();
    let mut push = |key: KpiKey, g: Option<(f64, GoalSource)>| {
        if let Some((target, source)) = g {
            out.push((Goal { key, target }, source));
        }
    };
    push(KpiKey::Revenue, amount(TargetMetric::Revenue));
    push(KpiKey::NewCustomers, amount(TargetMetric::NewCustomers));
    push(KpiKey::Visits, amount(TargetMetric::Visits));
    let rate = |mine: bool| {
        of(TargetMetric::ConversionRate, mine)
            .into_iter()
            .filter_map(|t| Some((t, range(t)?)))
            .filter(|(_, r)| r.contains(cx.period.start))
            .min_by_key(|(t, _)| fineness(t.period))
            .map(|(t, _)| t.value as f64 / 100.0)
    };
    push(KpiKey::LeadToDeal, rate(true).map(|v| (v, GoalSource::Target)).or_else(|| rate(false).map(|v| (v, GoalSource::TeamShare))));
    let year_days = if NaiveDate::from_ymd_opt(cx.period.start.year(), 2, 29).is_some() { 366.0 } else { 365.0 };
    let hours = f64::from(cx.book.settings().training_hours_target) * cx.period.days() as f64 / year_days;
    push(KpiKey::TrainingHours, Some((hours, GoalSource::Settings)));
    for key in [KpiKey::WinRate, KpiKey::AverageDealSize, KpiKey::SalesCycleMedian, KpiKey::FirstResponseSla, KpiKey::Dso, KpiKey::OverdueRatio, KpiKey::Nps] {
        push(key, team.line(key).and_then(|l| l.kpi.value).map(|v| (v, GoalSource::Team)));
    }
    out
}
