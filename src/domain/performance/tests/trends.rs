//! Monthly figures and dashboard roles on the hand-made data set (`data.rs`).

use std::collections::HashSet;

use super::data::{now, workspace, A};
use super::*;
use crate::domain::performance::roles::{default_role, reps, unit_groups, DashRole};
use crate::domain::performance::trends::{monthly_revenue, monthly_targets, running_total};
use crate::domain::performance::{Book, Ctx, Owners, ReportPeriod, Scope};

#[test]
fn revenue_and_targets_per_month() {
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::quarter(2026, 4).unwrap(), now());
    let all = book.select(&Owners::All);
    let months = monthly_revenue(&cx, &all);
    let got: Vec<(u32, i64, Vec<_>)> = months.iter().map(|m| (m.month, m.minor, m.records.clone())).collect();
    // October: 207 ¥7,000. November: 201 ¥10,000 + 202 ¥30,000 + 204
    // ¥20,000 = ¥60,000 (205 is USD: listed, not summed). December: nothing.
    assert_eq!(
        got,
        vec![(10, 700_000, vec![id(207)]), (11, 6_000_000, vec![id(201), id(202), id(204), id(205)]), (12, 0, vec![])]
    );
    // The monthly sums add up to the quarter's revenue KPI.
    let total: i64 = months.iter().map(|m| m.minor).sum();
    assert_eq!(Some(total as f64), crate::domain::performance::sales::revenue(&cx, &all).value);
    // Company: ¥100,000 each month; rep A: ¥80,000 for November only.
    assert_eq!(monthly_targets(&cx, Scope::Company), vec![Some(10_000_000); 3]);
    assert_eq!(monthly_targets(&cx, Scope::Person(id(A))), vec![None, Some(8_000_000), None]);
    // A month period has one month.
    let nov = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    assert_eq!(monthly_revenue(&nov, &all).len(), 1);
}

#[test]
fn running_total_skips_gaps() {
    assert_eq!(running_total(&[None, Some(5), None, Some(2)]), vec![None, Some(5), Some(5), Some(7)]);
    assert_eq!(running_total(&[]), Vec::<Option<i64>>::new());
}

#[test]
fn default_dashboard_by_who_is_acting() {
    let f = org();
    assert_eq!(default_role(&f.people, None), DashRole::Director);
    assert_eq!(default_role(&f.people, Some(f.director)), DashRole::Director);
    assert_eq!(default_role(&f.people, Some(f.manager)), DashRole::Manager);
    assert_eq!(default_role(&f.people, Some(f.rep_a)), DashRole::Rep);
    // A line manager at the top of the tree (no manager) runs the company.
    let mut top = f.people.clone();
    top[1].manager_id = None;
    assert_eq!(default_role(&top, Some(f.manager)), DashRole::Director);
    // Someone not among the people: the company view (visibility still narrows it).
    assert_eq!(default_role(&f.people, Some(id(99))), DashRole::Director);
}

#[test]
fn groups_by_region_and_reps_respect_visibility() {
    let f = org();
    // The region covers its manager and, through the team, both reps; the
    // director sits in the company unit, outside every region.
    let all = unit_groups(&f.people, &f.units, OrgLevel::Region, &Owners::All);
    assert_eq!(all.len(), 1);
    assert_eq!((all[0].id, all[0].owners.clone()), (f.region, HashSet::from([f.manager, f.rep_a, f.rep_b])));
    let only_a = unit_groups(&f.people, &f.units, OrgLevel::Region, &Owners::Only(HashSet::from([f.rep_a])));
    assert_eq!(only_a[0].owners, HashSet::from([f.rep_a]));
    assert!(unit_groups(&f.people, &f.units, OrgLevel::Region, &Owners::Only(HashSet::new())).is_empty());
    let team: Vec<_> = reps(&f.people, &Owners::All).into_iter().map(|g| g.id).collect();
    assert_eq!(team, vec![f.rep_a, f.rep_b]);
}

#[test]
fn funnel_steps_list_the_deals_counted() {
    use crate::domain::performance::funnel::funnel;
    use crate::domain::performance::trends::funnel_steps;
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let closed = crate::domain::performance::sales::closed_in(&cx, &book.select(&Owners::All));
    let steps = funnel_steps(&closed);
    // Closed in November: 201, 202, 204, 205 won (every step) and 203 lost
    // from decision follow-up (every open step, not Won).
    assert_eq!(steps[3], vec![id(201), id(202), id(203), id(204), id(205)]);
    assert_eq!(steps[4], vec![id(201), id(202), id(204), id(205)]);
    let counts: Vec<usize> = steps.iter().map(|s| s.len()).collect();
    assert_eq!(counts, funnel(&closed).reached.to_vec());
}

#[test]
fn a_month_has_a_figure_only_once_it_has_begun() {
    use crate::domain::performance::trends::MonthFigure;
    let nov = MonthFigure { year: 2026, month: 11, ..MonthFigure::default() };
    let dec = MonthFigure { year: 2026, month: 12, ..MonthFigure::default() };
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    assert!(nov.started_by(day));
    assert!(!dec.started_by(day));
    assert!(dec.started_by(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()), "the first of the month counts");
}
