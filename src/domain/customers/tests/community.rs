use chrono::{NaiveDate, TimeZone, Utc};

use crate::domain::customers::community::*;
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::pipeline::Stage;
use crate::domain::{EventKind, Id, Timestamp};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

#[test]
fn only_a_won_deal_becomes_a_success_case_and_only_once() {
    let ws = generate(DemoSize::Small, Lang::En, 5);
    let mut deal = ws.data.deals[0].clone();
    deal.stage = Stage::Won;
    let account = ws.data.accounts.iter().find(|a| a.id == deal.account_id);
    let case = mark_case(&deal, account, &[], " Rolled out in 3 weeks ", "", None, Id::from_u128(1), now()).unwrap();
    assert_eq!((case.deal_id, case.title.as_str()), (deal.id, "Rolled out in 3 weeks"));
    assert_eq!(case.industry, account.unwrap().industry);
    let again = mark_case(&deal, account, &[case], "x", "", None, Id::from_u128(2), now());
    assert_eq!(again.unwrap_err(), vec![CaseError::AlreadyMarked]);
    deal.stage = Stage::Lost;
    assert_eq!(mark_case(&deal, account, &[], "", "", None, Id::from_u128(3), now()).unwrap_err(), vec![CaseError::NotWon, CaseError::TitleRequired]);
}

#[test]
fn an_event_needs_a_name_and_a_date_and_lists_each_account_once() {
    let a = Id::from_u128(7);
    let input = EventInput {
        name: " User day ".into(),
        kind: EventKind::UserConference,
        held_on: NaiveDate::from_ymd_opt(2026, 12, 3),
        location: "Shanghai".into(),
        attendees: vec![a, a, Id::from_u128(8)],
    };
    let e = new_event(&input, Id::from_u128(1), now()).unwrap();
    assert_eq!((e.name.as_str(), e.attendees.len()), ("User day", 2));
    let bad = EventInput { name: " ".into(), held_on: None, ..input };
    assert_eq!(new_event(&bad, Id::from_u128(1), now()).unwrap_err(), vec![EventError::NameRequired, EventError::DateRequired]);
}
