//! The lead settings screen's command: the form as typed (`LeadSettingsInput`)
//! becomes new `Settings` plus the people whose availability changed, or
//! every problem at once, each naming its field. Nothing is half-applied: the
//! caller writes the result as one change, or nothing.

use super::score::Grade;
use super::settings::{AssignmentRule, LeadSettings, RepCap, TitleWeight};
pub use super::number_field::NumberField;
use super::validate::{validate, LeadSettingsError};
use crate::domain::input::{money_text, parse_money};
use crate::domain::{Id, Person, Role, Settings, Timestamp};

/// One assignment rule row as edited.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RuleInput {
    pub region: String,
    pub industry: String,
    pub reps: Vec<Id>,
}

/// One rep's row: available for round-robin, and their own cap (blank: the default).
#[derive(Clone, Debug, PartialEq)]
pub struct RepInput {
    pub person_id: Id,
    pub available: bool,
    pub cap: String,
}

/// The lead settings screen as typed. Numbers stay text so a half-typed
/// value is kept and named in the refusal.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LeadSettingsInput {
    pub weights: [String; 4],
    pub cutoffs: [String; 3],
    pub sla_hours: [String; 3],
    pub follow_up_days: [String; 4],
    /// Industry names, one a line or comma-separated.
    pub industries: String,
    pub employees_min: String,
    /// Blank or 0: no upper limit.
    pub employees_max: String,
    /// In major units of the workspace currency; blank is 0.
    pub budget_min: String,
    pub cycle_max_months: String,
    /// (keyword, weight) rows; fully blank rows are dropped.
    pub titles: Vec<(String, String)>,
    pub unknown_title_weight: String,
    pub points: [String; 4],
    pub half_life_days: String,
    pub rules: Vec<RuleInput>,
    pub by_territory: bool,
    pub default_cap: String,
    pub reps: Vec<RepInput>,
}

/// What a save writes: the settings and the people whose availability changed.
#[derive(Clone, Debug, PartialEq)]
pub struct SettingsSave {
    pub settings: Settings,
    pub people: Vec<Person>,
}

/// People shown in the per-rep table: active reps, and anyone else holding
/// a cap, in the order given.
pub fn rep_rows<'a>(settings: &Settings, people: &'a [Person]) -> Vec<&'a Person> {
    let capped = |p: &Person| settings.leads.assignment.caps.iter().any(|c| c.person_id == p.id);
    people.iter().filter(|p| p.active && (p.role == Role::Rep || capped(p))).collect()
}

fn texts<const N: usize, T: ToString>(v: [T; N]) -> [String; N] {
    v.map(|x| x.to_string())
}

/// The form filled from stored settings.
pub fn input_from(settings: &Settings, people: &[Person]) -> LeadSettingsInput {
    let l = &settings.leads;
    let reps = rep_rows(settings, people)
        .into_iter()
        .map(|p| RepInput {
            person_id: p.id,
            available: p.available,
            cap: l.assignment.caps.iter().find(|c| c.person_id == p.id).map_or_else(String::new, |c| c.max_open.to_string()),
        })
        .collect();
    LeadSettingsInput {
        weights: texts(settings.score_weights),
        cutoffs: texts(settings.grade_cutoffs),
        sla_hours: texts(settings.sla_hours),
        follow_up_days: texts(l.follow_up_days),
        industries: l.icp.industries.join("\n"),
        employees_min: l.icp.employees_min.to_string(),
        employees_max: match l.icp.employees_max {
            0 => String::new(),
            n => n.to_string(),
        },
        budget_min: money_text(l.icp.budget_min_minor, settings.currency),
        cycle_max_months: l.icp.cycle_max_months.to_string(),
        titles: l.titles.iter().map(|t| (t.keyword.clone(), t.weight.to_string())).collect(),
        unknown_title_weight: l.unknown_title_weight.to_string(),
        points: texts(l.engagement.points),
        half_life_days: l.engagement.half_life_days.to_string(),
        rules: l
            .assignment
            .rules
            .iter()
            .map(|r| RuleInput { region: r.region.clone(), industry: r.industry.clone(), reps: r.reps.clone() })
            .collect(),
        by_territory: l.assignment.by_territory,
        default_cap: l.assignment.default_cap.to_string(),
        reps,
    }
}

