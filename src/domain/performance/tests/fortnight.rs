//! Fortnight selection and the goals a rep is reviewed against, on the
//! November data set (`data.rs`).

use chrono::NaiveDate;

use super::data::{now, workspace, A, B};
use super::*;
use crate::domain::performance::fortnight::*;
use crate::domain::performance::review::scorecard;
use crate::domain::performance::{allowed_owners, Book, Ctx, KpiKey, Scope};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn fortnights_count_from_a_fixed_monday() {
    // 2026-11-27 is day 1061 after Monday 2024-01-01 (366 + 365 + 330);
    // 1061 = 75 × 14 + 11, so its fortnight starts 11 days earlier.
    let f = fortnight_of(d(2026, 11, 27)).unwrap();
    assert_eq!((f.start, f.end), (d(2026, 11, 16), d(2026, 11, 29)));
    // Both ends belong to the same fortnight.
    assert_eq!(fortnight_of(d(2026, 11, 16)), Some(f));
    assert_eq!(fortnight_of(d(2026, 11, 29)), Some(f));
    // The last complete one is the one before; before the anchor still works.
    let last = last_complete(d(2026, 11, 27)).unwrap();
    assert_eq!((last.start, last.end), (d(2026, 11, 2), d(2026, 11, 15)));
    let early = fortnight_of(d(2023, 12, 31)).unwrap();
    assert_eq!((early.start, early.end), (d(2023, 12, 18), d(2023, 12, 31)));
    assert_eq!(shift(last, 1), Some(f));
    assert_eq!(ending_with(f, 3).iter().map(|p| p.start).collect::<Vec<_>>(), vec![d(2026, 10, 19), d(2026, 11, 2), d(2026, 11, 16)]);
}

fn goal(goals: &[(crate::domain::performance::review::Goal, GoalSource)], key: KpiKey) -> Option<(f64, GoalSource)> {
    goals.iter().find(|(g, _)| g.key == key).map(|(g, s)| (g.target, *s))
}

#[test]
fn goals_prorate_targets_and_fall_back_to_shares() {
    let ws = workspace();
    let book = Book::new(&ws);
    let all = book.select(&allowed_owners(&ws.data.people, &ws.data.org_units, Scope::Company, None));
    let p = fortnight_of(d(2026, 11, 16)).unwrap();
    let cx = Ctx::new(&book, p, now());
    let team = scorecard(&cx, id(0), &all, &[]);
    let a = goals_for(&cx, id(A), &team);
    let b = goals_for(&cx, id(B), &team);
    // A: own November target ¥80,000 = 8,000,000 minor ÷ 30 days × 14.
    let (rev_a, src_a) = goal(&a, KpiKey::Revenue).unwrap();
    assert!((rev_a - 8_000_000.0 / 30.0 * 14.0).abs() < 1e-6, "{rev_a}");
    assert_eq!(src_a, GoalSource::Target);
    // B: no own target: company ¥100,000 ÷ 30 × 14, shared by 2 reps.
    let (rev_b, src_b) = goal(&b, KpiKey::Revenue).unwrap();
    assert!((rev_b - 10_000_000.0 / 30.0 * 14.0 / 2.0).abs() < 1e-6, "{rev_b}");
    assert_eq!(src_b, GoalSource::TeamShare);
    // Training: 120 h a year × 14 / 365.
    let (hours, _) = goal(&a, KpiKey::TrainingHours).unwrap();
    assert!((hours - 120.0 * 14.0 / 365.0).abs() < 1e-9);
    // Win rate: the team's Nov 16–29 figure, 203 lost + 204 won → 50 %.
    assert_eq!(goal(&a, KpiKey::WinRate), Some((50.0, GoalSource::Team)));
    // No visit or conversion targets in this data set: no goal, not a guess.
    assert_eq!(goal(&a, KpiKey::Visits), None);
    assert_eq!(goal(&a, KpiKey::LeadToDeal), None);
}

#[test]
fn a_fortnight_across_months_mixes_own_and_shared_days() {
    let ws = workspace();
    let book = Book::new(&ws);
    let all = book.select(&allowed_owners(&ws.data.people, &ws.data.org_units, Scope::Company, None));
    // Oct 19 – Nov 1: A has no October target (13 days of half the company's
    // ¥100,000 ÷ 31) and its own November one on Nov 1 (¥80,000 ÷ 30).
    let p = fortnight_of(d(2026, 10, 19)).unwrap();
    let cx = Ctx::new(&book, p, now());
    let team = scorecard(&cx, id(0), &all, &[]);
    let (rev, src) = goal(&goals_for(&cx, id(A), &team), KpiKey::Revenue).unwrap();
    let expected = 13.0 * 10_000_000.0 / 31.0 / 2.0 + 8_000_000.0 / 30.0;
    assert!((rev - expected).abs() < 1e-6, "{rev} vs {expected}");
    assert_eq!(src, GoalSource::Target);
}
