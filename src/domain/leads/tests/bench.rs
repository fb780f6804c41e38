//! Timing of the per-lead work a 100,000-lead list needs. Ignored by default;
//! run with `cargo test --release --lib leads::tests::bench -- --ignored --nocapture`.

use std::time::Instant;

use super::*;
use crate::domain::demo::{generate, DemoSize, Lang};

/// 100,000 leads: the Medium demo's leads repeated, with distinct ids.
fn many() -> Vec<Lead> {
    let ws = generate(DemoSize::Medium, Lang::Zh, 5);
    let base = &ws.data.leads;
    (0..100_000usize).map(|i| Lead { id: id(i as u128 + 1), ..base[i % base.len()].clone() }).collect()
}

/// Nanoseconds this thread has spent on a CPU (Linux), so a busy machine
/// does not inflate the figure as much as wall time.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let (t, c) = (Instant::now(), cpu_ns());
    let out = f();
    let wall = t.elapsed().as_secs_f64() * 1e3;
    match (c, cpu_ns()) {
        (Some(a), Some(b)) => println!("{what}: {wall:.1} ms wall, {:.1} ms CPU", (b - a) as f64 / 1e6),
        _ => println!("{what}: {wall:.1} ms wall"),
    }
    out
}

#[test]
#[ignore]
fn scoring_100k_leads() {
    let leads = many();
    let s = Settings::default();
    let r = timed("compile rules", || LeadRules::new(&s));
    let scores = timed("score 100k", || r.score_all(&leads, now()));
    let mut order: Vec<usize> = (0..leads.len()).collect();
    timed("sort 100k by score", || order.sort_by_key(|&i| std::cmp::Reverse(scores[i].total)));
    timed("explain 100k", || leads.iter().map(|l| r.explain(l, now()).total as u64).sum::<u64>());
    timed("SLA state 100k", || {
        leads.iter().filter(|l| matches!(r.sla_state(l, now()), SlaState::Overdue { .. })).count()
    });
    timed("overdue queue 100k", || overdue_queue(&leads, &r, now()).len());
    timed("duplicate index 100k", || DupeIndex::build(&leads));
    let grades = Grade::ALL.map(|g| scores.iter().filter(|s| s.grade == g).count());
    println!("grades A/B/C/D: {grades:?}");
    assert_eq!(scores.len(), 100_000);
}
