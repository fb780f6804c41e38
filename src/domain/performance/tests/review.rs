//! The 12-KPI bi-weekly review on the November data set (`data.rs`).

use chrono::NaiveDate;

use super::data::{now, workspace, A, B};
use super::*;
use crate::domain::performance::review::*;
use crate::domain::performance::{Book, KpiKey};

#[test]
fn fortnights_are_consecutive_fourteen_day_periods() {
    let f = fortnights(NaiveDate::from_ymd_opt(2026, 10, 19).unwrap(), 3);
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    assert_eq!(f.iter().map(|p| (p.start, p.end)).collect::<Vec<_>>(), vec![(d(10, 19), d(11, 1)), (d(11, 2), d(11, 15)), (d(11, 16), d(11, 29))]);
}

#[test]
fn scorecards_and_consecutive_misses() {
    let ws = workspace();
    let book = Book::new(&ws);
    let periods = fortnights(NaiveDate::from_ymd_opt(2026, 10, 19).unwrap(), 3);
    // Goal: ¥15,000 revenue per fortnight, win rate 50 %, DSO at most 30 days.
    let goals = |_: crate::domain::Id, _: &crate::domain::performance::ReportPeriod| {
        vec![Goal { key: KpiKey::Revenue, target: 1_500_000.0 }, Goal { key: KpiKey::WinRate, target: 50.0 }, Goal { key: KpiKey::Dso, target: 30.0 }]
    };
    let r = review(&book, &[id(A), id(B)], &periods, now(), goals, 2);
    // A won: 207 on Oct 20 (¥7,000: miss), 201 Nov 5 + 202 Nov 11 (¥40,000: met),
    // nothing Nov 16–29 (¥0: miss) → only the last fortnight in a row.
    // B won: nothing (miss), 205 USD on Nov 15 (¥0 counted: miss), 204 Nov 23
    // ¥20,000 (met) → no run.
    let below = |i: usize| r.cards.iter().map(|row| row[i].below_target()).collect::<Vec<_>>();
    assert_eq!(below(0), vec![true, false, true]);
    assert_eq!(below(1), vec![true, true, false]);
    assert!(r.flagged.is_empty());
    // Twelve lines each, in order; lower-is-better goals compare the other way.
    let card = &r.cards[1][0];
    assert_eq!(card.lines.iter().map(|l| l.kpi.key).collect::<Vec<_>>(), REVIEW_KPIS.to_vec());
    // A's win rate Nov 2–15: 201 W, 202 W → 100 % ≥ 50 %.
    assert_eq!(card.line(KpiKey::WinRate).and_then(|l| l.met), Some(true));
    // With n = 1, A (missed the last fortnight) is flagged with a run of 1.
    let r1 = review(&book, &[id(A), id(B)], &periods, now(), goals, 1);
    assert_eq!(r1.flagged, vec![ImprovementFlag { person_id: id(A), periods: 1 }]);
    assert_eq!(run_below(&[true, false, true, true]), 2);
}
