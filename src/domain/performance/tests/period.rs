use chrono::NaiveDate;

use super::*;
use crate::domain::performance::period::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn months_quarters_and_years_cover_their_days() {
    let feb = ReportPeriod::month(2024, 2).unwrap();
    assert_eq!((feb.start, feb.end, feb.days()), (d(2024, 2, 1), d(2024, 2, 29), 29)); // leap year
    let q4 = ReportPeriod::quarter(2026, 4).unwrap();
    assert_eq!((q4.start, q4.end), (d(2026, 10, 1), d(2026, 12, 31)));
    assert_eq!(q4.months(), vec![(2026, 10), (2026, 11), (2026, 12)]);
    assert_eq!(ReportPeriod::year(2026).unwrap().days(), 365);
    assert!(ReportPeriod::quarter(2026, 5).is_none());
    assert!(ReportPeriod::month(2026, 13).is_none());
    assert!(ReportPeriod::custom(d(2026, 3, 2), d(2026, 3, 1)).is_none());
}

#[test]
fn previous_period_is_the_same_kind_just_before() {
    let jan = ReportPeriod::month(2026, 1).unwrap().previous().unwrap();
    assert_eq!((jan.start, jan.end), (d(2025, 12, 1), d(2025, 12, 31)));
    let q1 = ReportPeriod::quarter(2026, 1).unwrap().previous().unwrap();
    assert_eq!((q1.start, q1.end, q1.kind), (d(2025, 10, 1), d(2025, 12, 31), PeriodKind::Quarter));
    let y = ReportPeriod::year(2025).unwrap().previous().unwrap();
    assert_eq!((y.start, y.end), (d(2024, 1, 1), d(2024, 12, 31)));
    // 10 days, 2026-03-05..=14 → the 10 days before: 02-23..=03-04 (2026 is not leap).
    let c = ReportPeriod::custom(d(2026, 3, 5), d(2026, 3, 14)).unwrap().previous().unwrap();
    assert_eq!((c.start, c.end), (d(2026, 2, 23), d(2026, 3, 4)));
}

#[test]
fn timestamps_fall_in_by_utc_date() {
    let nov = ReportPeriod::month(2026, 11).unwrap();
    assert!(nov.contains_at(at(2026, 11, 30, 23)));
    assert!(!nov.contains_at(at(2026, 12, 1, 0)));
    assert!(nov.contains_at(at(2026, 11, 1, 0)));
}

#[test]
fn org_unit_scope_takes_the_unit_subtree_and_reports() {
    let f = org();
    let east = scope_owners(&f.people, &f.units, Scope::OrgUnit(f.region));
    // Region manager and both reps are filed under the region or its team.
    assert_eq!(east, Owners::Only([f.manager, f.rep_a, f.rep_b].into()));
    let team = scope_owners(&f.people, &f.units, Scope::OrgUnit(f.team));
    assert_eq!(team, Owners::Only([f.rep_a, f.rep_b].into()));
}

#[test]
fn acting_as_narrows_to_the_visible_subtree() {
    let f = org();
    // A rep acting sees only themself even at company scope.
    assert_eq!(allowed_owners(&f.people, &f.units, Scope::Company, Some(f.rep_a)), Owners::Only([f.rep_a].into()));
    // The manager sees the region; asking for another rep's figures is allowed (in subtree).
    assert_eq!(allowed_owners(&f.people, &f.units, Scope::Person(f.rep_b), Some(f.manager)), Owners::Only([f.rep_b].into()));
    // A rep asking for a colleague sees nothing.
    assert_eq!(allowed_owners(&f.people, &f.units, Scope::Person(f.rep_b), Some(f.rep_a)), Owners::Only([].into()));
    // The director (functional role) sees everything, unowned records included.
    let all = allowed_owners(&f.people, &f.units, Scope::Company, Some(f.director));
    assert!(all.admits(None) && all.admits(Some(f.rep_b)));
}

#[test]
fn levels_offer_what_the_acting_person_may_see() {
    use crate::domain::performance::levels::levels;
    let f = org();
    let scopes = |acting| levels(&f.people, &f.units, acting).into_iter().map(|l| (l.scope, l.depth)).collect::<Vec<_>>();
    // Nobody acting: company, region (depth 1) and its team (depth 2), then every person by name.
    assert_eq!(
        scopes(None),
        vec![
            (Scope::Company, 0),
            (Scope::OrgUnit(f.region), 1),
            (Scope::OrgUnit(f.team), 2),
            (Scope::Person(f.director), 1),
            (Scope::Person(f.manager), 1),
            (Scope::Person(f.rep_a), 1),
            (Scope::Person(f.rep_b), 1),
        ]
    );
    // A rep sees the units that hold them, and only themself among people.
    assert_eq!(scopes(Some(f.rep_a)), vec![(Scope::Company, 0), (Scope::OrgUnit(f.region), 1), (Scope::OrgUnit(f.team), 2), (Scope::Person(f.rep_a), 1)]);
}
