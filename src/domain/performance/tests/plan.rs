//! Annual plans: exact splits over time and people, the records they make,
//! and the targets tree as the acting person sees it.

use std::collections::HashMap;

use proptest::prelude::*;

use super::data::{now, workspace, A, B};
use super::*;
use crate::domain::performance::plan::*;
use crate::domain::performance::rounding::round_table;
use crate::domain::performance::target_tree::tree;
use crate::domain::performance::targets::{split, Node};
use crate::domain::performance::{Book, Ctx, ReportPeriod};
use crate::domain::{Period, TargetMetric, Weighting};

/// The fixture org plus a third rep (14) in the team.
fn org3() -> Org {
    let mut f = org();
    f.people.push(person(14, Role::Rep, Some(f.manager), Some(f.team)));
    f
}

fn input(metric: TargetMetric, total: i64, time: TimeSplit, org: Weighting) -> PlanInput {
    PlanInput { year: 2027, metric, total, time, org, manual: HashMap::new() }
}

fn row(p: &Plan, n: Node) -> &PlanRow {
    p.rows.iter().find(|r| r.node == n).unwrap()
}

#[test]
fn round_table_keeps_rows_and_columns() {
    // 5 and 5 over 3:3:4 → exact 1.5 1.5 2 per row. Floors leave one unit per
    // row for columns 0 and 1; (0,0) comes first, so row 1 takes column 1.
    assert_eq!(round_table(&[5, 5], &[3, 3, 4]).unwrap(), vec![vec![2, 1, 2], vec![1, 2, 2]]);
    assert!(round_table(&[5], &[4]).is_none());
    assert!(round_table(&[-1, 1], &[0]).is_none());
}

proptest! {
    #[test]
    fn round_table_margins_are_exact(total in 0i64..10_000_000_000, rw in prop::collection::vec(1u64..1000, 12), cw in prop::collection::vec(0u64..1000, 1..12)) {
        prop_assume!(cw.iter().any(|&w| w > 0));
        let rows = split(total, &rw).unwrap();
        let cols = split(total, &cw).unwrap();
        let t = round_table(&rows, &cols).unwrap();
        for (i, r) in t.iter().enumerate() {
            prop_assert_eq!(r.iter().sum::<i64>(), rows[i]);
            for (j, &v) in r.iter().enumerate() {
                // Within one unit of the exact share.
                let exact = rows[i] as f64 * cols[j] as f64 / total.max(1) as f64;
                prop_assert!((v as f64 - exact).abs() < 1.0 + 1e-9 * exact);
            }
        }
        for (j, &c) in cols.iter().enumerate() {
            prop_assert_eq!(t.iter().map(|r| r[j]).sum::<i64>(), c);
        }
    }
}

#[test]
fn awkward_revenue_over_three_reps_equal() {
    let f = org3();
    // ¥1,000,000.01 = 100,000,001 fen.
    let i = input(TargetMetric::Revenue, 100_000_001, TimeSplit::Equal, Weighting::Equal);
    let p = plan(&i, &f.units, &f.people, &History::default()).unwrap();
    // Director and manager carry no target: company, region, team, 3 reps.
    assert_eq!(p.rows.len(), 6);
    assert_eq!(row(&p, Node::Unit(f.team)).depth, 2);
    // ÷3 = 33,333,333.67: the first two reps get the 2 spare fen.
    let reps: Vec<i64> = [f.rep_a, f.rep_b, id(14)].iter().map(|&r| row(&p, Node::Person(r)).year).collect();
    assert_eq!(reps, vec![33_333_334, 33_333_334, 33_333_333]);
    // Quarters 25,000,000.25 → Q1 gets the fen; Q1's months 8,333,333.67 →
    // two spare fen to Jan and Feb; the other quarters' 8,333,333.33 → one to the first month.
    let company = row(&p, Node::Unit(f.company));
    assert_eq!(company.quarters, [25_000_001, 25_000_000, 25_000_000, 25_000_000]);
    assert_eq!(company.months[..6], [8_333_334, 8_333_334, 8_333_333, 8_333_334, 8_333_333, 8_333_333]);
    for r in &p.rows {
        assert_eq!(r.months.iter().sum::<i64>(), r.year);
        assert_eq!(r.quarters.iter().sum::<i64>(), r.year);
    }
    let c = check(&p);
    assert_eq!((c.quarters, c.months, c.reps, c.children_add_up), (100_000_001, 100_000_001, 100_000_001, true));

    // 17 records per row; each level's year records add up to the total.
    let mut n = 0u128;
    let ts = targets(&p, &i, &f.people, now(), || {
        n += 1;
        id(10_000 + n)
    });
    assert_eq!(ts.len(), 6 * 17);
    let year_sum = |pred: &dyn Fn(&crate::domain::Target) -> bool| ts.iter().filter(|t| t.period == Period::Year && pred(t)).map(|t| t.value).sum::<i64>();
    assert_eq!(year_sum(&|t| t.person_id.is_some()), 100_000_001);
    assert_eq!(year_sum(&|t| t.person_id.is_none() && t.org_unit_id == Some(f.team)), 100_000_001);
    let months: i64 = ts.iter().filter(|t| matches!(t.period, Period::Month(_)) && t.person_id.is_some()).map(|t| t.value).sum();
    assert_eq!(months, 100_000_001);
    // A rep's year hangs under the team's year; its months under its quarters.
    let team_year = ts.iter().find(|t| t.period == Period::Year && t.org_unit_id == Some(f.team) && t.person_id.is_none()).unwrap();
    let a_year = ts.iter().find(|t| t.period == Period::Year && t.person_id == Some(f.rep_a)).unwrap();
    assert_eq!(a_year.parent_id, Some(team_year.id));
    assert!(ts.iter().all(|t| t.year == 2027 && t.weighting == Weighting::Equal));
}

