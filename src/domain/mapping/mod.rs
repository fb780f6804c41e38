//! Spreadsheet import and export, independent of the file format: a grid of
//! text cells (`Table`, which `store::csv` reads and writes) is mapped column
//! by column onto the fields of one record kind, each cell is parsed, and the
//! result is a `Plan` of records to create, update or skip, with every
//! problem located by row and column.
//!
//! Everything here is generic over the record kind except the per-kind
//! modules (`leads`). Another kind (accounts, contacts, deals, people,
//! products) needs three things: a field enum implementing [`Target`] (the
//! catalogue and its header aliases), an [`ImportKind`] (row → record,
//! duplicate keys, field-by-field merge) and, for export, a row formatter.

pub mod accounts;
pub mod activities;
pub mod contacts;
pub mod context;
pub mod deals;
pub mod invoices;
mod fields;
pub mod leads;
pub mod orders;
pub mod payments;
pub mod people;
pub mod products;
pub mod plan;
pub mod refs;
pub mod run;
pub mod suggest;
pub mod table;
mod text;
pub mod value;

#[cfg(test)]
mod tests;

pub use plan::{DupePolicy, Match, Outcome, Plan, Reason, RowError, RowPlan, Summary};
pub use run::{Cells, ImportKind, Planner};
pub use suggest::Mapping;
pub use table::{Row, Table, TableBuilder};
pub use text::{fold, half_width};
pub use value::DateOrder;

/// One field of a record kind that a column can be mapped to.
///
/// `key` is stable (saved mappings refer to it; never rename one). The UI
/// labels fields through i18n arrays indexed by `index`.
pub trait Target: Copy + Eq + std::hash::Hash + std::fmt::Debug + 'static {
    /// Every field, in the order the mapping screen lists them; `index` is
    /// the position in this list.
    const ALL: &'static [Self];
    /// The field holding the record's own id, if the kind can be re-imported
    /// by id (a row naming an existing id is that record, not a look-alike).
    const ID: Option<Self>;
    fn index(self) -> usize;
    fn key(self) -> &'static str;
    /// Header names (English, Chinese, other CRMs' export names) that mean
    /// this field. Compared after [`fold`], so case, spaces, punctuation and
    /// full-width forms do not matter.
    fn aliases(self) -> &'static [&'static str];
    /// A column must be mapped to it, and every row must fill it.
    fn required(self) -> bool {
        false
    }
    /// Fields that stand in for this required one when it is not mapped
    /// (a name built from first and last name columns).
    fn alternatives(self) -> &'static [Self] {
        &[]
    }
    /// Labels indexed like `ALL` (an i18n array of field names) paired with
    /// their fields, as extra aliases for [`Mapping::suggest`].
    fn labelled<'a>(labels: &[&'a str]) -> Vec<(Self, &'a str)> {
        Self::ALL.iter().copied().zip(labels.iter().copied()).collect()
    }
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.key() == key)
    }
}

/// Characters that make a spreadsheet treat a cell as a formula (OWASP CSV
/// injection). On export such a cell gets a leading apostrophe; so does a
/// cell that itself starts with an apostrophe, which keeps the escaping
/// reversible: import removes exactly one apostrophe before any of these.
pub const FORMULA_TRIGGERS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// Undoes the export's formula escaping (see [`FORMULA_TRIGGERS`]).
pub fn unescape_formula(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_TRIGGERS) => rest,
        _ => cell,
    }
}

/// Whether export must put an apostrophe before `cell`.
pub fn needs_formula_escape(cell: &str) -> bool {
    cell.starts_with(FORMULA_TRIGGERS)
}
