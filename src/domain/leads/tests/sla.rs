use super::*;

fn h(n: i64) -> Duration {
    Duration::hours(n)
}

#[test]
fn first_contact_due_by_grade() {
    let r = rules();
    for (l, hours) in [(hot(1), Some(2)), (warm(2), Some(24)), (lukewarm(3), Some(72)), (cold(4), None)] {
        let grade = r.score(&l, now()).grade;
        assert_eq!(r.first_contact_due(&l, grade), hours.map(|x| now() + h(x)), "{grade:?}");
    }
    assert_eq!(r.sla_state(&cold(4), now()), SlaState::Nurture);
    // Edited hours; 0 sends that grade to nurture too.
    let s = Settings { sla_hours: [1, 0, 72], ..Settings::default() };
    let r = LeadRules::new(&s);
    assert_eq!(r.first_contact_due(&hot(1), Grade::A), Some(now() + h(1)));
    assert_eq!(r.sla_state(&warm(2), now()), SlaState::Nurture);
}

#[test]
fn an_a_lead_breaches_right_after_two_hours() {
    let r = rules();
    let l = hot(1);
    let due = now() + h(2);
    assert_eq!(r.sla_state(&l, now()), SlaState::DueIn { due, left: h(2) });
    assert_eq!(r.sla_state(&l, due), SlaState::DueIn { due, left: Duration::zero() });
    let past = due + Duration::seconds(1);
    assert_eq!(r.sla_state(&l, past), SlaState::Overdue { due, by: Duration::seconds(1) });
    // Contact exactly at the due time is in time; a second later is late.
    let on_time = Lead { first_contact_at: Some(due), status: LeadStatus::Contacted, ..l.clone() };
    assert_eq!(r.sla_state(&on_time, now() + h(100)), SlaState::Met { due, contacted_at: due });
    let late = Lead { first_contact_at: Some(past), ..on_time };
    assert_eq!(
        r.sla_state(&late, now() + h(100)),
        SlaState::Late { due, contacted_at: past, by: Duration::seconds(1) }
    );
}

#[test]
fn the_grade_at_first_contact_decides_a_contacted_leads_window() {
    let r = rules();
    // An A thanks to today's engagement (a B without it); contacted after 20 hours.
    let forms = (0..6).map(|_| event(crate::domain::EngagementKind::FormSubmit, 0)).collect();
    let l = Lead { engagement: forms, first_contact_at: Some(now() + h(20)), status: LeadStatus::Contacted, ..warm(1) };
    assert_eq!(r.score(&l, now() + h(20)).grade, Grade::A);
    assert!(matches!(r.sla_state(&l, now() + Duration::days(400)), SlaState::Late { .. }));
    // Months later the engagement has faded to a B, but the verdict stands.
    assert_eq!(r.score(&l, now() + Duration::days(400)).grade, Grade::B);
}

#[test]
fn closed_and_nurture_leads_have_no_deadline() {
    let r = rules();
    for status in [LeadStatus::Converted, LeadStatus::Disqualified] {
        assert_eq!(r.sla_state(&Lead { status, ..hot(1) }, now()), SlaState::NotApplicable);
    }
    assert_eq!(r.sla_state(&Lead { status: LeadStatus::Nurture, ..hot(1) }, now()), SlaState::Nurture);
}

#[test]
fn advancing_the_clock_fills_the_overdue_queue() {
    let r = rules();
    let contacted = Lead { first_contact_at: Some(now() + h(1)), status: LeadStatus::Contacted, ..hot(3) };
    let leads = vec![warm(1), hot(2), contacted, cold(4), lukewarm(5)];
    assert_eq!(overdue_queue(&leads, &r, now() + h(2)), vec![]);
    let q = overdue_queue(&leads, &r, now() + h(25));
    assert_eq!(
        q,
        vec![
            OverdueLead { lead_id: id(2), owner_id: None, due: now() + h(2), by: h(23) },
            OverdueLead { lead_id: id(1), owner_id: None, due: now() + h(24), by: h(1) },
        ]
    );
    assert_eq!(overdue_queue(&leads, &r, now() + h(73)).len(), 3);
}

#[test]
fn follow_ups_follow_the_grade_cadence() {
    let r = rules();
    let t = now() + h(1);
    let a = Lead { first_contact_at: Some(t), last_contact_at: Some(t), status: LeadStatus::Contacted, ..hot(1) };
    assert_eq!(r.next_follow_up(&a, t), Some(t + Duration::days(7)));
    let b = Lead { first_contact_at: Some(t), status: LeadStatus::Qualified, ..warm(2) };
    assert_eq!(r.next_follow_up(&b, t), Some(t + Duration::days(30)));
    // The latest contact counts.
    let b2 = Lead { last_contact_at: Some(t + Duration::days(10)), ..b.clone() };
    assert_eq!(r.next_follow_up(&b2, t), Some(t + Duration::days(40)));
    // Nurture uses the D entry (0 by default: none); never contacted: none.
    let parked = Lead { status: LeadStatus::Nurture, ..b.clone() };
    assert_eq!(r.next_follow_up(&parked, t), None);
    assert_eq!(r.next_follow_up(&hot(3), t), None);
    let mut s = Settings::default();
    s.leads.follow_up_days[3] = 90;
    assert_eq!(LeadRules::new(&s).next_follow_up(&parked, t), Some(t + Duration::days(90)));
}

