//! The lead workspace (SPEC §2 线索管理): the list at `/leads` with quick
//! add, filters, a virtualised grid and bulk actions; the form at
//! `/leads/new` and `/leads/:id/edit`; the lead page at `/leads/:id`.
//! Replaces the generic record list for leads.

mod bulk;
mod convert;
mod detail;
mod dupes;
mod facts;
mod field;
mod filters;
mod form;
mod form_source;
mod grid;
mod messages;
mod model;
mod notes;
mod notify;
mod outreach;
mod placing;
mod quick_add;
mod reminders;
mod response;
mod row;
mod rules;
mod score;
mod settings;
mod sla_table;
mod status;

use std::collections::HashSet;

use leptos::prelude::*;

pub use detail::LeadPage;
pub use form::LeadEditPage;
pub use reminders::Reminders;
pub use settings::{LeadSettingsCard, LeadSettingsPage};
pub use sla_table::SlaByRep;

use bulk::BulkBar;
use filters::{LeadFilterBar, QueueTabs};
use grid::{LeadGrid, NARROW_PX};
use model::{list_model, ListState};
use quick_add::QuickAdd;
use crate::domain::Id;
use crate::ui::areas::Area;
use crate::ui::focus::focus_soon;
use crate::ui::state::use_locale;

fn window_width() -> f64 {
    window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1024.0)
}

/// Whether a key press is typing into a field (and so not a shortcut).
fn typing(ev: &leptos::ev::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable"))
}

#[component]
pub fn LeadsPage() -> impl IntoView {
    let locale = use_locale();
    let state = ListState::from_query();
    state.mirror_to_url();
    let model = list_model(state);
    let selected = RwSignal::new(HashSet::<Id>::new());
    // A changed filter starts a new selection, so bulk actions never reach
    // leads that are no longer shown.
    Effect::new(move |prev: Option<()>| {
        let _ = state.filter();
        if prev.is_some() {
            selected.set(HashSet::new());
        }
    });
    let narrow = RwSignal::new(window_width() <= NARROW_PX);
    let resize = window_event_listener(leptos::ev::resize, move |_| narrow.set(window_width() <= NARROW_PX));
    // N jumps to quick add, as "/" jumps to search.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if matches!(ev.key().as_str(), "n" | "N") && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() && !typing(&ev) {
            ev.prevent_default();
            focus_soon("[data-testid=quick-name]".into());
        }
    });
    on_cleanup(move || {
        resize.remove();
        keys.remove();
    });
    let t = move || locale.texts();
    let empty = move || model.total.get() == 0;
    view! {
        <div class="page leads-page" data-testid="leads-page">
            <header class="page-head page-head-actions">
                <div>
                    <h1>{move || t().nav[Area::Leads.index()]}</h1>
                    <p class="muted">{move || t().area_intro[Area::Leads.index()]}</p>
                </div>
                <div class="row wrap">
                    <a class="btn-ghost" href="/leads/settings" data-testid="lead-settings-link">{move || t().lead_settings.open}</a>
                    <a class="btn btn-primary" href="/leads/new" data-testid="new-lead">{move || t().leads.new_lead}</a>
                </div>
            </header>
            <QuickAdd/>
            <Show when=empty fallback=move || view! {
                <QueueTabs state model/>
                <LeadFilterBar state model/>
                <Show when=move || selected.with(|s| !s.is_empty())>
                    <BulkBar selected names=model.names/>
                </Show>
                <Show when=move || model.shown.with(Vec::is_empty)>
                    <div class="empty-state" data-testid="lead-no-match">
                        <p>{move || t().leads.no_match}</p>
                        <button class="btn" on:click=move |_| state.clear_filters()>{move || t().filter_clear}</button>
                    </div>
                </Show>
                <LeadGrid model state selected narrow=narrow.into()/>
                <SlaByRep/>
            }>
                <div class="empty-state" data-testid="leads-empty">
                    <p>{move || t().leads.empty}</p>
                    <div class="row">
                        <a class="btn" href="/leads/new">{move || t().leads.new_lead}</a>
                        <a class="btn-ghost" href="/settings">{move || t().leads.empty_demo}</a>
                    </div>
                </div>
            </Show>
        </div>
    }
}
