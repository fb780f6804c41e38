//! Stacked horizontal bars: one bar per category, the series laid end to
//! end (aging buckets of a rep), the total written at the end and each
//! segment's value inside it when it fits.

use leptos::prelude::*;

use super::canvas::{fit, text_width, width, Marks};
use super::{colour, ChartData, Pick};
use crate::ui::state::use_locale;

const BAR: f64 = 22.0;
const ROW: f64 = 34.0;

#[component]
pub fn StackedBar(
    /// The figures; negative or missing values add nothing to a stack.
    #[prop(into)]
    data: Signal<ChartData>,
    /// Called with the segment clicked or activated with Enter / Space.
    #[prop(optional, into)]
    on_pick: Option<Callback<Pick>>,
) -> impl IntoView {
    let locale = use_locale();
    let w = width();
    let h = Signal::derive(move || data.with(|d| d.categories.len() as f64 * ROW + 8.0));
    let marks = Marks::new(on_pick, w, h);
    let title = Signal::derive(move || data.with(|d| d.title.clone()));
    let label_w = (w * 0.28).round();
    let value_w = 76.0;
    let svg = move || {
        let d = data.get();
        let loc = locale.0.get();
        let total = |c: usize| d.series.iter().filter_map(|s| s.value(c)).filter(|v| *v > 0.0).sum::<f64>();
        let max = (0..d.categories.len()).map(total).fold(0.0f64, f64::max).max(f64::MIN_POSITIVE);
        let span = w - label_w - value_w;
        let rows = d.categories.iter().enumerate().map(|(c, name)| {
            let y = c as f64 * ROW + 6.0;
            let mut x = label_w;
            let segs = d.series.iter().enumerate().map(|(s, ser)| {
                let v = ser.value(c);
                let len = v.map_or(0.0, |v| v.max(0.0) / max * span);
                let at = x;
                x += len;
                let label = format!("{name} · {}: {}", ser.name, d.format.text(v));
                let short = v.map(|v| d.format.short(v, loc)).unwrap_or_default();
                let inside = (len > 0.0 && text_width(&short) + 6.0 < len).then(|| {
                    view! { <text x=at + len / 2.0 y=y + BAR - 7.0 class="chart-value chart-on-fill" text-anchor="middle">{short}</text> }
                });
                let shape = view! {
                    <rect x=at y=y width=len height=BAR class=format!("chart-seg {}", colour(s))></rect>
                    {inside}
                };
                (len > 0.0).then(|| marks.mark(Pick { series: s, category: c }, label, at + len / 2.0, y, shape))
            }).collect_view();
            view! {
                <g>
                    <text x=label_w - 6.0 y=y + BAR - 7.0 class="chart-label" text-anchor="end">{fit(name, label_w - 8.0)}</text>
                    {segs}
                    <text x=x + 4.0 y=y + BAR - 7.0 class="chart-value">{d.format.short(total(c), loc)}</text>
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
