//! The export file: a versioned envelope around the workspace (docs/FORMAT.md).

use chrono::Timelike;
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

/// `salesflow-2026-11-27-143005.json`, by the app clock. Built by hand: a
/// chrono format string would compile in chrono's whole strftime engine.
pub fn export_file_name(now: Timestamp) -> String {
    format!("salesflow-{}-{:02}{:02}{:02}.json", now.date_naive(), now.hour(), now.minute(), now.second())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone, Utc};

    #[test]
    fn export_file_name_is_the_app_clock_time() {
        let t = Utc.with_ymd_and_hms(2026, 3, 7, 4, 5, 9).single().expect("valid time");
        assert_eq!(export_file_name(t), "salesflow-2026-03-07-040509.json");
    }

    #[test]
    fn dates_typed_as_iso_parse_the_way_forms_expect() {
        // Forms parse dates with `str::parse` (chrono's ISO reader, which the
        // record decoder needs anyway) rather than a format string.
        assert_eq!("2026-02-03".parse::<NaiveDate>().ok(), NaiveDate::from_ymd_opt(2026, 2, 3));
        assert!("2026-13-01".parse::<NaiveDate>().is_err());
        assert!("3 Feb 2026".parse::<NaiveDate>().is_err());
        assert!("".parse::<NaiveDate>().is_err());
    }
}
