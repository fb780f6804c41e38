//! Leptos components by feature. Reads the reactive store; writes go through
//! `actions`, which commit to the repo first and update the store after.

mod actions;
mod app;
mod approval_settings;
mod approvals;
mod area;
mod areas;
mod board;
mod browser;
mod contract;
mod customers;
mod catalog;
pub(crate) mod charts;
mod deal;
mod demo_form;
mod detail;
mod focus;
mod header;
mod import;
mod leads;
pub(crate) mod migrate;
mod not_found;
mod ops;
mod pager;
mod people;
mod performance;
mod picker;
mod pipeline_settings;
mod quote;
mod rows;
mod settings;
mod state;
mod steps;
mod table;
mod toast;
mod welcome;

pub use app::App;

/// Entry point called from `main` on wasm.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
