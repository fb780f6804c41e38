use chrono::NaiveDate;

use super::*;
use crate::domain::{ActivityKind, Consent};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn listed(expires_on: Option<NaiveDate>) -> Lead {
    let consent =
        Consent { vendor: "企商数据".into(), acquired_on: day(1, 5), basis: "书面同意".into(), expires_on };
    Lead { channel: Channel::PurchasedList, consent: Some(consent), owner_id: Some(id(7)), ..lead(1) }
}

fn call() -> OutreachInput {
    OutreachInput { kind: OutreachKind::Call, subject: " 首次电话 ".into(), notes: "".into() }
}

#[test]
fn consent_expiry_blocks_outreach_by_the_app_clock() {
    // Valid through 27 November (today), blocked from the 28th.
    let l = listed(Some(day(11, 27)));
    assert_eq!(outreach_block(&l, now()), None);
    let end_of_day = now() + Duration::hours(14) + Duration::minutes(59);
    assert_eq!(outreach_block(&l, end_of_day), None);
    let tomorrow = now() + Duration::hours(15);
    assert_eq!(outreach_block(&l, tomorrow), Some(OutreachBlock::ConsentExpired { on: day(11, 27) }));
    assert_eq!(
        log_outreach(&l, &call(), id(90), None, tomorrow),
        Err(OutreachError::Blocked(OutreachBlock::ConsentExpired { on: day(11, 27) }))
    );
    assert!(log_outreach(&l, &call(), id(90), None, now()).is_ok());
}

#[test]
fn missing_consent_or_basis_blocks_list_leads_only() {
    let none = Lead { consent: None, ..listed(None) };
    assert_eq!(outreach_block(&none, now()), Some(OutreachBlock::ConsentMissing));
    assert_eq!(
        log_outreach(&none, &call(), id(90), None, now()),
        Err(OutreachError::Blocked(OutreachBlock::ConsentMissing))
    );
    let mut blank = listed(None);
    if let Some(c) = blank.consent.as_mut() {
        c.basis = "  ".into();
    }
    assert_eq!(outreach_block(&blank, now()), Some(OutreachBlock::ConsentBasisMissing));
    // No expiry date: does not lapse.
    assert_eq!(outreach_block(&listed(None), now() + Duration::days(3_000)), None);
    // A web-form lead came to us: no consent record needed.
    assert_eq!(outreach_block(&lead(2), now()), None);
}

#[test]
fn logging_outreach_records_first_and_last_contact() {
    let l = listed(Some(day(12, 31)));
    let out = log_outreach(&l, &call(), id(90), Some(id(3)), now()).unwrap();
    assert_eq!(out.lead.first_contact_at, Some(now()));
    assert_eq!(out.lead.last_contact_at, Some(now()));
    assert_eq!((out.lead.status, out.lead.updated_at), (LeadStatus::Contacted, now()));
    let a = &out.activity;
    assert_eq!((a.id, a.kind, a.subject.as_str(), a.at, a.done), (id(90), ActivityKind::Call, "首次电话", now(), true));
    assert_eq!((a.lead_id, a.owner_id, a.deal_id), (Some(id(1)), Some(id(3)), None));

    let later = now() + Duration::days(3);
    let visit =
        OutreachInput { kind: OutreachKind::Visit, subject: "上门拜访".into(), notes: " 带样品 ".into() };
    let again = log_outreach(&out.lead, &visit, id(91), None, later).unwrap();
    assert_eq!(again.lead.first_contact_at, Some(now()));
    assert_eq!(again.lead.last_contact_at, Some(later));
    assert_eq!((again.activity.kind, again.activity.notes.as_str()), (ActivityKind::Visit, "带样品"));
    assert_eq!(again.activity.owner_id, Some(id(7)), "the lead's owner when nobody is acting");
    assert_eq!(again.records().len(), 2);
    // A qualified lead stays qualified.
    let q = Lead { status: LeadStatus::Qualified, ..lead(3) };
    assert_eq!(log_outreach(&q, &call(), id(92), None, now()).unwrap().lead.status, LeadStatus::Qualified);
}

#[test]
fn outreach_needs_a_subject_and_an_open_lead() {
    let blank = OutreachInput { subject: " ".into(), ..call() };
    assert_eq!(log_outreach(&lead(1), &blank, id(90), None, now()), Err(OutreachError::SubjectRequired));
    for status in [LeadStatus::Converted, LeadStatus::Disqualified] {
        let l = Lead { status, ..lead(1) };
        assert_eq!(log_outreach(&l, &call(), id(90), None, now()), Err(OutreachError::Closed));
    }
}

#[test]
fn lead_form_checks_report_everything_at_once() {
    assert_eq!(check_lead(&lead(1)), vec![]);
    let mut bad = Lead {
        name: " ".into(),
        email: "li at hx".into(),
        budget: Some(crate::domain::Money::cny(-1)),
        ..listed(Some(day(1, 1)))
    };
    bad.channel_detail = String::new();
    if let Some(c) = bad.consent.as_mut() {
        c.vendor = " ".into();
    }
    assert_eq!(
        check_lead(&bad),
        vec![
            LeadError::NameRequired,
            LeadError::EmailInvalid,
            LeadError::ChannelDetailRequired,
            LeadError::ConsentVendorRequired,
            LeadError::ConsentExpiresBeforeAcquired,
            LeadError::BudgetNegative,
        ]
    );
    // A list lead without consent can be saved; outreach is what it blocks.
    let unconsented = Lead { consent: None, channel_detail: "企商数据".into(), ..listed(None) };
    assert_eq!(check_lead(&unconsented), vec![]);
    let event = Lead { channel: Channel::TradeShow, ..lead(2) };
    assert_eq!(check_lead(&event), vec![LeadError::ChannelDetailRequired]);
}
