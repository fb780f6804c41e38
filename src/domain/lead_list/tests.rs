use super::*;
use crate::domain::lead_form::{validate_lead, LeadInput, Target};
use crate::domain::leads::LeadRules;
use crate::domain::{Currency, Money, Settings, Timestamp};
use chrono::{Duration, TimeZone, Utc};

fn t0() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap()
}

fn lead(id: u128, name: &str, company: &str, phone: &str, day: i64) -> Lead {
    let input = LeadInput { name: name.into(), company: company.into(), phone: phone.into(), ..LeadInput::default() };
    validate_lead(&input, Target::New(Id::from_u128(id)), &[], Currency::CNY, t0() + Duration::days(day)).unwrap()
}

fn sample() -> Vec<Lead> {
    vec![
        Lead { status: LeadStatus::Qualified, owner_id: Some(Id::from_u128(20)), channel: Channel::Seo, ..lead(1, "Zhang Wei", "Huaxin", "138 0000 1234", 3) },
        Lead { status: LeadStatus::Converted, owner_id: Some(Id::from_u128(21)), ..lead(2, "li na", "Acme", "021-5555-0000", 1) },
        Lead { status: LeadStatus::Disqualified, channel: Channel::Seo, ..lead(3, "Chen Jie", "Qihang", "13912345678", 2) },
        Lead { email: "wang@huaxin.cn".into(), ..lead(4, "Wang Fang", "", "12345", 4) },
    ]
}

fn views(leads: &[Lead]) -> Vec<LeadView> {
    let rules = LeadRules::new(&Settings::default());
    leads.iter().map(|l| rules.view(l, t0() + Duration::days(10))).collect()
}

fn kept(f: &LeadFilter, leads: &[Lead]) -> Vec<u128> {
    let views = views(leads);
    leads.iter().zip(&views).filter(|(l, v)| f.matches(l, v)).map(|(l, _)| l).map(|l| l.id.as_u128()).collect()
}

#[test]
fn an_empty_filter_keeps_everything() {
    assert_eq!(kept(&LeadFilter::default(), &sample()), vec![1, 2, 3, 4]);
}

#[test]
fn status_channel_and_owner_filter() {
    let leads = sample();
    assert_eq!(kept(&LeadFilter { status: StatusFilter::Open, ..Default::default() }, &leads), vec![1, 4]);
    assert_eq!(kept(&LeadFilter { status: StatusFilter::Is(LeadStatus::Converted), ..Default::default() }, &leads), vec![2]);
    assert_eq!(kept(&LeadFilter { channel: Some(Channel::Seo), ..Default::default() }, &leads), vec![1, 3]);
    assert_eq!(kept(&LeadFilter { owner: OwnerFilter::Unassigned, ..Default::default() }, &leads), vec![3, 4]);
    assert_eq!(kept(&LeadFilter { owner: OwnerFilter::Person(Id::from_u128(21)), ..Default::default() }, &leads), vec![2]);
    let both = LeadFilter { channel: Some(Channel::Seo), status: StatusFilter::Open, ..Default::default() };
    assert_eq!(kept(&both, &leads), vec![1]);
}

#[test]
fn text_searches_name_company_email_and_phone_ignoring_case() {
    let leads = sample();
    let text = |s: &str| kept(&LeadFilter { text: s.into(), ..Default::default() }, &leads);
    assert_eq!(text("LI NA"), vec![2]);
    assert_eq!(text(" huaxin "), vec![1, 4]);
    assert_eq!(text("wang@"), vec![4]);
    // Phone numbers match with or without their separators.
    assert_eq!(text("021-5555"), vec![2]);
    assert_eq!(text("0215555"), vec![2]);
    assert_eq!(text("138-0000-1234"), vec![1]);
    assert_eq!(text("nobody"), Vec::<u128>::new());
    // A match cannot run from one field into the next.
    assert_eq!(text("weihuaxin"), Vec::<u128>::new());
}

