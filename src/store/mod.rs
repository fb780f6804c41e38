//! The only layer that touches IndexedDB/localStorage or (de)serialises.
//! Browser-only parts are compiled for wasm32; everything else is tested natively.

pub mod change;
pub mod codec;
pub mod csv;
pub mod format;
pub mod import;
pub mod memory;
pub mod merge;
pub mod repo;
pub mod scan;

#[cfg(target_arch = "wasm32")]
pub mod idb;
#[cfg(target_arch = "wasm32")]
pub mod prefs;

pub use change::Change;
pub use repo::{Repo, StoreError};
