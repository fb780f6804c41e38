//! The import run, generic over the record kind. It can go in steps, so a
//! browser can plan 100,000 rows in slices and paint a progress bar between
//! them.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::marker::PhantomData;

use super::plan::{DupePolicy, Match, Outcome, Plan, Reason, RowError, RowPlan};
use super::table::{Row, Table};
use super::{unescape_formula, Mapping, Target};
use crate::domain::Id;

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
    /// The user chose to leave this row out (it names a reference they
    /// skip); checked before `build`.
    fn excluded(&self, _cells: &Cells<'_, Self::Field>) -> bool {
        false
    }
}

#[derive(Clone, Copy)]
enum Slot {
    Existing(usize),
    New(usize, u32),
}

/// Plans `table` in one go.
pub fn run<K: ImportKind>(kind: K, table: &Table, mapping: &Mapping<K::Field>, policy: DupePolicy) -> Plan<K::Record> {
    Planner::new(kind, table, mapping, policy).finish()
}

/// An import run that can be advanced a slice of rows at a time.
pub struct Planner<'t, K: ImportKind> {
    kind: K,
    table: &'t Table,
    by_field: Vec<Option<usize>>,
    policy: DupePolicy,
    next_row: usize,
    index: HashMap<K::Key, Slot, Fast>,
    ids: HashMap<Id, Slot, Fast>,
    /// Existing record → its position in `plan.update`.
    updated: HashMap<usize, usize, Fast>,
    keys: Vec<K::Key>,
    problems: Vec<(K::Field, Reason)>,
    plan: Plan<K::Record>,
}

impl<'t, K: ImportKind> Planner<'t, K> {
    /// Indexes the existing records (the part that cannot be sliced).
    pub fn new(kind: K, table: &'t Table, mapping: &Mapping<K::Field>, policy: DupePolicy) -> Self {
        let expected = kind.existing().len() + table.len();
        let mut index = HashMap::with_capacity_and_hasher(expected * 3, Fast::default());
        let mut ids = HashMap::with_capacity_and_hasher(expected, Fast::default());
        let mut keys = Vec::new();
        for (i, r) in kind.existing().iter().enumerate() {
            kind.keys(r, &mut keys);
            for k in keys.drain(..) {
                index.entry(k).or_insert(Slot::Existing(i));
            }
            ids.insert(K::id_of(r), Slot::Existing(i));
        }
        let plan = Plan { rows: Vec::with_capacity(table.len()), create: Vec::new(), update: Vec::new(), errors: Vec::new() };
        Planner {
            kind,
            table,
            by_field: mapping.by_field(),
            policy,
            next_row: 0,
            index,
            ids,
            updated: HashMap::default(),
            keys,
            problems: Vec::new(),
            plan,
        }
    }

    /// (rows planned, rows in the table).
    pub fn progress(&self) -> (usize, usize) {
        (self.next_row, self.table.len())
    }

    /// Plans up to `max_rows` more rows; `true` once every row is planned.
    pub fn step(&mut self, max_rows: usize) -> bool {
        let end = self.next_row.saturating_add(max_rows).min(self.table.len());
        while self.next_row < end {
            if let Some(row) = self.table.row(self.next_row) {
                self.row(row);
            }
            self.next_row += 1;
        }
        self.next_row >= self.table.len()
    }

    /// Plans whatever is left and hands over the plan.
    pub fn finish(mut self) -> Plan<K::Record> {
        self.step(usize::MAX);
        self.plan
    }

