//! Top performers vs the rest on the November data set (`data.rs`).

use super::data::{now, workspace, A, B};
use super::*;
use crate::domain::performance::benchmark::{benchmark, Behaviour};
use crate::domain::performance::{Book, Ctx, ReportPeriod};

#[test]
fn top_quartile_by_revenue_against_the_rest() {
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let b = benchmark(&cx, &book.by_owner());
    // Revenue: A ¥40,000, B ¥20,000 → 2 reps, top ⌈2/4⌉ = 1: A.
    assert_eq!((b.top.clone(), b.rest.clone()), (vec![id(A)], vec![id(B)]));
    let row = |k: Behaviour| b.rows.iter().find(|r| r.0 == k).map(|r| (r.1, r.2)).unwrap();
    // A: 2 visits, 3 closed deals → 2/3 per deal; B: 1 visit, 2 closed → 0.5.
    let (top, rest) = row(Behaviour::ActivitiesPerDeal);
    assert!((top.unwrap() - 2.0 / 3.0).abs() < 1e-9 && rest == Some(0.5));
    assert_eq!(row(Behaviour::Visits), (Some(2.0), Some(1.0)));
    // First contact: A's leads 1 h and 30 h → 15.5; B's 303 after 2 h (304 never).
    assert_eq!(row(Behaviour::FirstResponseHours), (Some(15.5), Some(2.0)));
    // Cycle medians: A 34 and 10 → 22; B 20 and 5 → 12.5.
    assert_eq!(row(Behaviour::CycleDays), (Some(22.0), Some(12.5)));
}
