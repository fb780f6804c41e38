//! Before planning: the references that match nothing and the distinct
//! stage values, for the user to settle.

use std::collections::HashMap;

use super::{FileKind, MigrationOptions, SourceFile};
use crate::domain::mapping::deals::suggest_stage;
use crate::domain::mapping::refs::{fuzzy_best, ref_key, Link, Links, RefKind};
use crate::domain::pipeline::Stage;
use crate::domain::{Id, Workspace};

/// A referenced value that matches no record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmatched {
    pub kind: RefKind,
    /// Its normalised key (what `MigrationOptions::resolutions` is keyed
    /// by); "" for a blank account.
    pub key: String,
    /// As first written in a file.
    pub value: String,
    /// Rows that name it, over all files.
    pub rows: usize,
    /// The closest known name, for the user to confirm ("GTXPro" → "GTX Pro").
    pub suggestion: Option<String>,
}

/// A distinct stage value of the deal files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageValue {
    pub value: String,
    pub rows: usize,
    pub suggested: Option<Stage>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scan {
    pub unmatched: Vec<Unmatched>,
    pub stages: Vec<StageValue>,
    /// Every known name per `RefKind` (existing or in a file), sorted: what
    /// an unmatched value can be mapped to.
    pub names: Vec<Vec<String>>,
}

/// (field key, what it refers to, whether a blank cell must be settled).
pub(super) fn ref_columns(kind: FileKind) -> &'static [(&'static str, RefKind, bool)] {
    match kind {
        FileKind::People => &[("manager", RefKind::Person, false), ("office", RefKind::Office, false)],
        FileKind::Accounts => &[("owner", RefKind::Person, false), ("parent", RefKind::Account, false)],
        FileKind::Contacts => &[("account", RefKind::Account, true)],
        FileKind::Products => &[],
        FileKind::Deals => {
            &[("owner", RefKind::Person, false), ("account", RefKind::Account, true), ("product", RefKind::Product, false)]
        }
        FileKind::Activities => &[("owner", RefKind::Person, false), ("account", RefKind::Account, false)],
        // Deals, orders and invoices named by these are row problems, not
        // relations to settle: a record made from one cell would be empty.
        FileKind::Orders => &[("account", RefKind::Account, true), ("product", RefKind::Product, false)],
        FileKind::Invoices => &[("account", RefKind::Account, false)],
        FileKind::Payments => &[],
    }
}

/// Columns naming the file's own records (other rows and files refer to them).
pub(super) fn own_columns(kind: FileKind) -> &'static [(&'static str, RefKind)] {
    match kind {
        FileKind::People => &[("name", RefKind::Person), ("email", RefKind::Person)],
        FileKind::Accounts => &[("name", RefKind::Account)],
        FileKind::Products => &[("name", RefKind::Product)],
        FileKind::Deals => &[("external_id", RefKind::Deal)],
        FileKind::Orders => &[("external_id", RefKind::Order)],
        FileKind::Invoices => &[("external_id", RefKind::Invoice), ("number", RefKind::Invoice)],
        FileKind::Contacts | FileKind::Activities | FileKind::Payments => &[],
    }
}

