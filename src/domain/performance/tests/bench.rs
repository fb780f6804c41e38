//! Timing of a full dashboard recompute on the large demo (~100,000
//! records). Ignored by default; run with
//! `cargo test --release --lib performance::tests::bench -- --ignored --nocapture`.

use std::time::Instant;

use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::performance::dashboard::dashboard;
use crate::domain::performance::seasonal::{analyse, History};
use crate::domain::performance::{funnel, quadrant, Book, Ctx, Owners, ReportPeriod, Scope};
use crate::domain::Role;

/// Nanoseconds this thread has spent on a CPU (Linux), so a busy machine
/// does not inflate the figure as much as wall time.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Runs `f` three times and reports the fastest run (other work on the
/// machine only ever adds time), wall and CPU.
fn timed<T>(what: &str, mut f: impl FnMut() -> T) -> T {
    let mut best: Option<(f64, Option<f64>, T)> = None;
    for _ in 0..3 {
        let (t, c) = (Instant::now(), cpu_ns());
        let out = f();
        let wall = t.elapsed().as_secs_f64() * 1e3;
        let cpu = c.zip(cpu_ns()).map(|(a, b)| b.saturating_sub(a) as f64 / 1e6);
        if best.as_ref().is_none_or(|b| wall < b.0) {
            best = Some((wall, cpu, out));
        }
    }
    let Some((wall, cpu, out)) = best else { unreachable!() };
    match cpu {
        Some(cpu) => println!("{what}: {wall:.1} ms wall, {cpu:.1} ms CPU"),
        None => println!("{what}: {wall:.1} ms wall"),
    }
    out
}

#[test]
#[ignore]
fn full_dashboard_recompute_on_the_large_demo() {
    let ws = generate(DemoSize::Large, Lang::Zh, 7);
    let d = &ws.data;
    let records = d.deals.len() + d.leads.len() + d.orders.len() + d.invoices.len() + d.payments.len() + d.activities.len() + d.accounts.len();
    println!("large demo: {} deals, {} leads, {} orders, {} invoices, {} activities ({records} of the main kinds)", d.deals.len(), d.leads.len(), d.orders.len(), d.invoices.len(), d.activities.len());
    let now = super::at(2026, 11, 27, 9);
    let year = ReportPeriod::year(2026).unwrap();
    let reps: Vec<_> = d.people.iter().filter(|p| p.role == Role::Rep).map(|p| p.id).collect();
    let book = timed("index (Book::new)", || Book::new(&ws));
    let cx = Ctx::new(&book, year, now);
    let empty = crate::domain::performance::Slice::default();
    // A fresh book each run: the SLA states it remembers would otherwise
    // make the second and third runs look faster than a real recompute.
    let kpis = timed("KPIs: company + every rep, one year (fresh index included)", || {
        let book = Book::new(&ws);
        let cx = Ctx::new(&book, year, now);
        let all = book.select(&Owners::All);
        let mut out = vec![dashboard(&cx, Scope::Company, &all).kpis.len()];
        let by = book.by_owner();
        for r in &reps {
            out.push(dashboard(&cx, Scope::Person(*r), by.get(&Some(*r)).unwrap_or(&empty)).kpis.len());
        }
        out
    });
    assert_eq!(kpis.len(), reps.len() + 1);
    // What changing the period or acting-as costs once the index is built
    // and the leads' SLA states for this "now" are known.
    let _ = dashboard(&cx, Scope::Company, &book.select(&Owners::All));
    timed("KPIs: company only, one year (index kept: a period change)", || {
        let book = Book::with_index(&ws, book.index());
        let cx = Ctx::new(&book, year, now);
        dashboard(&cx, Scope::Company, &book.select(&Owners::All)).kpis.len()
    });
    timed("KPIs: company + every rep, one year (index kept)", || {
        let all = book.select(&Owners::All);
        let by = book.by_owner();
        let mut n = dashboard(&cx, Scope::Company, &all).kpis.len();
        for r in &reps {
            n += dashboard(&cx, Scope::Person(*r), by.get(&Some(*r)).unwrap_or(&empty)).kpis.len();
        }
        n
    });
    breakdown(&cx, &book.select(&Owners::All));
    let all = timed("  select (company slice)", || book.select(&Owners::All));
    timed("  by_owner (every owner's slice)", || book.by_owner().len());
    timed("funnel diagnosis", || funnel::diagnose(&cx, &all));
    timed("four quadrants", || quadrant::quadrants(&cx, &all));
    let history = History::from_orders(&all, ws.settings.currency, now.date_naive());
    println!("order history: {} months", history.values.len());
    timed("seasonal fit (both models + backtests)", || analyse(&history).ok());
    timed("everything (index, KPIs, funnel, quadrants, seasonal)", || {
        let book = Book::new(&ws);
        let cx = Ctx::new(&book, year, now);
        let all = book.select(&Owners::All);
        let by = book.by_owner();
        let mut n = dashboard(&cx, Scope::Company, &all).kpis.len();
        for r in &reps {
            n += dashboard(&cx, Scope::Person(*r), by.get(&Some(*r)).unwrap_or(&empty)).kpis.len();
        }
        let _ = (funnel::diagnose(&cx, &all), quadrant::quadrants(&cx, &all), analyse(&history).ok());
        n
    });
}

/// Where the company-scope time goes, one KPI family at a time.
fn breakdown(cx: &Ctx, all: &crate::domain::performance::Slice) {
    use crate::domain::performance::{attainment, cash, sales, service};
    timed("  revenue, win rate, deal size, cycle", || (sales::revenue(cx, all), sales::win_rate(cx, all), sales::average_deal_size(cx, all), sales::sales_cycle(cx, all)));
    timed("  lead and deal conversion", || (sales::lead_to_deal(cx, all), sales::lead_to_won(cx, all), sales::deal_to_won(cx, all)));
    timed("  new vs repeat, new customers", || (sales::customer_conversion(cx, all), sales::new_customers(cx, all)));
    timed("  order value and trend", || sales::average_order_value_trend(cx, all));
    timed("  attainment", || attainment::revenue_attainment(cx, Scope::Company, all));
    timed("  collection cycle", || cash::collection_cycle(cx, all));
    timed("  DSO", || cash::dso(cx, all));
    timed("  aging", || cash::aging(cx, all));
    timed("  first-response SLA (cold: fresh index, each lead scored)", || {
        let book = Book::new(cx.book.ws);
        let all = book.select(&Owners::All);
        service::first_response_sla(&Ctx::new(&book, cx.period, cx.now), &all).value
    });
    timed("  first-response SLA (states remembered)", || service::first_response_sla(cx, all));
    timed("  complaint SLA, NPS, visits, training", || (service::complaint_sla(cx, all), service::nps(cx, all), service::visits(cx, all), service::training_hours(cx, all)));
}
