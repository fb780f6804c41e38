//! The bi-weekly 12-KPI rep review (双周复盘).
//!
//! Each rep gets a scorecard per fortnight: the twelve KPIs of
//! [`REVIEW_KPIS`] (SPEC §5's list, with NPS for customer satisfaction)
//! against the goals the caller gives for that rep and fortnight (stored
//! targets are monthly or longer, so the caller prorates or sets them). A
//! line meets its goal at or above it, or at or below it for the KPIs where
//! lower is better (cycle days, DSO, overdue share). A fortnight is *below
//! target* when the revenue line misses its goal; reps below target in
//! each of the last `n` fortnights are flagged for an improvement plan.

use chrono::{Duration, NaiveDate};

use super::cash::{aging, dso, overdue_ratio};
use super::kpi::{Kpi, KpiKey};
use super::period::ReportPeriod;
use super::{sales, service, Book, Ctx, Slice};
use crate::domain::{Id, Timestamp};

pub const REVIEW_KPIS: [KpiKey; 12] = [
    KpiKey::Revenue,
    KpiKey::NewCustomers,
    KpiKey::LeadToDeal,
    KpiKey::WinRate,
    KpiKey::AverageDealSize,
    KpiKey::SalesCycleMedian,
    KpiKey::Visits,
    KpiKey::FirstResponseSla,
    KpiKey::Dso,
    KpiKey::OverdueRatio,
    KpiKey::Nps,
    KpiKey::TrainingHours,
];

/// `n` consecutive 14-day periods from `first`.
pub fn fortnights(first: NaiveDate, n: usize) -> Vec<ReportPeriod> {
    (0..n)
        .filter_map(|i| {
            let start = first.checked_add_signed(Duration::days(14 * i as i64))?;
            ReportPeriod::custom(start, start.checked_add_signed(Duration::days(13))?)
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Goal {
    pub key: KpiKey,
    pub target: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ScoreLine {
    pub kpi: Kpi,
    pub goal: Option<f64>,
    /// `None` without a goal or without a value.
    pub met: Option<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scorecard {
    pub person_id: Id,
    pub period: ReportPeriod,
    /// In `REVIEW_KPIS` order.
    pub lines: Vec<ScoreLine>,
}

impl Scorecard {
    pub fn line(&self, key: KpiKey) -> Option<&ScoreLine> {
        self.lines.iter().find(|l| l.kpi.key == key)
    }
    pub fn below_target(&self) -> bool {
        self.line(KpiKey::Revenue).and_then(|l| l.met) == Some(false)
    }
}

fn review_kpis(cx: &Ctx, s: &Slice) -> Vec<Kpi> {
    let aged = aging(cx, s);
    vec![
        sales::revenue(cx, s),
        sales::new_customers(cx, s),
        sales::lead_to_deal(cx, s),
        sales::win_rate(cx, s),
        sales::average_deal_size(cx, s),
        sales::sales_cycle(cx, s).0,
        service::visits(cx, s),
        service::first_response_sla(cx, s),
        dso(cx, s),
        overdue_ratio(&aged),
        service::nps(cx, s),
        service::training_hours(cx, s),
    ]
}

pub fn scorecard(cx: &Ctx, person_id: Id, s: &Slice, goals: &[Goal]) -> Scorecard {
    let lines = review_kpis(cx, s)
        .into_iter()
        .map(|kpi| {
            let goal = goals.iter().find(|g| g.key == kpi.key).map(|g| g.target);
            let met = goal.zip(kpi.value).map(|(g, v)| if kpi.key.lower_is_better() { v <= g } else { v >= g });
            ScoreLine { kpi, goal, met }
        })
        .collect();
    Scorecard { person_id, period: cx.period, lines }
}

/// A rep below target in each of the last `periods` fortnights.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImprovementFlag {
    pub person_id: Id,
    pub periods: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    /// One row per fortnight (oldest first), one card per rep in the order given.
    pub cards: Vec<Vec<Scorecard>>,
    pub flagged: Vec<ImprovementFlag>,
}

/// Number of trailing `true`s: periods in a row below target, up to now.
pub fn run_below(below: &[bool]) -> usize {
    below.iter().rev().take_while(|b| **b).count()
}

/// Scorecards for `reps` over `periods`, flagging reps below target in at
/// least the last `n` of them (`n` ≥ 1).
pub fn review(book: &Book, reps: &[Id], periods: &[ReportPeriod], now: Timestamp, goals: impl Fn(Id, &ReportPeriod) -> Vec<Goal>, n: usize) -> Review {
    let by = book.by_owner();
    let empty = Slice::default();
    let cards: Vec<Vec<Scorecard>> = periods
        .iter()
        .map(|p| {
            let cx = Ctx::new(book, *p, now);
            reps.iter().map(|r| scorecard(&cx, *r, by.get(&Some(*r)).unwrap_or(&empty), &goals(*r, p))).collect()
        })
        .collect();
    let flagged = reps
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let below: Vec<bool> = cards.iter().map(|row| row[i].below_target()).collect();
            let run = run_below(&below);
            (n > 0 && run >= n).then_some(ImprovementFlag { person_id: *r, periods: run })
        })
        .collect();
    Review { cards, flagged }
}
