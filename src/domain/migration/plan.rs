//! Planning the whole run: every file through its kind's importer, in
//! dependency order, into one list of records to write.

use std::collections::HashMap;

use super::scan::known;
use super::{FileKind, FileMapping, MigrationOptions, Resolution, SourceFile};
use crate::domain::mapping::accounts::AccountImport;
use crate::domain::mapping::activities::ActivityImport;
use crate::domain::mapping::context::ImportContext;
use crate::domain::mapping::contacts::ContactImport;
use crate::domain::mapping::deals::{DealImport, DealOptions};
use crate::domain::mapping::invoices::InvoiceImport;
use crate::domain::mapping::orders::OrderImport;
use crate::domain::mapping::payments::PaymentImport;
use crate::domain::mapping::people::PersonImport;
use crate::domain::mapping::products::ProductImport;
use crate::domain::mapping::refs::{ref_key, Link, RefKind};
use crate::domain::mapping::run::{ImportKind, Planner};
use crate::domain::mapping::{DupePolicy, Mapping, Plan, RowError, Summary};
use crate::domain::{Account, Credit, Id, Money, OrgLevel, OrgUnit, Person, Product, Record, Role, TierMode, Timestamp, Workspace};

/// What one file does.
#[derive(Clone, Debug, PartialEq)]
pub struct FileReport {
    pub name: String,
    pub kind: FileKind,
    /// Data rows read (blank lines not counted).
    pub rows: usize,
    pub summary: Summary,
    pub errors: Vec<RowError>,
}

/// The whole run, before anything is written.
#[derive(Clone, Debug, Default)]
pub struct MigrationPlan {
    pub files: Vec<FileReport>,
    /// Records the user's "create" resolutions add (people, offices,
    /// accounts, products named by other files), by kind.
    pub created_by_resolution: Vec<(RefKind, usize)>,
    pub records: Vec<Record>,
}

impl MigrationPlan {
    /// Rows in error over all files.
    pub fn invalid(&self) -> usize {
        self.files.iter().map(|f| f.summary.invalid).sum()
    }
    /// Every record to write: all files or none. Refused with the number
    /// of rows in error unless the user leaves those rows out.
    pub fn accept(self, skip_invalid_rows: bool) -> Result<Vec<Record>, usize> {
        match self.invalid() {
            n if n > 0 && !skip_invalid_rows => Err(n),
            _ => Ok(self.records),
        }
    }
}

