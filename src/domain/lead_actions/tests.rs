use super::*;
use crate::domain::leads::{new_lead, AssignmentSettings, Via};
use crate::domain::{Channel, OrgLevel, OrgUnit, Person, Role};
use chrono::{Duration, TimeZone, Utc};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

fn lead() -> Lead {
    Lead { email: "zw@example.cn".into(), ..new_lead(Id::from_u128(1), "Zhang Wei", Channel::WebForm, now() - Duration::days(2)) }
}

fn rep(n: u128, unit: Option<Id>) -> Person {
    Person {
        external_id: None,
        id: Id::from_u128(n),
        created_at: now(),
        updated_at: now(),
        name: format!("Rep {n}"),
        role: Role::Rep,
        title: String::new(),
        email: String::new(),
        phone: String::new(),
        manager_id: None,
        org_unit_id: unit,
        specialties: vec![],
        available: true,
        active: true,
    }
}

fn shanghai() -> OrgUnit {
    OrgUnit { id: Id::from_u128(90), created_at: now(), updated_at: now(), name: "Shanghai".into(), level: OrgLevel::City, parent_id: None }
}

#[test]
fn status_changes_need_a_reason_to_disqualify_and_never_undo_a_conversion() {
    let l = lead();
    assert_eq!(set_status(&l, LeadStatus::New, now()), Ok(None));
    let nurture = set_status(&l, LeadStatus::Nurture, now()).unwrap().unwrap();
    assert_eq!((nurture.status, nurture.updated_at), (LeadStatus::Nurture, now()));
    assert_eq!(set_status(&l, LeadStatus::Disqualified, now()), Err(StatusError::ReasonRequired));
    assert_eq!(set_status(&l, LeadStatus::Converted, now()), Err(StatusError::Converted));
    // Reopening a disqualified lead clears the reason.
    let out = Lead { status: LeadStatus::Disqualified, disqualify_reason: Some("No budget".into()), ..lead() };
    let back = set_status(&out, LeadStatus::New, now()).unwrap().unwrap();
    assert_eq!((back.status, back.disqualify_reason), (LeadStatus::New, None));
    let converted = Lead { status: LeadStatus::Converted, ..lead() };
    assert_eq!(set_status(&converted, LeadStatus::New, now()), Err(StatusError::Converted));
}

#[test]
fn notes_are_written_only_when_they_change() {
    let l = lead();
    assert_eq!(set_notes(&l, "  \n", now()), None);
    assert_eq!(set_notes(&l, "Met at the fair\n", now()).map(|x| x.notes), Some("Met at the fair".to_string()));
}

#[test]
fn a_new_lead_keeps_the_owner_chosen_on_the_form_with_a_history_entry() {
    let people = [rep(10, None)];
    let settings = AssignmentSettings::default();
    let mut assigner = Assigner::new(&settings, &people, &[], &[]);
    let chosen = Lead { owner_id: Some(Id::from_u128(10)), ..lead() };
    let by = Some(Id::from_u128(77));
    let (saved, pick) = assign_new(chosen, &mut assigner, by, now());
    assert_eq!(pick, None);
    assert_eq!(saved.owner_id, Some(Id::from_u128(10)));
    let h = &saved.assignment_history;
    assert_eq!(h.len(), 1);
    assert_eq!((h[0].from, h[0].to, h[0].by, h[0].automatic, h[0].at), (None, Some(Id::from_u128(10)), by, false, now()));
}

