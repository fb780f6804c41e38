//! Lead score and grade, from the four factors of [`super::factors`].
//!
//! Total = Σ factor × weight / Σ weights, rounded half up to a whole number
//! (so 79.5 is 80 and an A). All weights 0 gives 0. Grade: A at or above the
//! first cut-off, else B at or above the second, else C at or above the third,
//! else D; checked in that order, so a better score never gets a worse grade
//! even if imported cut-offs are out of order.

use serde::{Deserialize, Serialize};

use super::factors;
use super::reasons::{Factor, Reason};
pub use super::rules::LeadRules;
use crate::domain::{Lead, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    A,
    B,
    C,
    D,
}

impl Grade {
    pub const ALL: [Grade; 4] = [Grade::A, Grade::B, Grade::C, Grade::D];
    pub fn index(self) -> usize {
        self as usize
    }
}

pub fn grade_for(total: u8, cutoffs: [u8; 3]) -> Grade {
    if total >= cutoffs[0] {
        Grade::A
    } else if total >= cutoffs[1] {
        Grade::B
    } else if total >= cutoffs[2] {
        Grade::C
    } else {
        Grade::D
    }
}

/// Weighted total of four 0–100 factor scores, rounded half up.
pub fn weighted_total(factors: [u8; 4], weights: [u8; 4]) -> u8 {
    let denom: u32 = weights.iter().map(|&w| u32::from(w)).sum();
    if denom == 0 {
        return 0;
    }
    let numer: u32 = factors.iter().zip(weights).map(|(&f, w)| u32::from(f.min(100)) * u32::from(w)).sum();
    ((2 * numer + denom) / (2 * denom)) as u8
}


/// A lead's score without its explanation: cheap, `Copy`, for lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeadScore {
    pub total: u8,
    pub grade: Grade,
    /// Per factor, in `Factor::ALL` order.
    pub factors: [u8; 4],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactorBreakdown {
    pub factor: Factor,
    pub score: u8,
    pub weight: u8,
    /// score × weight / Σ weights, in tenths of a point (rounded half up).
    /// The total is rounded from the exact sum, so these may add up to it ± 0.2.
    pub contribution_tenths: u32,
    /// Their points add up to `score`.
    pub reasons: Vec<Reason>,
}

/// "Why is this lead a B?"
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreBreakdown {
    pub total: u8,
    pub grade: Grade,
    pub cutoffs: [u8; 3],
    pub factors: [FactorBreakdown; 4],
}

impl ScoreBreakdown {
    /// Points missing to the next better grade; `None` for an A.
    pub fn points_to_next_grade(&self) -> Option<u8> {
        let next = match self.grade {
            Grade::A => return None,
            Grade::B => self.cutoffs[0],
            Grade::C => self.cutoffs[1],
            Grade::D => self.cutoffs[2],
        };
        Some(next.saturating_sub(self.total))
    }
    pub fn score(&self) -> LeadScore {
        LeadScore { total: self.total, grade: self.grade, factors: self.factors.each_ref().map(|f| f.score) }
    }
}

/// The lead as it is and as edited, scored at the same moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhatIf {
    pub before: ScoreBreakdown,
    pub after: ScoreBreakdown,
}

impl LeadRules {
    pub fn cutoffs(&self) -> [u8; 3] {
        self.cutoffs
    }

    pub fn grade(&self, total: u8) -> Grade {
        grade_for(total, self.cutoffs)
    }

    /// The score as of `now` (engagement decays with the app clock).
    pub fn score(&self, lead: &Lead, now: Timestamp) -> LeadScore {
        let s = &mut ();
        let factors = [
            factors::need_fit(self, lead, s),
            factors::authority(self, &lead.title, s),
            factors::budget_timeline(self, lead, s),
            factors::engagement(self, lead, now, s),
        ];
        let total = weighted_total(factors, self.weights);
        LeadScore { total, grade: self.grade(total), factors }
    }

    pub fn score_all(&self, leads: &[Lead], now: Timestamp) -> Vec<LeadScore> {
        leads.iter().map(|l| self.score(l, now)).collect()
    }

    /// The score with every factor's reasons.
    pub fn explain(&self, lead: &Lead, now: Timestamp) -> ScoreBreakdown {
        let mut reasons: [Vec<Reason>; 4] = Default::default();
        let [fit, auth, budget, eng] = &mut reasons;
        let scores = [
            factors::need_fit(self, lead, fit),
            factors::authority(self, &lead.title, auth),
            factors::budget_timeline(self, lead, budget),
            factors::engagement(self, lead, now, eng),
        ];
        let total = weighted_total(scores, self.weights);
        let denom: u32 = self.weights.iter().map(|&w| u32::from(w)).sum();
        let mut reasons = reasons.into_iter();
        let factors = std::array::from_fn(|i| {
            let weight = self.weights[i];
            let contribution_tenths = match denom {
                0 => 0,
                d => (20 * u32::from(scores[i]) * u32::from(weight) + d) / (2 * d),
            };
            FactorBreakdown {
                factor: Factor::ALL[i],
                score: scores[i],
                weight,
                contribution_tenths,
                reasons: reasons.next().unwrap_or_default(),
            }
        });
        ScoreBreakdown { total, grade: self.grade(total), cutoffs: self.cutoffs, factors }
    }

    /// Scores a copy of the lead changed by `edit`, next to the lead as is.
    pub fn what_if(&self, lead: &Lead, now: Timestamp, edit: impl FnOnce(&mut Lead)) -> WhatIf {
        let mut changed = lead.clone();
        edit(&mut changed);
        WhatIf { before: self.explain(lead, now), after: self.explain(&changed, now) }
    }

    /// Decision authority (0–100) of a job title, as the score sees it.
    pub fn title_weight(&self, title: &str) -> u8 {
        factors::authority(self, title, &mut ())
    }
}
