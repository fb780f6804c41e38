//! An annual plan (年度目标分解): one metric's total for a year, split over
//! the quarters and months and down the organisation to every rep, and the
//! `Target` records that store it.
//!
//! Who carries a target: active people with the rep role. Managers' figures
//! are their unit's; a unit with no rep anywhere under it gets no share
//! (it would swallow part of the total that nobody sells). The cascade runs
//! from the company unit through the units that hold reps, splitting by
//! `targets::cascade` (equal, last year's share, manual weights).
//!
//! Time first, then people: the company's months come from the time split,
//! and each parent's months are shared among its children by
//! `rounding::round_table`, so a child's months add up to its year *and*
//! the children's months add up to the parent's month. Quarters are sums of
//! months. Every number is exact in minor units (or counts).
//!
//! Conversion rate is a rate, not a quantity: every unit, rep and month gets
//! the same basis points; nothing is split.

use std::collections::HashMap;

use chrono::Datelike;

use super::rounding::round_table;
use super::targets::{cascade, split, split_equal, Basis, Node};
use crate::domain::{Id, OrgLevel, OrgUnit, Period, Person, Role, Target, TargetMetric, Timestamp, Weighting};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeSplit {
    Equal,
    /// By last year's actual per month.
    LastYear,
    /// By the quarter weights given; months equal within a quarter.
    Manual([u64; 4]),
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanInput {
    pub year: i32,
    pub metric: TargetMetric,
    /// Minor units, a count, or basis points for conversion rate.
    pub total: i64,
    pub time: TimeSplit,
    pub org: Weighting,
    /// Weight of each node among its siblings (manual org split).
    pub manual: HashMap<Node, u64>,
}

/// Last year's actuals the "last year" splits weigh by.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    pub by_person: HashMap<Id, i64>,
    pub by_month: [i64; 12],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow {
    pub node: Node,
    pub parent: Option<Node>,
    pub depth: usize,
    pub year: i64,
    pub quarters: [i64; 4],
    pub months: [i64; 12],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Parents before children, siblings in tree order.
    pub rows: Vec<PlanRow>,
    /// "Last year" asked for but there was nothing to weigh by: equal.
    pub time_fell_back: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    NotPositive,
    NoCompany,
    NoReps,
    QuarterWeightsZero,
    /// A unit whose children all have manual weight zero.
    OrgWeightsZero(Id),
    Rounding,
}

/// The company unit: the company-level unit without a parent, else any
/// unit without a parent.
pub fn company_root(units: &[OrgUnit]) -> Option<Id> {
    let top = || units.iter().filter(|u| u.parent_id.is_none());
    top().find(|u| u.level == OrgLevel::Company).or_else(|| top().next()).map(|u| u.id)
}

/// Active reps, and the units with a rep at or under them.
pub fn carriers<'a>(units: &'a [OrgUnit], people: &'a [Person]) -> (Vec<Person>, Vec<OrgUnit>) {
    let reps: Vec<Person> = people.iter().filter(|p| p.active && p.role == Role::Rep && p.org_unit_id.is_some()).cloned().collect();
    let parent: HashMap<Id, Option<Id>> = units.iter().map(|u| (u.id, u.parent_id)).collect();
    let mut keep = std::collections::HashSet::new();
    for r in &reps {
        let mut at = r.org_unit_id;
        while let Some(u) = at {
            if !keep.insert(u) {
                break;
            }
            at = parent.get(&u).copied().flatten();
        }
    }
    (reps, units.iter().filter(|u| keep.contains(&u.id)).cloned().collect())
}

fn months_of(total: i64, time: TimeSplit, history: &History) -> Result<([i64; 12], bool), PlanError> {
    let equal_in = |q: i64| split_equal(q, 3);
    let (quarters, fell_back, by_history) = match time {
        TimeSplit::Equal => (split_equal(total, 4), false, false),
        TimeSplit::Manual(w) => (split(total, &w).ok_or(PlanError::QuarterWeightsZero)?, false, false),
        TimeSplit::LastYear => {
            let m = history.by_month.map(|v| v.max(0) as u64);
            let qw: Vec<u64> = m.chunks(3).map(|c| c.iter().sum()).collect();
            match split(total, &qw) {
                Some(q) => (q, false, true),
                None => (split_equal(total, 4), true, false),
            }
        }
    };
    let mut months = [0i64; 12];
    for (q, &value) in quarters.iter().enumerate() {
        let w: Vec<u64> = (0..3).map(|k| history.by_month[q * 3 + k].max(0) as u64).collect();
        let parts = if by_history { split(value, &w).unwrap_or_else(|| equal_in(value)) } else { equal_in(value) };
        months[q * 3..q * 3 + 3].copy_from_slice(&parts);
    }
    Ok((months, fell_back))
}

fn quarters_of(months: &[i64; 12]) -> [i64; 4] {
    [0, 1, 2, 3].map(|q| months[q * 3..q * 3 + 3].iter().sum())
}

