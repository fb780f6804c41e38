//! CSV files ↔ tables of text cells: encoding, delimiter, RFC 4180 quoting.
//! What the cells mean (mapping, values, duplicates) is pure domain code in
//! `domain::mapping`; this module only turns bytes into a `Table` and rows
//! back into bytes, plus the glue from an accepted plan to one `Change`.

mod decode;
mod read;
mod write;

#[cfg(test)]
mod tests;

pub use decode::{decode, decode_as, DecodeError, Decoded, TextEncoding};
pub use read::{detect_delimiter, parse, Delimiter, ReadError};
pub use write::CsvWriter;

use super::Change;
use crate::domain::mapping::leads::LeadExport;
use crate::domain::mapping::{Plan, Table};
use crate::domain::migration::MigrationPlan;
use crate::domain::{Lead, Record};

/// The user's overrides on the import screen; `None` means detect.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadOptions {
    pub encoding: Option<TextEncoding>,
    pub delimiter: Option<Delimiter>,
}

/// A file read into a table, with what was detected (shown in the preview
/// so the user can override a wrong guess).
#[derive(Clone, Debug, PartialEq)]
pub struct ReadFile {
    pub table: Table,
    pub encoding: TextEncoding,
    pub delimiter: Delimiter,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvError {
    Decode(DecodeError),
    Read(ReadError),
}

/// File bytes → table.
pub fn read(bytes: &[u8], opts: ReadOptions) -> Result<ReadFile, CsvError> {
    let (text, encoding) = match opts.encoding {
        Some(e) => (decode_as(bytes, e).map_err(CsvError::Decode)?, e),
        None => decode(bytes).map(|d| (d.text, d.encoding)).map_err(CsvError::Decode)?,
    };
    let delimiter = opts.delimiter.unwrap_or_else(|| detect_delimiter(&text));
    let table = parse(&text, delimiter).map_err(CsvError::Read)?;
    Ok(ReadFile { table, encoding, delimiter })
}

/// The one `Change` (one IndexedDB transaction) an import commits, once the
/// user confirmed the plan. `Err(n)`: `n` rows have errors and the user has
/// not chosen to leave them out, so nothing may be written.
pub fn import_change<R: Into<Record>>(plan: Plan<R>, skip_invalid_rows: bool) -> Result<Change, usize> {
    plan.accept_records(skip_invalid_rows).map(Change::upsert_all)
}

/// The one `Change` a migration run commits: every file's records, or
/// nothing (`Err(n)`: `n` rows in error that the user has not left out).
pub fn migration_change(plan: MigrationPlan, skip_invalid_rows: bool) -> Result<Change, usize> {
    plan.accept(skip_invalid_rows).map(Change::upsert_all)
}

/// Leads as a CSV file, in the order given.
pub fn export_leads<'a>(leads: impl IntoIterator<Item = &'a Lead>, export: &LeadExport<'_>) -> Vec<u8> {
    let mut w = CsvWriter::new();
    w.row(export.header_row());
    let mut cells = Vec::with_capacity(export.columns().len());
    for lead in leads {
        export.row(lead, &mut cells);
        w.row(&cells);
    }
    w.finish()
}
