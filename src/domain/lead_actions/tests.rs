use super::*;
use crate::domain::lead_form::{validate_lead, LeadInput, Target};
use crate::domain::{Consent, Currency};
use chrono::{Duration, TimeZone, Utc};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn lead() -> Lead {
    let input = LeadInput { name: "Zhang Wei".into(), email: "zw@example.cn".into(), ..LeadInput::default() };
    validate_lead(&input, Target::New(Id::from_u128(1)), &[], Currency::CNY, now() - Duration::days(2)).unwrap()
}

fn listed(expires_on: Option<NaiveDate>) -> Lead {
    let consent = Consent { vendor: "BizData".into(), acquired_on: day(2026, 1, 5), basis: "Opt-in".into(), expires_on };
    Lead { channel: Channel::PurchasedList, consent: Some(consent), ..lead() }
}

fn call(subject: &str) -> OutreachInput {
    OutreachInput { kind: ActivityKind::Call, subject: subject.into(), notes: " asked for a demo ".into() }
}

#[test]
fn consent_is_checked_for_list_leads_by_the_app_clock() {
    assert_eq!(consent_problem(&lead(), now()), None);
    let missing = Lead { channel: Channel::PurchasedList, ..lead() };
    assert_eq!(consent_problem(&missing, now()), Some(ConsentProblem::Missing));
    // The expiry day itself is still valid; the day after is not.
    let ends_today = listed(Some(day(2026, 11, 27)));
    assert_eq!(consent_problem(&ends_today, now()), None);
    assert_eq!(consent_problem(&ends_today, now() + Duration::days(1)), Some(ConsentProblem::Expired(day(2026, 11, 27))));
    assert_eq!(consent_problem(&listed(None), now()), None);
    let no_basis = Lead { consent: listed(None).consent.map(|c| Consent { basis: " ".into(), ..c }), ..listed(None) };
    assert_eq!(consent_problem(&no_basis, now()), Some(ConsentProblem::Missing));
    // A consent record on another channel still counts once it has run out.
    let other = Lead { channel: Channel::TradeShow, ..listed(Some(day(2026, 1, 1))) };
    assert_eq!(consent_problem(&other, now()), Some(ConsentProblem::Expired(day(2026, 1, 1))));
}

#[test]
fn outreach_records_first_contact_and_moves_a_new_lead_on() {
    let by = Some(Id::from_u128(50));
    let (activity, next) = log_outreach(&lead(), call(" Intro call "), Id::from_u128(9), by, now()).unwrap();
    assert_eq!(activity.lead_id, Some(Id::from_u128(1)));
    assert_eq!((activity.kind, activity.subject.as_str(), activity.notes.as_str()), (ActivityKind::Call, "Intro call", "asked for a demo"));
    assert_eq!((activity.at, activity.owner_id, activity.done), (now(), by, true));
    assert_eq!(next.status, LeadStatus::Contacted);
    assert_eq!(next.first_contact_at, Some(now()));
    assert_eq!(next.updated_at, now());

    // A later contact keeps the first one and leaves a qualified lead qualified.
    let later = now() + Duration::hours(5);
    let qualified = Lead { status: LeadStatus::Qualified, ..next };
    let (_, again) = log_outreach(&qualified, call("Follow-up"), Id::from_u128(10), by, later).unwrap();
    assert_eq!(again.first_contact_at, Some(now()));
    assert_eq!(again.status, LeadStatus::Qualified);
}

#[test]
fn outreach_is_blocked_with_the_reason_when_consent_is_missing_or_expired() {
    let missing = Lead { channel: Channel::PurchasedList, ..lead() };
    assert_eq!(log_outreach(&missing, call("Hi"), Id::from_u128(9), None, now()).unwrap_err(), OutreachError::Blocked(ConsentProblem::Missing));
    let expired = listed(Some(day(2026, 6, 30)));
    assert_eq!(
        log_outreach(&expired, call("Hi"), Id::from_u128(9), None, now()).unwrap_err(),
        OutreachError::Blocked(ConsentProblem::Expired(day(2026, 6, 30)))
    );
    assert!(log_outreach(&listed(Some(day(2027, 1, 5))), call("Hi"), Id::from_u128(9), None, now()).is_ok());
}

