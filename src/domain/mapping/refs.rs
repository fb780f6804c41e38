//! References between imported records: a deal names its owner, account and
//! product by text, a person names a manager and an office. Cells are
//! normalised into keys, looked up among records that exist or that the
//! same import plans, and what nothing matches is resolved by the user
//! (`Link`), never guessed silently.

use std::collections::HashMap;

use super::plan::Reason;
use super::text::{fold, half_width, lower};
use crate::domain::leads::{normalise_company, normalise_email};
use crate::domain::{EntityKind, Id};

/// What a reference cell points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RefKind {
    Person,
    Account,
    Product,
    /// A regional office: an `OrgUnit`.
    Office,
    /// A deal, by its source id (activities name the deal they belong to).
    Deal,
    /// An order, by its source id (invoices name the order they bill).
    Order,
    /// An invoice, by its number or source id (payments name the invoice).
    Invoice,
}

impl RefKind {
    pub const ALL: [RefKind; 7] = [
        RefKind::Person,
        RefKind::Account,
        RefKind::Product,
        RefKind::Office,
        RefKind::Deal,
        RefKind::Order,
        RefKind::Invoice,
    ];

    pub fn entity(self) -> EntityKind {
        match self {
            RefKind::Person => EntityKind::Person,
            RefKind::Account => EntityKind::Account,
            RefKind::Product => EntityKind::Product,
            RefKind::Office => EntityKind::OrgUnit,
            RefKind::Deal => EntityKind::Deal,
            RefKind::Order => EntityKind::Order,
            RefKind::Invoice => EntityKind::Invoice,
        }
    }
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Half-width, lower case, runs of whitespace as one space, trimmed:
/// "Ａｎｎａ  Snelling " = "anna snelling". Spaces inside stay, so "GTX Pro"
/// and "GTXPro" differ here and meet only as a fuzzy suggestion.
pub fn normalise_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(half_width) {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(lower(c));
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The key a cell is matched by. People: an e-mail when the cell has an
/// "@", else the name. Accounts: the company name without legal form
/// (`leads::normalise_company`, the duplicate check's rule).
pub fn ref_key(kind: RefKind, text: &str) -> String {
    match kind {
        RefKind::Person if text.contains('@') => normalise_email(text),
        RefKind::Account => match normalise_company(text) {
            k if k.is_empty() => normalise_name(text),
            k => k,
        },
        _ => normalise_name(text),
    }
}

/// Edit distance (insertions, deletions, substitutions) between two
/// strings, by characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The closest of `candidates` (id, name) to `text`, if close enough to
/// offer: equal once spaces and punctuation are removed ("GTXPro" ↔ "GTX
/// Pro"), or at most two edits apart on that folded form and no more than
/// a quarter of its length ("MG Advance" ↔ "MG Advanced"). Ties go to the
/// first candidate.
pub fn fuzzy_best<'a>(text: &str, candidates: impl IntoIterator<Item = (Id, &'a str)>) -> Option<(Id, &'a str)> {
    let t = fold(text);
    if t.is_empty() {
        return None;
    }
    let len = t.chars().count();
    let mut best: Option<(usize, Id, &'a str)> = None;
    for (id, name) in candidates {
        let d = edit_distance(&t, &fold(name));
        if d <= 2 && d * 4 <= len && best.is_none_or(|(bd, _, _)| d < bd) {
            best = Some((d, id, name));
        }
    }
    best.map(|(_, id, name)| (id, name))
}

/// How a referenced value is settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    To(Id),
    /// The user chose to leave out the rows naming it.
    Skip,
}

/// Reference keys → what they resolve to, for one import run.
#[derive(Clone, Debug, Default)]
pub struct Links {
    map: HashMap<(RefKind, String), Vec<Link>>,
}

impl Links {
    /// Adds a record under `key`. Two different records under one key make
    /// the key ambiguous.
    pub fn add(&mut self, kind: RefKind, key: String, link: Link) {
        let v = self.map.entry((kind, key)).or_default();
        if !v.contains(&link) {
            v.push(link);
        }
    }
    /// Settles `key`, replacing whatever it matched.
    pub fn set(&mut self, kind: RefKind, key: String, link: Link) {
        self.map.insert((kind, key), vec![link]);
    }
    pub fn get_key(&self, kind: RefKind, key: &str) -> Option<&[Link]> {
        self.map.get(&(kind, key.to_string())).map(Vec::as_slice)
    }
    /// A cell → its link. An empty cell is `Ok(None)` unless the blank
    /// value itself was settled (deals without an account).
    pub fn resolve(&self, kind: RefKind, text: &str) -> Result<Option<Link>, Reason> {
        let key = ref_key(kind, text);
        match self.map.get(&(kind, key)).map(Vec::as_slice) {
            Some([link]) => Ok(Some(*link)),
            Some([_, _, ..]) => Err(Reason::AmbiguousReference(kind.entity())),
            _ if text.is_empty() => Ok(None),
            _ => Err(Reason::UnknownReference(kind.entity())),
        }
    }
    /// The record a cell names, `Ok(None)` when empty or left out.
    pub fn id(&self, kind: RefKind, text: &str) -> Result<Option<Id>, Reason> {
        Ok(match self.resolve(kind, text)? {
            Some(Link::To(id)) => Some(id),
            _ => None,
        })
    }
    pub fn skips(&self, kind: RefKind, text: &str) -> bool {
        self.resolve(kind, text) == Ok(Some(Link::Skip))
    }
}
