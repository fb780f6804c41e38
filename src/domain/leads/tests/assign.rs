use super::*;
use crate::domain::{AssignmentChange, OrgLevel, OrgUnit, Person, Role};

fn unit(n: u128, name: &str, level: OrgLevel, parent: Option<u128>) -> OrgUnit {
    OrgUnit { id: id(n), created_at: now(), updated_at: now(), name: name.into(), level, parent_id: parent.map(id) }
}

fn units() -> Vec<OrgUnit> {
    vec![
        unit(100, "示例公司", OrgLevel::Company, None),
        unit(101, "华东", OrgLevel::Region, Some(100)),
        unit(102, "上海", OrgLevel::City, Some(101)),
        unit(103, "杭州", OrgLevel::City, Some(101)),
        unit(104, "华北", OrgLevel::Region, Some(100)),
        unit(105, "北京", OrgLevel::City, Some(104)),
    ]
}

fn rep(n: u128, unit: u128, specialties: &[&str], available: bool) -> Person {
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
        org_unit_id: Some(id(unit)),
        specialties: specialties.iter().map(|s| s.to_string()).collect(),
        available,
        active: true,
    }
}

/// Shanghai: 11, 12 (on leave), 13 (manufacturing); Hangzhou: 14; Beijing: 15.
fn team() -> Vec<Person> {
    vec![
        rep(13, 102, &["制造业"], true),
        rep(11, 102, &["零售"], true),
        rep(12, 102, &[], false),
        rep(14, 103, &[], true),
        rep(15, 105, &[], true),
    ]
}

fn at(n: u128, city: &str, region: &str, industry: &str) -> Lead {
    Lead { city: city.into(), region: region.into(), industry: industry.into(), ..lead(n) }
}

fn owners(a: &mut Assigner, leads: &[Lead]) -> Vec<Option<u128>> {
    leads.iter().map(|l| a.assign(l, now()).ok().map(|(l, _)| l.owner_id.unwrap().as_u128())).collect()
}

#[test]
fn round_robin_in_id_order_skips_unavailable_reps() {
    let (s, people) = (AssignmentSettings { by_territory: true, ..Default::default() }, team());
    let mut a = Assigner::new(&s, &people, &units(), &[]);
    let leads: Vec<Lead> = (1..=5).map(|n| at(n, "上海", "华东", "能源")).collect();
    assert_eq!(owners(&mut a, &leads), vec![Some(11), Some(13), Some(11), Some(13), Some(11)]);
    let p = a.pick(&leads[0]).unwrap();
    assert_eq!((p.person_id, p.via), (id(13), Via::Territory { specialists: false }));
    assert_eq!(p.skipped, vec![(id(12), Skip::Unavailable)]);
}

#[test]
fn specialists_first_then_city_then_region() {
    let (s, people) = (AssignmentSettings { by_territory: true, ..Default::default() }, team());
    let mut a = Assigner::new(&s, &people, &units(), &[]);
    // Only 13 specialises in manufacturing in Shanghai; case and spacing do not matter.
    let made = at(1, "上海", "华东", " 制造业 ");
    assert_eq!(owners(&mut a, &[made.clone(), made.clone()]), vec![Some(13), Some(13)]);
    // A city without reps falls back to the region: 11, 13, 14 (12 on leave).
    // (13, the region's only manufacturing specialist, is not preferred here:
    // these leads name no industry.)
    let leads: Vec<Lead> = (2..=5).map(|n| at(n, "苏州", "华东", "")).collect();
    assert_eq!(owners(&mut a, &leads), vec![Some(11), Some(13), Some(14), Some(11)]);
    // Nobody covers the south-west.
    assert_eq!(a.pick(&at(6, "成都", "西南", "")), Err(NoRep::NoneEligible));
    let (lead, pick) = a.assign(&at(7, "北京", "", ""), now()).unwrap();
    assert_eq!(pick.person_id, id(15));
    assert_eq!(
        lead.assignment_history,
        vec![AssignmentChange {
            from: None,
            to: Some(id(15)),
            at: now(),
            by: None,
            automatic: true,
            reason: String::new()
        }]
    );
    assert_eq!(lead.updated_at, now());
}

