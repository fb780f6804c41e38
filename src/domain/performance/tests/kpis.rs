//! Every KPI on the hand-made November 2026 data set (`data.rs`). Amounts
//! are in fen (minor units); the working is in the comments.

use super::data::{now, workspace, A, B};
use super::*;
use crate::domain::performance::cash::{collection_cycle, dso};
use crate::domain::performance::{attainment, dashboard::dashboard, sales, service};
use crate::domain::performance::{Book, Ctx, KpiKey, Owners, ReportPeriod, Scope};

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

fn ids(ns: &[u128]) -> Vec<crate::domain::Id> {
    ns.iter().map(|&n| id(n)).collect()
}

#[test]
fn revenue_win_rate_deal_size_and_cycle() {
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let all = book.select(&Owners::All);
    // Won in November: 201 ¥10,000 + 202 ¥30,000 + 204 ¥20,000 = ¥60,000;
    // 205 is in USD: listed and counted, not summed. 207 was won in October.
    let r = sales::revenue(&cx, &all);
    assert_eq!((r.value, r.other_currency, r.records.clone()), (Some(6_000_000.0), 1, ids(&[201, 202, 204, 205])));
    // Closed in November: 201 W, 202 W, 203 L, 204 W, 205 W → 4 / 5 = 80 %.
    assert!(close(sales::win_rate(&cx, &all).value, 80.0));
    // Mean won amount in CNY: 6,000,000 / 3 = 2,000,000.
    assert!(close(sales::average_deal_size(&cx, &all).value, 2_000_000.0));
    // Days created → won: 201 Oct 2 → Nov 5 = 34, 202 10, 204 20, 205 5.
    // Sorted 5, 10, 20, 34: median (10 + 20) / 2 = 15; mean 69 / 4 = 17.25.
    let (median, mean) = sales::sales_cycle(&cx, &all);
    assert!(close(median.value, 15.0) && close(mean.value, 17.25));
    // Rep A alone: 201 W, 202 W, 203 L → 2 / 3; revenue ¥40,000.
    let a = book.select(&Owners::Only([id(A)].into()));
    assert!(close(sales::win_rate(&cx, &a).value, 200.0 / 3.0));
    assert_eq!(sales::revenue(&cx, &a).value, Some(4_000_000.0));
}

#[test]
fn conversion_new_vs_repeat_and_new_customers() {
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let all = book.select(&Owners::All);
    // Leads created in November: 301–304; converted 301 and 303 → 50 %.
    let l2d = sales::lead_to_deal(&cx, &all);
    assert!(close(l2d.value, 50.0));
    assert_eq!(l2d.records, ids(&[301, 302, 303, 304]));
    // Only 301's deal (202) is won → 1 / 4 = 25 %.
    assert!(close(sales::lead_to_won(&cx, &all).value, 25.0));
    // Deals created in November: 202 W, 204 W, 205 W, 206 open → 75 %.
    assert!(close(sales::deal_to_won(&cx, &all).value, 75.0));
    // The old account ordered in June, before 201 and 203 were created:
    // repeat = 201 W, 203 L → 50 %; new = 202, 204, 205 all won → 100 %.
    let (new, repeat) = sales::customer_conversion(&cx, &all);
    assert!(close(new.value, 100.0) && close(repeat.value, 50.0));
    assert_eq!(repeat.records, ids(&[201, 203]));
    // First orders in November: accounts 102 (Nov 12) and 101 (Nov 25).
    assert_eq!(sales::new_customers(&cx, &all).records, ids(&[102, 101]));
}

#[test]
fn average_order_value_and_its_trend() {
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let all = book.select(&Owners::All);
    // November orders 402 (3 × ¥10,000) and 403 (¥20,000): mean ¥25,000.
    assert!(close(sales::average_order_value(&cx, &all).value, 2_500_000.0));
    // October: 404 alone, ¥7,000. Trend (25,000 − 7,000) / 7,000 = 257.142857… %.
    assert!(close(sales::average_order_value_trend(&cx, &all).value, 1_800_000.0 * 100.0 / 700_000.0));
}

#[test]
fn collection_cycle_and_dso() {
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let all = book.select(&Owners::All);
    // Contract 501 signed Nov 11, its only invoice paid in full Nov 20: 9
    // days. 502's invoice is still 15,000 short.
    let c = collection_cycle(&cx, &all);
    assert_eq!((c.value, c.records.clone()), (Some(9.0), ids(&[501])));
    // As of Nov 27: open 15,000 + 1,000 + … + 6,000 = ¥36,000; invoiced in
    // November 30,000 + 20,000 = ¥50,000; 27 days elapsed.
    // DSO = 36,000 / 50,000 × 27 = 19.44.
    let d = dso(&cx, &all);
    assert!(close(d.value, 19.44));
    assert_eq!(d.records, ids(&[602, 603, 604, 605, 606, 607, 608]));
}

