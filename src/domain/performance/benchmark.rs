//! Benchmarking top performers (标杆对比): how the best reps work, against
//! everyone else.
//!
//! Top performers: the top quartile (⌈n/4⌉) of the reps in the slice by
//! revenue won in the period (`sales::revenue`; ties: lower id first). Reps:
//! people with the rep role. Behaviour measures per rep, over the period:
//! activities (logged plus visits) per closed deal, visits, mean hours from
//! a lead's arrival to first contact (leads created in the period and
//! contacted), and the median sales cycle in days. A group's figure is the
//! mean of its reps' figures (every rep weighs the same; reps without the
//! measure are left out of that mean).

use std::collections::HashMap;

use super::kpi::mean;
use super::{sales, Ctx, Slice};
use crate::domain::{Id, Role};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Behaviour {
    ActivitiesPerDeal,
    Visits,
    FirstResponseHours,
    CycleDays,
}

impl Behaviour {
    pub const ALL: [Behaviour; 4] = [Behaviour::ActivitiesPerDeal, Behaviour::Visits, Behaviour::FirstResponseHours, Behaviour::CycleDays];
    pub fn key(self) -> &'static str {
        match self {
            Behaviour::ActivitiesPerDeal => "activities_per_deal",
            Behaviour::Visits => "visits",
            Behaviour::FirstResponseHours => "first_response_hours",
            Behaviour::CycleDays => "cycle_days",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RepBehaviour {
    pub person_id: Id,
    pub revenue_minor: i64,
    /// In `Behaviour::ALL` order.
    pub values: [Option<f64>; 4],
}

#[derive(Clone, Debug, PartialEq)]
pub struct Benchmark {
    pub top: Vec<Id>,
    pub rest: Vec<Id>,
    /// (measure, top performers' mean, the rest's mean).
    pub rows: Vec<(Behaviour, Option<f64>, Option<f64>)>,
    /// Best first.
    pub reps: Vec<RepBehaviour>,
}

fn behaviour(cx: &Ctx, person_id: Id, s: &Slice) -> RepBehaviour {
    let closed = sales::closed_in(cx, s).len();
    let acts = s.activities.iter().filter(|a| cx.period.contains_at(a.at)).count();
    let visits = s.visits.iter().filter(|v| cx.period.contains_at(v.checked_in_at)).count();
    let hours: Vec<f64> = s
        .leads
        .iter()
        .filter(|l| cx.period.contains_at(l.created_at))
        .filter_map(|l| Some((l.first_contact_at? - l.created_at).num_seconds().max(0) as f64 / 3600.0))
        .collect();
    let values = [
        (closed > 0).then(|| (acts + visits) as f64 / closed as f64),
        Some(visits as f64),
        mean(&hours),
        sales::sales_cycle(cx, s).0.value,
    ];
    let revenue_minor = sales::revenue(cx, s).value.unwrap_or(0.0) as i64;
    RepBehaviour { person_id, revenue_minor, values }
}

/// `by_owner` as [`super::Book::by_owner`] gives it; only reps are compared.
pub fn benchmark(cx: &Ctx, by_owner: &HashMap<Option<Id>, Slice>) -> Benchmark {
    let empty = Slice::default();
    let mut reps: Vec<RepBehaviour> = cx
        .book
        .ws
        .data
        .people
        .iter()
        .filter(|p| p.role == Role::Rep && by_owner.contains_key(&Some(p.id)))
        .map(|p| behaviour(cx, p.id, by_owner.get(&Some(p.id)).unwrap_or(&empty)))
        .collect();
    reps.sort_by(|a, b| b.revenue_minor.cmp(&a.revenue_minor).then(a.person_id.cmp(&b.person_id)));
    let n_top = reps.len().div_ceil(4);
    let group = |g: &[RepBehaviour], k: usize| mean(&g.iter().filter_map(|r| r.values[k]).collect::<Vec<_>>());
    let (top, rest) = reps.split_at(n_top);
    let rows = Behaviour::ALL.iter().enumerate().map(|(k, b)| (*b, group(top, k), group(rest, k))).collect();
    Benchmark { top: top.iter().map(|r| r.person_id).collect(), rest: rest.iter().map(|r| r.person_id).collect(), rows, reps }
}