/// Plans `files` (any order; planned in `FileKind` order) against `ws`.
pub fn plan(files: &[SourceFile], ws: &Workspace, opts: &MigrationOptions, now: Timestamp, next_id: &mut impl FnMut() -> Id) -> MigrationPlan {
    let (mut links, _) = known(ws, files, next_id);
    let blank = ref_key(RefKind::Account, &opts.blank_account_name);
    if let Some([link]) = links.get_key(RefKind::Account, &blank).map(<[Link]>::to_vec).as_deref() {
        links.set(RefKind::Account, String::new(), *link);
    }
    // Resolutions, in a stable order so ids do not depend on a hash map.
    let mut settled: Vec<_> = opts.resolutions.iter().collect();
    settled.sort_by(|a, b| a.0.cmp(b.0));
    let mut creates: Vec<(RefKind, String, Id)> = Vec::new();
    for ((kind, key), r) in settled {
        if links.get_key(*kind, key).is_some() {
            continue;
        }
        match r {
            Resolution::SkipRows => links.set(*kind, key.clone(), Link::Skip),
            Resolution::MapTo(name) => {
                if let Some([link]) = links.get_key(*kind, &ref_key(*kind, name)).map(<[Link]>::to_vec).as_deref() {
                    links.set(*kind, key.clone(), *link);
                }
            }
            Resolution::Create => {
                let id = next_id();
                links.set(*kind, key.clone(), Link::To(id));
                creates.push((*kind, key.clone(), id));
            }
        }
    }
    let ctx = ImportContext {
        links,
        date_order: opts.date_order,
        utc_offset_minutes: opts.utc_offset_minutes,
        currency: opts.currency,
        now,
    };
    let roles = line_roles(files, &ctx);
    let deal_opts = DealOptions { stages: opts.stages.clone() };
    let mut out = MigrationPlan::default();
    let mut order: Vec<&SourceFile> = files.iter().collect();
    order.sort_by_key(|f| f.kind());
    for f in order {
        let (summary, errors, records) = match &f.mapping {
            FileMapping::People(m) => run(PersonImport::new(&ws.data.people, &ctx, &roles, &mut *next_id), f, m),
            FileMapping::Accounts(m) => run(AccountImport { existing: &ws.data.accounts, ctx: &ctx, next_id: &mut *next_id }, f, m),
            FileMapping::Contacts(m) => run(ContactImport { existing: &ws.data.contacts, ctx: &ctx, next_id: &mut *next_id }, f, m),
            FileMapping::Products(m) => run(ProductImport { existing: &ws.data.products, ctx: &ctx, next_id: &mut *next_id }, f, m),
            FileMapping::Deals(m) => {
                run(DealImport { existing: &ws.data.deals, ctx: &ctx, opts: &deal_opts, next_id: &mut *next_id }, f, m)
            }
            FileMapping::Activities(m) => run(ActivityImport::new(&ws.data.activities, &ctx, &mut *next_id), f, m),
            FileMapping::Orders(m) => {
                let deals = super::facts::deal_names(ws, &out.records);
                run(OrderImport { existing: &ws.data.orders, ctx: &ctx, deals: &deals, next_id: &mut *next_id }, f, m)
            }
            FileMapping::Invoices(m) => {
                let orders = super::facts::orders(ws, &out.records);
                run(InvoiceImport { existing: &ws.data.invoices, ctx: &ctx, orders: &orders, next_id: &mut *next_id }, f, m)
            }
            FileMapping::Payments(m) => {
                let invoices = super::facts::invoices(ws, &out.records);
                run(PaymentImport::new(&ws.data.payments, &ctx, &invoices, &mut *next_id), f, m)
            }
        };
        let rows = f.table.rows().filter(|r| !r.is_blank()).count();
        out.files.push(FileReport { name: f.name.clone(), kind: f.kind(), rows, summary, errors });
        out.records.extend(records);
    }
    let created = created_records(&creates, files, opts, &roles, &out.records, now);
    for kind in RefKind::ALL {
        let n = creates.iter().filter(|c| c.0 == kind).count();
        if n > 0 {
            out.created_by_resolution.push((kind, n));
        }
    }
    out.records.extend(created);
    super::touch::last_activity(&mut out.records, &ws.data.deals, now);
    out
}

fn run<K: ImportKind>(kind: K, f: &SourceFile, m: &Mapping<K::Field>) -> (Summary, Vec<RowError>, Vec<Record>)
where
    K::Record: Into<Record>,
{
    let plan: Plan<K::Record> = Planner::new(kind, &f.table, m, DupePolicy::Merge).finish();
    let summary = plan.summary();
    let errors = plan.errors.clone();
    let mut records: Vec<Record> = plan.create.into_iter().map(Into::into).collect();
    records.extend(plan.update.into_iter().map(Into::into));
    (summary, errors, records)
}

/// People who manage others get a line role: managers of managers are
/// region managers, other managers city supervisors, so `subtree`
/// visibility and per-team figures work on imported teams.
fn line_roles(files: &[SourceFile], ctx: &ImportContext) -> HashMap<Id, Role> {
    let mut reports: Vec<(Id, Id)> = Vec::new();
    for f in files.iter().filter(|f| f.kind() == FileKind::People) {
        let (Some(name), Some(manager)) = (f.mapping.column_of_key("name"), f.mapping.column_of_key("manager")) else { continue };
        for row in f.table.rows() {
            let person = ctx.links.id(RefKind::Person, row.get(name).trim());
            let boss = ctx.links.id(RefKind::Person, row.get(manager).trim());
            if let (Ok(Some(p)), Ok(Some(b))) = (person, boss) {
                if p != b {
                    reports.push((p, b));
                }
            }
        }
    }
    let managers: std::collections::HashSet<Id> = reports.iter().map(|r| r.1).collect();
    let mut roles = HashMap::new();
    for (person, boss) in &reports {
        if managers.contains(person) {
            roles.insert(*boss, Role::RegionManager);
        }
        roles.entry(*boss).or_insert(Role::CitySupervisor);
    }
    roles
}