#[test]
fn caps_count_open_leads_and_skip_full_reps() {
    let people = team();
    let s = AssignmentSettings {
        by_territory: true,
        default_cap: 2,
        caps: vec![RepCap { person_id: id(13), max_open: 1 }],
        ..Default::default()
    };
    // 11 already holds two open leads; a converted one does not count.
    let mut held: Vec<Lead> = (50..52).map(|n| Lead { owner_id: Some(id(11)), ..lead(n) }).collect();
    held.push(Lead { owner_id: Some(id(13)), status: LeadStatus::Converted, ..lead(52) });
    let mut a = Assigner::new(&s, &people, &units(), &held);
    assert_eq!((a.open_leads(id(11)), a.open_leads(id(13)), a.cap(id(13))), (2, 0, 1));
    let first = a.assign(&at(1, "上海", "华东", ""), now()).unwrap().1;
    assert_eq!(first.person_id, id(13));
    assert_eq!(first.skipped, vec![(id(11), Skip::AtCap { open: 2, cap: 2 }), (id(12), Skip::Unavailable)]);
    // Now 13 is at its own cap of 1 too: the region's pool is tried next.
    let second = a.assign(&at(2, "上海", "华东", ""), now()).unwrap().1;
    assert_eq!((second.person_id, second.pool.as_str()), (id(14), "area:华东|"));
    assert_eq!(
        second.skipped,
        vec![
            (id(11), Skip::AtCap { open: 2, cap: 2 }),
            (id(12), Skip::Unavailable),
            (id(13), Skip::AtCap { open: 1, cap: 1 })
        ]
    );
    assert_eq!(a.assign(&at(3, "上海", "华东", ""), now()).unwrap().1.person_id, id(14));
    // Everyone in the city and the region is full or away: nobody is left.
    assert_eq!(
        a.assign(&at(4, "上海", "华东", ""), now()),
        Err(AssignError::NoRep(NoRep::AllSkipped(vec![
            (id(11), Skip::AtCap { open: 2, cap: 2 }),
            (id(12), Skip::Unavailable),
            (id(13), Skip::AtCap { open: 1, cap: 1 }),
            (id(14), Skip::AtCap { open: 2, cap: 2 }),
        ])))
    );
}

#[test]
fn rules_come_first_in_their_listed_order() {
    let people = team();
    let s = AssignmentSettings {
        rules: vec![
            AssignmentRule {
                region: "上海".into(),
                industry: "零售".into(),
                reps: vec![id(15), id(99), id(14), id(15)],
            },
            AssignmentRule { region: String::new(), industry: "金融".into(), reps: vec![id(12)] },
        ],
        by_territory: false,
        ..Default::default()
    };
    let mut a = Assigner::new(&s, &people, &units(), &[]);
    // Unknown 99 and the repeated 15 are ignored.
    let leads: Vec<Lead> = (1..=3).map(|n| at(n, "上海", "华东", "零售")).collect();
    assert_eq!(owners(&mut a, &leads), vec![Some(15), Some(14), Some(15)]);
    assert_eq!(a.pick(&leads[0]).unwrap().via, Via::Rule(0));
    // The only rep of the finance rule is on leave; territory matching is off.
    assert!(matches!(a.pick(&at(4, "北京", "华北", "金融")), Err(NoRep::AllSkipped(_))));
    assert_eq!(a.pick(&at(5, "上海", "华东", "能源")), Err(NoRep::NoneEligible));
}

#[test]
fn the_cursor_is_saved_and_round_robin_continues() {
    let people = team();
    let settings = Settings::default();
    let mut a = Assigner::new(&settings.leads.assignment, &people, &units(), &[]);
    let (_, pick) = a.assign(&at(1, "上海", "华东", ""), now()).unwrap();
    assert_eq!(pick.person_id, id(11));
    let saved = a.settings_with_cursors(&settings, now());
    assert_eq!(saved.leads.assignment.cursors.get("area:上海|"), Some(&id(11)));
    assert_eq!(saved.updated_at, Some(now()));
    // Later, with the saved settings, the next lead goes to the next rep.
    let mut b = Assigner::new(&saved.leads.assignment, &people, &units(), &[]);
    assert_eq!(b.assign(&at(2, "上海", "华东", ""), now()).unwrap().1.person_id, id(13));
    // A cursor naming someone no longer in the pool starts from the top.
    let mut gone = saved.clone();
    gone.leads.assignment.cursors.insert("area:上海|".into(), id(77));
    let c = Assigner::new(&gone.leads.assignment, &people, &units(), &[]);
    assert_eq!(c.pick(&at(3, "上海", "华东", "")).unwrap().person_id, id(11));
}

#[test]
fn assigning_an_owned_lead_is_refused() {
    let (s, people) = (AssignmentSettings { by_territory: true, ..Default::default() }, team());
    let mut a = Assigner::new(&s, &people, &units(), &[]);
    let owned = Lead { owner_id: Some(id(14)), ..at(1, "上海", "华东", "") };
    assert_eq!(a.assign(&owned, now()), Err(AssignError::AlreadyAssigned));
}

#[test]
fn manual_reassignment_keeps_history() {
    let l = Lead { owner_id: Some(id(11)), ..lead(1) };
    let later = now() + chrono::Duration::hours(3);
    let moved = reassign(&l, Some(id(15)), Some(id(3)), " 客户在北京 ", later).unwrap();
    assert_eq!(moved.owner_id, Some(id(15)));
    let back = reassign(&moved, None, Some(id(3)), "", later).unwrap();
    assert_eq!(back.owner_id, None);
    assert_eq!(
        back.assignment_history,
        vec![
            AssignmentChange {
                from: Some(id(11)),
                to: Some(id(15)),
                at: later,
                by: Some(id(3)),
                automatic: false,
                reason: "客户在北京".into()
            },
            AssignmentChange {
                from: Some(id(15)),
                to: None,
                at: later,
                by: Some(id(3)),
                automatic: false,
                reason: String::new()
            },
        ]
    );
    assert_eq!(reassign(&back, None, None, "", later), Err(ReassignError::SameOwner));
    let closed = Lead { status: LeadStatus::Converted, ..l };
    assert_eq!(reassign(&closed, Some(id(15)), None, "", later), Err(ReassignError::Closed));
}
