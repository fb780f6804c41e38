use super::*;
use crate::domain::{EngagementKind, Role};
use LeadSettingsError as E;

fn person(n: u128) -> crate::domain::Person {
    crate::domain::Person {
        external_id: None,
        id: id(n),
        created_at: now(),
        updated_at: now(),
        name: format!("P{n}"),
        role: Role::Rep,
        title: String::new(),
        email: String::new(),
        phone: String::new(),
        manager_id: None,
        org_unit_id: None,
        specialties: vec![],
        available: true,
        active: true,
    }
}

#[test]
fn defaults_follow_the_spec_and_pass_their_own_checks() {
    let s = Settings::default();
    assert_eq!(s.grade_cutoffs, [80, 60, 40]);
    assert_eq!(s.sla_hours, [2, 24, 72]);
    assert_eq!(s.leads.follow_up_days, [7, 30, 30, 0]);
    assert_eq!(s.leads.engagement.half_life_days, 30);
    assert!(s.leads.assignment.by_territory);
    assert_eq!(validate_settings(&s, &[]), vec![]);
}

#[test]
fn settings_without_leads_load_with_the_defaults() {
    // A file written before `leads` existed.
    let old = r#"{"workspace_name":"Old","grade_cutoffs":[90,70,50],"sla_hours":[1,12,48]}"#;
    let s: Settings = serde_json::from_str(old).unwrap();
    assert_eq!(s.leads, LeadSettings::default());
    let r = LeadRules::new(&s);
    assert_eq!(r.cutoffs(), [90, 70, 50]);
    assert_eq!(r.sla_hours(Grade::A), Some(1));
    // Part of `leads`: the rest defaults.
    let part = r#"{"leads":{"icp":{"industries":["金融"]},"follow_up_days":[1,2,3,4]}}"#;
    let s: Settings = serde_json::from_str(part).unwrap();
    assert_eq!(s.leads.icp.industries, vec!["金融".to_string()]);
    assert_eq!(s.leads.icp.employees_min, 100);
    assert_eq!(s.leads.follow_up_days, [1, 2, 3, 4]);
    assert_eq!(s.leads.titles, crate::domain::leads::settings::default_titles());
    let back: Settings = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back, s);
}

#[test]
fn every_problem_is_reported_with_its_item() {
    let mut s = Settings {
        score_weights: [0; 4],
        grade_cutoffs: [101, 60, 60],
        sla_hours: [2, 24, 9_000],
        ..Settings::default()
    };
    s.leads.follow_up_days = [7, 30, 30, 4_000];
    s.leads.titles = vec![
        TitleWeight { keyword: "CEO".into(), weight: 100 },
        TitleWeight { keyword: "  ".into(), weight: 10 },
        TitleWeight { keyword: " ceo ".into(), weight: 101 },
    ];
    s.leads.unknown_title_weight = 200;
    s.leads.icp.employees_min = 500;
    s.leads.icp.employees_max = 100;
    s.leads.icp.budget_min_minor = -1;
    s.leads.engagement.points = [5, 3, 120, 25];
    s.leads.engagement.half_life_days = 10_000;
    s.leads.assignment.rules = vec![
        AssignmentRule { region: "华东".into(), industry: String::new(), reps: vec![] },
        AssignmentRule { region: String::new(), industry: "零售".into(), reps: vec![id(1), id(9)] },
    ];
    s.leads.assignment.caps = vec![
        RepCap { person_id: id(1), max_open: 5 },
        RepCap { person_id: id(1), max_open: 6 },
        RepCap { person_id: id(8), max_open: 1 },
    ];
    assert_eq!(
        validate_settings(&s, &[person(1)]),
        vec![
            E::WeightsNotHundred { sum: 0 },
            E::CutoffsNotDescending,
            E::CutoffAbove100 { grade: Grade::A },
            E::SlaTooLong { grade: Grade::C },
            E::FollowUpTooLong { grade: Grade::D },
            E::TitleKeywordEmpty { index: 1 },
            E::TitleKeywordDuplicate { index: 2, first: 0 },
            E::TitleWeightAbove100 { index: 2 },
            E::UnknownTitleWeightAbove100,
            E::EmployeesRange,
            E::BudgetNegative,
            E::EngagementPointsAbove100 { kind: EngagementKind::FormSubmit },
            E::HalfLifeTooLong,
            E::RuleWithoutReps { index: 0 },
            E::RuleRepUnknown { index: 1, person_id: id(9) },
            E::CapDuplicate { index: 1, first: 0 },
            E::CapPersonUnknown { index: 2, person_id: id(8) },
        ]
    );
    // Scoring still gives defined results with such settings.
    let r = LeadRules::new(&s);
    let sc = r.score(&hot(1), now());
    assert_eq!(sc.total, 0);
    assert!(sc.factors.iter().all(|&f| f <= 100));
}
