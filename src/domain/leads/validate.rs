//! Checks the lead settings a person edits, reporting every problem at once
//! with the item it is about. Scoring never relies on these checks: any
//! settings (an imported file may hold anything) still give a defined score.

use std::collections::HashMap;

use super::number_field::NumberField;
use super::factors::ENGAGEMENT_KINDS;
use super::score::Grade;
use super::text::fold;
use crate::domain::{EngagementKind, Id, Person, Settings};

const HOURS_PER_YEAR: u32 = 24 * 366;
const MAX_DAYS: u32 = 3_660;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeadSettingsError {
    /// The factor weights must add up to 100 (they are shares of the score).
    WeightsNotHundred { sum: u32 },
    /// Not a whole number in the field's range (`NumberField::max`).
    NotANumber { field: NumberField },
    /// The minimum budget is not an amount in the workspace currency.
    BudgetInvalid,
    /// The cut-offs must fall strictly: A above B above C.
    CutoffsNotDescending,
    CutoffAbove100 { grade: Grade },
    /// More than a year; 0 (send to nurture) is fine.
    SlaTooLong { grade: Grade },
    FollowUpTooLong { grade: Grade },
    TitleKeywordEmpty { index: usize },
    /// The same keyword (ignoring case and spacing) as row `first`.
    TitleKeywordDuplicate { index: usize, first: usize },
    TitleWeightAbove100 { index: usize },
    UnknownTitleWeightAbove100,
    /// The smallest company size is above the largest (0 = no largest).
    EmployeesRange,
    BudgetNegative,
    EngagementPointsAbove100 { kind: EngagementKind },
    HalfLifeTooLong,
    RuleWithoutReps { index: usize },
    RuleRepUnknown { index: usize, person_id: Id },
    CapPersonUnknown { index: usize, person_id: Id },
    CapDuplicate { index: usize, first: usize },
}

/// `people`: the team, to catch rules and caps naming someone not in it.
pub fn validate(settings: &Settings, people: &[Person]) -> Vec<LeadSettingsError> {
    use LeadSettingsError as E;
    let mut out = Vec::new();
    let l = &settings.leads;
    let sum: u32 = settings.score_weights.iter().map(|&w| u32::from(w)).sum();
    if sum != 100 {
        out.push(E::WeightsNotHundred { sum });
    }
    let c = settings.grade_cutoffs;
    if !(c[0] > c[1] && c[1] > c[2]) {
        out.push(E::CutoffsNotDescending);
    }
    for (i, &cut) in c.iter().enumerate() {
        if cut > 100 {
            out.push(E::CutoffAbove100 { grade: Grade::ALL[i] });
        }
    }
    for (i, &h) in settings.sla_hours.iter().enumerate() {
        if h > HOURS_PER_YEAR {
            out.push(E::SlaTooLong { grade: Grade::ALL[i] });
        }
    }
    for (i, &d) in l.follow_up_days.iter().enumerate() {
        if d > MAX_DAYS {
            out.push(E::FollowUpTooLong { grade: Grade::ALL[i] });
        }
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, t) in l.titles.iter().enumerate() {
        let key = fold(&t.keyword);
        if key.is_empty() {
            out.push(E::TitleKeywordEmpty { index });
        } else if let Some(&first) = seen.get(&key) {
            out.push(E::TitleKeywordDuplicate { index, first });
        } else {
            seen.insert(key, index);
        }
        if t.weight > 100 {
            out.push(E::TitleWeightAbove100 { index });
        }
    }
    if l.unknown_title_weight > 100 {
        out.push(E::UnknownTitleWeightAbove100);
    }
    if l.icp.employees_max != 0 && l.icp.employees_min > l.icp.employees_max {
        out.push(E::EmployeesRange);
    }
    if l.icp.budget_min_minor < 0 {
        out.push(E::BudgetNegative);
    }
    for (k, &p) in ENGAGEMENT_KINDS.iter().zip(l.engagement.points.iter()) {
        if p > 100 {
            out.push(E::EngagementPointsAbove100 { kind: *k });
        }
    }
    if l.engagement.half_life_days > MAX_DAYS {
        out.push(E::HalfLifeTooLong);
    }
    let known = |id: &Id| people.iter().any(|p| p.id == *id);
    for (index, rule) in l.assignment.rules.iter().enumerate() {
        if rule.reps.is_empty() {
            out.push(E::RuleWithoutReps { index });
        }
        for id in rule.reps.iter().filter(|id| !known(id)) {
            out.push(E::RuleRepUnknown { index, person_id: *id });
        }
    }
    let mut capped: HashMap<Id, usize> = HashMap::new();
    for (index, cap) in l.assignment.caps.iter().enumerate() {
        if !known(&cap.person_id) {
            out.push(E::CapPersonUnknown { index, person_id: cap.person_id });
        }
        match capped.get(&cap.person_id) {
            Some(&first) => out.push(E::CapDuplicate { index, first }),
            None => {
                capped.insert(cap.person_id, index);
            }
        }
    }
    out
}
