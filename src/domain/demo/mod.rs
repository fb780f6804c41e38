//! Deterministic demo data: a whole, internally consistent sales organisation
//! (territories, people, catalogue, customers, funnel, fulfilment, service,
//! plans) generated from a seed, in Chinese or English, from ~200 to ~100,000
//! records. Same inputs give identical output: everything is drawn from the
//! crate's seeded `Rng`/`IdGen`, all containers are vectors, and "now" is a
//! parameter.

mod catalog;
mod community;
mod improvement;
mod contracts;
mod ctx;
mod customers;
mod field;
mod geo;
mod lead_signals;
mod leads;
mod names;
mod orders;
mod people;
mod plan;
mod sales;
mod service;
#[cfg(test)]
mod tests;

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::{Settings, Timestamp, Workspace};
use ctx::{Gen, World};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoSize {
    Small,
    Medium,
    Large,
}

impl DemoSize {
    /// Total records the size aims at (the result lands within a few percent).
    pub fn approx_records(self) -> usize {
        match self {
            DemoSize::Small => 200,
            DemoSize::Medium => 5_000,
            DemoSize::Large => 100_000,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

/// The reference "now" of [`generate`], so tests and screenshots never drift.
fn reference_now() -> Timestamp {
    NaiveDate::from_ymd_opt(2026, 11, 27).and_then(|d| d.and_hms_opt(9, 0, 0)).map(|t| t.and_utc()).unwrap_or_default()
}

pub fn generate(size: DemoSize, lang: Lang, seed: u64) -> Workspace {
    generate_at(size, lang, seed, reference_now())
}

pub fn generate_at(size: DemoSize, lang: Lang, seed: u64, now: Timestamp) -> Workspace {
    generate_records(size.approx_records(), lang, seed, now)
}

/// How many records of each generated kind; everything else follows from
/// these (quotes from deals, invoices from orders, …) and activities fill the
/// remainder so the total lands on `total`.
struct Sizing {
    full_org: bool,
    compact_lists: bool,
    accounts: usize,
    leads: usize,
    deals: usize,
    repeat_orders: usize,
    surveys: usize,
    complaints: usize,
    visits: usize,
    training: usize,
}

/// Records one account brings on average, activities included (measured).
const PER_ACCOUNT: usize = 19;

impl Sizing {
    fn for_total(total: usize) -> Sizing {
        let full_org = total >= 20_000;
        let compact_lists = total < 1_000;
        // Org, catalogue and plan records that do not grow with the data.
        let fixed = match (full_org, compact_lists) {
            (true, _) => 148,
            (false, false) => 113,
            (false, true) => 98,
        };
        let people_in_field = if full_org { 40 } else { 20 };
        // Accounts' worth of records left, in tenths; the smallest demos get
        // fewer leads and deals per account rather than blowing the budget.
        let e = total.saturating_sub(fixed) * 10 / PER_ACCOUNT;
        let a = e / 10;
        Sizing {
            full_org,
            compact_lists,
            accounts: a.max(8),
            leads: (e / 4).max(8),
            deals: (e * 4 / 25).max(8),
            repeat_orders: a.max(3),
            surveys: (a / 2).max(3),
            complaints: (a / 12).max(2),
            visits: (a / 2).max(3),
            training: (a / 4).clamp(6, people_in_field * 6),
        }
    }
}

/// About `total` records (within a few percent; at least ~200).
pub fn generate_records(total: usize, lang: Lang, seed: u64, now: Timestamp) -> Workspace {
    // A simulated clock can be set anywhere; keep date arithmetic in range.
    let lo = DateTime::<Utc>::from_timestamp(946_684_800, 0).unwrap_or_default(); // 2000-01-01
    let hi = DateTime::<Utc>::from_timestamp(221_845_392_000, 0).unwrap_or_default(); // 9000-01-01
    let now = now.clamp(lo, hi);
    let s = Sizing::for_total(total);
    let g = &mut Gen::new(seed, lang, now);
    let w = &mut World::new();
    let few = |small: usize, normal: usize| if s.compact_lists { small } else { normal };

    people::build(g, w, s.full_org);
    catalog::products(g, w, few(8, 12));
    catalog::segments(g, w, few(3, 6));
    catalog::competitors(g, w, few(2, 4));
    customers::accounts(g, w, s.accounts);
    customers::contacts(g, w);
    sales::deals(g, w, s.deals);
    leads::leads(g, w, s.leads);
    contracts::quotes(g, w);
    contracts::contracts(g, w);
    orders::orders(g, w, s.repeat_orders);
    service::surveys(g, w, s.surveys);
    service::complaints(g, w, s.complaints);
    field::visits(g, w, s.visits);
    field::training(g, w, s.training);
    let revenue = plan::targets(g, w);
    plan::budget(g, w, revenue);
    plan::risks(g, w, few(3, 6));
    plan::milestones(g, w, few(4, 7));
    let activities = total.saturating_sub(w.data.len()).max(w.data.deals.len() / 2);
    field::activities(g, w, activities);
    community::success_cases(g, w);
    community::events(g, w, few(3, (w.accounts.len() / 40).clamp(4, 40)));
    improvement::actions(g, w);

    let mut data = std::mem::take(&mut w.data);
    data.sort_by_id();
    let mut settings =
        Settings { workspace_name: g.t(("示例公司 (演示)", "Demo Company")).to_string(), ..Settings::default() };
    // Solution templates in the demo's language.
    if !g.zh() {
        settings.customers.templates = crate::domain::customers::templates::default_templates_en();
    }
    Workspace { settings, data }
}

