use proptest::prelude::*;

use super::*;
use crate::domain::performance::targets::*;
use crate::domain::Weighting;

#[test]
fn awkward_amount_splits_exactly() {
    // ¥1,000,000.01 = 100,000,001 fen.
    let total = 100_000_001;
    // ÷3 = 33,333,333.67 each: floors 33,333,333 ×3 leave 2 fen; remainders
    // are equal, so the first two parts get them.
    assert_eq!(split_equal(total, 3), vec![33_333_334, 33_333_334, 33_333_333]);
    assert_eq!(split(total, &[1, 1, 1]).unwrap(), split_equal(total, 3));
    // 2:3:5 → 20,000,000.2 / 30,000,000.3 / 50,000,000.5: floors leave 1 fen,
    // the largest remainder (.5) is the third part's.
    assert_eq!(split(total, &[2, 3, 5]).unwrap(), vec![20_000_000, 30_000_000, 50_000_001]);
    // ÷12 = 8,333,333.4166…: floors leave 5 fen; equal remainders, so
    // January to May get one more.
    let m = months(total, None);
    assert_eq!(m[..5], [8_333_334; 5]);
    assert_eq!(m[5..], [8_333_333; 7]);
    assert_eq!(m.iter().sum::<i64>(), total);
    assert_eq!(quarters(total, None), [25_000_001, 25_000_000, 25_000_000, 25_000_000]);
}

#[test]
fn negative_totals_zero_weights_and_no_weights() {
    assert_eq!(split(-10, &[1, 1, 1]).unwrap(), vec![-4, -3, -3]);
    assert_eq!(split(10, &[0, 1, 0]).unwrap(), vec![0, 10, 0]);
    assert!(split(10, &[0, 0]).is_none());
    assert!(split(10, &[]).is_none());
    assert_eq!(split_equal(7, 0), Vec::<i64>::new());
}

proptest! {
    #[test]
    fn parts_always_add_up(total in -1_000_000_000_000i64..1_000_000_000_000, weights in prop::collection::vec(0u64..1_000_000, 1..30)) {
        if let Some(parts) = split(total, &weights) {
            prop_assert_eq!(parts.iter().sum::<i64>(), total);
            prop_assert_eq!(parts.len(), weights.len());
            // Each part is within one unit of its exact share.
            let sum: u64 = weights.iter().sum();
            for (p, w) in parts.iter().zip(&weights) {
                let exact = total as f64 * *w as f64 / sum as f64;
                prop_assert!((*p as f64 - exact).abs() < 1.0 + 1e-6 * exact.abs());
            }
        } else {
            prop_assert!(weights.iter().all(|&w| w == 0));
        }
    }
}

#[test]
fn cascade_region_team_reps_by_last_year_share() {
    let f = org();
    let basis = Basis { last_year: [(f.rep_a, 300), (f.rep_b, 100)].into(), ..Basis::default() };
    let cells = cascade(100_000_001, f.company, &f.units, &f.people, Weighting::LastYear, &basis);
    let value = |n: Node| cells.iter().find(|c| c.node == n).map(|c| c.value);
    // Company → region (only child unit; the director is filed at the company
    // with no revenue, so weight 0) → team + region manager (weight 0) → reps 3:1.
    assert_eq!(value(Node::Unit(f.region)), Some(100_000_001));
    assert_eq!(value(Node::Person(f.director)), Some(0));
    assert_eq!(value(Node::Unit(f.team)), Some(100_000_001));
    // 3:1 of 100,000,001 = 75,000,000.75 / 25,000,000.25 → the .75 gets the fen.
    assert_eq!(value(Node::Person(f.rep_a)), Some(75_000_001));
    assert_eq!(value(Node::Person(f.rep_b)), Some(25_000_000));
    // Every parent's children add up to it.
    for parent in cells.iter() {
        let kids: Vec<_> = cells.iter().filter(|c| c.parent == Some(parent.node)).collect();
        if !kids.is_empty() {
            assert_eq!(kids.iter().map(|c| c.value).sum::<i64>(), parent.value);
        }
    }
}

#[test]
fn cascade_equal_and_manual() {
    let f = org();
    let eq = cascade(10, f.team, &f.units, &f.people, Weighting::Equal, &Basis::default());
    assert_eq!(eq.iter().map(|c| c.value).collect::<Vec<_>>(), vec![10, 5, 5]);
    let basis = Basis { manual: [(Node::Person(f.rep_a), 1), (Node::Person(f.rep_b), 4)].into(), ..Basis::default() };
    let man = cascade(10, f.team, &f.units, &f.people, Weighting::Manual, &basis);
    assert_eq!(man.iter().map(|c| c.value).collect::<Vec<_>>(), vec![10, 2, 8]);
}

#[test]
fn status_attainment_and_coverage() {
    // Target 1,000, actual 250 → 25 %; remaining 750; pipeline 1,500 → 2× coverage.
    let s = status(1_000, 250, 1_500);
    assert_eq!((s.attainment_percent, s.remaining, s.coverage), (Some(25.0), 750, Some(2.0)));
    // Over target: nothing remains, so no coverage.
    let over = status(1_000, 1_200, 500);
    assert_eq!((over.attainment_percent, over.remaining, over.coverage), (Some(120.0), 0, None));
    assert_eq!(status(0, 10, 0).attainment_percent, None);
}