/// The form filled with the specification's defaults (in the workspace's
/// currency). Availability is about people, not settings: it stays as it is.
pub fn defaults_input(current: &Settings, people: &[Person]) -> LeadSettingsInput {
    let d = Settings::default();
    let defaults = Settings {
        currency: current.currency,
        score_weights: d.score_weights,
        grade_cutoffs: d.grade_cutoffs,
        sla_hours: d.sla_hours,
        leads: LeadSettings::default(),
        ..current.clone()
    };
    let mut input = input_from(&defaults, people);
    input.reps = input_from(current, people).reps.into_iter().map(|r| RepInput { cap: String::new(), ..r }).collect();
    input
}

/// "制造业、物流\nRetail, retail" → ["制造业", "物流", "Retail"]: lines, ASCII
/// and full-width commas and 、 separate; repeats (ignoring case) kept once.
pub fn split_list(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in text.split([',', '，', '、', ';', '；', '\n']).map(str::trim).filter(|s| !s.is_empty()) {
        if !out.iter().any(|o| o.to_lowercase() == item.to_lowercase()) {
            out.push(item.to_string());
        }
    }
    out
}

struct Parser {
    errors: Vec<LeadSettingsError>,
}

impl Parser {
    /// A whole number 0..=max; blank counts as 0 only where `blank_zero`.
    fn num(&mut self, text: &str, field: NumberField, blank_zero: bool) -> u32 {
        let t = text.trim();
        if t.is_empty() && blank_zero {
            return 0;
        }
        match t.parse::<u32>() {
            Ok(v) if v <= field.max() => v,
            _ => {
                self.errors.push(LeadSettingsError::NotANumber { field });
                0
            }
        }
    }

    fn arr<const N: usize>(&mut self, v: &[String; N], field: impl Fn(usize) -> NumberField) -> [u32; N] {
        std::array::from_fn(|i| self.num(&v[i], field(i), false))
    }
}

fn small<const N: usize>(v: [u32; N]) -> [u8; N] {
    v.map(|x| x.min(255) as u8)
}

