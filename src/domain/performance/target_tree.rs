//! The targets page's tree: company → units → reps (the same carriers a plan
//! splits over), each with its stored target and, where the acting person
//! may see everyone it covers, the actual, attainment and coverage.
//!
//! Visibility: a row's figures are shown only when every owner the row
//! covers is visible to the acting person (`visible_owners`); otherwise a
//! partial actual next to the whole target would mislead. Such ancestor rows
//! stay as the path to what the person may see, target only. Rows with no
//! visible owner at all are left out, so a rep sees their own line and the
//! path above it, a manager their subtree.

use std::collections::HashMap;

use super::attainment::{actual_for, target_for, weighted_pipeline};
use super::period::{scope_owners, visible_owners, Owners};
use super::plan::{carriers, company_root, History};
use super::targets::{status, Node, TargetStatus};
use super::{Book, Ctx, ReportPeriod, Scope};
use crate::domain::{Id, OrgUnit, Person, TargetMetric, Timestamp};

#[derive(Clone, Debug, PartialEq)]
pub struct TreeRow {
    pub node: Node,
    pub depth: usize,
    pub target: Option<i64>,
    /// `None` when the row covers people the acting person may not see.
    pub status: Option<TargetStatus>,
    pub complete: bool,
}

/// Nodes in display order (each parent, then its units, then its reps).
pub fn nodes(all_units: &[OrgUnit], people: &[Person]) -> Vec<(Node, usize)> {
    let Some(root) = company_root(all_units) else { return Vec::new() };
    let (reps, units) = carriers(all_units, people);
    let mut kids: HashMap<Id, Vec<Node>> = HashMap::new();
    for u in &units {
        if let Some(p) = u.parent_id {
            kids.entry(p).or_default().push(Node::Unit(u.id));
        }
    }
    for r in &reps {
        if let Some(u) = r.org_unit_id {
            kids.entry(u).or_default().push(Node::Person(r.id));
        }
    }
    for v in kids.values_mut() {
        v.sort_by_key(|n| matches!(n, Node::Person(_)));
    }
    let mut out = Vec::new();
    let mut stack = vec![(Node::Unit(root), 0usize)];
    let mut seen = std::collections::HashSet::new();
    while let Some((n, depth)) = stack.pop() {
        if !seen.insert(n) {
            continue;
        }
        out.push((n, depth));
        if let Node::Unit(u) = n {
            for k in kids.get(&u).into_iter().flatten().rev() {
                stack.push((*k, depth + 1));
            }
        }
    }
    out
}

pub fn scope_of(node: Node, root: Option<Id>) -> Scope {
    match node {
        Node::Unit(u) if Some(u) == root => Scope::Company,
        Node::Unit(u) => Scope::OrgUnit(u),
        Node::Person(p) => Scope::Person(p),
    }
}

fn covers(seen: &Owners, scope: &Owners) -> (bool, bool) {
    match (seen, scope) {
        (Owners::All, _) => (true, true),
        (Owners::Only(_), Owners::All) => (false, true),
        (Owners::Only(v), Owners::Only(s)) => (s.iter().all(|o| v.contains(o)), s.iter().any(|o| v.contains(o))),
    }
}

/// Rows of `metric` for the context's period as `acting` may see them.
pub fn tree(cx: &Ctx, metric: TargetMetric, acting: Option<Id>) -> Vec<TreeRow> {
    let d = &cx.book.ws.data;
    let root = company_root(&d.org_units);
    let seen = visible_owners(&d.people, acting);
    let all = nodes(&d.org_units, &d.people);
    let mut rows: Vec<TreeRow> = Vec::with_capacity(all.len());
    let mut shown = vec![false; all.len()];
    for (i, &(node, depth)) in all.iter().enumerate() {
        let scope = scope_of(node, root);
        let (complete, any) = covers(&seen, &scope_owners(&d.people, &d.org_units, scope));
        shown[i] = any;
        let target = target_for(cx, scope, metric).map(|t| t.0);
        let st = complete.then(|| {
            let s = cx.book.select(&scope_owners(&d.people, &d.org_units, scope));
            let actual = actual_for(cx, &s, metric).unwrap_or(0);
            let pipe = if metric == TargetMetric::Revenue { weighted_pipeline(cx, &s).0 } else { 0 };
            let mut st = status(target.unwrap_or(0), actual, pipe);
            if metric != TargetMetric::Revenue || target.is_none() {
                st.coverage = None;
            }
            st
        });
        rows.push(TreeRow { node, depth, target, status: st, complete });
    }
    rows.into_iter().zip(shown).filter(|(_, s)| *s).map(|(r, _)| r).collect()
}

/// Last year's actual of `metric` per rep and per month (company), the
/// basis of the "last year" splits.
pub fn history(book: &Book, metric: TargetMetric, year: i32, now: Timestamp) -> History {
    let mut h = History::default();
    let Some(py) = ReportPeriod::year(year) else { return h };
    let everyone = book.select(&Owners::All);
    for (m, slot) in h.by_month.iter_mut().enumerate() {
        if let Some(p) = ReportPeriod::month(year, m as u32 + 1) {
            *slot = actual_for(&Ctx::new(book, p, now), &everyone, metric).unwrap_or(0);
        }
    }
    let cx = Ctx::new(book, py, now);
    for (owner, s) in book.by_owner() {
        if let Some(o) = owner {
            let v = actual_for(&cx, &s, metric).unwrap_or(0);
            if v > 0 {
                h.by_person.insert(o, v);
            }
        }
    }
    h
}

/// How a row stands, for a mark that is text and icon, not colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Met,
    Below,
    BehindPace,
    OnPace,
    NotStarted,
    NoTarget,
}

impl Standing {
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A finished period: met or below. A running one: the actual against the
/// target's share for the days gone (a rate against the rate itself). A
/// period not begun: not started.
pub fn standing(st: &TargetStatus, has_target: bool, period: ReportPeriod, today: chrono::NaiveDate, rate: bool) -> Standing {
    if !has_target || st.target <= 0 {
        return Standing::NoTarget;
    }
    if st.actual >= st.target {
        return Standing::Met;
    }
    if today > period.end {
        return Standing::Below;
    }
    if today < period.start {
        return Standing::NotStarted;
    }
    let gone = (today - period.start).num_days() + 1;
    let due = if rate { st.target as i128 } else { st.target as i128 * gone as i128 / period.days() as i128 };
    if (st.actual as i128) < due {
        Standing::BehindPace
    } else {
        Standing::OnPace
    }
}

/// One row of a node's breakdown: the period, its target and actual.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodCell {
    pub period: ReportPeriod,
    pub target: Option<i64>,
    pub status: TargetStatus,
}

/// The node's four quarters then twelve months of `year`.
pub fn breakdown(book: &Book, node: Node, metric: TargetMetric, year: i32, now: Timestamp) -> Vec<PeriodCell> {
    let d = &book.ws.data;
    let scope = scope_of(node, company_root(&d.org_units));
    let s = book.select(&scope_owners(&d.people, &d.org_units, scope));
    let periods = (1..=4).filter_map(|q| ReportPeriod::quarter(year, q)).chain((1..=12).filter_map(|m| ReportPeriod::month(year, m)));
    periods
        .map(|p| {
            let cx = Ctx::new(book, p, now);
            let target = target_for(&cx, scope, metric).map(|t| t.0);
            let actual = actual_for(&cx, &s, metric).unwrap_or(0);
            PeriodCell { period: p, target, status: status(target.unwrap_or(0), actual, 0) }
        })
        .collect()
}
