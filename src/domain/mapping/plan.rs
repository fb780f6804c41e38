//! The outcome of an import run: every row of a mapped table becomes a
//! record to create, an existing record to update, or a skip, and every
//! problem is reported with its row and column. Nothing is written here: the
//! `Plan` is shown to the user, and only an accepted plan becomes one store
//! `Change`. The run itself is in `run.rs`.

use crate::domain::{EntityKind, Id, Record};

/// Why a cell (or a row) cannot be imported. The UI translates these; no
/// text is built here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A required field is empty.
    Required,
    /// Not a date (or date and time) in any accepted form.
    NotADate,
    /// Shaped like a date but not one: 2024-02-30, month 13 (perhaps the
    /// wrong day/month order), 25:00.
    NoSuchDate,
    NotANumber,
    TooLarge,
    /// Not an amount: letters, a sign, too many decimals for the currency.
    NotAnAmount,
    /// Not one of the field's values (a channel or status nobody knows).
    NotAChoice,
    NotAnEmail,
    /// The id column holds something that is not a record id.
    NotAnId,
    /// Names a record (an owner) that does not exist.
    UnknownReference(EntityKind),
    /// Names several records equally well (two people with that name).
    AmbiguousReference(EntityKind),
    /// An amount in another currency than the record it belongs to (a
    /// payment of a CNY invoice written in USD).
    OtherCurrency(crate::domain::Currency),
    /// A payment larger than what is still owed on its invoice (the
    /// balance left).
    Overpaid(crate::domain::Money),
    /// The row has more filled cells than the header has columns.
    ExtraCells { expected: usize, found: usize },
}

/// One problem, located as the user sees the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// Spreadsheet row number (the header is row 1).
    pub row: u32,
    /// Zero-based column; `None` when the problem concerns a field no column
    /// is mapped to.
    pub column: Option<usize>,
    /// The column's header as written in the file ("" when `column` is None).
    pub header: String,
    /// The cell as written (trimmed).
    pub value: String,
    pub reason: Reason,
}

/// What to do with a row that looks like a record already there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DupePolicy {
    /// Leave the existing record alone and drop the row.
    #[default]
    Skip,
    /// Fill the existing record with the row's non-empty cells.
    Merge,
    /// Import the row as a new record anyway. A row carrying the id of an
    /// existing record is that record, not a look-alike, so it is merged.
    Create,
}

/// The record a duplicate row matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    Existing(Id),
    /// A record an earlier row of the same file creates.
    Row(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Create,
    /// Merged into an existing record, which changes.
    Update(Id),
    /// Merged into an existing record, which already says the same.
    Unchanged(Id),
    /// Merged into the record an earlier row creates.
    MergedIntoRow(u32),
    /// A duplicate, dropped (`DupePolicy::Skip`).
    Skipped(Match),
    /// Has errors; see `Plan::errors`.
    Invalid,
    /// Left out by the user's choice (it names a reference they skip).
    Excluded,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowPlan {
    pub row: u32,
    pub outcome: Outcome,
}

/// Rows → records, before anything is written. Blank rows are left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan<R> {
    pub rows: Vec<RowPlan>,
    pub create: Vec<R>,
    /// Existing records with the rows' values merged in, each once.
    pub update: Vec<R>,
    pub errors: Vec<RowError>,
}

/// Counts for the preview.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub create: usize,
    pub update: usize,
    pub unchanged: usize,
    pub merged_in_file: usize,
    pub skipped: usize,
    pub invalid: usize,
    pub excluded: usize,
}

impl<R> Plan<R> {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for r in &self.rows {
            match r.outcome {
                Outcome::Create => s.create += 1,
                Outcome::Update(_) => s.update += 1,
                Outcome::Unchanged(_) => s.unchanged += 1,
                Outcome::MergedIntoRow(_) => s.merged_in_file += 1,
                Outcome::Skipped(_) => s.skipped += 1,
                Outcome::Invalid => s.invalid += 1,
                Outcome::Excluded => s.excluded += 1,
            }
        }
        s
    }
    /// The records to write. Refused (with the number of rows in error)
    /// while any row has errors, unless the user chose to leave those rows
    /// out; invalid rows never produce a record either way.
    pub fn accept(self, skip_invalid_rows: bool) -> Result<Vec<R>, usize> {
        let invalid = self.rows.iter().filter(|r| r.outcome == Outcome::Invalid).count();
        if invalid > 0 && !skip_invalid_rows {
            return Err(invalid);
        }
        let mut out = self.create;
        out.extend(self.update);
        Ok(out)
    }
    pub fn accept_records(self, skip_invalid_rows: bool) -> Result<Vec<Record>, usize>
    where
        R: Into<Record>,
    {
        self.accept(skip_invalid_rows).map(|v| v.into_iter().map(Into::into).collect())
    }
}
