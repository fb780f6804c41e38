//! The export file: a versioned envelope around the workspace (docs/FORMAT.md).

use serde::{Deserialize, Serialize};

use crate::domain::{Collections, Settings, Timestamp, Workspace};

pub const FORMAT_NAME: &str = "salesflow-workspace";
/// Bump when a record's shape changes incompatibly, and add an upgrade step
/// for the previous version where `import::parse` checks the version.
pub const FORMAT_VERSION: u32 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Envelope as written. Borrowing keeps a 100,000-record export to one pass.
#[derive(Serialize)]
struct ExportDto<'a> {
    format: &'static str,
    format_version: u32,
    app_version: &'static str,
    exported_at: Timestamp,
    settings: &'a Settings,
    data: &'a Collections,
}

/// Envelope as read: the records stay raw until each is decoded on its own.
#[derive(Deserialize)]
pub(crate) struct ImportDto<'a> {
    pub format: Option<String>,
    pub format_version: Option<u32>,
    #[serde(default)]
    pub app_version: Option<String>,
    /// Informational only; kept raw so a malformed value cannot block an import.
    #[serde(default, borrow)]
    #[allow(dead_code)]
    pub exported_at: Option<&'a serde_json::value::RawValue>,
    #[serde(borrow)]
    pub settings: Option<&'a serde_json::value::RawValue>,
    #[serde(borrow)]
    pub data: Option<std::collections::BTreeMap<String, Vec<&'a serde_json::value::RawValue>>>,
}

pub fn export_json(ws: &Workspace, now: Timestamp) -> String {
    super::codec::to_json(&ExportDto {
        format: FORMAT_NAME,
        format_version: FORMAT_VERSION,
        app_version: APP_VERSION,
        exported_at: now,
        settings: &ws.settings,
        data: &ws.data,
    })
}

/// `salesflow-2026-11-27-143005.json`, by the app clock.
pub fn export_file_name(now: Timestamp) -> String {
    format!("salesflow-{}.json", now.format("%Y-%m-%d-%H%M%S"))
}
