//! A chart with its title, legend, chart ⇄ table toggle, CSV download and
//! drill-down to the records behind the picked bar or point.

use leptos::prelude::*;

use super::table::{csv_bytes, file_name, DataTable};
use super::{colour, BarChart, ChartData, ChartKind, FunnelChart, LineChart, Pick, Records, ScatterChart, StackedBar};
use crate::ui::state::use_locale;

/// Legend marker of series `i` in a line chart (the line's point shape).
const SHAPES: [&str; 4] = ["●", "■", "▲", "◆"];

#[component]
pub fn ChartFrame(
    /// The figures (title, categories, series with their records).
    #[prop(into)]
    data: Signal<ChartData>,
    /// Which chart draws them.
    kind: ChartKind,
    /// `data-testid` of the frame.
    #[prop(default = "chart")]
    testid: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let t = move || &locale.texts().charts;
    let table = RwSignal::new(false);
    let picked = RwSignal::new(None::<Pick>);
    let on_pick = Callback::new(move |p: Pick| picked.set(Some(p)));
    let download = move |_| {
        let d = data.get_untracked();
        if let Err(e) = crate::ui::browser::download_bytes(&file_name(&d.title), "text/csv;charset=utf-8", &csv_bytes(&d)) {
            leptos::logging::warn!("chart CSV download failed: {e}");
        }
    };
    let band = match &kind {
        ChartKind::Line(o) => o.band,
        _ => None,
    };
    let is_line = matches!(kind, ChartKind::Line(_));
    let legend = matches!(kind, ChartKind::Bar | ChartKind::Stacked | ChartKind::Line(_));
    let chart = {
        let kind = kind.clone();
        move || match kind.clone() {
            ChartKind::Bar => view! { <BarChart data on_pick/> }.into_any(),
            ChartKind::Stacked => view! { <StackedBar data on_pick/> }.into_any(),
            ChartKind::Line(options) => view! { <LineChart data options on_pick/> }.into_any(),
            ChartKind::Funnel => view! { <FunnelChart data on_pick/> }.into_any(),
            ChartKind::Scatter(options) => view! { <ScatterChart data options on_pick/> }.into_any(),
        }
    };
    let legend_items = move || {
        data.with(|d| {
            let mut line_no = 0;
            d.series.iter().enumerate().map(|(i, s)| {
                let in_band = band.is_some_and(|(lo, hi)| i == lo || i == hi);
                let (mark, class) = if in_band {
                    ("▒".to_string(), "band".to_string())
                } else if is_line {
                    line_no += 1;
                    (SHAPES[(line_no - 1) % 4].to_string(), colour(i))
                } else {
                    ("■".to_string(), colour(i))
                };
                view! { <li><span class=format!("chart-swatch {class}") aria-hidden="true">{mark}</span>{s.name.clone()}</li> }
            }).collect_view()
        })
    };
    let empty = move || data.with(|d| d.categories.is_empty() || d.series.is_empty());
    let drill = move || {
        let p = picked.get()?;
        let d = data.get();
        let ser = d.series.get(p.series)?;
        let cat = d.categories.get(p.category)?;
        let ids = ser.records_at(p.category).to_vec();
        let what = if d.series.len() > 1 && !matches!(kind, ChartKind::Scatter(_)) { format!("{cat} · {}", ser.name) } else { cat.clone() };
        Some(view! {
            <div class="chart-drill">
                <button class="btn btn-ghost chart-close" type="button" data-testid="chart-drill-close" on:click=move |_| picked.set(None)>{t().close}</button>
                <Records title=(t().records_of)(&what, ids.len()) kinds=d.record_kinds.clone() ids testid="chart-record"/>
            </div>
        })
    };
    view! {
        <section class="card chart-frame" data-testid=testid aria-label=move || data.with(|d| d.title.clone())>
            <header class="chart-head">
                <h2>{move || data.with(|d| d.title.clone())}</h2>
                <div class="chart-actions">
                    <button class="btn btn-ghost" type="button" data-testid="chart-toggle" aria-pressed=move || table.get().to_string()
                        on:click=move |_| table.update(|v| *v = !*v)>
                        {move || if table.get() { t().show_chart } else { t().show_table }}
                    </button>
                    <button class="btn btn-ghost" type="button" data-testid="chart-csv" title=move || t().csv_hint aria-label=move || t().csv_hint
                        on:click=download>{move || t().csv}</button>
                </div>
            </header>
            {legend.then(|| view! { <ul class="chart-legend" aria-label=move || t().legend>{legend_items}</ul> })}
            {move || if empty() {
                view! { <p class="muted" data-testid="chart-empty">{t().no_data}</p> }.into_any()
            } else if table.get() {
                view! { <DataTable data on_pick records_label=t().cell_records/> }.into_any()
            } else {
                view! { {chart()} <p class="muted chart-hint">{t().hint}</p> }.into_any()
            }}
            {drill}
        </section>
    }
}
