//! Per-device preferences in localStorage (not part of the workspace export).

use gloo_storage::{LocalStorage, Storage};

use crate::domain::{ClockMode, Id};

const LOCALE: &str = "salesflow.locale";
const ACTING_AS: &str = "salesflow.acting_as";
const CLOCK: &str = "salesflow.clock";

/// Language tag (`zh-CN`, `en`) chosen by the user.
pub fn locale_tag() -> Option<String> {
    LocalStorage::get(LOCALE).ok()
}
pub fn set_locale_tag(tag: &str) {
    // Preferences are a convenience: failing to save one (private mode) is not an error.
    let _ = LocalStorage::set(LOCALE, tag);
}
pub fn acting_as() -> Option<Id> {
    LocalStorage::get(ACTING_AS).ok()
}
pub fn set_acting_as(id: Option<Id>) {
    match id {
        Some(id) => {
            let _ = LocalStorage::set(ACTING_AS, id);
        }
        None => LocalStorage::delete(ACTING_AS),
    }
}
pub fn clock() -> ClockMode {
    LocalStorage::get(CLOCK).unwrap_or_default()
}
pub fn set_clock(c: ClockMode) {
    let _ = LocalStorage::set(CLOCK, c);
}

const NOTIFY: &str = "salesflow.notify";
const NOTIFIED: &str = "salesflow.notified";

/// Whether this person opted in to browser notifications on this device.
pub fn notify() -> bool {
    LocalStorage::get(NOTIFY).unwrap_or(false)
}
pub fn set_notify(on: bool) {
    let _ = LocalStorage::set(NOTIFY, on);
}
/// What was already notified (lead, kind, due), so a reload does not repeat it.
pub fn notified() -> Vec<String> {
    LocalStorage::get(NOTIFIED).unwrap_or_default()
}
pub fn set_notified(keys: &[String]) {
    let _ = LocalStorage::set(NOTIFIED, keys);
}

const MIGRATION_MAPPINGS: &str = "salesflow.migration_mappings";

/// Saved migration column mappings: (file kind key, [(header, field key)]).
pub fn migration_mappings() -> Vec<(String, Vec<(String, String)>)> {
    LocalStorage::get(MIGRATION_MAPPINGS).unwrap_or_default()
}
pub fn set_migration_mappings(saved: &[(String, Vec<(String, String)>)]) {
    let _ = LocalStorage::set(MIGRATION_MAPPINGS, saved);
}
