//! Four-quadrant attribution (四象限归因): ability × willingness per rep.
//!
//! Ability: win rate and average won deal size in the period. Willingness:
//! activities logged plus visits checked in, and follow-ups (activities
//! tied to a deal or lead). Each measure is divided by the team median of
//! that measure (a rep at the median scores 1; when the median is 0, any
//! positive value scores 2 and 0 scores 1), and an axis is the mean of its
//! two scores. A rep is high on an axis at 1 or above, i.e. at or above the
//! team median. Reps: the owners of any deal, activity or visit in the slice
//! whose person is a rep.

use std::collections::{HashMap, HashSet};

use super::kpi::median;
use super::sales::closed_in;
use super::{Ctx, Slice};
use crate::domain::pipeline::Stage;
use crate::domain::{Id, Role};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High ability, high willingness.
    Star,
    /// High ability, low willingness.
    Coaster,
    /// Low ability, high willingness.
    Hustler,
    /// Low on both.
    AtRisk,
}

impl Quadrant {
    /// i18n key of the action for this quadrant.
    pub fn action(self) -> &'static str {
        match self {
            Quadrant::Star => "quadrant.action.share_best_practice",
            Quadrant::Coaster => "quadrant.action.raise_activity_goals",
            Quadrant::Hustler => "quadrant.action.coach_skills",
            Quadrant::AtRisk => "quadrant.action.improvement_plan",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RepQuadrant {
    pub person_id: Id,
    pub win_rate: Option<f64>,
    pub avg_deal_minor: Option<f64>,
    pub activities: usize,
    pub follow_ups: usize,
    pub ability: f64,
    pub willingness: f64,
    pub quadrant: Quadrant,
    /// Closed deals, activities and visits behind the point.
    pub records: Vec<Id>,
}

#[derive(Default)]
struct Raw {
    closed: usize,
    won: usize,
    won_sum: i64,
    won_n: usize,
    activities: usize,
    follow_ups: usize,
    records: Vec<Id>,
}

fn score(v: f64, med: Option<f64>) -> f64 {
    match med {
        Some(m) if m > 0.0 => v / m,
        _ if v > 0.0 => 2.0,
        _ => 1.0,
    }
}

pub fn quadrants(cx: &Ctx, s: &Slice) -> Vec<RepQuadrant> {
    let reps: HashSet<Id> = cx.book.ws.data.people.iter().filter(|p| p.role == Role::Rep).map(|p| p.id).collect();
    let mut raw: HashMap<Id, Raw> = HashMap::new();
    let cur = cx.currency();
    for d in closed_in(cx, s).into_iter().filter(|d| reps.contains(&d.owner_id)) {
        let r = raw.entry(d.owner_id).or_default();
        r.closed += 1;
        r.records.push(d.id);
        if d.stage == Stage::Won {
            r.won += 1;
            if d.amount.currency == cur {
                r.won_sum = r.won_sum.saturating_add(d.amount.minor);
                r.won_n += 1;
            }
        }
    }
    for a in s.activities.iter().filter(|a| cx.period.contains_at(a.at)) {
        let Some(o) = a.owner_id.filter(|o| reps.contains(o)) else { continue };
        let r = raw.entry(o).or_default();
        r.activities += 1;
        r.follow_ups += usize::from(a.deal_id.is_some() || a.lead_id.is_some());
        r.records.push(a.id);
    }
    for v in s.visits.iter().filter(|v| cx.period.contains_at(v.checked_in_at) && reps.contains(&v.person_id)) {
        let r = raw.entry(v.person_id).or_default();
        r.activities += 1;
        r.records.push(v.id);
    }
    let mut ids: Vec<Id> = raw.keys().copied().collect();
    ids.sort();
    let col = |f: &dyn Fn(&Raw) -> Option<f64>| median(&ids.iter().filter_map(|i| f(&raw[i])).collect::<Vec<_>>());
    let win = |r: &Raw| (r.closed > 0).then(|| r.won as f64 / r.closed as f64);
    let size = |r: &Raw| (r.won_n > 0).then(|| r.won_sum as f64 / r.won_n as f64);
    let (m_win, m_size) = (col(&win), col(&size));
    let (m_act, m_fu) = (col(&|r| Some(r.activities as f64)), col(&|r| Some(r.follow_ups as f64)));
    ids.into_iter()
        .map(|person_id| {
            let r = &raw[&person_id];
            let ability = (score(win(r).unwrap_or(0.0), m_win) + score(size(r).unwrap_or(0.0), m_size)) / 2.0;
            let willingness = (score(r.activities as f64, m_act) + score(r.follow_ups as f64, m_fu)) / 2.0;
            let quadrant = match (ability >= 1.0, willingness >= 1.0) {
                (true, true) => Quadrant::Star,
                (true, false) => Quadrant::Coaster,
                (false, true) => Quadrant::Hustler,
                (false, false) => Quadrant::AtRisk,
            };
            RepQuadrant {
                person_id,
                win_rate: win(r).map(|w| w * 100.0),
                avg_deal_minor: size(r),
                activities: r.activities,
                follow_ups: r.follow_ups,
                ability,
                willingness,
                quadrant,
                records: r.records.clone(),
            }
        })
        .collect()
}