#[test]
fn seven_visits_by_manual_weights() {
    let f = org3();
    let mut i = input(TargetMetric::Visits, 7, TimeSplit::Equal, Weighting::Manual);
    // Weights as typed (0.5, 0.25, 0.25) in hundredths; single children weigh 1.
    i.manual = [
        (Node::Unit(f.region), 1),
        (Node::Unit(f.team), 1),
        (Node::Person(f.rep_a), 50),
        (Node::Person(f.rep_b), 25),
        (Node::Person(id(14)), 25),
    ]
    .into();
    let p = plan(&i, &f.units, &f.people, &History::default()).unwrap();
    // 3.5 / 1.75 / 1.75: floors 3 1 1 leave 2; the .75s get them.
    let reps: Vec<i64> = [f.rep_a, f.rep_b, id(14)].iter().map(|&r| row(&p, Node::Person(r)).year).collect();
    assert_eq!(reps, vec![3, 2, 2]);
    // 7 over quarters 2 2 2 1; each quarter over months 1 1 0.
    assert_eq!(row(&p, Node::Unit(f.company)).months, [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0]);
    let team = row(&p, Node::Unit(f.team));
    for m in 0..12 {
        let kids: i64 = [f.rep_a, f.rep_b, id(14)].iter().map(|&r| row(&p, Node::Person(r)).months[m]).sum();
        assert_eq!(kids, team.months[m]);
    }
    assert!(check(&p).children_add_up);
}

#[test]
fn refusals() {
    let f = org3();
    let bad = |i: PlanInput| plan(&i, &f.units, &f.people, &History::default()).unwrap_err();
    assert_eq!(bad(input(TargetMetric::Revenue, 0, TimeSplit::Equal, Weighting::Equal)), PlanError::NotPositive);
    assert_eq!(bad(input(TargetMetric::Revenue, -5, TimeSplit::Equal, Weighting::Equal)), PlanError::NotPositive);
    assert_eq!(bad(input(TargetMetric::Revenue, 10, TimeSplit::Manual([0; 4]), Weighting::Equal)), PlanError::QuarterWeightsZero);
    // No manual weights at all: the company cannot share its total.
    assert_eq!(bad(input(TargetMetric::Revenue, 10, TimeSplit::Equal, Weighting::Manual)), PlanError::OrgWeightsZero(f.company));
    let no_reps: Vec<Person> = f.people.iter().filter(|p| p.role != Role::Rep).cloned().collect();
    let i = input(TargetMetric::Revenue, 10, TimeSplit::Equal, Weighting::Equal);
    assert_eq!(plan(&i, &f.units, &no_reps, &History::default()).unwrap_err(), PlanError::NoReps);
}

