//! Moving keyboard focus to something that was just rendered.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector` on the next frame, once
/// the view that adds it has rendered.
pub fn focus_soon(selector: String) {
    request_animation_frame(move || {
        let el = document().query_selector(&selector).ok().flatten();
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}
