use super::*;
use crate::domain::OrgLevel;
use chrono::{Duration, TimeZone, Utc};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

fn form(name: &str) -> PersonInput {
    PersonInput { name: name.into(), ..PersonInput::default() }
}

fn person(id: u128, manager: Option<u128>) -> Person {
    let input = PersonInput { manager_id: None, ..form(&format!("P{id}")) };
    Person { manager_id: manager.map(Id::from_u128), ..validate_person(&input, Target::New(Id::from_u128(id)), &[], &[], now()).unwrap() }
}

/// 1 ← 2 ← 3 (3 reports to 2, 2 to 1), and 4 on its own.
fn line() -> Vec<Person> {
    vec![person(1, None), person(2, Some(1)), person(3, Some(2)), person(4, None)]
}

fn edit(people: &[Person], id: u128, manager: Option<u128>) -> Result<Person, Vec<PersonError>> {
    let p = people.iter().find(|p| p.id == Id::from_u128(id)).unwrap();
    let input = PersonInput { manager_id: manager.map(Id::from_u128), ..PersonInput::from_person(p) };
    validate_person(&input, Target::Edit(p), people, &[], now())
}

#[test]
fn a_valid_form_becomes_a_person() {
    let unit = OrgUnit { id: Id::from_u128(90), created_at: now(), updated_at: now(), name: "East".into(), level: OrgLevel::Region, parent_id: None };
    let input = PersonInput {
        name: "  Wang Fang ".into(),
        role: Role::Finance,
        title: " Controller ".into(),
        email: " fang@example.cn ".into(),
        phone: "138 0000 0000".into(),
        manager_id: Some(Id::from_u128(1)),
        org_unit_id: Some(unit.id),
        specialties: "Manufacturing, retail，Retail, ,".into(),
        available: false,
        active: true,
    };
    let p = validate_person(&input, Target::New(Id::from_u128(9)), &line(), &[unit], now()).unwrap();
    assert_eq!((p.id, p.name.as_str(), p.role), (Id::from_u128(9), "Wang Fang", Role::Finance));
    assert_eq!((p.title.as_str(), p.email.as_str()), ("Controller", "fang@example.cn"));
    assert_eq!(p.manager_id, Some(Id::from_u128(1)));
    assert_eq!(p.org_unit_id, Some(Id::from_u128(90)));
    assert_eq!(p.specialties, vec!["Manufacturing".to_string(), "retail".to_string()]);
    assert_eq!((p.created_at, p.updated_at, p.available, p.active), (now(), now(), false, true));
}

#[test]
fn editing_keeps_id_and_creation_time_and_round_trips_the_form() {
    let people = line();
    let later = now() + Duration::hours(2);
    let p = &people[2];
    let again = validate_person(&PersonInput::from_person(p), Target::Edit(p), &people, &[], later).unwrap();
    assert_eq!(again, Person { updated_at: later, ..p.clone() });
}

#[test]
fn every_problem_is_reported_at_once() {
    let bad = PersonInput {
        name: "   ".into(),
        email: "no-at-sign.example".into(),
        manager_id: Some(Id::from_u128(77)),
        org_unit_id: Some(Id::from_u128(88)),
        ..PersonInput::default()
    };
    assert_eq!(
        validate_person(&bad, Target::New(Id::from_u128(9)), &line(), &[], now()),
        Err(vec![PersonError::NameRequired, PersonError::EmailInvalid, PersonError::ManagerUnknown, PersonError::OrgUnitUnknown])
    );
}

#[test]
fn email_is_checked_loosely_and_may_be_empty() {
    for ok in ["a@b.cn", "li.lei@mail.example.com", "x+tag@sub.example.org"] {
        assert!(is_plausible_email(ok), "{ok}");
    }
    for bad in ["", "a", "a@b", "@b.cn", "a@@b.cn", "a@b@c.cn", "a@.cn", "a@b.", "a b@c.cn", "a@b .cn"] {
        assert!(!is_plausible_email(bad), "{bad}");
    }
    assert!(validate_person(&PersonInput { email: "  ".into(), ..form("X") }, Target::New(Id::from_u128(9)), &[], &[], now()).is_ok());
}

#[test]
fn a_person_cannot_manage_themselves() {
    assert_eq!(edit(&line(), 1, Some(1)), Err(vec![PersonError::ManagerSelf]));
    let new = PersonInput { manager_id: Some(Id::from_u128(9)), ..form("X") };
    assert_eq!(validate_person(&new, Target::New(Id::from_u128(9)), &line(), &[], now()), Err(vec![PersonError::ManagerSelf]));
}

#[test]
fn reporting_to_someone_in_ones_own_subtree_is_a_cycle() {
    let people = line();
    // Direct and indirect reports of 1 are refused …
    assert_eq!(edit(&people, 1, Some(2)), Err(vec![PersonError::ManagerCycle]));
    assert_eq!(edit(&people, 1, Some(3)), Err(vec![PersonError::ManagerCycle]));
    assert_eq!(edit(&people, 2, Some(3)), Err(vec![PersonError::ManagerCycle]));
    // … while moving within the line or to an outsider is fine.
    assert!(edit(&people, 3, Some(1)).is_ok());
    assert!(edit(&people, 1, Some(4)).is_ok());
    assert!(edit(&people, 2, None).is_ok());
}

#[test]
fn manager_candidates_leave_out_the_persons_subtree() {
    let people = line();
    let names = |id: u128| manager_candidates(Id::from_u128(id), &people).iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(1), ["P4"]);
    assert_eq!(names(2), ["P1", "P4"]);
    assert_eq!(names(3), ["P1", "P2", "P4"]);
    // A new person (not stored yet) may report to anyone.
    assert_eq!(names(9), ["P1", "P2", "P3", "P4"]);
}

#[test]
fn a_cycle_already_in_imported_data_does_not_loop() {
    // 5 and 6 manage each other (possible in an imported file).
    let people = vec![person(5, Some(6)), person(6, Some(5)), person(7, None)];
    assert_eq!(manager_candidates(Id::from_u128(5), &people).len(), 1);
    assert_eq!(edit(&people, 5, Some(6)), Err(vec![PersonError::ManagerCycle]));
    assert!(edit(&people, 5, Some(7)).is_ok());
}

#[test]
fn specialties_split_on_either_comma() {
    assert_eq!(parse_specialties("制造业，零售、 教育 ,"), vec!["制造业", "零售", "教育"]);
    assert!(parse_specialties(" , ").is_empty());
}

#[test]
fn lead_owners_are_active_sales_people_sorted_by_name() {
    let mut people = line();
    let names = ["Zhou", "Li", "Chen", "Wang"];
    let roles = [Role::Rep, Role::Finance, Role::CitySupervisor, Role::Rep];
    for ((p, name), role) in people.iter_mut().zip(names).zip(roles) {
        p.name = name.into();
        p.role = role;
    }
    people[3].active = false;
    let owners = lead_owners(&people);
    assert_eq!(owners, vec![(Id::from_u128(3), "Chen".to_string()), (Id::from_u128(1), "Zhou".to_string())]);
}
