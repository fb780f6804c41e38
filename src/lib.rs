//! SalesFlow: a browser-local sales management app. See ARCHITECTURE.md.

pub mod domain;
pub mod i18n;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod ui;