/// The records "create" resolutions stand for: a name and what can be
/// inferred (a created manager works in the office of their first report).
fn created_records(
    creates: &[(RefKind, String, Id)],
    files: &[SourceFile],
    opts: &MigrationOptions,
    roles: &HashMap<Id, Role>,
    planned: &[Record],
    now: Timestamp,
) -> Vec<Record> {
    let value = |kind: RefKind, key: &str| -> String {
        if kind == RefKind::Account && key.is_empty() {
            return opts.blank_account_name.clone();
        }
        first_spelling(files, kind, key).unwrap_or_else(|| key.to_string())
    };
    let office_of = |id: Id| {
        planned.iter().find_map(|r| match r {
            Record::Person(p) if p.manager_id == Some(id) => p.org_unit_id,
            _ => None,
        })
    };
    creates
        .iter()
        // Deals, orders and invoices are never created from a cell (not
        // listed by `scan`).
        .filter(|c| !matches!(c.0, RefKind::Deal | RefKind::Order | RefKind::Invoice))
        .map(|(kind, key, id)| {
            let (id, name) = (*id, value(*kind, key));
            match kind {
                RefKind::Person => Record::Person(Person {
                    id,
                    created_at: now,
                    updated_at: now,
                    email: if name.contains('@') { name.clone() } else { String::new() },
                    name,
                    role: roles.get(&id).copied().unwrap_or(Role::Rep),
                    title: String::new(),
                    phone: String::new(),
                    manager_id: None,
                    org_unit_id: office_of(id),
                    specialties: Vec::new(),
                    available: true,
                    active: true,
                    external_id: None,
                }),
                RefKind::Office => Record::OrgUnit(OrgUnit { id, created_at: now, updated_at: now, name, level: OrgLevel::Region, parent_id: None }),
                RefKind::Account => Record::Account(Account {
                    id,
                    created_at: now,
                    updated_at: now,
                    name,
                    industry: String::new(),
                    employees: None,
                    region: String::new(),
                    city: String::new(),
                    website: String::new(),
                    owner_id: None,
                    segment_id: None,
                    credit: Credit::default(),
                    notes: String::new(),
                    parent_id: None,
                    external_id: None,
                }),
                RefKind::Product | RefKind::Deal | RefKind::Order | RefKind::Invoice => Record::Product(Product {
                    id,
                    created_at: now,
                    updated_at: now,
                    name,
                    sku: String::new(),
                    category: String::new(),
                    unit: String::new(),
                    list_price: Money::new(0, opts.currency),
                    tax_rate_bp: 0,
                    tiers: Vec::new(),
                    tier_mode: TierMode::default(),
                    bundle_of: Vec::new(),
                    is_service_pack: false,
                    active: true,
                    external_id: None,
                }),
            }
        })
        .collect()
}

/// How a reference key was first written in the files ("Dustin Brinkmann"
/// rather than its key "dustin brinkmann").
fn first_spelling(files: &[SourceFile], kind: RefKind, key: &str) -> Option<String> {
    for f in files {
        for (field, k, _) in super::scan::ref_columns(f.kind()) {
            let Some(col) = f.mapping.column_of_key(field).filter(|_| *k == kind) else { continue };
            if let Some(row) = f.table.rows().find(|r| ref_key(kind, r.get(col).trim()) == key) {
                return Some(row.get(col).trim().to_string());
            }
        }
    }
    None
}
