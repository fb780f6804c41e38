use super::*;
use crate::domain::{LeadStatus, Role};
use chrono::{TimeZone, Utc};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

fn rep(id: u128) -> Person {
    Person {
        external_id: None,
        id: Id::from_u128(id),
        created_at: now(),
        updated_at: now(),
        name: format!("Rep {id}"),
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

fn form(name: &str, email: &str) -> LeadInput {
    LeadInput { name: name.into(), email: email.into(), ..LeadInput::default() }
}

fn check(input: &LeadInput) -> Result<Lead, Vec<LeadError>> {
    validate_lead(input, Target::New(Id::from_u128(7)), &[rep(1)], Currency::CNY, now())
}

fn purchased() -> LeadInput {
    LeadInput {
        channel: Channel::PurchasedList,
        vendor: " BizData Ltd. ".into(),
        acquired_on: "2026-03-01".into(),
        basis: "Vendor-documented opt-in".into(),
        expires_on: "2027-03-01".into(),
        ..form("Li Lei", "li.lei@example.cn")
    }
}

#[test]
fn a_quick_add_becomes_a_new_unassigned_lead() {
    let (email, phone) = split_contact(" 138 0000 1234 ");
    let input = LeadInput { company: " Huaxin ".into(), email, phone, ..form(" Zhang Wei ", "") };
    let lead = check(&input).unwrap();
    assert_eq!(lead.id, Id::from_u128(7));
    assert_eq!((lead.name.as_str(), lead.company.as_str()), ("Zhang Wei", "Huaxin"));
    assert_eq!((lead.email.as_str(), lead.phone.as_str()), ("", "138 0000 1234"));
    assert_eq!(lead.status, LeadStatus::New);
    assert_eq!(lead.owner_id, None);
    assert_eq!((lead.created_at, lead.updated_at), (now(), now()));
    assert_eq!(lead.consent, None);
}

#[test]
fn split_contact_tells_addresses_from_numbers() {
    assert_eq!(split_contact(" a@b.cn "), ("a@b.cn".to_string(), String::new()));
    assert_eq!(split_contact("+86 21 5555 0000"), (String::new(), "+86 21 5555 0000".to_string()));
}

#[test]
fn name_and_a_way_to_reach_them_are_required() {
    assert_eq!(check(&form("  ", "")).unwrap_err(), vec![LeadError::NameRequired, LeadError::ContactRequired]);
}

#[test]
fn bad_email_phone_and_numbers_are_each_named() {
    let input = LeadInput {
        phone: "call me".into(),
        employees: "12.5".into(),
        budget: "-3".into(),
        timeline_months: "121".into(),
        owner_id: Some(Id::from_u128(99)),
        ..form("Zhang Wei", "zhang(at)example")
    };
    assert_eq!(
        check(&input).unwrap_err(),
        vec![
            LeadError::EmailInvalid,
            LeadError::PhoneInvalid,
            LeadError::EmployeesInvalid,
            LeadError::BudgetInvalid,
            LeadError::TimelineInvalid,
            LeadError::OwnerUnknown
        ]
    );
}

#[test]
fn numbers_budget_and_owner_are_stored_typed() {
    let input = LeadInput {
        employees: "250".into(),
        budget: "1,200,000".into(),
        timeline_months: "6".into(),
        owner_id: Some(Id::from_u128(1)),
        ..form("Zhang Wei", "zw@example.cn")
    };
    let lead = check(&input).unwrap();
    assert_eq!(lead.employees, Some(250));
    assert_eq!(lead.budget, Some(Money::new(120_000_000, Currency::CNY)));
    assert_eq!(lead.timeline_months, Some(6));
    assert_eq!(lead.owner_id, Some(Id::from_u128(1)));
}

#[test]
fn phones_are_checked_loosely() {
    for ok in ["138 0000 1234", "+86 (21) 5555-0000", "021－5555 0000", "12345"] {
        assert!(is_plausible_phone(ok), "{ok}");
    }
    for bad in ["1234", "phone", "138 0000 1234 ext", "123456789012345678901"] {
        assert!(!is_plausible_phone(bad), "{bad}");
    }
}

#[test]
fn referrals_name_the_partner_and_events_the_event() {
    let partner = LeadInput { channel: Channel::PartnerReferral, ..form("A", "a@b.cn") };
    assert_eq!(check(&partner).unwrap_err(), vec![LeadError::PartnerRequired]);
    let lead = check(&LeadInput { channel_detail: " Vista Consulting ".into(), ..partner }).unwrap();
    assert_eq!(lead.channel_detail, "Vista Consulting");

    let event = LeadInput { channel: Channel::TradeShow, ..form("A", "a@b.cn") };
    assert_eq!(check(&event).unwrap_err(), vec![LeadError::EventRequired]);
    // Online channels may say more, but need not.
    assert!(check(&LeadInput { channel: Channel::Seo, ..form("A", "a@b.cn") }).is_ok());
}

#[test]
fn a_purchased_list_lead_records_vendor_date_basis_and_expiry() {
    let lead = check(&purchased()).unwrap();
    let consent = lead.consent.unwrap();
    assert_eq!(consent.vendor, "BizData Ltd.");
    assert_eq!(consent.acquired_on, NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
    assert_eq!(consent.basis, "Vendor-documented opt-in");
    assert_eq!(consent.expires_on, NaiveDate::from_ymd_opt(2027, 3, 1));
    assert_eq!(lead.channel_detail, "BizData Ltd.");
}

#[test]
fn a_purchased_list_lead_needs_every_consent_field() {
    let input = LeadInput { vendor: " ".into(), acquired_on: "".into(), basis: "".into(), expires_on: "".into(), ..purchased() };
    assert_eq!(
        check(&input).unwrap_err(),
        vec![LeadError::VendorRequired, LeadError::AcquiredRequired, LeadError::BasisRequired, LeadError::ExpiryRequired]
    );
}

#[test]
fn consent_dates_must_parse_be_past_and_in_order() {
    let bad = LeadInput { acquired_on: "2026-13-01".into(), expires_on: "soon".into(), ..purchased() };
    assert_eq!(check(&bad).unwrap_err(), vec![LeadError::AcquiredInvalid, LeadError::ExpiryInvalid]);
    let future = LeadInput { acquired_on: "2026-11-28".into(), expires_on: "2027-11-28".into(), ..purchased() };
    assert_eq!(check(&future).unwrap_err(), vec![LeadError::AcquiredInFuture]);
    let today = LeadInput { acquired_on: "2026-11-27".into(), ..purchased() };
    assert!(check(&today).is_ok());
    let reversed = LeadInput { expires_on: "2026-02-28".into(), ..purchased() };
    assert_eq!(check(&reversed).unwrap_err(), vec![LeadError::ExpiryBeforeAcquired]);
    // Already expired is a fact about the list, stored as such.
    let expired = LeadInput { acquired_on: "2024-01-01".into(), expires_on: "2025-01-01".into(), ..purchased() };
    assert!(check(&expired).is_ok());
}

#[test]
fn leaving_the_purchased_list_channel_drops_the_consent_record() {
    let lead = check(&purchased()).unwrap();
    let mut input = LeadInput::from_lead(&lead);
    input.channel = Channel::WebForm;
    let edited = validate_lead(&input, Target::Edit(&lead), &[], Currency::CNY, now()).unwrap();
    assert_eq!(edited.consent, None);
    assert_eq!(edited.channel_detail, "");
}

#[test]
fn editing_keeps_id_status_history_and_creation_time() {
    let created = check(&LeadInput { employees: "40".into(), budget: "1200.5".into(), ..purchased() }).unwrap();
    let mut stored = created.clone();
    stored.status = LeadStatus::Qualified;
    stored.first_contact_at = Some(now());
    let later = now() + chrono::Duration::days(3);
    let input = LeadInput::from_lead(&stored);
    assert_eq!(input.employees, "40");
    assert_eq!(input.budget, "1200.50");
    assert_eq!(input.acquired_on, "2026-03-01");
    let edited = validate_lead(&LeadInput { title: "CFO".into(), ..input }, Target::Edit(&stored), &[], Currency::CNY, later).unwrap();
    assert_eq!(edited.id, stored.id);
    assert_eq!(edited.created_at, now());
    assert_eq!(edited.updated_at, later);
    assert_eq!(edited.status, LeadStatus::Qualified);
    assert_eq!(edited.first_contact_at, Some(now()));
    assert_eq!(edited.title, "CFO");
    assert_eq!(Lead { title: String::new(), updated_at: now(), ..edited }, stored);
}
