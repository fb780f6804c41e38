//! Receivables aging at the bucket edges, on the `data.rs` invoices as of
//! 2026-11-27.

use super::data::{now, workspace};
use super::*;
use crate::domain::performance::cash::{aging, bucket_of, overdue_ratio};
use crate::domain::performance::{Book, Ctx, Owners, ReportPeriod};

#[test]
fn bucket_edges() {
    assert_eq!([0, 30, 31, 60, 61, 90, 91].map(bucket_of), [0, 0, 1, 1, 2, 2, 3]);
}

#[test]
fn invoices_fall_in_their_buckets() {
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let a = aging(&cx, &book.select(&Owners::All));
    let got: Vec<(i64, Vec<_>)> = a.buckets.iter().map(|b| (b.amount_minor, b.invoices.clone())).collect();
    // 602 (not due, ¥15,000 open) and 603 (30 days) | 604 (31), 605 (60) |
    // 606 (61), 607 (90) | 608 (91). 601 is paid.
    assert_eq!(
        got,
        vec![
            (1_600_000, vec![id(602), id(603)]),
            (500_000, vec![id(604), id(605)]),
            (900_000, vec![id(606), id(607)]),
            (600_000, vec![id(608)]),
        ]
    );
    // Alerts: overdue only, longest first.
    let days: Vec<i64> = a.overdue.iter().map(|o| o.days_overdue).collect();
    assert_eq!(days, vec![91, 90, 61, 60, 31, 30]);
    assert_eq!(a.overdue[0].owner_id, Some(id(super::data::A)));
    // Overdue ¥21,000 of ¥36,000 open = 58.33 %.
    let r = overdue_ratio(&a).value.unwrap();
    assert!((r - 2_100_000.0 * 100.0 / 3_600_000.0).abs() < 1e-9);
}

#[test]
fn aging_of_a_past_period_is_taken_at_its_end() {
    let ws = workspace();
    let book = Book::new(&ws);
    // As of 2026-09-30: 605 (due 09-28) is 2 days late, 606 3 days, 607 32,
    // 608 33; 603 and 604 are not due yet. Nothing issued later counts.
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 9).unwrap(), now());
    let a = aging(&cx, &book.select(&Owners::All));
    assert_eq!(a.buckets[0].invoices, vec![id(603), id(604), id(605), id(606)]);
    assert_eq!(a.buckets[1].invoices, vec![id(607), id(608)]);
    assert_eq!(a.overdue.iter().map(|o| o.days_overdue).collect::<Vec<_>>(), vec![33, 32, 3, 2]);
}