    fn row(&mut self, row: Row<'t>) {
        if row.is_blank() {
            return;
        }
        let cells = Cells { row, by_field: &self.by_field, _field: PhantomData };
        if self.kind.excluded(&cells) {
            return self.plan.rows.push(RowPlan { row: row.number, outcome: Outcome::Excluded });
        }
        let plan = &mut self.plan;
        let errors_before = plan.errors.len();
        self.problems.clear();
        let built = self.kind.build(&cells, &mut self.problems);
        extra_cells(&row, self.table.headers().len(), &mut plan.errors);
        for (f, reason) in self.problems.drain(..) {
            plan.errors.push(error(self.table, &cells, f, reason));
        }
        // Left to right, as the user reads the row; unmapped fields last.
        crate::domain::sorting::sort_by_key(&mut plan.errors[errors_before..], |e| e.column.unwrap_or(usize::MAX));
        let record = match built {
            Some(r) if plan.errors.len() == errors_before => r,
            _ => return plan.rows.push(RowPlan { row: row.number, outcome: Outcome::Invalid }),
        };
        self.keys.clear();
        self.kind.keys(&record, &mut self.keys);
        let explicit = <K::Field as Target>::ID.is_some_and(|f| cells.provided(f));
        let by_id = explicit.then(|| self.ids.get(&K::id_of(&record)).copied()).flatten();
        let target = by_id.or_else(|| self.keys.iter().find_map(|k| self.index.get(k).copied()));
        let provided = || -> Vec<K::Field> {
            let id_field = <K::Field as Target>::ID;
            K::Field::ALL.iter().copied().filter(|f| Some(*f) != id_field && cells.provided(*f)).collect()
        };
        let outcome = match (target, self.policy) {
            (Some(s), DupePolicy::Skip) => Outcome::Skipped(match s {
                Slot::Existing(i) => Match::Existing(K::id_of(&self.kind.existing()[i])),
                Slot::New(_, row) => Match::Row(row),
            }),
            (Some(s), DupePolicy::Merge) => self.merge(&provided(), &record, s),
            (Some(s), DupePolicy::Create) if by_id.is_some() => self.merge(&provided(), &record, s),
            (_, _) => {
                let slot = Slot::New(self.plan.create.len(), row.number);
                self.ids.entry(K::id_of(&record)).or_insert(slot);
                for k in self.keys.drain(..) {
                    self.index.entry(k).or_insert(slot);
                }
                self.plan.create.push(record);
                Outcome::Create
            }
        };
        self.plan.rows.push(RowPlan { row: row.number, outcome });
    }

    /// Fills the matched record (its latest version in this plan) with the
    /// fields the row provided.
    fn merge(&mut self, provided: &[K::Field], incoming: &K::Record, slot: Slot) -> Outcome {
        let (kind, plan) = (&self.kind, &mut self.plan);
        let current = match slot {
            Slot::Existing(i) => self.updated.get(&i).map_or(&kind.existing()[i], |&u| &plan.update[u]),
            Slot::New(p, _) => &plan.create[p],
        };
        let mut next = current.clone();
        for f in provided {
            kind.copy_field(&mut next, incoming, *f);
        }
        let changed = next != *current;
        if changed {
            kind.touch(&mut next);
            // A row may add an e-mail or phone that later rows are matched by.
            self.keys.clear();
            kind.keys(&next, &mut self.keys);
            for k in self.keys.drain(..) {
                self.index.entry(k).or_insert(slot);
            }
        }
        match slot {
            Slot::New(p, row) => {
                plan.create[p] = next;
                Outcome::MergedIntoRow(row)
            }
            Slot::Existing(_) if !changed => Outcome::Unchanged(K::id_of(&next)),
            Slot::Existing(i) => {
                let id = K::id_of(&next);
                match self.updated.get(&i) {
                    Some(&u) => plan.update[u] = next,
                    None => {
                        self.updated.insert(i, plan.update.len());
                        plan.update.push(next);
                    }
                }
                Outcome::Update(id)
            }
        }
    }
}

/// Cells beyond the header are harmless when empty (trailing separators)
/// but would be lost silently otherwise, so a filled one is an error.
fn extra_cells(row: &Row<'_>, width: usize, errors: &mut Vec<RowError>) {
    let Some(col) = (width..row.len()).find(|&c| !row.get(c).trim().is_empty()) else { return };
    errors.push(RowError {
        row: row.number,
        column: Some(col),
        header: String::new(),
        value: row.get(col).trim().to_string(),
        reason: Reason::ExtraCells { expected: width, found: row.len() },
    });
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

/// The Fx hash (rustc's): the index holds a few hundred thousand short
/// keys, and SipHash's protection against crafted collisions buys nothing
/// for a user's own file in their own browser.
type Fast = BuildHasherDefault<FxHasher>;

#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        // The multiply leaves the low bits weak, and the table indexes by
        // them; rotate the strong high bits down (as rustc-hash 2 does).
        self.0.rotate_left(26)
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}
