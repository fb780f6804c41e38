//! Funnel-leak diagnosis (漏斗流失诊断).
//!
//! Cohort: the deals closed (won or lost) in the period, so every deal's
//! path is complete. A deal *reached* a stage when its history or current
//! stage shows it there; a won deal reached every open stage (skipped ones
//! included: it got past them), a lost one the furthest stage it was in
//! before being lost. Conversion from stage k to k+1 = deals that reached
//! k+1 ÷ deals that reached k. Days in a stage: from entering it (the
//! first stage from creation) to the next move, summed over visits; the
//! median is over the deals that spent time there.
//!
//! Top quartile: reps ranked by win rate in the period (ties: more won
//! revenue first, then id); the best ⌈n/4⌉ of the n reps with a closed deal.
//! Their deals are pooled into one funnel. A rep's leaking stage is the step
//! where the rep's conversion falls furthest below the top quartile's.

use std::collections::HashMap;

use super::kpi::{median, share};
use super::sales::closed_in;
use super::{Ctx, Slice};
use crate::domain::pipeline::Stage;
use crate::domain::{Deal, Id};

/// The open stages and Won, in order: the funnel's five steps.
pub const STEPS: [Stage; 5] = [Stage::Identify, Stage::NeedsConfirmed, Stage::SolutionMatched, Stage::DecisionFollowUp, Stage::Won];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FunnelStats {
    /// Deals that reached each of `STEPS`.
    pub reached: [usize; 5],
    /// The deals behind each `reached` count, for drill-down.
    pub reached_ids: [Vec<Id>; 5],
    /// Percent converting from `STEPS[k]` to `STEPS[k + 1]`.
    pub conversion: [Option<f64>; 4],
    /// Median days spent in each open stage.
    pub median_days: [Option<f64>; 4],
    pub deals: Vec<Id>,
}

/// Index in `STEPS` of the furthest step `d` reached.
pub fn furthest(d: &Deal) -> usize {
    if d.stage == Stage::Won {
        return 4;
    }
    let idx = |s: Stage| (s != Stage::Lost).then(|| s.index());
    let hist = d.stage_history.iter().flat_map(|c| [c.from.and_then(idx), idx(c.to)]).flatten();
    hist.chain(idx(d.stage)).max().unwrap_or(0)
}

/// Days spent in each open stage by one deal.
fn days_in(d: &Deal) -> [Option<f64>; 4] {
    let mut out = [None; 4];
    let mut cur = d.stage_history.first().and_then(|c| c.from).unwrap_or(Stage::Identify);
    let mut since = d.created_at;
    for c in &d.stage_history {
        if cur.index() < 4 {
            let days = (c.at - since).num_seconds().max(0) as f64 / 86_400.0;
            *out[cur.index()].get_or_insert(0.0) += days;
        }
        cur = c.to;
        since = c.at;
    }
    out
}

pub fn funnel(deals: &[&Deal]) -> FunnelStats {
    let mut st = FunnelStats { deals: deals.iter().map(|d| d.id).collect(), ..FunnelStats::default() };
    let mut days: [Vec<f64>; 4] = Default::default();
    for d in deals {
        for k in 0..=furthest(d) {
            st.reached[k] += 1;
            st.reached_ids[k].push(d.id);
        }
        for (k, v) in days_in(d).into_iter().enumerate() {
            days[k].extend(v);
        }
    }
    for k in 0..4 {
        st.conversion[k] = share(st.reached[k + 1], st.reached[k]);
        st.median_days[k] = median(&days[k]);
    }
    st
}

#[derive(Clone, Debug, PartialEq)]
pub struct Leak {
    pub from: Stage,
    pub to: Stage,
    /// Top quartile's conversion minus the rep's, in percentage points.
    pub gap_points: f64,
    /// i18n key of the suggested action for that step.
    pub action: &'static str,
}

/// What to work on when a step leaks.
pub fn action_for(step: usize) -> &'static str {
    ["funnel.action.qualify_needs", "funnel.action.match_solution", "funnel.action.reach_decision_maker", "funnel.action.close_and_negotiate"]
        [step.min(3)]
}

#[derive(Clone, Debug, PartialEq)]
pub struct RepFunnel {
    pub person_id: Id,
    pub win_rate: Option<f64>,
    pub won_minor: i64,
    pub stats: FunnelStats,
    pub leak: Option<Leak>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnosis {
    pub team: FunnelStats,
    pub top_quartile: FunnelStats,
    pub top_reps: Vec<Id>,
    /// Best first (the top-quartile order).
    pub reps: Vec<RepFunnel>,
}

pub fn leak(rep: &FunnelStats, top: &FunnelStats) -> Option<Leak> {
    let gaps = (0..4).filter_map(|k| Some((k, top.conversion[k]? - rep.conversion[k]?)));
    let (k, gap) = gaps.filter(|(_, g)| *g > 0.0).max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
    Some(Leak { from: STEPS[k], to: STEPS[k + 1], gap_points: gap, action: action_for(k) })
}

/// Ranks reps by win rate (see the module notes); the first ⌈n/4⌉ are the top quartile.
pub fn rank_reps(by_rep: &HashMap<Id, Vec<&Deal>>, currency: crate::domain::Currency) -> Vec<(Id, Option<f64>, i64)> {
    let mut reps: Vec<(Id, Option<f64>, i64)> = by_rep
        .iter()
        .map(|(&p, ds)| {
            let won: Vec<_> = ds.iter().filter(|d| d.stage == Stage::Won).collect();
            let rev = won.iter().filter(|d| d.amount.currency == currency).map(|d| d.amount.minor).sum();
            (p, share(won.len(), ds.len()), rev)
        })
        .collect();
    reps.sort_by(|a, b| b.1.unwrap_or(-1.0).total_cmp(&a.1.unwrap_or(-1.0)).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0)));
    reps
}

pub fn diagnose(cx: &Ctx, s: &Slice) -> Diagnosis {
    let closed = closed_in(cx, s);
    let mut by_rep: HashMap<Id, Vec<&Deal>> = HashMap::new();
    for d in &closed {
        by_rep.entry(d.owner_id).or_default().push(d);
    }
    let ranked = rank_reps(&by_rep, cx.currency());
    let top_n = ranked.len().div_ceil(4);
    let top_reps: Vec<Id> = ranked.iter().take(top_n).map(|r| r.0).collect();
    let top_deals: Vec<&Deal> = top_reps.iter().flat_map(|p| by_rep[p].iter().copied()).collect();
    let top_quartile = funnel(&top_deals);
    let reps = ranked
        .iter()
        .map(|&(person_id, win_rate, won_minor)| {
            let stats = funnel(&by_rep[&person_id]);
            let leak = leak(&stats, &top_quartile);
            RepFunnel { person_id, win_rate, won_minor, stats, leak }
        })
        .collect();
    Diagnosis { team: funnel(&closed), top_quartile, top_reps, reps }
}
