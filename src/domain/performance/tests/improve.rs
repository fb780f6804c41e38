//! Recording and closing improvement actions.

use chrono::NaiveDate;

use super::*;
use crate::domain::performance::improve::*;
use crate::domain::{ActionSource, ActionStatus};

fn input() -> ActionInput {
    let o = org();
    ActionInput {
        person_id: Some(o.rep_a),
        source: ActionSource::Review,
        diagnosis: "  Revenue below goal 3 fortnights in a row ".into(),
        action: "Weekly pipeline review with the manager".into(),
        owner_id: Some(o.manager),
        due_on: NaiveDate::from_ymd_opt(2026, 12, 11),
    }
}

#[test]
fn a_valid_action_is_open_and_trimmed() {
    let o = org();
    let now = at(2026, 11, 27, 9);
    let a = new_action(&input(), &o.people, id(900), now).unwrap();
    assert_eq!(a.status, ActionStatus::Open);
    assert_eq!(a.diagnosis, "Revenue below goal 3 fortnights in a row");
    assert_eq!((a.owner_id, a.person_id, a.created_at, a.done_at), (o.manager, Some(o.rep_a), now, None));
}

#[test]
fn every_problem_is_reported_at_once() {
    let o = org();
    let now = at(2026, 11, 27, 9);
    let bad = ActionInput { diagnosis: " ".into(), action: String::new(), owner_id: None, due_on: None, ..input() };
    assert_eq!(
        new_action(&bad, &o.people, id(900), now),
        Err(vec![ActionError::DiagnosisRequired, ActionError::ActionRequired, ActionError::OwnerRequired, ActionError::DueRequired])
    );
    // Due yesterday by the app clock; an owner who is not a stored person.
    let past = ActionInput { due_on: NaiveDate::from_ymd_opt(2026, 11, 26), owner_id: Some(id(999)), ..input() };
    assert_eq!(new_action(&past, &o.people, id(900), now), Err(vec![ActionError::UnknownPerson, ActionError::DueInPast]));
    // Due today is fine.
    let today = ActionInput { due_on: NaiveDate::from_ymd_opt(2026, 11, 27), ..input() };
    assert!(new_action(&today, &o.people, id(900), now).is_ok());
    let long = ActionInput { action: "x".repeat(MAX_TEXT + 1), ..input() };
    assert_eq!(new_action(&long, &o.people, id(900), now), Err(vec![ActionError::ActionRequired]));
}

#[test]
fn completing_needs_an_outcome_and_happens_once() {
    let o = org();
    let a = new_action(&input(), &o.people, id(900), at(2026, 11, 27, 9)).unwrap();
    let later = at(2026, 12, 10, 17);
    assert_eq!(complete(&a, "  ", later), Err(vec![ActionError::OutcomeRequired]));
    let done = complete(&a, "Win rate back to 40 %", later).unwrap();
    assert_eq!((done.status, done.done_at, done.updated_at, done.outcome.as_str()), (ActionStatus::Done, Some(later), later, "Win rate back to 40 %"));
    assert_eq!(done.created_at, a.created_at);
    assert_eq!(complete(&done, "again", later), Err(vec![ActionError::AlreadyDone]));
    // Open before done.
    let other = new_action(&ActionInput { due_on: NaiveDate::from_ymd_opt(2026, 12, 31), ..input() }, &o.people, id(901), later).unwrap();
    assert_eq!(sorted(&[done.clone(), other.clone()]).iter().map(|x| x.id).collect::<Vec<_>>(), vec![other.id, done.id]);
}
