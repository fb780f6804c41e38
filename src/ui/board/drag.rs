//! Pointer drag and drop (mouse, pen, touch with long-press) and keyboard
//! focus movement on the board.

use leptos::prelude::*;
use leptos::reactive::computed::Selector;
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
    /// Dropped, and the move is being stored: the ghost and the drop line
    /// stay where the card was let go until the card shows in its new place.
    pub landing: bool,
}

#[derive(Clone, Copy)]
pub struct DragCtx {
    pub state: RwSignal<Option<DragState>>,
    dropped_at: StoredValue<f64>,
    /// The card being dragged; a card redraws only when it starts or stops
    /// being that card, not on every pointer move.
    dragging: StoredValue<Selector<Option<Id>>>,
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl DragCtx {
    pub fn new() -> DragCtx {
        let state = RwSignal::new(None::<DragState>);
        let dragging = Selector::new(move || state.with(|s| s.filter(|s| s.active).map(|s| s.id)));
        DragCtx { state, dropped_at: StoredValue::new(0.0), dragging: StoredValue::new(dragging) }
    }

    pub fn dragging_id(&self) -> Option<Id> {
        self.state.with(|s| s.filter(|s| s.active).map(|s| s.id))
    }

    /// Whether card `id` is the one being dragged (tracks that card only).
    pub fn is_dragging(&self, id: Id) -> bool {
        self.dragging.with_value(|s| s.selected(&Some(id)))
    }

    /// True right after a drop, so the click that ends a drag does not open the deal.
    pub fn just_dropped(&self) -> bool {
        now_ms() - self.dropped_at.get_value() < 400.0
    }

    /// `pos`: the card's position in its column.
    pub fn pointer_down(&self, ev: leptos::ev::PointerEvent, id: Id, from: Stage, pos: usize) {
        let touch = ev.pointer_type() == "touch";
        if !touch && ev.button() != 0 {
            return;
        }
        let from_pos = Some(pos);
        let start = (ev.client_x() as f64, ev.client_y() as f64);
        self.state.set(Some(DragState { id, from, from_pos, start, at: start, active: false, touch, over: None, landing: false }));
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
        let Some(mut s) = self.state.get_untracked().filter(|s| !s.landing) else { return };
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
            blur_card(s.id);
        }
        ev.prevent_default();
        s.at = at;
        s.over = drop_target(at);
        auto_scroll(at);
        self.state.set(Some(s));
    }

    pub fn pointer_up(&self, mover: Mover) {
        let Some(s) = self.state.get_untracked().filter(|s| !s.landing) else { return };
        if !s.active {
            self.state.set(None);
            return;
        }
        self.dropped_at.set_value(now_ms());
        let Some((col, mut index)) = s.over else {
            self.state.set(None);
            return;
        };
        let to = Stage::ALL[col.min(5)];
        // Positions counted the dragged card itself when it stays in its column.
        if to == s.from {
            if let Some(p) = s.from_pos {
                if index > p {
                    index -= 1;
                }
            }
        }
        // Nothing on screen changes until the move is stored: then the card
        // shows in its new place in the same update that removes the ghost.
        self.state.update_untracked(|st| {
            if let Some(st) = st {
                st.landing = true;
            }
        });
        let state = self.state;
        let id = s.id;
        mover.request_then(Target { id, to, index }, move || {
            if state.with_untracked(|st| st.is_some_and(|st| st.id == id && st.landing)) {
                state.set(None);
            }
        });
    }

    pub fn cancel(&self) {
        self.state.set(None);
    }

    /// Focuses card `id`, at `pos` in column `col`; a card scrolled out of
    /// view (not rendered) is scrolled to first.
    pub fn focus_card(&self, col: usize, pos: usize, id: Id) {
        if let Some(el) = card_element(id) {
            let _ = el.focus();
            return;
        }
        let list = document().query_selector(&format!("[data-drop-col=\"{col}\"] .col-scroll")).ok().flatten();
        if let Some(list) = list {
            list.set_scroll_top((pos as f64 * CARD_H) as i32);
        }
        self.refocus(id);
    }

    /// Puts focus back on a card after it re-rendered in its new place.
    pub fn refocus(&self, id: Id) {
        crate::ui::focus::refocus_card(id);
    }
}

fn card_element(id: Id) -> Option<web_sys::HtmlElement> {
    let el = document().query_selector(&format!("[data-testid=deal-card][data-deal=\"{id}\"]")).ok().flatten();
    el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// A card picked up with the mouse may have taken focus on pointer down. It
/// lets go of it while dragged: removing a focused element from the page makes
/// the browser update style and layout on the spot, which would delay the
/// drop. The moved card gets focus again once it shows in its new place.
fn blur_card(id: Id) {
    let Some(card) = card_element(id) else { return };
    let focused = document().active_element().and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = focused.filter(|a| card.contains(Some(a))) {
        let _ = el.blur();
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