#[test]
fn seasonality_and_rates() {
    let f = org3();
    // Last year sold only in January and December: half the year each.
    let h = History { by_month: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3], ..History::default() };
    let p = plan(&input(TargetMetric::Revenue, 10, TimeSplit::LastYear, Weighting::Equal), &f.units, &f.people, &h).unwrap();
    // Quarter weights 1:0:0:3 → 2.5 / 7.5: the .5 tie goes to Q1 → 3 and 7.
    assert_eq!(row(&p, Node::Unit(f.company)).months, [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7]);
    assert!(!p.time_fell_back);
    let p = plan(&input(TargetMetric::Revenue, 10, TimeSplit::LastYear, Weighting::Equal), &f.units, &f.people, &History::default()).unwrap();
    assert!(p.time_fell_back);
    // Conversion rate 25 %: everyone, every month, the same 2,500 bp.
    let p = plan(&input(TargetMetric::ConversionRate, 2_500, TimeSplit::Equal, Weighting::Equal), &f.units, &f.people, &h).unwrap();
    assert!(p.rows.iter().all(|r| r.year == 2_500 && r.months == [2_500; 12] && r.quarters == [2_500; 4]));
}

#[test]
fn tree_shows_what_the_acting_person_may_see() {
    let mut ws = workspace();
    let f = org();
    // A 2026 plan of ¥100,000 over reps A and B (equal), replacing the fixture's targets.
    let i = PlanInput { year: 2026, ..input(TargetMetric::Revenue, 10_000_000, TimeSplit::Equal, Weighting::Equal) };
    let p = plan(&i, &ws.data.org_units, &ws.data.people, &History::default()).unwrap();
    let mut n = 0u128;
    ws.data.targets = targets(&p, &i, &ws.data.people, now(), || {
        n += 1;
        id(20_000 + n)
    });
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::year(2026).unwrap(), now());
    let rows = tree(&cx, TargetMetric::Revenue, None);
    assert_eq!(rows.iter().map(|r| r.depth).collect::<Vec<_>>(), vec![0, 1, 2, 3, 3]);
    // Rep A won 10,000 + 30,000 + 7,000 in 2026 (data.rs) of a ¥50,000 target → 94 %.
    let a = rows.iter().find(|r| r.node == Node::Person(id(A))).unwrap().status.clone().unwrap();
    assert_eq!((a.target, a.actual), (5_000_000, 4_700_000));
    assert!((a.attainment_percent.unwrap() - 94.0).abs() < 1e-9);
    // A's open pipeline is empty: ¥3,000 remains, coverage 0.
    assert_eq!(a.coverage, Some(0.0));
    // Company: A 47,000 + B 20,000 (USD deal not summed) = 67,000 of 100,000.
    let company = rows[0].status.clone().unwrap();
    assert_eq!(company.actual, 6_700_000);

    // Acting as rep B: B's own line, and the path above without figures.
    let rows = tree(&cx, TargetMetric::Revenue, Some(id(B)));
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r.node != Node::Person(id(A))));
    assert_eq!(rows.iter().filter(|r| r.status.is_some()).count(), 1);
    assert_eq!(rows[3].status.as_ref().map(|s| s.actual), Some(2_000_000));
    // The region manager sees the region and below completely, not the company.
    let rows = tree(&cx, TargetMetric::Revenue, Some(f.manager));
    assert_eq!(rows.iter().map(|r| r.complete).collect::<Vec<_>>(), vec![false, true, true, true, true]);
}

#[test]
fn standing_by_pace() {
    use crate::domain::performance::target_tree::{standing, Standing};
    use crate::domain::performance::targets::status;
    let y = ReportPeriod::year(2026).unwrap();
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    // 2026-07-02 is day 183 of 365: the pace share of 365 is 183.
    assert_eq!(standing(&status(365, 183, 0), true, y, day(7, 2), false), Standing::OnPace);
    assert_eq!(standing(&status(365, 182, 0), true, y, day(7, 2), false), Standing::BehindPace);
    assert_eq!(standing(&status(365, 365, 0), true, y, day(7, 2), false), Standing::Met);
    assert_eq!(standing(&status(365, 364, 0), true, y, chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(), false), Standing::Below);
    assert_eq!(standing(&status(365, 0, 0), true, y, day(1, 1).pred_opt().unwrap(), false), Standing::NotStarted);
    // A rate is compared with the rate itself, not a share of it.
    assert_eq!(standing(&status(2_500, 2_000, 0), true, y, day(7, 2), true), Standing::BehindPace);
    assert_eq!(standing(&status(0, 5, 0), false, y, day(7, 2), false), Standing::NoTarget);
}