#[test]
fn service_kpis_reuse_their_areas() {
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let all = book.select(&Owners::All);
    // Measured: 301 met, 302 late, 303 met (304 closed uncontacted) → 2 / 3.
    assert!(close(service::first_response_sla(&cx, &all).value, 200.0 / 3.0));
    // The same count as the leads area's own per-rep figures.
    let per_rep = crate::domain::leads::sla_compliance(all.leads.iter().copied().filter(|l| l.created_at >= at(2026, 11, 1, 0)), &book.lead_rules, now());
    assert_eq!(per_rep.iter().map(|r| (r.met, r.measured())).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1)), (2, 3));
    // Known outcomes: 801 met, 802 late, 804 overdue (803 still within 48 h) → 1 / 3.
    let c = service::complaint_sla(&cx, &all);
    assert!(close(c.value, 100.0 / 3.0));
    assert_eq!(c.records, ids(&[801, 802, 803, 804]));
    // NPS answers 10, 9, 3, 7: promoters 2, detractors 1 of 4 → 25 (the CSAT answer is not NPS).
    let n = service::nps(&cx, &all);
    assert!(close(n.value, 25.0));
    assert_eq!(n.records, ids(&[901, 902, 903, 904]));
    // Visits in November: 1001, 1002 (A), 1003 (B).
    assert_eq!(service::visits(&cx, &all).value, Some(3.0));
    let b = book.select(&Owners::Only([id(B)].into()));
    assert_eq!(service::visits(&cx, &b).records, ids(&[1003]));
    // Training in November: A 2.5 h + B 4.0 h (A's 8 h on Oct 30 is October).
    let t = service::training_hours(&cx, &all);
    assert_eq!((t.value, t.records), (Some(6.5), ids(&[1201, 1202])));
    // B: complaint 802 late and 804 overdue → 0 %; B's NPS: one passive → 0.
    assert!(close(service::complaint_sla(&cx, &b).value, 0.0));
    assert!(close(service::nps(&cx, &b).value, 0.0));
}

#[test]
fn attainment_and_pipeline_coverage() {
    let ws = workspace();
    let book = Book::new(&ws);
    let nov = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let all = book.select(&Owners::All);
    // Company November target ¥100,000, revenue ¥60,000 → 60 %; remaining
    // ¥40,000; open pipeline 206 ¥40,000 × 25 % = ¥10,000 → coverage 0.25.
    let (st, targets) = attainment::revenue_status(&nov, Scope::Company, &all).unwrap();
    assert_eq!(targets, ids(&[1102]));
    assert_eq!((st.target, st.actual, st.remaining, st.weighted_pipeline), (10_000_000, 6_000_000, 4_000_000, 1_000_000));
    assert!(close(st.attainment_percent, 60.0) && close(st.coverage, 0.25));
    // Rep A: ¥40,000 of ¥80,000 → 50 %.
    let a = book.select(&Owners::Only([id(A)].into()));
    assert!(close(attainment::revenue_attainment(&nov, Scope::Person(id(A)), &a).value, 50.0));
    // Q4 has no quarter target: the three months add up to ¥300,000.
    let q4 = Ctx::new(&book, ReportPeriod::quarter(2026, 4).unwrap(), now());
    assert_eq!(attainment::target_for(&q4, Scope::Company, crate::domain::TargetMetric::Revenue).map(|t| t.0), Some(30_000_000));
    // Last year's basis for 2027: won in 2026, A 10,000 + 30,000 + 7,000, B 20,000 (USD left out).
    let basis = attainment::won_revenue_by_owner(&book, 2026, now());
    assert_eq!(basis, [(id(A), 4_700_000), (id(B), 2_000_000)].into());
    // A custom range cutting through months has no target.
    let cut = ReportPeriod::custom(chrono::NaiveDate::from_ymd_opt(2026, 11, 5).unwrap(), chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()).unwrap();
    assert!(attainment::target_for(&Ctx::new(&book, cut, now()), Scope::Company, crate::domain::TargetMetric::Revenue).is_none());
}

#[test]
fn dashboard_lists_every_kpi_once_in_order() {
    let ws = workspace();
    let book = Book::new(&ws);
    let cx = Ctx::new(&book, ReportPeriod::month(2026, 11).unwrap(), now());
    let d = dashboard(&cx, Scope::Company, &book.select(&Owners::All));
    assert_eq!(d.kpis.iter().map(|k| k.key).collect::<Vec<_>>(), KpiKey::ALL.to_vec());
    assert!(close(d.get(KpiKey::RevenueAttainment).and_then(|k| k.value), 60.0));
    assert_eq!(KpiKey::Dso.definition(), "kpi.dso.definition");
}

#[test]
fn remembered_sla_states_carry_to_the_next_book_and_give_the_same_figure() {
    let ws = workspace();
    let period = ReportPeriod::month(2026, 11).unwrap();
    let first = Book::new(&ws);
    let all = first.select(&Owners::All);
    let fresh = service::first_response_sla(&Ctx::new(&first, period, now()), &all).value;
    let states = first.take_sla();
    assert!(!states.is_empty(), "the leads scored are remembered");
    let n = states.len();
    // An hour later: contacted leads keep their state, the rest are scored again.
    let later = now() + chrono::Duration::hours(1);
    let second = Book::with_sla(&ws, states);
    let all = second.select(&Owners::All);
    let again = service::first_response_sla(&Ctx::new(&second, period, now()), &all).value;
    assert_eq!(again, fresh);
    let _ = service::first_response_sla(&Ctx::new(&second, period, later), &all);
    assert_eq!(second.take_sla().len(), n, "same leads, one state each");
}
