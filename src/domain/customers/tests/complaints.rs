//! The complaint loop: deadline by severity at its boundary, the walk of
//! states with who and when, and closing only with root cause and action.

use chrono::{Duration, TimeZone, Utc};

use crate::domain::customers::complaints::*;
use crate::domain::{ComplaintCategory, ComplaintStatus, Id, Settings, Severity, Timestamp};

fn t0() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}
fn input(severity: Severity) -> ComplaintInput {
    ComplaintInput {
        account_id: Some(Id::from_u128(1)),
        title: "  Delivery arrived damaged ".into(),
        description: String::new(),
        category: ComplaintCategory::Product,
        severity,
        owner_id: Some(Id::from_u128(5)),
    }
}

#[test]
fn filing_needs_an_account_and_a_title_and_starts_open() {
    let c = file(&input(Severity::Normal), Id::from_u128(9), Some(Id::from_u128(5)), t0()).unwrap();
    assert_eq!((c.status, c.title.as_str(), c.opened_at), (ComplaintStatus::Open, "Delivery arrived damaged", t0()));
    assert_eq!(c.history.len(), 1);
    let mut bad = input(Severity::Normal);
    bad.account_id = None;
    bad.title = "  ".into();
    assert_eq!(file(&bad, Id::from_u128(9), None, t0()).unwrap_err(), vec![ComplaintError::AccountRequired, ComplaintError::TitleRequired]);
}

#[test]
fn the_response_deadline_is_breached_only_after_the_hours_have_passed() {
    let s = Settings::default(); // 48 hours for every severity
    let c = file(&input(Severity::Normal), Id::from_u128(9), None, t0()).unwrap();
    let due = t0() + Duration::hours(48);
    assert_eq!(response_due(&c, &s), due);
    assert_eq!(sla(&c, &s, t0() + Duration::hours(1)), Sla::Due { hours_left: 47 });
    assert_eq!(sla(&c, &s, due), Sla::Due { hours_left: 0 }, "at the deadline itself it is still on time");
    assert!(!is_breach(&c, &s, due));
    assert_eq!(sla(&c, &s, due + Duration::seconds(1)), Sla::Overdue { hours_over: 1 });
    assert_eq!(sla(&c, &s, t0() + Duration::hours(49)), Sla::Overdue { hours_over: 1 });
    assert!(is_breach(&c, &s, t0() + Duration::hours(49)));

    let on_time = advance(&c, ComplaintStatus::Acknowledged, "", "", None, due).unwrap();
    assert_eq!(sla(&on_time, &s, due + Duration::days(9)), Sla::Met);
    let late = advance(&c, ComplaintStatus::Acknowledged, "", "", None, due + Duration::minutes(1)).unwrap();
    assert_eq!(sla(&late, &s, due + Duration::days(9)), Sla::Late);
}

#[test]
fn the_deadline_follows_the_severity_setting() {
    let mut s = Settings::default();
    s.complaint_response_hours = [48, 24, 4];
    let c = file(&input(Severity::Major), Id::from_u128(9), None, t0()).unwrap();
    assert_eq!(response_due(&c, &s), t0() + Duration::hours(4));
    assert!(is_breach(&c, &s, t0() + Duration::hours(5)));
}

#[test]
fn a_complaint_walks_every_state_in_order_and_closes_only_with_cause_and_action() {
    let by = Some(Id::from_u128(5));
    let mut c = file(&input(Severity::Urgent), Id::from_u128(9), by, t0()).unwrap();
    assert_eq!(advance(&c, ComplaintStatus::Resolved, "", "", by, t0()).unwrap_err(), vec![ComplaintError::NotNextStep]);
    for (i, to) in [ComplaintStatus::Acknowledged, ComplaintStatus::InProgress, ComplaintStatus::Resolved, ComplaintStatus::Verified]
        .into_iter()
        .enumerate()
    {
        c = advance(&c, to, "", "", by, t0() + Duration::hours(i as i64 + 1)).unwrap();
    }
    assert_eq!(
        advance(&c, ComplaintStatus::Closed, " ", "", by, t0()).unwrap_err(),
        vec![ComplaintError::RootCauseRequired, ComplaintError::CorrectiveActionRequired]
    );
    let closed = advance(&c, ComplaintStatus::Closed, "Packaging too thin", "Double-wall boxes", by, t0() + Duration::hours(9)).unwrap();
    let steps: Vec<ComplaintStatus> = closed.history.iter().map(|s| s.status).collect();
    assert_eq!(steps, FLOW.to_vec());
    assert_eq!((closed.history[5].at, closed.history[5].by), (t0() + Duration::hours(9), by));
    assert_eq!(closed.root_cause, "Packaging too thin");
    assert_eq!(advance(&closed, ComplaintStatus::Closed, "x", "y", by, t0()).unwrap_err(), vec![ComplaintError::AlreadyClosed]);
}

#[test]
fn a_fix_that_did_not_hold_goes_back_to_in_progress() {
    assert_eq!(next_steps(ComplaintStatus::Resolved), vec![ComplaintStatus::Verified, ComplaintStatus::InProgress]);
    assert_eq!(next_steps(ComplaintStatus::Open), vec![ComplaintStatus::Acknowledged]);
    assert!(next_steps(ComplaintStatus::Closed).is_empty());
}

#[test]
fn breaches_count_against_the_owner_and_compliance_counts_known_outcomes() {
    let s = Settings::default();
    let a = file(&input(Severity::Normal), Id::from_u128(1), None, t0()).unwrap();
    let answered = advance(&a, ComplaintStatus::Acknowledged, "", "", None, t0() + Duration::hours(2)).unwrap();
    let mut b = file(&input(Severity::Normal), Id::from_u128(2), None, t0()).unwrap();
    b.owner_id = Some(Id::from_u128(6));
    let fresh = file(&input(Severity::Normal), Id::from_u128(3), None, t0() + Duration::hours(40)).unwrap();
    let now = t0() + Duration::hours(50);
    let all = [answered, b, fresh];
    let by_owner = breaches_by_owner(&all, &s, now);
    assert_eq!(by_owner, vec![(Some(Id::from_u128(5)), 0, 2), (Some(Id::from_u128(6)), 1, 1)]);
    // Known outcomes: answered on time (met) and b (overdue); fresh is still due → 1 of 2.
    assert_eq!(compliance_percent(&all, &s, now), Some(50.0));
    assert_eq!(compliance_percent(&[], &s, now), None);
}
