//! NPS and touchpoint satisfaction (SPEC §4).
//!
//! NPS = % promoters (9–10) − % detractors (0–6) over NPS responses, from
//! −100 to 100. With no responses there is no NPS (`None`), not 0. Counts
//! are kept whole (`NpsCount`); `tenths` gives the score in tenths of a
//! point, rounded half away from zero (33.35 → 333.5 → 334, shown "33.4").
//!
//! CSAT: 1–5 per touchpoint; "satisfied" is 4 or 5. The journey lists the
//! four touchpoints in order; the weakest is the one with the lowest mean
//! among those with a response, the earlier on a tie.

use std::collections::{BTreeMap, HashMap};

use chrono::Datelike;

use crate::domain::money::div_round;
use crate::domain::{Account, Id, SurveyKind, SurveyResponse, Touchpoint};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NpsCount {
    pub promoters: u32,
    pub passives: u32,
    pub detractors: u32,
}

impl NpsCount {
    /// Scores above 10 are not NPS answers and are left out.
    pub fn add(&mut self, score: u8) {
        match score {
            0..=6 => self.detractors += 1,
            7..=8 => self.passives += 1,
            9..=10 => self.promoters += 1,
            _ => {}
        }
    }
    pub fn total(&self) -> u32 {
        self.promoters + self.passives + self.detractors
    }
    /// NPS in tenths of a point (−1000 to 1000); `None` without responses.
    pub fn tenths(&self) -> Option<i32> {
        let n = i128::from(self.total());
        (n > 0).then(|| div_round((i128::from(self.promoters) - i128::from(self.detractors)) * 1000, n) as i32)
    }
    /// Unrounded, for charts.
    pub fn score(&self) -> Option<f64> {
        let n = f64::from(self.total());
        (n > 0.0).then(|| (f64::from(self.promoters) - f64::from(self.detractors)) * 100.0 / n)
    }
}

fn is_nps(r: &&SurveyResponse) -> bool {
    r.kind == SurveyKind::Nps
}

/// Over every NPS response given.
pub fn nps(responses: &[SurveyResponse]) -> NpsCount {
    let mut c = NpsCount::default();
    responses.iter().filter(is_nps).for_each(|r| c.add(r.score));
    c
}

/// Grouped by a key the caller derives from the response (the account's
/// tier, industry or owner); `None` leaves the response out.
pub fn nps_by<K: Ord>(responses: &[SurveyResponse], mut key: impl FnMut(&SurveyResponse) -> Option<K>) -> BTreeMap<K, NpsCount> {
    let mut out: BTreeMap<K, NpsCount> = BTreeMap::new();
    for r in responses.iter().filter(is_nps) {
        if let Some(k) = key(r) {
            out.entry(k).or_default().add(r.score);
        }
    }
    out
}

/// Per calendar month of `responded_on`, as (year, month), oldest first.
pub fn nps_by_month(responses: &[SurveyResponse]) -> BTreeMap<(i32, u32), NpsCount> {
    nps_by(responses, |r| Some((r.responded_on.year(), r.responded_on.month())))
}

/// Per owner of the responding account; `None` is "no owner". Responses
/// from accounts not in `accounts` are left out.
pub fn nps_by_owner(responses: &[SurveyResponse], accounts: &[Account]) -> BTreeMap<Option<Id>, NpsCount> {
    let owner: HashMap<Id, Option<Id>> = accounts.iter().map(|a| (a.id, a.owner_id)).collect();
    nps_by(responses, |r| owner.get(&r.account_id).copied())
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Csat {
    pub count: u32,
    pub sum: u32,
    /// Responses of 4 or 5.
    pub satisfied: u32,
}

impl Csat {
    /// Scores outside 1–5 are not CSAT answers and are left out.
    pub fn add(&mut self, score: u8) {
        if (1..=5).contains(&score) {
            self.count += 1;
            self.sum += u32::from(score);
            self.satisfied += u32::from(score >= 4);
        }
    }
    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| f64::from(self.sum) / f64::from(self.count))
    }
    /// Mean in hundredths (4.25 → 425), rounded half away from zero.
    pub fn mean_hundredths(&self) -> Option<u32> {
        (self.count > 0).then(|| div_round(i128::from(self.sum) * 100, i128::from(self.count)) as u32)
    }
    /// Share satisfied in tenths of a percent (66.7 % → 667).
    pub fn satisfied_tenths(&self) -> Option<u32> {
        (self.count > 0).then(|| div_round(i128::from(self.satisfied) * 1000, i128::from(self.count)) as u32)
    }
}

pub const TOUCHPOINTS: [Touchpoint; 4] =
    [Touchpoint::PreSales, Touchpoint::Signing, Touchpoint::Delivery, Touchpoint::AfterSales];

/// The four touchpoints in journey order, and the weakest.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Journey {
    pub steps: [(Touchpoint, Csat); 4],
    pub weakest: Option<Touchpoint>,
}

pub fn journey(responses: &[SurveyResponse]) -> Journey {
    let mut steps = TOUCHPOINTS.map(|t| (t, Csat::default()));
    for r in responses.iter().filter(|r| r.kind == SurveyKind::Csat) {
        if let Some(step) = steps.iter_mut().find(|(t, _)| *t == r.touchpoint) {
            step.1.add(r.score);
        }
    }
    let mut weakest: Option<(Touchpoint, Csat)> = None;
    for &(t, c) in &steps {
        // Compare sum/count exactly by cross-multiplying; strictly lower
        // only, so the earlier touchpoint wins a tie.
        let lower = |w: &Csat| u64::from(c.sum) * u64::from(w.count) < u64::from(w.sum) * u64::from(c.count);
        if c.count > 0 && weakest.as_ref().is_none_or(|(_, w)| lower(w)) {
            weakest = Some((t, c));
        }
    }
    Journey { steps, weakest: weakest.map(|(t, _)| t) }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResponseError {
    /// NPS takes 0–10.
    NpsOutOfRange,
    /// CSAT takes 1–5.
    CsatOutOfRange,
}

/// Checks a score typed for a response of `kind`.
pub fn check_response(kind: SurveyKind, score: i64) -> Result<u8, ResponseError> {
    match kind {
        SurveyKind::Nps if (0..=10).contains(&score) => Ok(score as u8),
        SurveyKind::Nps => Err(ResponseError::NpsOutOfRange),
        SurveyKind::Csat if (1..=5).contains(&score) => Ok(score as u8),
        SurveyKind::Csat => Err(ResponseError::CsatOutOfRange),
    }
}
