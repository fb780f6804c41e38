//! A funnel: series 0's value per step (categories are the stages), each
//! step a centred bar as wide as its share of the first, with its value
//! and the conversion from the step before written beside it.

use leptos::prelude::*;

use super::canvas::{fit, width, Marks};
use super::{colour, ChartData, Pick};

const ROW: f64 = 40.0;
const BAR: f64 = 30.0;

/// Percent of `prev` that reached `next`; `None` when `prev` is 0.
pub fn conversion(prev: Option<f64>, next: Option<f64>) -> Option<f64> {
    let (p, n) = (prev?, next?);
    (p > 0.0).then(|| n / p * 100.0)
}

#[component]
pub fn FunnelChart(
    /// Series 0 holds the count (or amount) at each step.
    #[prop(into)]
    data: Signal<ChartData>,
    /// Called with the step clicked or activated with Enter / Space.
    #[prop(optional, into)]
    on_pick: Option<Callback<Pick>>,
) -> impl IntoView {
    let w = width();
    let h = Signal::derive(move || data.with(|d| d.categories.len() as f64 * ROW + 4.0));
    let marks = Marks::new(on_pick, w, h);
    let title = Signal::derive(move || data.with(|d| d.title.clone()));
    let label_w = (w * 0.3).round();
    let note_w = 110.0;
    let svg = move || {
        let d = data.get();
        let Some(ser) = d.series.first() else { return ().into_any() };
        let first = d.categories.iter().enumerate().find_map(|(c, _)| ser.value(c)).unwrap_or(0.0);
        let max = d.max().max(first).max(f64::MIN_POSITIVE);
        let span = w - label_w - note_w;
        let mid = label_w + span / 2.0;
        d.categories.iter().enumerate().map(|(c, name)| {
            let v = ser.value(c);
            let len = v.map_or(0.0, |v| (v.max(0.0) / max * span).max(2.0));
            let y = c as f64 * ROW + 4.0;
            let conv = (c > 0).then(|| conversion(ser.value(c - 1), v)).flatten();
            let text = d.format.text(v);
            let note = match conv {
                Some(p) => format!("{text} · {p:.1}%"),
                None => text.clone(),
            };
            let label = format!("{name}: {note}");
            let shape = view! {
                <rect x=mid - len / 2.0 y=y width=len height=BAR rx="3" class=colour(0)></rect>
            };
            view! {
                <g>
                    <text x=label_w - 6.0 y=y + BAR / 2.0 + 4.0 class="chart-label" text-anchor="end">{fit(name, label_w - 8.0)}</text>
                    {marks.mark(Pick { series: 0, category: c }, label, mid, y, shape)}
                    <text x=w - note_w + 4.0 y=y + BAR / 2.0 + 4.0 class="chart-value">{note}</text>
                </g>
            }
        }).collect_view().into_any()
    };
    marks.canvas(title, svg)
}
