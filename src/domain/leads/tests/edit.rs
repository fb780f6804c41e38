use super::*;
use crate::domain::leads::edit::{defaults_input, input_from, save, split_list, NumberField as F, RepInput, RuleInput};
use crate::domain::{Person, Role};
use LeadSettingsError as E;

fn rep(n: u128, available: bool) -> Person {
    Person {
        external_id: None,
        id: id(n),
        created_at: now(),
        updated_at: now(),
        name: format!("Rep {n}"),
        role: Role::Rep,
        title: String::new(),
        email: String::new(),
        phone: String::new(),
        manager_id: None,
        org_unit_id: None,
        specialties: vec![],
        available,
        active: true,
    }
}

fn later() -> Timestamp {
    now() + Duration::hours(3)
}

#[test]
fn the_form_as_filled_saves_back_to_the_same_settings() {
    let people = vec![rep(1, true), rep(2, false)];
    let mut s = Settings::default();
    s.leads.assignment.caps = vec![RepCap { person_id: id(2), max_open: 4 }];
    s.leads.assignment.cursors.insert("area:x|".into(), id(1));
    let input = input_from(&s, &people);
    assert_eq!(input.weights, ["30", "25", "25", "20"].map(String::from));
    assert_eq!(input.budget_min, "100000.00");
    assert_eq!(input.employees_max, "5000");
    assert_eq!(input.reps[1], RepInput { person_id: id(2), available: false, cap: "4".into() });
    let out = save(&input, &s, &people, later()).unwrap();
    assert_eq!(out.settings, Settings { updated_at: Some(later()), ..s.clone() });
    assert!(out.people.is_empty(), "nobody's availability changed");
}

#[test]
fn edits_reach_the_settings_and_the_people_and_keep_the_cursors() {
    let people = vec![rep(1, true), rep(2, true)];
    let mut s = Settings::default();
    s.leads.assignment.cursors.insert("rule:华东|".into(), id(2));
    let mut input = input_from(&s, &people);
    input.weights = ["40", "20", "20", "20"].map(String::from);
    input.cutoffs = ["85", "65", "45"].map(String::from);
    input.sla_hours[0] = "1".into();
    input.industries = "金融、Banking\nbanking, 保险".into();
    input.budget_min = "50,000".into();
    input.employees_max = "".into();
    input.titles.push(("采购主管".into(), "65".into()));
    input.titles.push(("".into(), "".into()));
    input.rules.push(RuleInput { region: " 华东 ".into(), industry: String::new(), reps: vec![id(2)] });
    input.rules.push(RuleInput::default());
    input.reps[0].available = false;
    input.reps[1].cap = "3".into();
    let out = save(&input, &s, &people, later()).unwrap();
    let n = &out.settings;
    assert_eq!(n.score_weights, [40, 20, 20, 20]);
    assert_eq!(n.grade_cutoffs, [85, 65, 45]);
    assert_eq!(n.sla_hours, [1, 24, 72]);
    assert_eq!(n.leads.icp.industries, vec!["金融", "Banking", "保险"]);
    assert_eq!(n.leads.icp.budget_min_minor, 5_000_000);
    assert_eq!(n.leads.icp.employees_max, 0);
    assert_eq!(n.leads.titles.last(), Some(&TitleWeight { keyword: "采购主管".into(), weight: 65 }));
    assert_eq!(n.leads.titles.len(), crate::domain::leads::settings::default_titles().len() + 1);
    assert_eq!(n.leads.assignment.rules, vec![AssignmentRule { region: "华东".into(), industry: String::new(), reps: vec![id(2)] }]);
    assert_eq!(n.leads.assignment.caps, vec![RepCap { person_id: id(2), max_open: 3 }]);
    assert_eq!(n.leads.assignment.cursors.get("rule:华东|"), Some(&id(2)));
    assert_eq!(n.updated_at, Some(later()));
    assert_eq!(out.people.len(), 1);
    assert_eq!((out.people[0].id, out.people[0].available, out.people[0].updated_at), (id(1), false, later()));
    // Rules compiled from what was saved use the new weights and cut-offs
    // (and the new profile: manufacturing is no longer a fit).
    let sc = LeadRules::new(n).score(&hot(1), now());
    assert!(sc.factors[0] < 100);
    assert_eq!(sc.total, weighted_total(sc.factors, [40, 20, 20, 20]));
    assert_eq!(sc.grade, grade_for(sc.total, [85, 65, 45]));
}

