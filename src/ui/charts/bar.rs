//! Grouped horizontal bars: one row per category, one bar per series, each
//! bar's value written at its end. Rows suit long names (reps, regions) and
//! any count of them on a phone.

use leptos::prelude::*;

use super::canvas::{fit, width, Marks};
use super::{colour, ChartData, Pick};
use crate::ui::state::use_locale;

const BAR: f64 = 16.0;
const GAP: f64 = 4.0;
const PAD: f64 = 12.0;

/// Height of one category's row.
fn row_height(series: usize) -> f64 {
    series.max(1) as f64 * (BAR + GAP) + PAD
}

#[component]
pub fn BarChart(
    /// The figures; negative values draw as empty bars (the label still shows them).
    #[prop(into)]
    data: Signal<ChartData>,
    /// Called with the bar clicked or activated with Enter / Space.
    #[prop(optional, into)]
    on_pick: Option<Callback<Pick>>,
) -> impl IntoView {
    let locale = use_locale();
    let w = width();
    let h = Signal::derive(move || data.with(|d| d.categories.len() as f64 * row_height(d.series.len()) + 8.0));
    let marks = Marks::new(on_pick, w, h);
    let title = Signal::derive(move || data.with(|d| d.title.clone()));
    let label_w = (w * 0.28).round();
    let value_w = 76.0;
    let svg = move || {
        let d = data.get();
        let loc = locale.0.get();
        let max = d.max().max(f64::MIN_POSITIVE);
        let span = w - label_w - value_w;
        let row = row_height(d.series.len());
        let rows = d.categories.iter().enumerate().map(|(c, name)| {
            let top = c as f64 * row + PAD / 2.0;
            let bars = d.series.iter().enumerate().map(|(s, ser)| {
                let v = ser.value(c);
                let len = v.map_or(0.0, |v| v.max(0.0) / max * span);
                let y = top + s as f64 * (BAR + GAP);
                let label = format!("{name} · {}: {}", ser.name, d.format.text(v));
                let shown = v.map_or("—".to_string(), |v| d.format.short(v, loc));
                if v.is_none() {
                    // No figure: written as such, nothing to point at.
                    return view! { <text x=label_w + 4.0 y=y + BAR - 4.0 class="chart-value chart-tick">{shown}</text> }.into_any();
                }
                let shape = view! {
                    <rect x=label_w y=y width=len.max(1.0) height=BAR rx="2" class=colour(s)></rect>
                    <text x=label_w + len + 4.0 y=y + BAR - 4.0 class="chart-value">{shown}</text>
                };
                marks.mark(Pick { series: s, category: c }, label, label_w + len / 2.0, y, shape).into_any()
            });
            let mid = top + (row - PAD) / 2.0 + 4.0;
            view! {
                <g>
                    <text x=label_w - 6.0 y=mid class="chart-label" text-anchor="end">{fit(name, label_w - 8.0)}</text>
                    {bars.collect_view()}
                </g>
            }
        });
        view! {
            {rows.collect_view()}
            <line x1=label_w x2=label_w y1="0" y2=h.get() class="chart-axis"></line>
        }
    };
    marks.canvas(title, svg)
}
