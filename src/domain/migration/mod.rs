//! Migration: a whole sales database brought in from another CRM's CSV
//! exports in one run. Several files (people, accounts, contacts, products,
//! deals, activities, orders, invoices, payments), each mapped with the
//! spreadsheet importer (`mapping`), are planned in dependency order; later files resolve their references
//! against what exists and what earlier files plan, and what matches
//! nothing is settled by the user (`Resolution`). The result is one
//! `Change` for all files or none, and a report per file.

mod facts;
mod files;
mod plan;
mod presets;
mod touch;
mod scan;

#[cfg(test)]
mod tests;

pub use files::{FileKind, FileMapping, SourceFile};
pub use plan::{plan, FileReport, MigrationPlan};
pub use presets::Preset;
pub use scan::{scan, Scan, StageValue, Unmatched};

use std::collections::HashMap;

use crate::domain::mapping::deals::StageMap;
use crate::domain::mapping::refs::RefKind;
use crate::domain::mapping::DateOrder;
use crate::domain::Currency;

/// What to do with a referenced value that matches no record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Create a record with that name (a person, account, product or office).
    Create,
    /// It means this record, named as listed (existing or planned by a file).
    MapTo(String),
    /// Leave out the rows that name it.
    SkipRows,
}

/// The user's choices for one run.
#[derive(Clone, Debug)]
pub struct MigrationOptions {
    pub currency: Currency,
    pub date_order: DateOrder,
    pub utc_offset_minutes: i32,
    pub stages: StageMap,
    /// By (kind, reference key as `Unmatched::key`). An unmatched value
    /// without a resolution leaves its rows in error.
    pub resolutions: HashMap<(RefKind, String), Resolution>,
    /// The account created for deals and contacts with a blank account
    /// (translated by the UI; reused by a re-import).
    pub blank_account_name: String,
}

impl MigrationOptions {
    pub fn new(currency: Currency, blank_account_name: &str) -> MigrationOptions {
        MigrationOptions {
            currency,
            date_order: DateOrder::default(),
            utc_offset_minutes: 0,
            stages: StageMap::default(),
            resolutions: HashMap::new(),
            blank_account_name: blank_account_name.to_string(),
        }
    }
    /// Takes every suggestion of a scan: suggested stages, fuzzy matches,
    /// and "create" for the rest.
    pub fn accept_suggestions(&mut self, scan: &Scan) {
        for s in &scan.stages {
            if let (Some(stage), None) = (s.suggested, self.stages.get(&s.value)) {
                self.stages.set(&s.value, stage);
            }
        }
        for u in &scan.unmatched {
            let r = match &u.suggestion {
                Some(name) => Resolution::MapTo(name.clone()),
                None => Resolution::Create,
            };
            self.resolutions.entry((u.kind, u.key.clone())).or_insert(r);
        }
    }
}
