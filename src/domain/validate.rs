//! Integrity rules of a whole workspace: unique ids and no dangling references.
//! Used before any import is written, so a bad file never reaches storage.

use std::collections::{HashMap, HashSet};

use super::{Collections, Entity, EntityKind, Id, KindVisitor};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    DuplicateId { kind: EntityKind, index: usize, id: Id },
    /// `field` is the path inside the record (see [`crate::domain::Ref::path`]).
    Dangling { kind: EntityKind, index: usize, field: String, target: EntityKind, id: Id },
}

impl Problem {
    /// JSON path of the offending value inside an export file.
    pub fn path(&self) -> String {
        match self {
            Problem::DuplicateId { kind, index, .. } => format!("data.{}[{index}].id", kind.store_name()),
            Problem::Dangling { kind, index, field, .. } => {
                format!("data.{}[{index}].{field}", kind.store_name())
            }
        }
    }
}

/// Checks the collections on their own.
pub fn check(data: &Collections) -> Vec<Problem> {
    check_against(data, &Collections::default())
}

/// Checks `data` allowing references to records that exist in `existing`
/// (used by merge imports, where the file may point at records already stored).
pub fn check_against(data: &Collections, existing: &Collections) -> Vec<Problem> {
    let (mut problems, known) = KnownIds::build(data, existing);
    for &kind in EntityKind::ALL {
        problems.extend(known.dangling(data, kind, 0..data.count(kind)));
    }
    problems
}

/// Every id of `data` and `existing`, by kind: what references may point at.
/// Split from the reference check so a caller can check a large import a
/// slice at a time (`dangling` over ranges) and stay responsive.
pub struct KnownIds(HashMap<EntityKind, HashSet<Id>>);

impl KnownIds {
    /// The ids, plus the duplicate-id problems of `data` (in kind order).
    pub fn build(data: &Collections, existing: &Collections) -> (Vec<Problem>, KnownIds) {
        let mut known = KnownIds::new(existing);
        let mut problems = Vec::new();
        for &kind in EntityKind::ALL {
            problems.extend(known.add(data, kind));
        }
        (problems, known)
    }

    /// The ids of `existing`; `add` each kind of the incoming data next.
    pub fn new(existing: &Collections) -> KnownIds {
        KnownIds(EntityKind::ALL.iter().map(|&k| (k, existing.ids_of(k).into_iter().collect())).collect())
    }

    /// Adds the ids of `data`'s `kind` records; returns their duplicates.
    pub fn add(&mut self, data: &Collections, kind: EntityKind) -> Vec<Problem> {
        let mut problems = Vec::new();
        let set = self.0.entry(kind).or_default();
        set.reserve(data.count(kind));
        let mut seen = HashSet::with_capacity(data.count(kind));
        for (index, id) in data.ids_of(kind).into_iter().enumerate() {
            if !seen.insert(id) {
                problems.push(Problem::DuplicateId { kind, index, id });
            }
            set.insert(id);
        }
        problems
    }

    /// Dangling references of the `kind` records at `range` (clamped).
    pub fn dangling(&self, data: &Collections, kind: EntityKind, range: std::ops::Range<usize>) -> Vec<Problem> {
        struct Visit<'a> {
            known: &'a KnownIds,
            data: &'a Collections,
            range: std::ops::Range<usize>,
        }
        impl KindVisitor for Visit<'_> {
            type Out = Vec<Problem>;
            fn visit<T: Entity>(self) -> Vec<Problem> {
                let items = T::of(self.data);
                let end = self.range.end.min(items.len());
                let start = self.range.start.min(end);
                let mut problems = Vec::new();
                for (index, record) in items[start..end].iter().enumerate() {
                    for r in record.refs() {
                        if !self.known.0.get(&r.kind).is_some_and(|s| s.contains(&r.id)) {
                            problems.push(Problem::Dangling {
                                kind: T::KIND,
                                index: start + index,
                                field: r.path(),
                                target: r.kind,
                                id: r.id,
                            });
                        }
                    }
                }
                problems
            }
        }
        kind.dispatch(Visit { known: self, data, range })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::{generate, DemoSize, Lang};

    #[test]
    fn demo_data_is_consistent() {
        for lang in [Lang::En, Lang::Zh] {
            let ws = generate(DemoSize::Small, lang, 11);
            assert_eq!(check(&ws.data), vec![]);
        }
    }

    #[test]
    fn finds_duplicates_and_dangling_refs() {
        let mut ws = generate(DemoSize::Small, Lang::En, 1);
        let dup = ws.data.accounts[0].clone();
        ws.data.accounts.push(dup);
        let ghost = Id::from_u128(42);
        ws.data.deals[2].account_id = ghost;
        let problems = check(&ws.data);
        assert!(problems.iter().any(|p| matches!(p, Problem::DuplicateId { kind: EntityKind::Account, .. })));
        let dangling = problems
            .iter()
            .find(|p| matches!(p, Problem::Dangling { id, .. } if *id == ghost))
            .expect("dangling reference reported");
        assert_eq!(dangling.path(), "data.deals[2].account_id");
    }
}