/// Checks the form and builds what to store. `current` supplies everything
/// the screen does not edit (round-robin cursors, other settings); `people`
/// is the team. Returns every problem when anything is wrong.
pub fn save(input: &LeadSettingsInput, current: &Settings, people: &[Person], now: Timestamp) -> Result<SettingsSave, Vec<LeadSettingsError>> {
    use NumberField as F;
    let mut p = Parser { errors: Vec::new() };
    let weights = p.arr(&input.weights, F::Weight);
    // Named first: it is the rule people most often trip over.
    let sum: u32 = weights.iter().sum();
    if p.errors.is_empty() && sum != 100 {
        p.errors.push(LeadSettingsError::WeightsNotHundred { sum });
    }
    let cutoffs = p.arr(&input.cutoffs, |i| F::Cutoff(Grade::ALL[i]));
    let sla_hours = p.arr(&input.sla_hours, |i| F::SlaHours(Grade::ALL[i]));
    let follow_up_days = p.arr(&input.follow_up_days, |i| F::FollowUp(Grade::ALL[i]));
    let employees_min = p.num(&input.employees_min, F::EmployeesMin, true);
    let employees_max = p.num(&input.employees_max, F::EmployeesMax, true);
    let cycle_max = p.num(&input.cycle_max_months, F::CycleMax, false);
    let budget_min = match parse_money(&input.budget_min, current.currency) {
        Ok(v) => v.unwrap_or(0),
        Err(()) => {
            p.errors.push(LeadSettingsError::BudgetInvalid);
            0
        }
    };
    // Fully blank rows are dropped; errors name rows as the form shows them.
    let title_rows: Vec<usize> = (0..input.titles.len())
        .filter(|&i| !(input.titles[i].0.trim().is_empty() && input.titles[i].1.trim().is_empty()))
        .collect();
    let titles: Vec<TitleWeight> = title_rows
        .iter()
        .map(|&i| {
            let (k, w) = &input.titles[i];
            TitleWeight { keyword: k.trim().to_string(), weight: p.num(w, F::TitleWeight(i), false) as u8 }
        })
        .collect();
    let unknown_title_weight = p.num(&input.unknown_title_weight, F::UnknownTitleWeight, false);
    let points = p.arr(&input.points, F::Points);
    let half_life = p.num(&input.half_life_days, F::HalfLife, false);
    let default_cap = p.num(&input.default_cap, F::DefaultCap, true);
    let caps: Vec<RepCap> = input
        .reps
        .iter()
        .filter(|r| !r.cap.trim().is_empty())
        .map(|r| RepCap { person_id: r.person_id, max_open: p.num(&r.cap, F::Cap(r.person_id), false) })
        .collect();
    if !p.errors.is_empty() {
        // Later checks would only repeat these (a refused number reads as 0).
        return Err(p.errors);
    }

    let mut settings = current.clone();
    settings.score_weights = small(weights);
    settings.grade_cutoffs = small(cutoffs);
    settings.sla_hours = sla_hours;
    let l = &mut settings.leads;
    l.follow_up_days = follow_up_days;
    l.icp.industries = split_list(&input.industries);
    l.icp.employees_min = employees_min;
    l.icp.employees_max = employees_max;
    l.icp.budget_min_minor = budget_min;
    l.icp.cycle_max_months = cycle_max as u16;
    l.titles = titles;
    l.unknown_title_weight = unknown_title_weight as u8;
    l.engagement.points = small(points);
    l.engagement.half_life_days = half_life;
    let rule_rows: Vec<usize> = (0..input.rules.len())
        .filter(|&i| {
            let r = &input.rules[i];
            !(r.region.trim().is_empty() && r.industry.trim().is_empty() && r.reps.is_empty())
        })
        .collect();
    l.assignment.rules = rule_rows
        .iter()
        .map(|&i| {
            let r = &input.rules[i];
            AssignmentRule { region: r.region.trim().to_string(), industry: r.industry.trim().to_string(), reps: r.reps.clone() }
        })
        .collect();
    l.assignment.by_territory = input.by_territory;
    l.assignment.default_cap = default_cap;
    l.assignment.caps = caps;
    settings.updated_at = Some(now);
    let errors = validate(&settings, people);
    if !errors.is_empty() {
        return Err(errors.into_iter().map(|e| form_rows(e, &title_rows, &rule_rows)).collect());
    }
    let changed = input
        .reps
        .iter()
        .filter_map(|r| {
            let person = people.iter().find(|p| p.id == r.person_id)?;
            (person.available != r.available).then(|| Person { available: r.available, updated_at: now, ..person.clone() })
        })
        .collect();
    Ok(SettingsSave { settings, people: changed })
}

/// Row numbers of stored lists → rows of the form (which may hold blank rows).
fn form_rows(e: LeadSettingsError, titles: &[usize], rules: &[usize]) -> LeadSettingsError {
    use LeadSettingsError as E;
    let t = |i: usize| titles.get(i).copied().unwrap_or(i);
    let r = |i: usize| rules.get(i).copied().unwrap_or(i);
    match e {
        E::TitleKeywordEmpty { index } => E::TitleKeywordEmpty { index: t(index) },
        E::TitleKeywordDuplicate { index, first } => E::TitleKeywordDuplicate { index: t(index), first: t(first) },
        E::TitleWeightAbove100 { index } => E::TitleWeightAbove100 { index: t(index) },
        E::RuleWithoutReps { index } => E::RuleWithoutReps { index: r(index) },
        E::RuleRepUnknown { index, person_id } => E::RuleRepUnknown { index: r(index), person_id },
        other => other,
    }
}
