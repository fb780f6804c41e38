//! The lead list as a virtualised grid: a scroll box of fixed-height rows in
//! which only the rows in view (plus an overscan) exist, positioned by
//! `translateY`. Screen readers get the full size through `aria-rowcount`
//! and each row's `aria-rowindex`. One row is the tab stop; arrow keys,
//! Page Up/Down and Home/End move it, Space selects, Enter opens.

use std::collections::HashSet;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::model::{ListModel, ListState};
use super::row::LeadRow;
use crate::domain::lead_list::SortKey;
use crate::domain::Id;
use crate::i18n::LeadsTexts;
use crate::ui::focus::focus_soon;
use crate::ui::state::use_locale;

/// Row heights in px: one line on wide screens, a three-line card on phones.
/// Must match `.lg-row` in `style/leads.css`.
pub const ROW_H: f64 = 48.0;
pub const CARD_H: f64 = 92.0;
/// Below this width rows become cards (the CSS breakpoint).
pub const NARROW_PX: f64 = 640.0;
/// Rows rendered beyond the visible ones, so fast scrolling stays filled.
const OVERSCAN: usize = 6;

#[component]
pub fn LeadGrid(model: ListModel, state: ListState, selected: RwSignal<HashSet<Id>>, narrow: Signal<bool>) -> impl IntoView {
    let locale = use_locale();
    let navigate = use_navigate();
    let scroller = NodeRef::<leptos::html::Div>::new();
    let body = NodeRef::<leptos::html::Div>::new();
    let scroll_top = RwSignal::new(0.0f64);
    let view_h = RwSignal::new(600.0f64);
    let active = RwSignal::new(0usize);
    let row_h = move || if narrow.get() { CARD_H } else { ROW_H };
    let count = move || model.shown.with(Vec::len);
    // Top of the rows inside the scroll box (below the sticky header).
    let body_top = move || body.get_untracked().map_or(0.0, |b| b.offset_top() as f64);
    let measure = move || {
        if let Some(el) = scroller.get_untracked() {
            scroll_top.set(el.scroll_top() as f64);
            view_h.set(el.client_height() as f64);
        }
    };
    Effect::new(move || {
        if scroller.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    // A new filter or sort starts at the top; the list changing under it
    // (a save, the minute ticking into "overdue") keeps the place.
    Effect::new(move |prev: Option<()>| {
        let _ = state.filter();
        state.sort.track();
        if prev.is_some() {
            active.set(0);
            if let Some(el) = scroller.get_untracked() {
                el.set_scroll_top(0);
            }
            scroll_top.set(0.0);
        }
    });
    // The tab stop must stay on a row that exists.
    Effect::new(move || {
        let n = count();
        if n > 0 && active.get_untracked() >= n {
            active.set(n - 1);
        }
    });

    let window_rows = Memo::new(move |_| {
        let h = row_h();
        let top = (scroll_top.get() - body_top()).max(0.0);
        let first = (top / h).floor() as usize;
        let start = first.saturating_sub(OVERSCAN);
        let end = (first + (view_h.get() / h).ceil() as usize + OVERSCAN).min(count());
        model.shown.with(|ids| (start..end.max(start)).map(|pos| (pos, ids[pos])).collect::<Vec<(usize, Id)>>())
    });

    // Moves the tab stop to `pos`, scrolls it into view and focuses it once rendered.
    let go_to = move |pos: usize| {
        let n = count();
        if n == 0 {
            return;
        }
        let pos = pos.min(n - 1);
        active.set(pos);
        if let Some(el) = scroller.get_untracked() {
            let (h, top) = (row_h(), body_top());
            let row_top = top + pos as f64 * h;
            let visible_top = el.scroll_top() as f64 + top;
            let visible_bottom = el.scroll_top() as f64 + el.client_height() as f64;
            let target = if row_top < visible_top {
                Some(row_top - top)
            } else if row_top + h > visible_bottom {
                Some(row_top + h - el.client_height() as f64)
            } else {
                None
            };
            if let Some(t) = target {
                el.set_scroll_top(t.max(0.0) as i32);
                // Render the new window now rather than after the scroll event.
                scroll_top.set(t.max(0.0));
            }
        }
        focus_soon(format!("[data-testid=lead-row][data-pos=\"{pos}\"]"));
    };
    let toggle = move |id: Id| {
        selected.update(|s| {
            if !s.remove(&id) {
                s.insert(id);
            }
        })
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let on_row = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| el.get_attribute("data-testid").as_deref() == Some("lead-row"));
        if !on_row {
            return;
        }
        let pos = active.get_untracked();
        let page = ((view_h.get_untracked() / row_h()).floor() as usize).saturating_sub(1).max(1);
        let to = match ev.key().as_str() {
            "ArrowDown" => Some(pos + 1),
            "ArrowUp" => Some(pos.saturating_sub(1)),
            "PageDown" => Some(pos + page),
            "PageUp" => Some(pos.saturating_sub(page)),
            "Home" => Some(0),
            "End" => Some(usize::MAX),
            " " => {
                ev.prevent_default();
                if let Some(id) = model.shown.with_untracked(|v| v.get(pos).copied()) {
                    toggle(id);
                }
                None
            }
            "Enter" => {
                ev.prevent_default();
                if let Some(id) = model.shown.with_untracked(|v| v.get(pos).copied()) {
                    navigate(&format!("/leads/{id}"), Default::default());
                }
                None
            }
            _ => None,
        };
        if let Some(to) = to {
            ev.prevent_default();
            go_to(to);
        }
    };

    let all_checked = move || {
        let n = count();
        n > 0 && selected.with(|s| s.len() >= n && model.shown.with(|ids| ids.iter().all(|id| s.contains(id))))
    };
    let some_checked = move || !all_checked() && selected.with(|s| !s.is_empty());
    let select_all = move |on: bool| {
        if on {
            selected.set(model.shown.get_untracked().into_iter().collect());
        } else {
            selected.set(HashSet::new());
        }
    };
    let l = move || &locale.texts().leads;
    let header = move |key: SortKey, label: fn(&LeadsTexts) -> &'static str, class: &'static str| {
        view! {
            <div role="columnheader" class=format!("lg-cell {class}")
                aria-sort=move || match state.sort.get() { (k, true) if k == key => "ascending", (k, false) if k == key => "descending", _ => "none" }>
                <button class="th-sort" data-testid=format!("lead-sort-{}", key.slug())
                    aria-label=move || (locale.texts().sort_by)(label(l()))
                    on:click=move |_| state.sort.update(|s| *s = if s.0 == key { (key, !s.1) } else { (key, true) })>
                    {move || label(l())}
                    <span aria-hidden="true">{move || match state.sort.get() { (k, true) if k == key => " ▲", (k, false) if k == key => " ▼", _ => "" }}</span>
                </button>
            </div>
        }
    };
    view! {
        <p class="sr-only" id="lead-grid-help">{move || l().grid_help}</p>
        <div class="lead-grid" role="grid" node_ref=scroller data-testid="lead-grid"
            aria-label=move || l().list_label aria-describedby="lead-grid-help" aria-multiselectable="true"
            aria-rowcount=move || (count() + 1).to_string()
            on:scroll=move |_| measure() on:keydown=on_key>
            <div class="lg-head" role="rowgroup">
                <div class="lg-row lg-head-row" role="row" aria-rowindex="1">
                    <div role="columnheader" class="lg-cell lg-check">
                        <input type="checkbox" data-testid="lead-select-all"
                            aria-label=move || (l().select_all)(count())
                            prop:checked=all_checked prop:indeterminate=some_checked
                            on:change=move |ev| select_all(event_target_checked(&ev))/>
                    </div>
                    {header(SortKey::Name, |t| t.col_name, "lg-name")}
                    {header(SortKey::Company, |t| t.col_company, "lg-company")}
                    {header(SortKey::Score, |t| t.col_grade, "lg-grade")}
                    {header(SortKey::Sla, |t| t.col_sla, "lg-sla")}
                    {header(SortKey::Status, |t| t.col_status, "lg-status")}
                    {header(SortKey::Owner, |t| t.col_owner, "lg-owner")}
                    {header(SortKey::Channel, |t| t.col_channel, "lg-channel")}
                    {header(SortKey::Created, |t| t.col_created, "lg-created")}
                </div>
            </div>
            <div class="lg-body" role="rowgroup" node_ref=body
                style:height=move || format!("{}px", count() as f64 * row_h())>
                <For each=move || window_rows.get() key=|r| *r let:r>
                    <LeadRow id=r.1 pos=r.0 top=Signal::derive(move || r.0 as f64 * row_h()) model selected active toggle=Callback::new(toggle)/>
                </For>
            </div>
        </div>
    }
}
