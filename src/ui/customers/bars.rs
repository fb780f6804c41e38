//! A horizontal bar chart drawn as SVG: one bar per row, its value at the
//! end. The numbers are also in the table each chart sits beside, so the
//! chart itself is one labelled image for screen readers.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub shown: String,
    /// CSS class of the bar, for colour (see customers.css).
    pub class: &'static str,
}

const ROW: f64 = 28.0;
const LABEL_W: f64 = 120.0;
const WIDTH: f64 = 480.0;

#[component]
pub fn Bars(#[prop(into)] bars: Signal<Vec<Bar>>, #[prop(into)] title: Signal<String>, testid: &'static str) -> impl IntoView {
    let height = move || bars.with(|b| b.len() as f64 * ROW + 4.0);
    view! {
        <svg class="bars" role="img" data-testid=testid aria-label=move || title.get()
            viewBox=move || format!("0 0 {WIDTH} {}", height()) preserveAspectRatio="xMinYMin meet">
            {move || {
                let bars = bars.get();
                let max = bars.iter().map(|b| b.value).fold(0.0f64, f64::max).max(f64::MIN_POSITIVE);
                bars.into_iter().enumerate().map(|(i, b)| {
                    let y = i as f64 * ROW + 2.0;
                    let w = (b.value.max(0.0) / max) * (WIDTH - LABEL_W - 90.0);
                    view! {
                        <g>
                            <text x="0" y=y + 18.0 class="bar-label">{b.label.clone()}</text>
                            <rect x=LABEL_W y=y + 4.0 width=w.max(1.0) height=ROW - 8.0 rx="3" class=format!("bar {}", b.class)></rect>
                            <text x=LABEL_W + w + 6.0 y=y + 18.0 class="bar-value">{b.shown.clone()}</text>
                        </g>
                    }
                }).collect_view()
            }}
        </svg>
    }
}