#[test]
fn a_new_lead_without_owner_goes_round_robin_or_waits_unassigned() {
    let unit = shanghai();
    let people = [rep(10, Some(unit.id)), rep(11, Some(unit.id))];
    let settings = AssignmentSettings { by_territory: true, ..AssignmentSettings::default() };
    let mut assigner = Assigner::new(&settings, &people, std::slice::from_ref(&unit), &[]);
    let local = |n: u128| Lead { id: Id::from_u128(n), city: "Shanghai".into(), ..lead() };
    let (a, pick_a) = assign_new(local(1), &mut assigner, None, now());
    let (b, _) = assign_new(local(2), &mut assigner, None, now());
    assert_eq!((a.owner_id, b.owner_id), (Some(Id::from_u128(10)), Some(Id::from_u128(11))));
    assert_eq!(pick_a.map(|p| p.via), Some(Via::Territory { specialists: false }));
    assert!(a.assignment_history[0].automatic);
    // Nobody covers Beijing: the lead waits, unchanged.
    let far = Lead { city: "Beijing".into(), ..lead() };
    assert_eq!(assign_new(far.clone(), &mut assigner, None, now()), (far, None));
}

#[test]
fn an_owner_changed_on_the_form_is_kept_in_the_history() {
    let before = Lead { owner_id: Some(Id::from_u128(10)), ..lead() };
    let edited = Lead { owner_id: Some(Id::from_u128(11)), title: "CFO".into(), ..before.clone() };
    let saved = owner_edit(&before, edited, Some(Id::from_u128(77)), now());
    assert_eq!((saved.owner_id, saved.title.as_str()), (Some(Id::from_u128(11)), "CFO"));
    let h = &saved.assignment_history;
    assert_eq!((h.len(), h[0].from, h[0].to), (1, Some(Id::from_u128(10)), Some(Id::from_u128(11))));
    // Unchanged owner: no entry. Closed leads keep theirs.
    assert!(owner_edit(&before, before.clone(), None, now()).assignment_history.is_empty());
    let closed = Lead { status: LeadStatus::Converted, ..before.clone() };
    let kept = owner_edit(&closed, Lead { owner_id: None, ..closed.clone() }, None, now());
    assert_eq!(kept.owner_id, Some(Id::from_u128(10)));
}

#[test]
fn bulk_actions_write_only_what_changes_and_keep_history() {
    let owner = Some(Id::from_u128(50));
    let by = Some(Id::from_u128(77));
    let leads = vec![
        lead(),
        Lead { id: Id::from_u128(2), owner_id: owner, ..lead() },
        Lead { id: Id::from_u128(3), status: LeadStatus::Converted, ..lead() },
    ];
    let a = bulk_assign(&leads, owner, by, now());
    assert_eq!(a.changed.iter().map(|l| l.id.as_u128()).collect::<Vec<_>>(), vec![1]);
    assert_eq!(a.changed[0].assignment_history[0].by, by);
    assert_eq!((a.unchanged, a.refused), (1, 1));
    let s = bulk_status(&leads, LeadStatus::Qualified, now());
    assert_eq!(s.changed.iter().map(|l| l.id.as_u128()).collect::<Vec<_>>(), vec![1, 2]);
    assert_eq!((s.unchanged, s.refused), (0, 1));
}

#[test]
fn bulk_auto_assign_hands_out_unassigned_leads_in_turn() {
    let unit = shanghai();
    let people = [rep(10, Some(unit.id)), rep(11, Some(unit.id))];
    let settings = AssignmentSettings { by_territory: true, ..AssignmentSettings::default() };
    let mut assigner = Assigner::new(&settings, &people, std::slice::from_ref(&unit), &[]);
    let local = |n: u128, owner: Option<u128>| Lead { id: Id::from_u128(n), city: "Shanghai".into(), owner_id: owner.map(Id::from_u128), ..lead() };
    let leads = vec![local(1, None), local(2, Some(10)), local(3, None), Lead { id: Id::from_u128(4), ..lead() }];
    let b = bulk_auto_assign(&leads, &mut assigner, now());
    let owners: Vec<_> = b.changed.iter().map(|l| (l.id.as_u128(), l.owner_id.map(|o| o.as_u128()))).collect();
    assert_eq!(owners, vec![(1, Some(10)), (3, Some(11))]);
    assert_eq!((b.unchanged, b.refused), (1, 1));
}