#[test]
fn weights_must_add_up_to_100() {
    let s = Settings::default();
    let mut input = input_from(&s, &[]);
    input.weights = ["30", "25", "25", "25"].map(String::from);
    assert_eq!(save(&input, &s, &[], later()), Err(vec![E::WeightsNotHundred { sum: 105 }]));
    input.weights[3] = "x".into();
    assert_eq!(save(&input, &s, &[], later()), Err(vec![E::NotANumber { field: F::Weight(3) }]));
}

#[test]
fn every_bad_field_is_named_and_nothing_is_built() {
    let people = vec![rep(1, true)];
    let s = Settings::default();
    let mut input = input_from(&s, &people);
    input.cutoffs[1] = "101".into();
    input.sla_hours[2] = "-1".into();
    input.budget_min = "12.345".into();
    input.titles[2].1 = "abc".into();
    input.points[0] = "".into();
    input.reps[0].cap = "many".into();
    assert_eq!(
        save(&input, &s, &people, later()),
        Err(vec![
            E::NotANumber { field: F::Cutoff(Grade::B) },
            E::NotANumber { field: F::SlaHours(Grade::C) },
            E::BudgetInvalid,
            E::NotANumber { field: F::TitleWeight(2) },
            E::NotANumber { field: F::Points(0) },
            E::NotANumber { field: F::Cap(id(1)) },
        ])
    );
}

#[test]
fn rule_and_ordering_problems_name_the_rows_the_form_shows() {
    let people = vec![rep(1, true)];
    let s = Settings::default();
    let mut input = input_from(&s, &people);
    input.cutoffs = ["60", "60", "40"].map(String::from);
    // A blank row before the bad one: errors still count it.
    input.titles.insert(0, (String::new(), String::new()));
    input.titles.insert(1, ("  ".into(), "10".into()));
    input.rules = vec![RuleInput::default(), RuleInput { region: "华南".into(), industry: String::new(), reps: vec![] }];
    assert_eq!(
        save(&input, &s, &people, later()),
        Err(vec![E::CutoffsNotDescending, E::TitleKeywordEmpty { index: 1 }, E::RuleWithoutReps { index: 1 }])
    );
}

#[test]
fn reset_gives_the_spec_defaults_and_leaves_availability_alone() {
    let people = vec![rep(1, false)];
    let mut s = Settings { score_weights: [10, 10, 40, 40], sla_hours: [5, 5, 5], currency: crate::domain::Currency::USD, ..Settings::default() };
    s.leads.icp.industries = vec!["Banking".into()];
    s.leads.assignment.caps = vec![RepCap { person_id: id(1), max_open: 2 }];
    let input = defaults_input(&s, &people);
    assert_eq!(input.weights, ["30", "25", "25", "20"].map(String::from));
    assert_eq!(input.sla_hours, ["2", "24", "72"].map(String::from));
    assert_eq!(input.reps, vec![RepInput { person_id: id(1), available: false, cap: String::new() }]);
    let out = save(&input, &s, &people, later()).unwrap();
    assert_eq!(out.settings.leads.icp, Icp::default());
    assert_eq!(out.settings.currency, crate::domain::Currency::USD);
    assert!(out.people.is_empty());
}

#[test]
fn lists_split_on_lines_and_both_kinds_of_comma() {
    assert_eq!(split_list(" 制造业，物流、零售\n\nRetail; retail ；Logistics"), vec!["制造业", "物流", "零售", "Retail", "Logistics"]);
    assert!(split_list(" , \n").is_empty());
}

#[test]
fn sla_share_in_tenths_rounds_half_up() {
    let r = RepSla { person_id: id(1), met: 2, late: 1, overdue: 0 };
    assert_eq!((r.percent(), r.permille()), (Some(67), Some(667)));
    let r = RepSla { person_id: id(1), met: 1, late: 7, overdue: 0 };
    assert_eq!(r.permille(), Some(125));
    assert_eq!(RepSla { person_id: id(1), met: 0, late: 0, overdue: 0 }.permille(), None);
}