#[test]
fn outreach_needs_an_open_lead_a_contact_kind_and_a_subject() {
    let closed = Lead { status: LeadStatus::Disqualified, ..lead() };
    assert_eq!(log_outreach(&closed, call("Hi"), Id::from_u128(9), None, now()).unwrap_err(), OutreachError::Closed);
    let note = OutreachInput { kind: ActivityKind::Note, ..call("Hi") };
    assert_eq!(log_outreach(&lead(), note, Id::from_u128(9), None, now()).unwrap_err(), OutreachError::NotOutreach);
    assert_eq!(log_outreach(&lead(), call("  "), Id::from_u128(9), None, now()).unwrap_err(), OutreachError::SubjectRequired);
}

#[test]
fn status_changes_need_a_reason_to_disqualify_and_never_undo_a_conversion() {
    let l = lead();
    assert_eq!(set_status(&l, LeadStatus::New, now()), Ok(None));
    let nurture = set_status(&l, LeadStatus::Nurture, now()).unwrap().unwrap();
    assert_eq!((nurture.status, nurture.updated_at), (LeadStatus::Nurture, now()));
    assert_eq!(set_status(&l, LeadStatus::Disqualified, now()), Err(StatusError::ReasonRequired));
    assert_eq!(set_status(&l, LeadStatus::Converted, now()), Err(StatusError::Converted));
    assert_eq!(disqualify(&l, "  ", now()), Err(StatusError::ReasonRequired));
    let out = disqualify(&l, " No budget ", now()).unwrap();
    assert_eq!((out.status, out.disqualify_reason.as_deref()), (LeadStatus::Disqualified, Some("No budget")));
    // Reopening clears the reason.
    let back = set_status(&out, LeadStatus::New, now()).unwrap().unwrap();
    assert_eq!((back.status, back.disqualify_reason), (LeadStatus::New, None));
    let converted = Lead { status: LeadStatus::Converted, ..lead() };
    assert_eq!(set_status(&converted, LeadStatus::New, now()), Err(StatusError::Converted));
    assert_eq!(disqualify(&converted, "x", now()), Err(StatusError::Converted));
}

#[test]
fn bulk_actions_write_only_what_changes() {
    let rep = Some(Id::from_u128(50));
    let leads = vec![
        lead(),
        Lead { id: Id::from_u128(2), owner_id: rep, ..lead() },
        Lead { id: Id::from_u128(3), status: LeadStatus::Converted, ..lead() },
    ];
    let a = bulk_assign(&leads, rep, now());
    assert_eq!(a.changed.iter().map(|l| l.id.as_u128()).collect::<Vec<_>>(), vec![1, 3]);
    assert!(a.changed.iter().all(|l| l.owner_id == rep && l.updated_at == now()));
    assert_eq!((a.unchanged, a.refused), (1, 0));
    let s = bulk_status(&leads, LeadStatus::Qualified, now());
    assert_eq!(s.changed.iter().map(|l| l.id.as_u128()).collect::<Vec<_>>(), vec![1, 2]);
    assert_eq!((s.unchanged, s.refused), (0, 1));
    let back = bulk_assign(&leads, None, now());
    assert_eq!(back.changed.iter().map(|l| l.id.as_u128()).collect::<Vec<_>>(), vec![2]);
}

#[test]
fn notes_are_written_only_when_they_change() {
    let l = lead();
    assert_eq!(set_notes(&l, "  \n", now()), None);
    assert_eq!(set_notes(&l, "Met at the fair\n", now()).map(|x| x.notes), Some("Met at the fair".to_string()));
    assert_eq!(assign(&l, None, now()), None);
}
