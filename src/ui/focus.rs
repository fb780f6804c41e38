//! Moving keyboard focus to something that was just rendered.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::Id;

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

/// Focuses the card of `id` once the view has caught up with a move; called
/// again when the move is stored, however long that took.
pub fn refocus_card(id: Id) {
    leptos::prelude::set_timeout(
        move || {
            let el = document()
                .query_selector(&format!("[data-testid=deal-card][data-deal=\"{id}\"]"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(el) = el {
                let _ = el.focus();
            }
        },
        std::time::Duration::from_millis(120),
    );
}
