//! Lines over categories along x (months): one per series, each point a
//! focusable mark with its own marker shape (circle, square, triangle,
//! diamond) so series differ by more than colour, and each line named at
//! its last point. An optional band shades the interval between two series.

use leptos::prelude::*;

use super::canvas::{fit, text_width, width, Marks};
use super::{colour, ChartData, LineOptions, Pick};
use crate::ui::state::use_locale;

const H: f64 = 260.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 28.0;
const LEFT: f64 = 60.0;
const RIGHT: f64 = 72.0;

/// A round number at or above `v`, for the top of the y axis.
pub fn nice_max(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return 1.0;
    }
    let mag = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|m| *m >= v).unwrap_or(10.0 * mag)
}

fn marker(kind: usize, x: f64, y: f64, class: String) -> impl IntoView {
    match kind % 4 {
        0 => view! { <circle cx=x cy=y r="4.5" class=class></circle> }.into_any(),
        1 => view! { <rect x=x - 4.0 y=y - 4.0 width="8" height="8" class=class></rect> }.into_any(),
        2 => view! { <polygon points=format!("{x},{} {},{} {},{}", y - 5.0, x - 5.0, y + 4.0, x + 5.0, y + 4.0) class=class></polygon> }.into_any(),
        _ => view! { <polygon points=format!("{x},{} {},{y} {x},{} {},{y}", y - 5.5, x + 5.5, y + 5.5, x - 5.5) class=class></polygon> }.into_any(),
    }
}

#[component]
pub fn LineChart(
    /// The figures; a `None` value breaks the line there.
    #[prop(into)]
    data: Signal<ChartData>,
    /// The interval band, if any.
    #[prop(optional)]
    options: LineOptions,
    /// Called with the point clicked or activated with Enter / Space.
    #[prop(optional, into)]
    on_pick: Option<Callback<Pick>>,
) -> impl IntoView {
    let locale = use_locale();
    let w = width();
    let marks = Marks::new(on_pick, w, Signal::stored(H));
    let title = Signal::derive(move || data.with(|d| d.title.clone()));
    let svg = move || {
        let d = data.get();
        let loc = locale.0.get();
        let top = nice_max(d.max());
        let n = d.categories.len().max(1);
        let step = (w - LEFT - RIGHT) / (n.max(2) - 1) as f64;
        let x = move |c: usize| if n == 1 { (w - RIGHT + LEFT) / 2.0 } else { LEFT + c as f64 * step };
        let y = move |v: f64| TOP + (1.0 - v.max(0.0) / top) * (H - TOP - BOTTOM);
        let ticks = (0..=4).map(|i| {
            let v = top * i as f64 / 4.0;
            view! {
                <line x1=LEFT x2=w - RIGHT y1=y(v) y2=y(v) class="chart-grid"></line>
                <text x=LEFT - 6.0 y=y(v) + 4.0 class="chart-tick" text-anchor="end">{d.format.short(v, loc)}</text>
            }
        }).collect_view();
        // Label every k-th category so the widest label fits its share
        // (40 months of "2024-03" would otherwise overlap).
        let widest = d.categories.iter().map(|c| text_width(c)).fold(0.0f64, f64::max) + 8.0;
        let every = ((widest / step.max(1.0)).ceil() as usize).max(1);
        let xlabels = d.categories.iter().enumerate().filter(|(c, _)| c % every == 0).map(|(c, name)| {
            view! { <text x=x(c) y=H - 8.0 class="chart-tick" text-anchor="middle">{fit(name, step * every as f64)}</text> }
        }).collect_view();
        let band = options.band.and_then(|(lo, hi)| {
            let (lo, hi) = (d.series.get(lo)?, d.series.get(hi)?);
            let pts: Vec<(usize, f64, f64)> = (0..n).filter_map(|c| Some((c, lo.value(c)?, hi.value(c)?))).collect();
            (pts.len() > 1).then(|| {
                let upper = pts.iter().map(|(c, _, h)| format!("{},{}", x(*c), y(*h)));
                let lower = pts.iter().rev().map(|(c, l, _)| format!("{},{}", x(*c), y(*l)));
                let points: Vec<String> = upper.chain(lower).collect();
                view! { <polygon class="chart-band" points=points.join(" ")></polygon> }
            })
        });
        let banded = |s: usize| options.band.is_some_and(|(lo, hi)| s == lo || s == hi);
        let lines = d.series.iter().enumerate().filter(|(s, _)| !banded(*s)).enumerate().map(|(shape, (s, ser))| {
            // Consecutive points joined; a missing value starts a new run.
            let mut path = String::new();
            let mut pen_up = true;
            for c in 0..n {
                match ser.value(c) {
                    Some(v) => {
                        path.push_str(&format!("{}{:.1},{:.1} ", if pen_up { "M" } else { "L" }, x(c), y(v)));
                        pen_up = false;
                    }
                    None => pen_up = true,
                }
            }
            let points = (0..n).filter_map(|c| {
                let v = ser.value(c)?;
                let label = format!("{} · {}: {}", d.categories[c], ser.name, d.format.text(Some(v)));
                Some(marks.mark(Pick { series: s, category: c }, label, x(c), y(v), marker(shape, x(c), y(v), colour(s))))
            }).collect_view();
            let last = (0..n).rev().find_map(|c| Some((c, ser.value(c)?)));
            let name = last.map(|(c, v)| view! {
                <text x=x(c) + 8.0 y=y(v) + 4.0 class="chart-label">{fit(&ser.name, RIGHT - 10.0)}</text>
            });
            view! {
                <path d=path class=format!("chart-line {}", colour(s))></path>
                {points}
                {name}
            }
        }).collect_view();
        view! { {ticks} {band} {lines} {xlabels} }
    };
    marks.canvas(title, svg)
}
