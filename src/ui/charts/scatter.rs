//! A scatter of labelled points: x from series 0, y from series 1, the
//! categories naming the points (reps). Optional split lines cut it into
//! quadrants, each named in its corner.

use leptos::prelude::*;

use super::canvas::{fit, width, Marks};
use super::line::nice_max;
use super::{colour, ChartData, Pick, ScatterOptions};

const H: f64 = 340.0;
const PAD: f64 = 36.0;

#[component]
pub fn ScatterChart(
    /// Series 0 = x, series 1 = y; series 0's records are the point's.
    #[prop(into)]
    data: Signal<ChartData>,
    /// Split lines and quadrant names.
    #[prop(optional)]
    options: ScatterOptions,
    /// Called with the point clicked or activated with Enter / Space
    /// (`series` is 0).
    #[prop(optional, into)]
    on_pick: Option<Callback<Pick>>,
) -> impl IntoView {
    let w = width();
    let marks = Marks::new(on_pick, w, Signal::stored(H));
    let title = Signal::derive(move || data.with(|d| d.title.clone()));
    let svg = move || {
        let d = data.get();
        let (Some(xs), Some(ys)) = (d.series.first(), d.series.get(1)) else { return ().into_any() };
        let n = d.categories.len();
        let top = |s: &super::Series, split: Option<f64>| {
            nice_max((0..n).filter_map(|c| s.value(c)).fold(split.unwrap_or(0.0) * 2.0, f64::max))
        };
        let (mx, my) = (top(xs, options.split_x), top(ys, options.split_y));
        let x = move |v: f64| PAD + v.clamp(0.0, mx) / mx * (w - 2.0 * PAD);
        let y = move |v: f64| H - PAD - v.clamp(0.0, my) / my * (H - 2.0 * PAD);
        let splits = view! {
            <rect x=PAD y=PAD width=w - 2.0 * PAD height=H - 2.0 * PAD class="chart-plot"></rect>
            {options.split_x.map(|s| view! { <line x1=x(s) x2=x(s) y1=PAD y2=H - PAD class="chart-split"></line> })}
            {options.split_y.map(|s| view! { <line x1=PAD x2=w - PAD y1=y(s) y2=y(s) class="chart-split"></line> })}
        };
        // Outside the plot, so no point can sit on a quadrant's name.
        let corners = [(PAD, PAD - 8.0, "start"), (w - PAD, PAD - 8.0, "end"), (PAD, H - PAD + 16.0, "start"), (w - PAD, H - PAD + 16.0, "end")];
        let names = options.quadrant_names.iter().zip(corners).filter(|(t, _)| !t.is_empty()).map(|(t, (cx, cy, anchor))| {
            view! { <text x=cx y=cy class="chart-quadrant" text-anchor=anchor>{t.clone()}</text> }
        }).collect_view();
        let axis = view! {
            <text x=w / 2.0 y=H - 4.0 class="chart-tick" text-anchor="middle">{format!("→ {}", xs.name)}</text>
            // Upright at the top: rotated Chinese text reads sideways.
            <text x=w / 2.0 y="14" class="chart-tick" text-anchor="middle">{format!("↑ {}", ys.name)}</text>
        };
        let points = (0..n).filter_map(|c| {
            let (vx, vy) = (xs.value(c)?, ys.value(c)?);
            let name = &d.categories[c];
            let label = format!("{name} · {}: {} · {}: {}", xs.name, d.format.text(Some(vx)), ys.name, d.format.text(Some(vy)));
            let (px, py) = (x(vx), y(vy));
            let right = px < w - 120.0;
            let shape = view! {
                <circle cx=px cy=py r="6" class=colour(0)></circle>
                <text x=if right { px + 9.0 } else { px - 9.0 } y=py + 4.0 class="chart-label" text-anchor=if right { "start" } else { "end" }>{fit(name, 110.0)}</text>
            };
            Some(marks.mark(Pick { series: 0, category: c }, label, px, py, shape))
        }).collect_view();
        view! { {splits} {names} {axis} {points} }.into_any()
    };
    marks.canvas(title, svg)
}
