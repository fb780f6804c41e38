//! The files of a run: which kind each holds (guessed from its headers)
//! and its column mapping.

use crate::domain::mapping::accounts::AccountField;
use crate::domain::mapping::activities::ActivityField;
use crate::domain::mapping::contacts::ContactField;
use crate::domain::mapping::deals::DealField;
use crate::domain::mapping::invoices::InvoiceField;
use crate::domain::mapping::orders::OrderField;
use crate::domain::mapping::payments::PaymentField;
use crate::domain::mapping::people::PersonField;
use crate::domain::mapping::products::ProductField;
use crate::domain::mapping::{Mapping, Table, Target};

/// Record kinds a file can hold, in the order a run plans them (what a
/// later kind refers to comes first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileKind {
    People,
    Accounts,
    Contacts,
    Products,
    Deals,
    Activities,
    Orders,
    Invoices,
    Payments,
}

impl FileKind {
    pub const ALL: [FileKind; 9] = [
        FileKind::People,
        FileKind::Accounts,
        FileKind::Contacts,
        FileKind::Products,
        FileKind::Deals,
        FileKind::Activities,
        FileKind::Orders,
        FileKind::Invoices,
        FileKind::Payments,
    ];

    pub fn index(self) -> usize {
        self as usize
    }
    pub fn key(self) -> &'static str {
        match self {
            FileKind::People => "people",
            FileKind::Accounts => "accounts",
            FileKind::Contacts => "contacts",
            FileKind::Products => "products",
            FileKind::Deals => "deals",
            FileKind::Activities => "activities",
            FileKind::Orders => "orders",
            FileKind::Invoices => "invoices",
            FileKind::Payments => "payments",
        }
    }
    pub fn from_key(key: &str) -> Option<FileKind> {
        FileKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The kind whose fields the most headers suggest; ties go to the
    /// later kind (a deals file also names accounts and people).
    pub fn guess<S: AsRef<str>>(headers: &[S]) -> FileKind {
        let mut best = (0, FileKind::Deals);
        for kind in FileKind::ALL {
            let n = FileMapping::suggest(kind, headers).mapped();
            if n >= best.0 {
                best = (n, kind);
            }
        }
        best.1
    }
}

/// A file's mapping onto its kind's fields.
#[derive(Clone, Debug, PartialEq)]
pub enum FileMapping {
    People(Mapping<PersonField>),
    Accounts(Mapping<AccountField>),
    Contacts(Mapping<ContactField>),
    Products(Mapping<ProductField>),
    Deals(Mapping<DealField>),
    Activities(Mapping<ActivityField>),
    Orders(Mapping<OrderField>),
    Invoices(Mapping<InvoiceField>),
    Payments(Mapping<PaymentField>),
}

/// Runs `$body` with `$m` bound to the typed mapping, whatever the kind.
macro_rules! each {
    ($self:expr, $m:ident => $body:expr) => {
        match $self {
            FileMapping::People($m) => $body,
            FileMapping::Accounts($m) => $body,
            FileMapping::Contacts($m) => $body,
            FileMapping::Products($m) => $body,
            FileMapping::Deals($m) => $body,
            FileMapping::Activities($m) => $body,
            FileMapping::Orders($m) => $body,
            FileMapping::Invoices($m) => $body,
            FileMapping::Payments($m) => $body,
        }
    };
}

fn keys<F: Target>(fields: Vec<F>) -> Vec<&'static str> {
    fields.into_iter().map(Target::key).collect()
}

