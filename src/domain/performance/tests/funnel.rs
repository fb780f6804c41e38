//! Funnel conversion, days per stage, quartiles and the leaking step on a
//! small set of November 2026 deals.

use serde_json::json;

use super::data::{i, now, rec};
use super::*;
use crate::domain::performance::funnel::{diagnose, STEPS};
use crate::domain::performance::{Book, Ctx, Owners, ReportPeriod};
use crate::domain::pipeline::Stage;
use crate::domain::{Deal, Workspace};

/// Deal created 2026-11-01 00:00 moving through `moves` = (stage, day of November).
fn path(n: u128, owner: u128, moves: &[(&str, u32)]) -> Deal {
    let mut from = "identify";
    let history: Vec<_> = moves
        .iter()
        .map(|&(to, day)| {
            let c = json!({"from": from, "to": to, "at": format!("2026-11-{day:02}T00:00:00Z")});
            from = to;
            c
        })
        .collect();
    let stage = moves.last().map_or("identify", |m| m.0);
    rec(json!({"id": i(n), "created_at": "2026-11-01T00:00:00Z", "name": "d", "account_id": i(1), "owner_id": i(owner),
        "stage": stage, "amount": {"minor": 100, "currency": "CNY"}, "forecast": "pipeline", "stage_history": history}))
}

fn deals() -> Vec<Deal> {
    let full = [("needs_confirmed", 3), ("solution_matched", 6), ("decision_follow_up", 10), ("won", 20)];
    vec![
        // Rep X (12): 1 of 4 won.
        path(1, 12, &full),
        path(2, 12, &[("needs_confirmed", 5), ("lost", 8)]),
        path(3, 12, &[("lost", 2)]),
        path(4, 12, &[("needs_confirmed", 2), ("solution_matched", 4), ("lost", 9)]),
        // Rep Y (13): 2 of 3 won, one straight from identify (skipped stages count as passed).
        path(5, 13, &[("won", 4)]),
        path(6, 13, &full),
        path(7, 13, &[("needs_confirmed", 3), ("solution_matched", 6), ("decision_follow_up", 10), ("lost", 20)]),
        // Rep Z (14): lost at the first step.
        path(8, 14, &[("lost", 2)]),
        // Rep W (15): both won.
        path(9, 15, &[("won", 5)]),
        path(10, 15, &[("won", 6)]),
        // Still open: not in the cohort.
        path(11, 12, &[("needs_confirmed", 3)]),
    ]
}

#[test]
fn conversion_days_quartile_and_leak() {
    let mut ws = Workspace::default();
    ws.data.deals = deals();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let d = diagnose(&cx, &book.select(&Owners::All));
    // Win rates W 100 %, Y 66.7 %, X 25 %, Z 0 %: 4 reps → top ⌈4/4⌉ = 1 = W.
    assert_eq!(d.reps.iter().map(|r| r.person_id).collect::<Vec<_>>(), vec![id(15), id(13), id(12), id(14)]);
    assert_eq!(d.top_reps, vec![id(15)]);
    assert_eq!(d.top_quartile.conversion, [Some(100.0); 4]);
    let x = &d.reps[2];
    // X reached: identify 4, needs 3 (1, 2, 4), solution 2 (1, 4), decision 1, won 1
    // → 75 %, 66.7 %, 50 %, 100 %.
    assert_eq!(x.stats.reached, [4, 3, 2, 1, 1]);
    assert_eq!(x.stats.conversion[0], Some(75.0));
    assert!((x.stats.conversion[1].unwrap() - 200.0 / 3.0).abs() < 1e-9);
    assert_eq!(x.stats.conversion[2..], [Some(50.0), Some(100.0)]);
    // Days in identify: 2 (deal 1), 4, 1, 1 → median 1.5; needs: 3, 3, 2 → 3;
    // solution: 4, 5 → 4.5; decision: 10.
    assert_eq!(x.stats.median_days, [Some(1.5), Some(3.0), Some(4.5), Some(10.0)]);
    // Gaps vs the top quartile: 25, 33.3, 50, 0 → solution → decision leaks.
    let leak = x.leak.as_ref().unwrap();
    assert_eq!((leak.from, leak.to, leak.gap_points, leak.action), (Stage::SolutionMatched, Stage::DecisionFollowUp, 50.0, "funnel.action.reach_decision_maker"));
    // Y: reached 3, 3, 3, 3, 2 → only the close leaks (33.3 points).
    assert_eq!(d.reps[1].stats.reached, [3, 3, 3, 3, 2]);
    assert_eq!(d.reps[1].leak.as_ref().map(|l| l.to), Some(Stage::Won));
    // Z never got past identify.
    assert_eq!(d.reps[3].leak.as_ref().map(|l| (l.from, l.gap_points)), Some((STEPS[0], 100.0)));
    // W is the benchmark: nothing leaks.
    assert!(d.reps[0].leak.is_none());
    // Team: all 10 closed deals, the open one left out.
    assert_eq!(d.team.reached[0], 10);
    assert_eq!(d.team.reached[4], 5);
}
