//! Criterion benchmarks of the pure-Rust hot paths over the same deterministic
//! demo data the browser benchmark uses, so a regression shows up here without
//! a browser. Run: `cargo bench --locked --bench domain`.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, TimeZone, Utc};
use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion};
use salesflow::domain::demo::{generate_records, Lang};
use salesflow::domain::validate::check;
use salesflow::domain::leads::{overdue_queue, DupeIndex, LeadRules};
use salesflow::domain::{forecast, pipeline, Id, Lead, Workspace};
use salesflow::store::format::export_json;
use salesflow::store::import;

const SEED: u64 = 20_261_127;
const N: usize = 100_000;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).single().unwrap_or_default()
}

fn workspace() -> Workspace {
    generate_records(N, Lang::Zh, SEED, now())
}

fn aggregates(c: &mut Criterion) {
    let ws = workspace();
    let deals = &ws.data.deals;
    let mut g = c.benchmark_group(format!("aggregates/{N}-records/{}-deals", deals.len()));
    g.bench_function("pipeline column totals", |b| {
        b.iter(|| pipeline::column_totals(black_box(deals.iter()), &ws.settings))
    });
    g.bench_function("forecast by month", |b| {
        b.iter(|| forecast::weighted_by_month(black_box(deals.iter()), &ws.settings))
    });
    g.bench_function("forecast categories by owner", |b| {
        b.iter(|| forecast::category_totals_by_owner(black_box(deals.iter()), &ws.settings))
    });
    g.finish();
}

/// 100,000 leads: the demo's leads repeated with fresh ids, so every scoring
/// path (titles in both languages, engagement, consent) is exercised.
fn leads_100k(ws: &Workspace) -> Vec<Lead> {
    let base = &ws.data.leads;
    (0..N)
        .map(|i| {
            let mut l = base[i % base.len()].clone();
            l.id = Id::from_u128(i as u128 + 1);
            l
        })
        .collect()
}

fn leads(c: &mut Criterion) {
    let ws = generate_records(10_000, Lang::Zh, SEED, now());
    let leads = leads_100k(&ws);
    let rules = LeadRules::new(&ws.settings);
    let mut g = c.benchmark_group(format!("leads/{N}"));
    g.sample_size(10);
    g.bench_function("score all", |b| b.iter(|| rules.score_all(black_box(&leads), now())));
    g.bench_function("list rows (score + SLA + next follow-up)", |b| {
        b.iter(|| leads.iter().map(|l| rules.view(l, now())).collect::<Vec<_>>())
    });
    g.bench_function("overdue queue", |b| b.iter(|| overdue_queue(black_box(&leads), &rules, now())));
    g.bench_function("duplicate index", |b| b.iter(|| DupeIndex::build(black_box(&leads))));
    g.finish();
}

fn integrity(c: &mut Criterion) {
    let ws = workspace();
    let mut g = c.benchmark_group(format!("integrity/{N}-records"));
    g.sample_size(10);
    g.bench_function("reference + duplicate check", |b| b.iter(|| check(black_box(&ws.data))));
    let text = export_json(&ws, now());
    g.bench_function("import parse + validate", |b| {
        b.iter_batched(|| text.clone(), |t| import::parse(&t, &Default::default()), BatchSize::LargeInput)
    });
    g.bench_function("export", |b| b.iter(|| export_json(black_box(&ws), now())));
    g.finish();
}

/// The KPI dashboard over 100,000 records: every figure for the company and
/// for each rep, for one year. "Fresh" builds the index and scores every
/// lead; "period change" is what the dashboard does when the period or the
/// acting person changes (index rebuilt, lead SLA states carried over).
fn kpis(c: &mut Criterion) {
    use salesflow::domain::performance::dashboard::dashboard;
    use salesflow::domain::performance::{Book, Ctx, Owners, ReportPeriod, Scope, Slice};
    use salesflow::domain::Role;
    let ws = workspace();
    let Some(year) = ReportPeriod::year(2026) else { return };
    let reps: Vec<Id> = ws.data.people.iter().filter(|p| p.role == Role::Rep).map(|p| p.id).collect();
    let every = |book: &Book| {
        let cx = Ctx::new(book, year, now());
        let mut n = dashboard(&cx, Scope::Company, &book.select(&Owners::All)).kpis.len();
        let by = book.by_owner();
        let empty = Slice::default();
        for r in &reps {
            n += dashboard(&cx, Scope::Person(*r), by.get(&Some(*r)).unwrap_or(&empty)).kpis.len();
        }
        n
    };
    let company = |book: &Book| dashboard(&Ctx::new(book, year, now()), Scope::Company, &book.select(&Owners::All)).kpis.len();
    let mut g = c.benchmark_group(format!("kpis/{N}-records/{}-reps", reps.len()));
    g.sample_size(10);
    g.bench_function("company, fresh", |b| b.iter(|| company(&Book::new(black_box(&ws)))));
    g.bench_function("company + every rep, fresh", |b| b.iter(|| every(&Book::new(black_box(&ws)))));
    let warm = Book::new(&ws);
    every(&warm);
    let states = warm.take_sla();
    g.bench_function("company, period change", |b| {
        b.iter_batched(|| states.clone(), |s| company(&Book::with_sla(black_box(&ws), s)), BatchSize::LargeInput)
    });
    g.bench_function("company + every rep, period change", |b| {
        b.iter_batched(|| states.clone(), |s| every(&Book::with_sla(black_box(&ws), s)), BatchSize::LargeInput)
    });
    g.finish();
}

fn demo(c: &mut Criterion) {
    let mut g = c.benchmark_group("demo");
    g.sample_size(10);
    g.bench_function("generate 10,000 records", |b| b.iter(|| generate_records(10_000, Lang::En, SEED, now())));
    g.finish();
}

criterion_group!(benches, aggregates, leads, integrity, kpis, demo);
criterion_main!(benches);