/// Links to every record that exists, plus a new id for every name the
/// files introduce. Also returns every known name per kind (for fuzzy
/// suggestions and the "map to" choices).
pub(super) fn known(ws: &Workspace, files: &[SourceFile], next_id: &mut impl FnMut() -> Id) -> (Links, Vec<Vec<String>>) {
    let mut links = Links::default();
    let mut names = vec![Vec::new(); RefKind::ALL.len()];
    let add = |links: &mut Links, kind: RefKind, text: &str, id: Id| {
        let key = ref_key(kind, text);
        if !key.is_empty() {
            links.add(kind, key, Link::To(id));
        }
    };
    for p in &ws.data.people {
        add(&mut links, RefKind::Person, &p.name, p.id);
        add(&mut links, RefKind::Person, &p.email, p.id);
        names[RefKind::Person.index()].push(p.name.clone());
    }
    for a in &ws.data.accounts {
        add(&mut links, RefKind::Account, &a.name, a.id);
        names[RefKind::Account.index()].push(a.name.clone());
    }
    for p in &ws.data.products {
        add(&mut links, RefKind::Product, &p.name, p.id);
        names[RefKind::Product.index()].push(p.name.clone());
    }
    for d in &ws.data.deals {
        if let Some(x) = &d.external_id {
            add(&mut links, RefKind::Deal, x, d.id);
        }
    }
    for o in &ws.data.orders {
        if let Some(x) = &o.external_id {
            add(&mut links, RefKind::Order, x, o.id);
        }
    }
    for i in &ws.data.invoices {
        add(&mut links, RefKind::Invoice, &i.number, i.id);
        if let Some(x) = &i.external_id {
            add(&mut links, RefKind::Invoice, x, i.id);
        }
    }
    for u in &ws.data.org_units {
        add(&mut links, RefKind::Office, &u.name, u.id);
        names[RefKind::Office.index()].push(u.name.clone());
    }
    for f in files {
        let cols: Vec<_> = own_columns(f.kind()).iter().filter_map(|(k, r)| Some((f.mapping.column_of_key(k)?, *r))).collect();
        for row in f.table.rows() {
            // A row's name and e-mail are one person: the e-mail gets the
            // id its name got.
            let mut id = None;
            for (col, kind) in &cols {
                let text = row.get(*col).trim();
                let key = ref_key(*kind, text);
                if key.is_empty() {
                    continue;
                }
                match links.get_key(*kind, &key) {
                    Some([Link::To(known)]) => id = id.or(Some(*known)),
                    Some(_) => {}
                    None => {
                        let new = *id.get_or_insert_with(&mut *next_id);
                        links.add(*kind, key, Link::To(new));
                        if !text.contains('@') && !matches!(kind, RefKind::Deal | RefKind::Order | RefKind::Invoice) {
                            names[kind.index()].push(text.to_string());
                        }
                    }
                }
            }
        }
    }
    (links, names)
}

/// Lists what the files refer to that matches nothing, and the stages.
pub fn scan(files: &[SourceFile], ws: &Workspace, opts: &MigrationOptions) -> Scan {
    let mut dummy = || Id::from_u128(0);
    let (links, names) = known(ws, files, &mut dummy);
    let blank_known = links.get_key(RefKind::Account, &ref_key(RefKind::Account, &opts.blank_account_name)).is_some();
    let mut unmatched: Vec<Unmatched> = Vec::new();
    let mut at: HashMap<(RefKind, String), usize> = HashMap::new();
    let mut stages: Vec<StageValue> = Vec::new();
    for f in files {
        let cols: Vec<_> = ref_columns(f.kind()).iter().filter_map(|(k, r, b)| Some((f.mapping.column_of_key(k)?, *r, *b))).collect();
        let stage_col = (f.kind() == FileKind::Deals).then(|| f.mapping.column_of_key("stage")).flatten();
        for row in f.table.rows().filter(|r| !r.is_blank()) {
            for (col, kind, blank_counts) in &cols {
                let text = row.get(*col).trim();
                let key = ref_key(*kind, text);
                if (key.is_empty() && (!blank_counts || blank_known)) || links.get_key(*kind, &key).is_some() {
                    continue;
                }
                let i = *at.entry((*kind, key.clone())).or_insert_with(|| {
                    let candidates = names[kind.index()].iter().map(|n| (Id::from_u128(0), n.as_str()));
                    let suggestion = fuzzy_best(text, candidates).map(|(_, n)| n.to_string());
                    unmatched.push(Unmatched { kind: *kind, key, value: text.to_string(), rows: 0, suggestion });
                    unmatched.len() - 1
                });
                unmatched[i].rows += 1;
            }
            if let Some(col) = stage_col {
                let value = row.get(col).trim();
                if value.is_empty() {
                    continue;
                }
                match stages.iter_mut().find(|s| crate::domain::mapping::fold(&s.value) == crate::domain::mapping::fold(value)) {
                    Some(s) => s.rows += 1,
                    None => stages.push(StageValue { value: value.to_string(), rows: 1, suggested: suggest_stage(value) }),
                }
            }
        }
    }
    unmatched.sort_by(|a, b| (a.kind, &a.key).cmp(&(b.kind, &b.key)));
    let mut names = names;
    for n in &mut names {
        n.sort();
        n.dedup();
    }
    Scan { unmatched, stages, names }
}