/// Builds the plan; nothing is stored.
pub fn plan(input: &PlanInput, units: &[OrgUnit], people: &[Person], history: &History) -> Result<Plan, PlanError> {
    if input.total <= 0 {
        return Err(PlanError::NotPositive);
    }
    let root = company_root(units).ok_or(PlanError::NoCompany)?;
    let (reps, kept) = carriers(units, people);
    if reps.is_empty() {
        return Err(PlanError::NoReps);
    }
    let basis = Basis { last_year: history.by_person.clone(), manual: input.manual.clone() };
    let cells = cascade(input.total, root, &kept, &reps, input.org, &basis);
    // A unit with reps under it always has children: no cells means its
    // manual weights were all zero (harmless when it has nothing to share).
    for c in &cells {
        if let Node::Unit(u) = c.node {
            if c.value != 0 && !cells.iter().any(|k| k.parent == Some(c.node)) {
                return Err(PlanError::OrgWeightsZero(u));
            }
        }
    }
    let rate = input.metric == TargetMetric::ConversionRate;
    let (root_months, time_fell_back) =
        if rate { ([input.total; 12], false) } else { months_of(input.total, input.time, history)? };
    let mut rows: Vec<PlanRow> = Vec::with_capacity(cells.len());
    let mut at: HashMap<Node, usize> = HashMap::new();
    for c in &cells {
        let depth = c.parent.and_then(|p| at.get(&p)).map_or(0, |&i| rows[i].depth + 1);
        let year = if rate { input.total } else { c.value };
        at.insert(c.node, rows.len());
        rows.push(PlanRow { node: c.node, parent: c.parent, depth, year, quarters: [0; 4], months: [0; 12] });
    }
    rows[0].months = root_months;
    for i in 0..rows.len() {
        let kids: Vec<usize> = (i + 1..rows.len()).filter(|&k| rows[k].parent == Some(rows[i].node)).collect();
        if kids.is_empty() {
            continue;
        }
        if rate {
            for k in kids {
                rows[k].months = [input.total; 12];
            }
            continue;
        }
        let cols: Vec<i64> = kids.iter().map(|&k| rows[k].year).collect();
        let table = round_table(&rows[i].months, &cols).ok_or(PlanError::Rounding)?;
        for (n, &k) in kids.iter().enumerate() {
            rows[k].months = std::array::from_fn(|m| table[m][n]);
        }
    }
    for r in &mut rows {
        r.quarters = if rate { [input.total; 4] } else { quarters_of(&r.months) };
    }
    Ok(Plan { rows, time_fell_back })
}

/// Sums that prove the plan adds up, for the preview's check line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanCheck {
    pub quarters: i64,
    pub months: i64,
    pub reps: i64,
    /// Every parent's children add up to it, year, quarter and month.
    pub children_add_up: bool,
}

pub fn check(plan: &Plan) -> PlanCheck {
    let root = plan.rows.first();
    let mut ok = true;
    for p in &plan.rows {
        let kids: Vec<&PlanRow> = plan.rows.iter().filter(|k| k.parent == Some(p.node)).collect();
        if kids.is_empty() {
            continue;
        }
        ok &= kids.iter().map(|k| k.year).sum::<i64>() == p.year;
        ok &= (0..12).all(|m| kids.iter().map(|k| k.months[m]).sum::<i64>() == p.months[m]);
        ok &= (0..4).all(|q| kids.iter().map(|k| k.quarters[q]).sum::<i64>() == p.quarters[q]);
    }
    PlanCheck {
        quarters: root.map_or(0, |r| r.quarters.iter().sum()),
        months: root.map_or(0, |r| r.months.iter().sum()),
        reps: plan.rows.iter().filter(|r| matches!(r.node, Node::Person(_))).map(|r| r.year).sum(),
        children_add_up: ok,
    }
}

/// The records of a plan: per row one year, four quarter and twelve month
/// targets. A year's parent is the parent row's year; a quarter's is its
/// own year; a month's its own quarter. People keep their unit too.
pub fn targets(plan: &Plan, input: &PlanInput, people: &[Person], now: Timestamp, mut id: impl FnMut() -> Id) -> Vec<Target> {
    let unit_of: HashMap<Id, Option<Id>> = people.iter().map(|p| (p.id, p.org_unit_id)).collect();
    let mut year_id: HashMap<Node, Id> = HashMap::new();
    let mut out = Vec::with_capacity(plan.rows.len() * 17);
    for r in &plan.rows {
        let (org_unit_id, person_id) = match r.node {
            Node::Unit(u) => (Some(u), None),
            Node::Person(p) => (unit_of.get(&p).copied().flatten(), Some(p)),
        };
        let mut make = |period: Period, value: i64, parent: Option<Id>| {
            let t = Target {
                id: id(),
                created_at: now,
                updated_at: now,
                year: input.year,
                period,
                metric: input.metric,
                value,
                org_unit_id,
                person_id,
                parent_id: parent,
                weighting: input.org,
            };
            let tid = t.id;
            out.push(t);
            tid
        };
        let y = make(Period::Year, r.year, r.parent.and_then(|p| year_id.get(&p).copied()));
        year_id.insert(r.node, y);
        for q in 0..4 {
            let qid = make(Period::Quarter(q as u8 + 1), r.quarters[q], Some(y));
            for m in q * 3..q * 3 + 3 {
                make(Period::Month(m as u8 + 1), r.months[m], Some(qid));
            }
        }
    }
    out
}

/// The stored targets a new plan for `year` and `metric` replaces.
pub fn replaced<'a>(all: &'a [Target], year: i32, metric: TargetMetric) -> Vec<&'a Target> {
    all.iter().filter(|t| t.year == year && t.metric == metric).collect()
}

/// Month index (0–11) of a timestamp in `year`, for building `History`.
pub fn month_in(year: i32, at: Timestamp) -> Option<usize> {
    (at.year() == year).then(|| at.month0() as usize)
}
