//! `/performance/kpis`: the KPI dashboard — every figure of
//! `domain::performance::dashboard` for a chosen year, quarter or month, over
//! the people the acting person may see, each with its definition and the
//! records behind it.

mod actions;
mod benchmark;
mod dashboards;
mod drill;
mod funnel;
mod links;
pub mod pickers;
mod review;
mod seasonal;
mod shared;

pub use actions::ActionsPage;
pub use benchmark::BenchmarkPage;
pub use funnel::FunnelPage;
pub use review::ReviewPage;

pub use links::{PerformanceLinks, PerformanceTabs};
pub use seasonal::SeasonalPage;
mod targets;

pub use targets::TargetsPage;

use leptos::prelude::*;

pub use dashboards::DashboardPage;

use crate::domain::performance::dashboard::dashboard;
use crate::domain::performance::{allowed_owners, Book, Ctx, Kpi, KpiKey, Scope, Unit};
use crate::domain::{Money, Workspace};
use crate::i18n::format as fmt;
use crate::ui::state::{use_acting, use_clock, use_data, use_locale, DbStoreFields};
use chrono::Datelike;
use pickers::{period, LevelPicker, PeriodPicker, RangeProblem, Span};

fn value_text(k: &Kpi, currency: crate::domain::Currency) -> String {
    let Some(v) = k.value else { return "—".into() };
    match k.key.unit() {
        Unit::MoneyMinor => fmt::money(Money::new(v.round() as i64, currency)),
        Unit::Percent => format!("{v:.1} %"),
        Unit::Days => format!("{v:.1}"),
        Unit::Count => fmt::int(v.round() as i64),
        Unit::Hours => format!("{v:.1}"),
        Unit::Points => format!("{v:.1}"),
    }
}

#[component]
pub fn KpiPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let year = RwSignal::new(clock.now_untracked().year());
    let span = RwSignal::new(Span::Year);
    let (from, to) = (RwSignal::new(None), RwSignal::new(None));
    let level = RwSignal::new(Scope::Company);
    let chosen = Memo::new(move |_| period(year.get(), span.get(), from.get(), to.get()));
    // The workspace, copied once per change of a kind the figures read.
    let ws = shared::use_workspace();
    let kept = shared::KeptIndex::new();
    let board = Memo::new(move |_| {
        let ws: std::sync::Arc<Workspace> = ws.get();
        let p = chosen.get().ok()?;
        let scope = level.get();
        let now = clock.now();
        let book = Book::with_index(&ws, kept.of(&ws));
        let owners = allowed_owners(&ws.data.people, &ws.data.org_units, scope, acting.0.get());
        let slice = book.select(&owners);
        let cx = Ctx::new(&book, p, now);
        let kpis = dashboard(&cx, scope, &slice).kpis;
        Some(kpis)
    });
    let open = RwSignal::new(None::<KpiKey>);
    let currency = move || data.db.settings().with(|s| s.currency);
    let k = move || &locale.texts().kpis;
    view! {
        <div class="page" data-testid="kpi-page">
            <PerformanceTabs/>
            <header class="page-head">
                <h1>{move || k().title}</h1>
                <p class="muted">{move || k().intro}</p>
            </header>
            <div class="toolbar">
                <PeriodPicker year span from to/>
                <LevelPicker scope=level/>
                <shared::ScopeNote testid="kpi-scope"/>
            </div>
            {move || chosen.get().err().map(|e| {
                let i = match e { RangeProblem::Missing => 0, RangeProblem::EndBeforeStart => 1, RangeProblem::OutOfRange => 2 };
                view! { <p class="field-error" role="alert" data-testid="kpi-range-error">{k().range_problems[i]}</p> }
            })}
            <section class="card">
                <div class="table-wrap">
                    <table class="table" data-testid="kpi-table">
                        <thead><tr>
                            <th scope="col">{move || k().col_kpi}</th>
                            <th scope="col" class="num">{move || k().col_value}</th>
                            <th scope="col" class="num">{move || k().col_records}</th>
                        </tr></thead>
                        <tbody>
                            {move || board.get().unwrap_or_default().into_iter().enumerate().map(|(i, kpi)| {
                                let key = kpi.key;
                                let n = kpi.records.len();
                                let name = k().names[i.min(21)];
                                let definition = k().definitions[i.min(21)];
                                let other = kpi.other_currency;
                                view! {
                                    <tr data-testid="kpi-row" data-kpi=key.key()>
                                        <th scope="row">
                                            <span class="kpi-name" title=definition>{name}</span>
                                            <br/><span class="muted kpi-definition">{definition}</span>
                                        </th>
                                        <td class="num" data-testid="kpi-value">
                                            {value_text(&kpi, currency())}
                                            {(other > 0).then(|| view! { <br/><span class="muted">{(k().other_currency)(other)}</span> })}
                                        </td>
                                        <td class="num">
                                            <button class="btn-link" type="button" data-testid="kpi-drill" aria-expanded=move || (open.get() == Some(key)).to_string()
                                                on:click=move |_| open.update(|o| *o = if *o == Some(key) { None } else { Some(key) })>
                                                <span data-testid="kpi-count">{n}</span>
                                            </button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
            {move || {
                let key = open.get()?;
                let kpi = board.with(|b| b.as_ref().and_then(|b| b.iter().find(|x| x.key == key).cloned()))?;
                let i = KpiKey::ALL.iter().position(|x| *x == key).unwrap_or(0);
                Some(view! { <drill::Records title=(k().records_of)(k().names[i], kpi.records.len()) key ids=kpi.records/> })
            }}
        </div>
    }
}