#[test]
fn reminders_list_what_a_person_has_due() {
    let r = rules();
    let me = Some(id(7));
    let t = now() - Duration::days(29);
    let leads = vec![
        Lead { owner_id: me, ..hot(1) },                             // first contact due in 2 h
        Lead { owner_id: me, ..warm(2) },                            // due in 24 h: beyond the horizon
        Lead { owner_id: Some(id(8)), ..hot(3) },                    // someone else's
        Lead { owner_id: me, created_at: now() - h(30), ..warm(4) }, // 6 h overdue
        Lead {
            owner_id: me,
            first_contact_at: Some(t),
            last_contact_at: Some(t),
            status: LeadStatus::Contacted,
            ..warm(5)
        },
    ];
    let got = reminders(&leads, &r, id(7), now(), h(12));
    assert_eq!(
        got,
        vec![
            Reminder { lead_id: id(4), kind: ReminderKind::FirstContact, due: now() - h(6), overdue: true },
            Reminder { lead_id: id(1), kind: ReminderKind::FirstContact, due: now() + h(2), overdue: false },
        ]
    );
    // A day later the follow-up (30 days after the contact) is due too.
    let got = reminders(&leads, &r, id(7), now() + h(24), h(12));
    assert!(got.contains(&Reminder {
        lead_id: id(5),
        kind: ReminderKind::FollowUp,
        due: t + Duration::days(30),
        overdue: false
    }));
}

#[test]
fn compliance_per_rep() {
    let r = rules();
    let (a, b) = (Some(id(7)), Some(id(8)));
    let contacted = |n, owner, after: i64| Lead {
        owner_id: owner,
        first_contact_at: Some(now() + h(after)),
        status: LeadStatus::Contacted,
        ..warm(n)
    };
    let leads = vec![
        contacted(1, a, 1),
        contacted(2, a, 24),
        contacted(3, a, 25),
        Lead { owner_id: a, ..warm(4) },                            // overdue at +30 h
        Lead { owner_id: b, created_at: now() + h(20), ..warm(5) }, // still within its window
        Lead { owner_id: b, ..cold(6) },                            // nurture: not counted
        contacted(7, None, 1),                                      // unassigned: not counted
    ];
    let got = sla_compliance(&leads, &r, now() + h(30));
    assert_eq!(got, vec![RepSla { person_id: id(7), met: 2, late: 1, overdue: 1 }]);
    assert_eq!((got[0].measured(), got[0].percent()), (4, Some(50)));
    let third = RepSla { person_id: id(9), met: 1, late: 2, overdue: 0 };
    assert_eq!(third.percent(), Some(33));
    assert_eq!(RepSla { met: 2, late: 1, ..third }.percent(), Some(67));
    assert_eq!(RepSla { met: 0, late: 0, ..third }.percent(), None);
}

#[test]
fn extreme_dates_do_not_panic() {
    let r = rules();
    let end = chrono::DateTime::<chrono::Utc>::MAX_UTC;
    let l = Lead { created_at: end, owner_id: Some(id(1)), ..hot(1) };
    assert_eq!(r.first_contact_due(&l, Grade::A), Some(end));
    let c = Lead { first_contact_at: Some(end), last_contact_at: Some(end), status: LeadStatus::Contacted, ..warm(2) };
    assert_eq!(r.next_follow_up(&c, now()), Some(end));
    let got = reminders(&[l], &r, id(1), end, h(24));
    assert_eq!(got.iter().map(|x| (x.due, x.overdue)).collect::<Vec<_>>(), vec![(end, false)]);
}

#[test]
fn a_list_row_view_agrees_with_the_single_rules() {
    let r = rules();
    let t = now() + h(1);
    let leads = [hot(1), warm(2), cold(3), Lead { first_contact_at: Some(t), status: LeadStatus::Contacted, ..hot(4) }];
    for at in [now(), now() + h(30), now() + Duration::days(40)] {
        for l in &leads {
            let v = r.view(l, at);
            assert_eq!((v.score, v.sla, v.next_follow_up), (r.score(l, at), r.sla_state(l, at), r.next_follow_up(l, at)));
        }
    }
}
