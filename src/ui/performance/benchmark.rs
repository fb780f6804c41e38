//! `/performance/benchmark`: how the top performers work against everyone
//! else (标杆对比), and the ability × willingness quadrants (四象限归因) as a
//! table; either finding can be recorded as an improvement action.

use leptos::prelude::*;

use super::actions::{ActionForm, ActionList};
use super::pickers::{period, PeriodPicker, Span};
use super::shared::{in_view, names, use_workspace, ScopeNote};
use crate::domain::performance::benchmark::{benchmark, Benchmark};
use crate::domain::performance::quadrant::{quadrants, RepQuadrant};
use crate::domain::performance::{Book, Ctx};
use crate::domain::{ActionSource, Id, Money};
use crate::ui::charts::{ChartData, ChartFrame, ChartKind, Series, ValueFormat};
use crate::i18n::format as fmt;
use crate::ui::state::{use_acting, use_clock, use_data, use_locale, DbStoreFields};
use chrono::Datelike;

fn num(v: Option<f64>) -> String {
    v.map_or("—".into(), |v| format!("{v:.1}"))
}

#[component]
pub fn BenchmarkPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let ws = use_workspace();
    let year = RwSignal::new(clock.now_untracked().year());
    let span = RwSignal::new(Span::Year);
    let (from, to) = (RwSignal::new(None), RwSignal::new(None));
    let figures = Memo::new(move |_| {
        let ws = ws.get();
        let p = period(year.get(), span.get(), from.get(), to.get()).ok()?;
        let (owners, _) = in_view(&ws, acting.0.get());
        let book = Book::new(&ws);
        let cx = Ctx::new(&book, p, clock.now());
        let by: std::collections::HashMap<_, _> = book.by_owner().into_iter().filter(|(o, _)| o.is_some() && owners.admits(*o)).collect();
        let b: Benchmark = benchmark(&cx, &by);
        let q: Vec<RepQuadrant> = quadrants(&cx, &book.select(&owners));
        Some((b, q, names(&ws)))
    });
    let r = move || &locale.texts().reviews;
    let currency = move || data.db.settings().with(|s| s.currency);
    let recording = RwSignal::new(None::<(Option<Id>, ActionSource, String, String)>);
    // Each measure has its own unit, so the chart compares the two groups
    // per measure; the table above it holds the same numbers.
    let chart = Signal::derive(move || {
        let Some((b, _, _)) = figures.get() else { return ChartData::default() };
        ChartData {
            title: r().benchmark_chart.to_string(),
            format: ValueFormat::Number,
            category_label: r().col_measure.to_string(),
            categories: r().measures.iter().map(|m| m.to_string()).collect(),
            series: vec![
                Series::new(r().col_top, b.rows.iter().map(|x| x.1).collect(), Vec::new()),
                Series::new(r().col_rest, b.rows.iter().map(|x| x.2).collect(), Vec::new()),
            ],
            record_kinds: Vec::new(),
        }
    });
    let measure_rows = move || {
        let (b, _, _) = figures.get()?;
        Some(
            b.rows
                .into_iter()
                .enumerate()
                .map(|(k, (_, top, rest))| {
                    let m = r().measures[k];
                    let diagnosis = (r().benchmark_diagnosis)(m, &num(top), &num(rest));
                    view! {
                        <tr data-testid="benchmark-row">
                            <th scope="row">{m}</th>
                            <td class="num" data-testid="benchmark-top">{num(top)}</td>
                            <td class="num">{num(rest)}</td>
                            <td><button class="btn-link" type="button" data-testid="benchmark-record"
                                on:click=move |_| recording.set(Some((None, ActionSource::Benchmark, diagnosis.clone(), String::new())))>{r().record_action}</button></td>
                        </tr>
                    }
                })
                .collect_view(),
        )
    };
    let rep_rows = move || {
        let (b, _, who) = figures.get()?;
        let cur = currency();
        Some(
            b.reps
                .into_iter()
                .map(|x| {
                    let top = b.top.contains(&x.person_id);
                    view! {
                        <tr data-testid="benchmark-rep">
                            <th scope="row">{who.get(&x.person_id).cloned().unwrap_or_default()}</th>
                            <td>{if top { format!("★ {}", r().col_top) } else { r().col_rest.to_string() }}</td>
                            <td class="num">{fmt::money(Money::new(x.revenue_minor, cur))}</td>
                            {x.values.iter().map(|v| view! { <td class="num">{num(*v)}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view(),
        )
    };
    let quadrant_rows = move || {
        let (_, q, who) = figures.get()?;
        Some(
            q.into_iter()
                .map(|x| {
                    let i = x.quadrant as usize;
                    let name = who.get(&x.person_id).cloned().unwrap_or_default();
                    let diagnosis = format!("{name} — {}", (r().quadrant_diagnosis)(r().quadrants[i], x.ability, x.willingness));
                    let action = r().quadrant_actions[i];
                    let person = x.person_id;
                    view! {
                        <tr data-testid="quadrant-row" data-quadrant=i.to_string()>
                            <th scope="row">{name}</th>
                            <td class="num">{format!("{:.2}", x.ability)}</td>
                            <td class="num">{format!("{:.2}", x.willingness)}</td>
                            <td>{r().quadrants[i]}</td>
                            <td>{action}<br/>
                                <button class="btn-link" type="button" data-testid="quadrant-record"
                                    on:click=move |_| recording.set(Some((Some(person), ActionSource::Quadrant, diagnosis.clone(), action.to_string())))>{r().record_action}</button>
                            </td>
                        </tr>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <div class="page" data-testid="benchmark-page">
            <header class="page-head">
                <h1>{move || r().benchmark_title}</h1>
                <p class="muted">{move || r().benchmark_intro}</p>
            </header>
            <super::PerformanceTabs/>
            <div class="toolbar"><PeriodPicker year span from to/><ScopeNote/></div>
            <section class="card">
                <h2>{move || r().benchmark_title}</h2>
                <div class="table-wrap">
                    <table class="table" data-testid="benchmark-table">
                        <thead><tr>
                            <th scope="col">{move || r().col_measure}</th>
                            <th scope="col" class="num">{move || r().col_top}</th>
                            <th scope="col" class="num">{move || r().col_rest}</th>
                            <th scope="col">{move || r().col_action}</th>
                        </tr></thead>
                        <tbody>{measure_rows}</tbody>
                    </table>
                </div>
            </section>
            <ChartFrame data=chart kind=ChartKind::Bar testid="benchmark-chart"/>
            {move || recording.get().map(|(person_id, source, diagnosis, action)| view! {
                <section class="card" data-testid="benchmark-action">
                    <h2>{r().record_action}</h2>
                    <ActionForm person_id source diagnosis action on_close=Callback::new(move |_| recording.set(None))/>
                </section>
            })}
            <section class="card">
                <h2>{move || r().reps_h}</h2>
                <div class="table-wrap">
                    <table class="table" data-testid="benchmark-reps">
                        <thead><tr>
                            <th scope="col">{move || r().col_rep}</th>
                            <th scope="col">{move || r().col_group}</th>
                            <th scope="col" class="num">{move || r().col_revenue}</th>
                            {(0..4).map(|k| view! { <th scope="col" class="num">{move || r().measures[k]}</th> }).collect_view()}
                        </tr></thead>
                        <tbody>{rep_rows}</tbody>
                    </table>
                </div>
            </section>
            <section class="card">
                <h2>{move || r().quadrant_h}</h2>
                <div class="table-wrap">
                    <table class="table" data-testid="quadrant-table">
                        <thead><tr>
                            <th scope="col">{move || r().col_rep}</th>
                            <th scope="col" class="num">{move || r().col_ability}</th>
                            <th scope="col" class="num">{move || r().col_willingness}</th>
                            <th scope="col">{move || r().col_quadrant}</th>
                            <th scope="col">{move || r().col_action}</th>
                        </tr></thead>
                        <tbody>{quadrant_rows}</tbody>
                    </table>
                </div>
            </section>
            <ActionList sources=vec![ActionSource::Benchmark, ActionSource::Quadrant]/>
        </div>
    }
}
