//! The import run: every row of a mapped table becomes a record to create, an
//! existing record to update, or a skip, and every problem is reported with
//! its row and column. Nothing is written here: the `Plan` is shown to the
//! user, and only an accepted plan becomes one store `Change`.

use std::collections::HashMap;
use std::hash::Hash;
use std::marker::PhantomData;

use super::table::{Row, Table};
use super::{unescape_formula, Mapping, Target};
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

/// One row as seen through the mapping: cells by field, trimmed and with
/// the export's formula escaping undone.
pub struct Cells<'a, F> {
    row: Row<'a>,
    by_field: &'a [Option<usize>],
    _field: PhantomData<F>,
}

impl<'a, F: Target> Cells<'a, F> {
    pub fn number(&self) -> u32 {
        self.row.number
    }
    pub fn column(&self, f: F) -> Option<usize> {
        self.by_field.get(f.index()).copied().flatten()
    }
    /// The cell feeding `f`; "" when unmapped or empty.
    pub fn text(&self, f: F) -> &'a str {
        self.column(f).map_or("", |c| unescape_formula(self.row.get(c).trim()))
    }
    pub fn provided(&self, f: F) -> bool {
        !self.text(f).is_empty()
    }
    /// The cell, or a `Required` problem when it is empty.
    pub fn required(&self, f: F, problems: &mut Vec<(F, Reason)>) -> &'a str {
        let t = self.text(f);
        if t.is_empty() {
            problems.push((f, Reason::Required));
        }
        t
    }
    /// The cell through `parse`, recording its failure against `f`.
    pub fn parse<T>(&self, f: F, problems: &mut Vec<(F, Reason)>, parse: impl FnOnce(&str) -> Result<Option<T>, Reason>) -> Option<T> {
        parse(self.text(f)).map_err(|r| problems.push((f, r))).ok().flatten()
    }
}

/// A record kind that rows can be imported into.
pub trait ImportKind {
    type Field: Target;
    type Record: Clone + PartialEq;
    /// A normalised property that makes two records the same real-world
    /// thing (an e-mail address, a phone number, …).
    type Key: Hash + Eq;

