//! The targets tree table and a row's quarter/month breakdown.

use std::sync::Arc;

use leptos::prelude::*;

use super::{names, value_text};
use crate::domain::performance::target_tree::{breakdown, standing, Standing, TreeRow};
use crate::domain::performance::targets::Node;
use crate::domain::performance::{Book, ReportPeriod};
use crate::domain::{TargetMetric, Workspace};
use crate::ui::state::{use_clock, use_locale};

fn node_key(n: Node) -> (String, &'static str) {
    match n {
        Node::Unit(u) => (u.to_string(), "unit"),
        Node::Person(p) => (p.to_string(), "person"),
    }
}

const ICONS: [&str; 6] = ["✓", "▼", "▼", "●", "○", "–"];

fn percent(p: Option<f64>) -> String {
    p.filter(|v| v.is_finite()).map_or_else(|| "—".to_string(), |v| format!("{v:.1} %"))
}

#[component]
pub fn TargetTree(
    ws: Memo<Arc<Workspace>>,
    rows: Memo<Option<Vec<TreeRow>>>,
    year: RwSignal<i32>,
    metric: RwSignal<TargetMetric>,
) -> impl IntoView {
    let locale = use_locale();
    let clock = use_clock();
    let t = move || &locale.texts().targets;
    let open = RwSignal::new(None::<Node>);
    let names = Memo::new(move |_| names(&ws.get()));
    let name_of = move |n: Node| {
        let id = match n {
            Node::Unit(u) | Node::Person(u) => u,
        };
        names.with(|m| m.get(&id).cloned().unwrap_or_default())
    };
    let revenue = move || metric.get() == TargetMetric::Revenue;
    let row_view = move |r: TreeRow| {
        let cur = ws.with(|w| w.settings.currency);
        let m = metric.get();
        let (key, kind) = node_key(r.node);
        let name = name_of(r.node);
        let node = r.node;
        let target = r.target.map_or_else(|| "—".to_string(), |v| value_text(m, v, cur));
        let (actual, attainment, coverage, stand) = match &r.status {
            Some(st) => {
                let today = clock.now().date_naive();
                let s = ReportPeriod::year(year.get()).map_or(Standing::NoTarget, |p| standing(st, r.target.is_some(), p, today, m == TargetMetric::ConversionRate));
                (value_text(m, st.actual, cur), percent(st.attainment_percent), st.coverage.map_or_else(|| "—".to_string(), |c| format!("{c:.2}×")), Some(s))
            }
            None => (t().hidden.to_string(), "—".to_string(), "—".to_string(), None),
        };
        let complete = r.complete;
        let indent = format!("depth-{}", r.depth.min(6));
        let expand_label = (t().expand)(&name);
        let raw_target = r.target.unwrap_or(0).to_string();
        let raw_actual = r.status.as_ref().map(|s| s.actual.to_string()).unwrap_or_default();
        view! {
            <tr data-testid="target-row" data-node=key data-kind=kind data-depth=r.depth.to_string() data-target=raw_target data-actual=raw_actual
                class:below=move || matches!(stand, Some(Standing::Below | Standing::BehindPace))>
                <th scope="row" class=indent>
                    {complete.then(|| view! {
                        <button class="btn-link expand" type="button" data-testid="target-expand" aria-label=expand_label.clone() title=expand_label
                            aria-expanded=move || (open.get() == Some(node)).to_string()
                            on:click=move |_| open.update(|o| *o = if *o == Some(node) { None } else { Some(node) })>
                            {move || if open.get() == Some(node) { "▾" } else { "▸" }}
                        </button>
                    })}
                    <span data-testid="target-name">{name}</span>
                </th>
                <td class="num" data-testid="t-target">{target}</td>
                <td class="num" data-testid="t-actual" class:muted=!complete>{actual}</td>
                <td class="num" data-testid="t-attainment">{attainment}</td>
                {move || revenue().then(|| view! { <td class="num" data-testid="t-coverage">{coverage.clone()}</td> })}
                <td data-testid="t-standing">
                    {stand.map(|s| view! { <span class=format!("standing standing-{}", s.index())><span aria-hidden="true">{ICONS[s.index()]}" "</span>{t().standing[s.index()]}</span> })}
                </td>
            </tr>
            {move || (open.get() == Some(node)).then(|| view! { <Breakdown ws node year metric/> })}
        }
    };
    view! {
        <section class="card" data-testid="targets-tree">
            <div class="table-wrap">
                <table class="table targets-table">
                    <thead><tr>
                        <th scope="col">{move || t().col_name}</th>
                        <th scope="col" class="num">{move || t().col_target}</th>
                        <th scope="col" class="num">{move || t().col_actual}</th>
                        <th scope="col" class="num">{move || t().col_attainment}</th>
                        {move || revenue().then(|| view! { <th scope="col" class="num"><abbr title=t().coverage_hint>{t().col_coverage}</abbr></th> })}
                        <th scope="col">{move || t().col_status}</th>
                    </tr></thead>
                    <tbody>
                        {move || rows.get().unwrap_or_default().into_iter().map(row_view).collect_view()}
                    </tbody>
                </table>
            </div>
            {move || rows.with(|r| r.as_ref().is_some_and(|r| r.iter().all(|x| x.target.is_none()))).then(|| view! { <p class="muted" data-testid="targets-empty">{t().empty}</p> })}
            <p class="muted small">{move || t().pace_note}" "{move || rows.with(|r| r.as_ref().is_some_and(|r| r.iter().any(|x| !x.complete))).then(|| t().hidden_note)}</p>
            <p class="muted small">{move || revenue().then(|| t().coverage_hint)}</p>
        </section>
    }
}

/// Quarters then months of one row: target, actual, attainment.
#[component]
fn Breakdown(ws: Memo<Arc<Workspace>>, node: Node, year: RwSignal<i32>, metric: RwSignal<TargetMetric>) -> impl IntoView {
    let locale = use_locale();
    let clock = use_clock();
    let t = move || &locale.texts().targets;
    let cells = Memo::new(move |_| {
        let ws = ws.get();
        breakdown(&Book::new(&ws), node, metric.get(), year.get(), clock.now())
    });
    let cols = move || if metric.get() == TargetMetric::Revenue { 6 } else { 5 };
    view! {
        <tr class="breakdown"><td colspan=move || cols().to_string()>
            <div class="breakdown-wrap">
            <table class="table breakdown-table" data-testid="target-breakdown">
                <thead><tr>
                    <th scope="col">{move || t().col_period}</th>
                    <th scope="col" class="num">{move || t().col_target}</th>
                    <th scope="col" class="num">{move || t().col_actual}</th>
                    <th scope="col" class="num">{move || t().col_attainment}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let cur = ws.with(|w| w.settings.currency);
                        let m = metric.get();
                        cells.get().into_iter().enumerate().map(|(i, c)| {
                            let label = if i < 4 { (t().quarter)(i as u32 + 1) } else { t().months[i - 4].to_string() };
                            view! {
                                <tr data-testid="breakdown-row" class:quarter=i < 4>
                                    <th scope="row">{label}</th>
                                    <td class="num">{c.target.map_or_else(|| "—".to_string(), |v| value_text(m, v, cur))}</td>
                                    <td class="num">{value_text(m, c.status.actual, cur)}</td>
                                    <td class="num">{percent(c.status.attainment_percent)}</td>
                                </tr>
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
            </div>
        </td></tr>
    }
}
