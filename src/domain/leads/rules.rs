//! `LeadRules`: the lead settings compiled once (folded keyword tables,
//! sorted) so scoring a lead allocates nothing. Kept apart from the score so
//! the factor functions and the score that sums them both depend on it, not
//! on each other.

use super::text::{fold, KeywordTable};
use crate::domain::{Currency, Settings};

/// The lead settings compiled for scoring, SLA and follow-up rules.
#[derive(Clone, Debug)]
pub struct LeadRules {
    pub(super) currency: Currency,
    pub(super) weights: [u8; 4],
    pub(super) cutoffs: [u8; 3],
    pub(super) sla_hours: [u32; 3],
    pub(super) follow_up_days: [u32; 4],
    pub(super) industries: Vec<String>,
    pub(super) employees: (u32, u32),
    pub(super) budget_min: i64,
    pub(super) cycle_max: u16,
    /// Job-title keywords; the longest found decides, then the higher weight.
    pub(super) titles: KeywordTable,
    pub(super) unknown_title_weight: u8,
    pub(super) points: [u8; 4],
    /// 0 means no decay.
    pub(super) half_life_secs: f64,
}

impl LeadRules {
    pub fn new(settings: &Settings) -> LeadRules {
        let l = &settings.leads;
        let titles = KeywordTable::new(l.titles.iter().map(|t| (t.keyword.as_str(), t.weight)));
        let industries = l.icp.industries.iter().map(|i| fold(i)).filter(|i| !i.is_empty()).collect();
        LeadRules {
            currency: settings.currency,
            weights: settings.score_weights,
            cutoffs: settings.grade_cutoffs,
            sla_hours: settings.sla_hours,
            follow_up_days: l.follow_up_days,
            industries,
            employees: (l.icp.employees_min, l.icp.employees_max),
            budget_min: l.icp.budget_min_minor,
            cycle_max: l.icp.cycle_max_months,
            titles,
            unknown_title_weight: l.unknown_title_weight,
            points: l.engagement.points,
            half_life_secs: f64::from(l.engagement.half_life_days) * 86_400.0,
        }
    }

    /// Weight of one event `age_secs` old: halves every half-life.
    pub(super) fn decay(&self, age_secs: i64) -> f64 {
        if self.half_life_secs <= 0.0 {
            return 1.0;
        }
        (-(age_secs.max(0) as f64) / self.half_life_secs).exp2()
    }
}
