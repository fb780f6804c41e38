//! Four quadrants on the November data set (`data.rs`).

use super::data::{now, workspace, A, B};
use super::*;
use crate::domain::performance::quadrant::{quadrants, Quadrant};
use crate::domain::performance::{Book, Ctx, Owners, ReportPeriod};

#[test]
fn reps_split_at_the_team_median() {
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let q = quadrants(&cx, &book.select(&Owners::All));
    assert_eq!(q.iter().map(|r| r.person_id).collect::<Vec<_>>(), vec![id(A), id(B)]);
    let (a, b) = (&q[0], &q[1]);
    // Win rates: A 2/3, B 2/2 → median 5/6. Won CNY deal size: A (10,000 +
    // 30,000) / 2 = 20,000, B 20,000 (the USD deal is not averaged) → median 20,000.
    // Ability A = (2/3 ÷ 5/6 + 1) / 2 = 0.9 (low); B = (1 ÷ 5/6 + 1) / 2 = 1.1 (high).
    assert!((a.ability - 0.9).abs() < 1e-9 && (b.ability - 1.1).abs() < 1e-9);
    // Activities + visits: A 2 visits, B 1 → median 1.5; no follow-ups
    // (median 0, both score 1). Willingness A = (2/1.5 + 1) / 2 = 7/6, B = (1/1.5 + 1) / 2 = 5/6.
    assert!((a.willingness - 7.0 / 6.0).abs() < 1e-9 && (b.willingness - 5.0 / 6.0).abs() < 1e-9);
    assert_eq!((a.quadrant, b.quadrant), (Quadrant::Hustler, Quadrant::Coaster));
    assert_eq!(a.quadrant.action(), "quadrant.action.coach_skills");
    // A's point is made of closed deals 201, 202, 203 and visits 1001, 1002.
    assert_eq!(a.records, [201, 202, 203, 1001, 1002].map(id).to_vec());
}
