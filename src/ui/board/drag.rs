//! Pointer drag and drop (mouse, pen, touch with long-press) and keyboard
//! focus movement on the board.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::model::CARD_H;
use super::moves::{Mover, Target};
use crate::domain::pipeline::Stage;
use crate::domain::Id;

/// Mouse and pen start dragging after this many pixels of movement.
const DRAG_THRESHOLD: f64 = 5.0;
/// Touch must hold still this long to pick a card up; moving earlier scrolls.
const LONG_PRESS_MS: u64 = 350;
const TOUCH_SLOP: f64 = 10.0;
/// Distance from an edge at which the board or a column scrolls by itself.
const EDGE: f64 = 48.0;
const SCROLL_STEP: f64 = 24.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DragState {
    pub id: Id,
    pub from: Stage,
    pub from_pos: Option<usize>,
    pub start: (f64, f64),
    pub at: (f64, f64),
    pub active: bool,
    pub touch: bool,
    /// Column index and position the card would drop at.
    pub over: Option<(usize, usize)>,
}

#[derive(Clone, Copy)]
pub struct DragCtx {
    pub state: RwSignal<Option<DragState>>,
    dropped_at: StoredValue<f64>,
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl DragCtx {
    pub fn new() -> DragCtx {
        DragCtx { state: RwSignal::new(None), dropped_at: StoredValue::new(0.0) }
    }

    pub fn dragging_id(&self) -> Option<Id> {
        self.state.with(|s| s.filter(|s| s.active).map(|s| s.id))
    }

    /// True right after a drop, so the click that ends a drag does not open the deal.
    pub fn just_dropped(&self) -> bool {
        now_ms() - self.dropped_at.get_value() < 400.0
    }

    pub fn pointer_down(&self, ev: leptos::ev::PointerEvent, id: Id, from: Stage) {
        let touch = ev.pointer_type() == "touch";
        if !touch && ev.button() != 0 {
            return;
        }
        let from_pos = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.get_attribute("data-pos"))
            .and_then(|p| p.parse().ok());
        let start = (ev.client_x() as f64, ev.client_y() as f64);
        self.state.set(Some(DragState { id, from, from_pos, start, at: start, active: false, touch, over: None }));
        if touch {
            let state = self.state;
            set_timeout(
                move || {
                    state.update(|s| {
                        if let Some(s) = s.as_mut().filter(|s| s.id == id && !s.active) {
                            s.active = true;
                        }
                    })
                },
                std::time::Duration::from_millis(LONG_PRESS_MS),
            );
        }
        // No pointer capture: it would retarget the click on the card's link,
        // and the window-level listeners already follow the pointer.
    }

    pub fn pointer_move(&self, ev: &web_sys::PointerEvent) {
        let Some(mut s) = self.state.get_untracked() else { return };
        let at = (ev.client_x() as f64, ev.client_y() as f64);
        let moved = ((at.0 - s.start.0).powi(2) + (at.1 - s.start.1).powi(2)).sqrt();
        if !s.active {
            if s.touch {
                if moved > TOUCH_SLOP {
                    // The finger moved before the long press: it is a scroll.
                    self.state.set(None);
                }
                return;
            }
            if moved < DRAG_THRESHOLD {
                return;
            }
            s.active = true;
        }
        ev.prevent_default();
        s.at = at;
        s.over = drop_target(at);
        auto_scroll(at);
        self.state.set(Some(s));
    }

    pub fn pointer_up(&self, mover: Mover) {
        let Some(s) = self.state.get_untracked() else { return };
        self.state.set(None);
        if !s.active {
            return;
        }
        self.dropped_at.set_value(now_ms());
        let Some((col, mut index)) = s.over else { return };
        let to = Stage::ALL[col.min(5)];
        // Positions counted the dragged card itself when it stays in its column.
        if to == s.from {
            if let Some(p) = s.from_pos {
                if index > p {
                    index -= 1;
                }
            }
        }
        mover.request(Target { id: s.id, to, index });
        self.refocus(s.id);
    }

    pub fn cancel(&self) {
        self.state.set(None);
    }

    /// Focuses the card at (column, position), clamped to what exists.
    pub fn focus_at(&self, col: usize, pos: usize) {
        let doc = document();
        let cards = doc.query_selector_all(&format!("[data-testid=deal-card][data-col=\"{col}\"]")).ok();
        let Some(cards) = cards else { return };
        if cards.length() == 0 {
            return;
        }
        let mut best = None;
        for i in 0..cards.length() {
            let Some(el) = cards.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
            let p: usize = el.get_attribute("data-pos").and_then(|p| p.parse().ok()).unwrap_or(0);
            if p <= pos {
                best = Some(el);
            } else if best.is_none() {
                best = Some(el);
                break;
            }
        }
        if let Some(el) = best {
            let _ = el.focus();
        }
    }

    /// Puts focus back on a card after it re-rendered in its new place.
    pub fn refocus(&self, id: Id) {
        crate::ui::focus::refocus_card(id);
    }
}

/// The column under the pointer and the position among its cards.
fn drop_target(at: (f64, f64)) -> Option<(usize, usize)> {
    let hit = document().element_from_point(at.0 as f32, at.1 as f32)?;
    let col = hit.closest("[data-drop-col]").ok()??;
    let index: usize = col.get_attribute("data-drop-col")?.parse().ok()?;
    let list = col.query_selector(".col-scroll").ok()??;
    let rect = list.get_bounding_client_rect();
    let y = at.1 - rect.top() + list.scroll_top() as f64;
    let pos = (y / CARD_H).round().max(0.0) as usize;
    Some((index, pos))
}

fn auto_scroll(at: (f64, f64)) {
    if let Some(board) = document().query_selector(".board").ok().flatten() {
        let r = board.get_bounding_client_rect();
        if at.0 < r.left() + EDGE {
            board.set_scroll_left(board.scroll_left() - SCROLL_STEP as i32);
        } else if at.0 > r.right() - EDGE {
            board.set_scroll_left(board.scroll_left() + SCROLL_STEP as i32);
        }
    }
    let Some(hit) = document().element_from_point(at.0 as f32, at.1 as f32) else { return };
    let Some(list) = hit.closest("[data-drop-col]").ok().flatten().and_then(|c| c.query_selector(".col-scroll").ok().flatten())
    else {
        return;
    };
    let r = list.get_bounding_client_rect();
    if at.1 < r.top() + EDGE {
        list.set_scroll_top(list.scroll_top() - SCROLL_STEP as i32);
    } else if at.1 > r.bottom() - EDGE {
        list.set_scroll_top(list.scroll_top() + SCROLL_STEP as i32);
    }
}