#[test]
fn sorting_is_by_the_chosen_column_with_a_stable_tie_break() {
    let leads = sample();
    let names = |o: &[u32]| o.iter().map(|&i| leads[i as usize].id.as_u128()).collect::<Vec<_>>();
    let owner = |id: Id| match id.as_u128() {
        20 => Some("Zhou"),
        21 => Some("An"),
        _ => None,
    };
    assert_eq!(names(&sort_order(&leads, &[], SortKey::Name, true, owner)), vec![3, 4, 1, 2]);
    assert_eq!(names(&sort_order(&leads, &[], SortKey::Name, false, owner)), vec![2, 1, 4, 3]);
    assert_eq!(names(&sort_order(&leads, &[], SortKey::Company, true, owner)), vec![4, 2, 1, 3]);
    assert_eq!(names(&sort_order(&leads, &[], SortKey::Created, false, owner)), vec![4, 1, 3, 2]);
    assert_eq!(names(&sort_order(&leads, &[], SortKey::Status, true, owner)), vec![4, 1, 2, 3]);
    // Channel ties fall back to creation time: SEO (3 then 1), web form (2 then 4).
    assert_eq!(names(&sort_order(&leads, &[], SortKey::Channel, true, owner)), vec![3, 1, 2, 4]);
    // Unassigned leads come after every owner, whichever the direction.
    assert_eq!(names(&sort_order(&leads, &[], SortKey::Owner, true, owner)), vec![2, 1, 3, 4]);
    assert_eq!(names(&sort_order(&leads, &[], SortKey::Owner, false, owner)), vec![1, 2, 4, 3]);
}

#[test]
fn sort_keys_round_trip_through_their_slugs() {
    for k in SortKey::ALL {
        assert_eq!(SortKey::from_slug(k.slug()), Some(k));
    }
    assert_eq!(SortKey::from_slug("grade"), None);
}

#[test]
fn status_and_channel_lists_follow_the_enum_order() {
    for (i, s) in STATUSES.iter().enumerate() {
        assert_eq!(*s as usize, i);
    }
    for (i, c) in CHANNELS.iter().enumerate() {
        assert_eq!(*c as usize, i);
    }
}

/// Fit, authority and budget/timeline all 100, no engagement: 80, an A.
fn hot(l: Lead) -> Lead {
    Lead {
        industry: "制造业".into(),
        employees: Some(300),
        budget: Some(Money::cny(25_000_000)),
        timeline_months: Some(2),
        title: "总经理".into(),
        ..l
    }
}

#[test]
fn grade_and_sla_filters_and_sorts_use_the_scored_view() {
    let mut leads = sample();
    leads[3] = hot(leads[3].clone());
    // Contacted while a D: no first-contact deadline applied (nurture).
    leads[0].first_contact_at = Some(t0() + Duration::days(3) + Duration::hours(1));
    let v = views(&leads);
    assert_eq!(v[3].score.grade, Grade::A);
    assert!(matches!(v[3].sla, SlaState::Overdue { .. }));
    let only = |f: LeadFilter| kept(&f, &leads);
    assert_eq!(only(LeadFilter { grade: Some(Grade::A), ..Default::default() }), vec![4]);
    assert_eq!(only(LeadFilter { grade: Some(Grade::D), ..Default::default() }), vec![1, 2, 3]);
    assert_eq!(only(LeadFilter { sla: Some(SlaFilter::Overdue), ..Default::default() }), vec![4]);
    assert_eq!(only(LeadFilter { sla: Some(SlaFilter::Nurture), ..Default::default() }), vec![1]);
    assert_eq!(only(LeadFilter { sla: Some(SlaFilter::Waiting), ..Default::default() }), Vec::<u128>::new());
    assert!(LeadFilter { sla: Some(SlaFilter::Met), ..Default::default() }.needs_view());
    assert!(!LeadFilter::default().needs_view());

    let ids = |o: Vec<u32>| o.iter().map(|&i| leads[i as usize].id.as_u128()).collect::<Vec<_>>();
    assert_eq!(ids(sort_order(&leads, &v, SortKey::Score, false, |_| None))[0], 4);
    // Most urgent first: the overdue A, then nurture, then closed leads oldest first.
    assert_eq!(ids(sort_order(&leads, &v, SortKey::Sla, true, |_| None)), vec![4, 1, 2, 3]);
    // Without scores the score and SLA keys list newest first.
    assert_eq!(ids(sort_order(&leads, &[], SortKey::Sla, true, |_| None)), vec![4, 1, 3, 2]);
}
