//! The lead workspace (SPEC §2 线索管理): the list at `/leads` with quick
//! add, filters, a virtualised grid and bulk actions; the form at
//! `/leads/new` and `/leads/:id/edit`; the lead page at `/leads/:id`.
//! Replaces the generic record list for leads.

mod bulk;
mod convert;
mod csv_export;
pub(crate) mod csv_import;
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

pub use csv_import::LeadImportPage;
pub use detail::LeadPage;
pub use form::LeadEditPage;
pub use reminders::Reminders;
pub use settings::{LeadSettingsCard, LeadSettingsPage};
pub use sla_table::SlaByRep;

use bulk::BulkBar;
use csv_export::{CsvButtons, ListOrder};
use filters::{LeadFilterBar, QueueTabs};
use grid::{LeadGrid, NARROW_PX};
use model::{list_model, ListState};
use quick_add::QuickAdd;
use crate::domain::Id;
use crate::ui::areas::Area;
use crate::ui::state::use_locale;

fn window_width() -> f64 {
    window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1024.0)
}

#[component]
pub fn LeadsPage() -> impl IntoView {
    let locale = use_locale();
    let state = ListState::from_query();
    state.mirror_to_url();
    let model = list_model(state);
    provide_context(ListOrder { shown: model.shown, total: model.total });
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
    on_cleanup(move || resize.remove());
    // Phones start with quick add and the filters folded, so leads are in view.
    let wide = !narrow.get_untracked();
    let t = move || locale.texts();
    let empty = move || model.total.get() == 0;
    view! {
        <div class="page leads-page" data-testid="leads-page">
            <header class="page-head page-head-actions">
                <div>
                    <h1>{move || t().nav[Area::Leads.index()]}</h1>
                    <p class="muted">{move || t().area_intro[Area::Leads.index()]}</p>
                    <CsvButtons/>
                </div>
                <div class="row wrap">
                    <a class="btn-ghost" href="/leads/settings" data-testid="lead-settings-link">{move || t().lead_settings.open}</a>
                    <a class="btn btn-primary" href="/leads/new" data-testid="new-lead">{move || t().leads.new_lead}</a>
                </div>
            </header>
            <QuickAdd wide/>
            <Show when=empty fallback=move || view! {
                <QueueTabs state model/>
                <details class="lead-filters-wrap" open=wide>
                    <summary class="btn-ghost" data-testid="lead-filters-toggle">{move || t().filters} " · " {move || (t().leads.count)(model.shown.with(Vec::len), model.total.get())}</summary>
                    <LeadFilterBar state model/>
                </details>
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
                        <a class="btn" href="/leads/import">{move || t().csv.import_csv}</a>
                        <a class="btn-ghost" href="/settings">{move || t().leads.empty_demo}</a>
                    </div>
                </div>
            </Show>
        </div>
    }
}
