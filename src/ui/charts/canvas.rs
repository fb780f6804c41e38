//! What every chart shares: the drawing width, the tooltip, and focusable
//! marks that show it on hover and on keyboard focus and pick on click,
//! Enter or Space.

use leptos::prelude::*;

use super::Pick;

/// Drawing width in SVG units. Narrow screens get a narrower drawing so
/// text keeps its size instead of being scaled down with a wide one.
pub fn width() -> f64 {
    let w = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).unwrap_or(1024.0);
    if w < 640.0 {
        360.0
    } else {
        560.0
    }
}

/// Approximate width of `text` at the charts' 13px font, for fitting labels.
pub fn text_width(text: &str) -> f64 {
    text.chars().map(|c| if c.is_ascii() { 7.5 } else { 13.5 }).sum()
}

/// `text` shortened with "…" to fit `max` units.
pub fn fit(text: &str, max: f64) -> String {
    if text_width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if text_width(&out) + text_width(&c.to_string()) + 7.0 > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tip {
    /// Anchor in percent of the drawing's width and height.
    pub x: f64,
    pub y: f64,
    pub text: String,
}

/// Shared by a chart's marks: where the tooltip is and who hears a pick.
#[derive(Clone, Copy)]
pub struct Marks {
    pub tip: RwSignal<Option<Tip>>,
    pub on_pick: Option<Callback<Pick>>,
    pub w: f64,
    pub h: Signal<f64>,
}

impl Marks {
    pub fn new(on_pick: Option<Callback<Pick>>, w: f64, h: Signal<f64>) -> Marks {
        Marks { tip: RwSignal::new(None), on_pick, w, h }
    }

    /// A focusable mark: `label` is its accessible name and tooltip, (x, y)
    /// in drawing units where the tooltip points.
    pub fn mark(self, pick: Pick, label: String, x: f64, y: f64, shape: impl IntoView + 'static) -> impl IntoView {
        let show = {
            let label = label.clone();
            move || {
                let h = self.h.get_untracked().max(1.0);
                self.tip.set(Some(Tip { x: x / self.w * 100.0, y: y / h * 100.0, text: label.clone() }))
            }
        };
        let show2 = show.clone();
        let hide = move || self.tip.set(None);
        let pick_it = move || {
            if let Some(cb) = self.on_pick {
                cb.run(pick)
            }
        };
        view! {
            <g class="mark" tabindex="0" role="button" aria-label=label data-testid="chart-mark"
                data-series=pick.series data-category=pick.category
                on:mouseenter=move |_| show() on:focus=move |_| show2()
                on:mouseleave=move |_| hide() on:blur=move |_| hide()
                on:click=move |_| pick_it()
                on:keydown=move |ev| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        pick_it();
                    }
                }>
                {shape}
            </g>
        }
    }

    /// The SVG wrapped with its tooltip layer.
    pub fn canvas(self, title: Signal<String>, svg: impl IntoView + 'static) -> impl IntoView {
        let tip = self.tip;
        view! {
            <div class="chart-canvas">
                <svg class="chart" role="group" aria-label=move || title.get()
                    viewBox=move || format!("0 0 {} {}", self.w, self.h.get()) preserveAspectRatio="xMinYMin meet">
                    {svg}
                </svg>
                {move || tip.get().map(|t| view! {
                    <div class="chart-tip" role="tooltip" data-testid="chart-tip"
                        style:left=format!("{:.2}%", t.x.clamp(8.0, 92.0)) style:top=format!("{:.2}%", t.y)>{t.text}</div>
                })}
            </div>
        }
    }
}