    /// Records already in the workspace, matched against.
    fn existing(&self) -> &[Self::Record];
    fn id_of(record: &Self::Record) -> Id;
    fn keys(&self, record: &Self::Record, out: &mut Vec<Self::Key>);
    /// One row → a new record; `None` or any problem makes the row invalid.
    fn build(&mut self, cells: &Cells<'_, Self::Field>, problems: &mut Vec<(Self::Field, Reason)>) -> Option<Self::Record>;
    /// Copies one field (as `build` filled it) from `src` into `dst`.
    fn copy_field(&self, dst: &mut Self::Record, src: &Self::Record, field: Self::Field);
    /// Marks a record changed (its `updated_at` becomes now).
    fn touch(&self, record: &mut Self::Record);
}

#[derive(Clone, Copy)]
enum Slot {
    Existing(usize),
    New(usize, u32),
}

/// Builds the plan for `table` under `mapping`.
pub fn run<K: ImportKind>(kind: &mut K, table: &Table, mapping: &Mapping<K::Field>, policy: DupePolicy) -> Plan<K::Record> {
    let by_field = mapping.by_field();
    let width = table.headers().len();
    let mut plan = Plan { rows: Vec::new(), create: Vec::new(), update: Vec::new(), errors: Vec::new() };
    let mut index: HashMap<K::Key, Slot> = HashMap::new();
    let mut ids: HashMap<Id, Slot> = HashMap::new();
    let mut keys = Vec::new();
    for (i, r) in kind.existing().iter().enumerate() {
        kind.keys(r, &mut keys);
        for k in keys.drain(..) {
            index.entry(k).or_insert(Slot::Existing(i));
        }
        ids.insert(K::id_of(r), Slot::Existing(i));
    }
    let mut updated: HashMap<usize, usize> = HashMap::new();
    let mut problems = Vec::new();
    for row in table.rows().filter(|r| !r.is_blank()) {
        let cells = Cells { row, by_field: &by_field, _field: PhantomData };
        problems.clear();
        let errors_before = plan.errors.len();
        let built = kind.build(&cells, &mut problems);
        let extra = extra_cells(&row, width, &mut plan.errors);
        for (f, reason) in problems.drain(..) {
            plan.errors.push(error(table, &cells, f, reason));
        }
        let record = match built {
            Some(r) if !extra && plan.errors.len() == errors_before => r,
            _ => {
                plan.rows.push(RowPlan { row: row.number, outcome: Outcome::Invalid });
                continue;
            }
        };
        kind.keys(&record, &mut keys);
        let explicit = <K::Field as Target>::ID.is_some_and(|f| cells.provided(f));
        let by_id = explicit.then(|| ids.get(&K::id_of(&record)).copied()).flatten();
        let target = by_id.or_else(|| keys.iter().find_map(|k| index.get(k).copied()));
        let existing = kind.existing();
        let matched = |s: Slot| match s {
            Slot::Existing(i) => Match::Existing(K::id_of(&existing[i])),
            Slot::New(_, row) => Match::Row(row),
        };
        let outcome = match (target, policy) {
            (Some(s), DupePolicy::Skip) => Outcome::Skipped(matched(s)),
            (Some(s), DupePolicy::Merge) => merge(kind, &cells, &record, s, &mut plan, &mut updated, &mut index),
            (Some(s), DupePolicy::Create) if by_id.is_some() => {
                merge(kind, &cells, &record, s, &mut plan, &mut updated, &mut index)
            }
            (_, _) => {
                let slot = Slot::New(plan.create.len(), row.number);
                ids.entry(K::id_of(&record)).or_insert(slot);
                for k in keys.drain(..) {
                    index.entry(k).or_insert(slot);
                }
                plan.create.push(record);
                Outcome::Create
            }
        };
        keys.clear();
        plan.rows.push(RowPlan { row: row.number, outcome });
    }
    plan
}

/// Fills the matched record (its latest version in this plan) with the
/// row's non-empty cells.
fn merge<K: ImportKind>(
    kind: &K,
    cells: &Cells<'_, K::Field>,
    incoming: &K::Record,
    slot: Slot,
    plan: &mut Plan<K::Record>,
    updated: &mut HashMap<usize, usize>,
    index: &mut HashMap<K::Key, Slot>,
) -> Outcome {
    let id_field = <K::Field as Target>::ID;
    let current = match slot {
        Slot::Existing(i) => updated.get(&i).map_or(&kind.existing()[i], |&u| &plan.update[u]),
        Slot::New(p, _) => &plan.create[p],
    };
    let mut next = current.clone();
    for f in K::Field::ALL.iter().copied().filter(|f| Some(*f) != id_field && cells.provided(*f)) {
        kind.copy_field(&mut next, incoming, f);
    }
    let changed = next != *current;
    if changed {
        kind.touch(&mut next);
        // A row may add an e-mail or phone that later rows are matched by.
        let mut keys = Vec::new();
        kind.keys(&next, &mut keys);
        for k in keys {
            index.entry(k).or_insert(slot);
        }
    }
    match slot {
        Slot::New(p, row) => {
            plan.create[p] = next;
            Outcome::MergedIntoRow(row)
        }
        Slot::Existing(i) => {
            let id = K::id_of(&next);
            if !changed {
                return Outcome::Unchanged(id);
            }
            match updated.get(&i) {
                Some(&u) => plan.update[u] = next,
                None => {
                    updated.insert(i, plan.update.len());
                    plan.update.push(next);
                }
            }
            Outcome::Update(id)
        }
    }
}

/// Cells beyond the header are harmless when empty (trailing separators)
/// but would be lost silently otherwise, so a filled one is an error.
fn extra_cells(row: &Row<'_>, width: usize, errors: &mut Vec<RowError>) -> bool {
    let Some(col) = (width..row.len()).find(|&c| !row.get(c).trim().is_empty()) else { return false };
    errors.push(RowError {
        row: row.number,
        column: Some(col),
        header: String::new(),
        value: row.get(col).trim().to_string(),
        reason: Reason::ExtraCells { expected: width, found: row.len() },
    });
    true
}

fn error<F: Target>(table: &Table, cells: &Cells<'_, F>, f: F, reason: Reason) -> RowError {
    let column = cells.column(f);
    RowError {
        row: cells.number(),
        column,
        header: column.and_then(|c| table.headers().get(c)).cloned().unwrap_or_default(),
        value: column.map_or(String::new(), |c| cells.row.get(c).trim().to_string()),
        reason,
    }
}