impl FileMapping {
    pub fn suggest<S: AsRef<str>>(kind: FileKind, headers: &[S]) -> FileMapping {
        match kind {
            FileKind::People => FileMapping::People(Mapping::suggest(headers, &[])),
            FileKind::Accounts => FileMapping::Accounts(Mapping::suggest(headers, &[])),
            FileKind::Contacts => FileMapping::Contacts(Mapping::suggest(headers, &[])),
            FileKind::Products => FileMapping::Products(Mapping::suggest(headers, &[])),
            FileKind::Deals => FileMapping::Deals(Mapping::suggest(headers, &[])),
            FileKind::Activities => FileMapping::Activities(Mapping::suggest(headers, &[])),
            FileKind::Orders => FileMapping::Orders(Mapping::suggest(headers, &[])),
            FileKind::Invoices => FileMapping::Invoices(Mapping::suggest(headers, &[])),
            FileKind::Payments => FileMapping::Payments(Mapping::suggest(headers, &[])),
        }
    }
    /// The suggestion with a preset's column names tried first.
    pub fn suggest_preset<S: AsRef<str>>(kind: FileKind, headers: &[S], preset: super::Preset) -> FileMapping {
        fn with<F: Target, S: AsRef<str>>(headers: &[S], pairs: &[(&'static str, &'static str)]) -> Mapping<F> {
            let extra: Vec<(F, &str)> = pairs.iter().filter_map(|(h, k)| Some((F::from_key(k)?, *h))).collect();
            Mapping::suggest(headers, &extra)
        }
        let pairs = preset.headers(kind);
        match kind {
            FileKind::People => FileMapping::People(with(headers, pairs)),
            FileKind::Accounts => FileMapping::Accounts(with(headers, pairs)),
            FileKind::Contacts => FileMapping::Contacts(with(headers, pairs)),
            FileKind::Products => FileMapping::Products(with(headers, pairs)),
            FileKind::Deals => FileMapping::Deals(with(headers, pairs)),
            FileKind::Activities => FileMapping::Activities(with(headers, pairs)),
            FileKind::Orders => FileMapping::Orders(with(headers, pairs)),
            FileKind::Invoices => FileMapping::Invoices(with(headers, pairs)),
            FileKind::Payments => FileMapping::Payments(with(headers, pairs)),
        }
    }
    /// A saved mapping (header → field key) for this kind.
    pub fn from_saved<S: AsRef<str>>(kind: FileKind, headers: &[S], saved: &[(String, String)]) -> FileMapping {
        match kind {
            FileKind::People => FileMapping::People(Mapping::from_saved(headers, saved)),
            FileKind::Accounts => FileMapping::Accounts(Mapping::from_saved(headers, saved)),
            FileKind::Contacts => FileMapping::Contacts(Mapping::from_saved(headers, saved)),
            FileKind::Products => FileMapping::Products(Mapping::from_saved(headers, saved)),
            FileKind::Deals => FileMapping::Deals(Mapping::from_saved(headers, saved)),
            FileKind::Activities => FileMapping::Activities(Mapping::from_saved(headers, saved)),
            FileKind::Orders => FileMapping::Orders(Mapping::from_saved(headers, saved)),
            FileKind::Invoices => FileMapping::Invoices(Mapping::from_saved(headers, saved)),
            FileKind::Payments => FileMapping::Payments(Mapping::from_saved(headers, saved)),
        }
    }
    pub fn kind(&self) -> FileKind {
        match self {
            FileMapping::People(_) => FileKind::People,
            FileMapping::Accounts(_) => FileKind::Accounts,
            FileMapping::Contacts(_) => FileKind::Contacts,
            FileMapping::Products(_) => FileKind::Products,
            FileMapping::Deals(_) => FileKind::Deals,
            FileMapping::Activities(_) => FileKind::Activities,
            FileMapping::Orders(_) => FileKind::Orders,
            FileMapping::Invoices(_) => FileKind::Invoices,
            FileMapping::Payments(_) => FileKind::Payments,
        }
    }
    pub fn mapped(&self) -> usize {
        each!(self, m => m.columns().iter().flatten().count())
    }
    /// Field keys of the kind, in the mapping screen's order.
    pub fn field_keys(&self) -> Vec<&'static str> {
        each!(self, m => keys(field_list(m)))
    }
    /// The field key column `col` feeds.
    pub fn key_at(&self, col: usize) -> Option<&'static str> {
        each!(self, m => m.field_at(col).map(Target::key))
    }
    /// Maps `col` to the field with `key` (`None` or an unknown key unmaps).
    pub fn set_key(&mut self, col: usize, key: Option<&str>) {
        each!(self, m => m.set(col, key.and_then(Target::from_key)))
    }
    /// The column feeding the field with `key`.
    pub fn column_of_key(&self, key: &str) -> Option<usize> {
        each!(self, m => Target::from_key(key).and_then(|f| m.column_of(f)))
    }
    pub fn missing_required(&self) -> Vec<&'static str> {
        each!(self, m => keys(m.missing_required()))
    }
    pub fn to_saved<S: AsRef<str>>(&self, headers: &[S]) -> Vec<(String, String)> {
        each!(self, m => m.to_saved(headers))
    }
}

fn field_list<F: Target>(_: &Mapping<F>) -> Vec<F> {
    F::ALL.to_vec()
}

/// One file of the run.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub table: Table,
    pub mapping: FileMapping,
}

impl SourceFile {
    /// A file with its kind guessed and its mapping suggested.
    pub fn guessed(name: &str, table: Table) -> SourceFile {
        let kind = FileKind::guess(table.headers());
        let mapping = FileMapping::suggest(kind, table.headers());
        SourceFile { name: name.to_string(), table, mapping }
    }
    pub fn kind(&self) -> FileKind {
        self.mapping.kind()
    }
}
