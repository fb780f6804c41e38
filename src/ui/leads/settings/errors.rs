//! The lead settings refusals worded, each with the inputs it is about (by
//! test id), so those inputs are marked invalid.

use crate::domain::leads::edit::NumberField;
use crate::domain::leads::{Grade, LeadSettingsError};
use crate::domain::{Currency, Id};
use crate::i18n::Texts;
use crate::ui::leads::messages::grade;

/// Input ids, shared by the sections that draw the inputs.
pub fn weight_id(i: usize) -> String {
    format!("ls-weight-{i}")
}
pub fn cutoff_id(g: Grade) -> String {
    format!("ls-cutoff-{}", g.index())
}
pub fn sla_id(g: Grade) -> String {
    format!("ls-sla-{}", g.index())
}
pub fn follow_id(g: Grade) -> String {
    format!("ls-follow-{}", g.index())
}
pub fn title_key_id(i: usize) -> String {
    format!("ls-title-key-{i}")
}
pub fn title_weight_id(i: usize) -> String {
    format!("ls-title-weight-{i}")
}
pub fn points_id(i: usize) -> String {
    format!("ls-points-{i}")
}
pub fn rule_id(i: usize) -> String {
    format!("ls-rule-{i}")
}
pub fn cap_id(id: Id) -> String {
    format!("ls-cap-{id}")
}

fn field(t: &Texts, f: NumberField, name: &dyn Fn(Id) -> String) -> (String, String) {
    let s = &t.lead_settings;
    use NumberField as F;
    match f {
        F::Weight(i) => ((s.field_weight)(t.leads.factors[i.min(3)]), weight_id(i)),
        F::Cutoff(g) => ((s.field_cutoff)(grade(g)), cutoff_id(g)),
        F::SlaHours(g) => ((s.field_sla)(grade(g)), sla_id(g)),
        F::FollowUp(g) => ((s.field_follow_up)(grade(g)), follow_id(g)),
        F::EmployeesMin => (s.employees_min.into(), "ls-emp-min".into()),
        F::EmployeesMax => (s.employees_max.into(), "ls-emp-max".into()),
        F::CycleMax => (s.cycle_max.into(), "ls-cycle".into()),
        F::TitleWeight(i) => ((s.field_title_weight)(i + 1), title_weight_id(i)),
        F::UnknownTitleWeight => (s.unknown_title.into(), "ls-unknown-title".into()),
        F::Points(i) => ((s.field_points)(s.kinds[i.min(3)]), points_id(i)),
        F::HalfLife => (s.half_life.into(), "ls-half-life".into()),
        F::DefaultCap => (s.default_cap.into(), "ls-default-cap".into()),
        F::Cap(id) => ((s.cap_for)(&name(id)), cap_id(id)),
    }
}

/// The message and the inputs to mark.
pub fn describe(t: &Texts, e: &LeadSettingsError, currency: Currency, name: &dyn Fn(Id) -> String) -> (String, Vec<String>) {
    let s = &t.lead_settings;
    use LeadSettingsError as E;
    let number = |f: NumberField| {
        let (label, id) = field(t, f, name);
        ((s.err_number)(&label, f.max()), vec![id])
    };
    match e {
        E::WeightsNotHundred { sum } => ((s.err_weights)(*sum), (0..4).map(weight_id).collect()),
        E::NotANumber { field } => number(*field),
        E::BudgetInvalid => ((s.err_budget)(currency.code()), vec!["ls-budget".into()]),
        E::BudgetNegative => (s.err_budget_negative.into(), vec!["ls-budget".into()]),
        E::CutoffsNotDescending => (s.err_cutoffs.into(), Grade::ALL[..3].iter().map(|g| cutoff_id(*g)).collect()),
        E::CutoffAbove100 { grade } => number(NumberField::Cutoff(*grade)),
        E::SlaTooLong { grade } => number(NumberField::SlaHours(*grade)),
        E::FollowUpTooLong { grade } => number(NumberField::FollowUp(*grade)),
        E::TitleKeywordEmpty { index } => ((s.err_title_empty)(index + 1), vec![title_key_id(*index)]),
        E::TitleKeywordDuplicate { index, first } => ((s.err_title_dup)(index + 1, first + 1), vec![title_key_id(*index)]),
        E::TitleWeightAbove100 { index } => number(NumberField::TitleWeight(*index)),
        E::UnknownTitleWeightAbove100 => number(NumberField::UnknownTitleWeight),
        E::EmployeesRange => (s.err_employees.into(), vec!["ls-emp-min".into(), "ls-emp-max".into()]),
        E::EngagementPointsAbove100 { kind } => number(NumberField::Points(*kind as usize)),
        E::HalfLifeTooLong => number(NumberField::HalfLife),
        E::RuleWithoutReps { index } => ((s.err_rule_reps)(index + 1), vec![rule_id(*index)]),
        E::RuleRepUnknown { index, .. } => ((s.err_rule_unknown)(index + 1), vec![rule_id(*index)]),
        E::CapPersonUnknown { .. } | E::CapDuplicate { .. } => (s.err_cap_unknown.into(), Vec::new()),
    }
}
