//! Merge by id: a record from the file replaces the stored one only when its
//! `updated_at` is newer. The preview says what would happen before anything
//! is written.

use std::collections::HashMap;

use super::Change;
use crate::domain::{Collections, EntityKind, Id, Record};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindCounts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Same id, different content, but the stored copy is as new or newer: kept.
    pub conflicts: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergePlan {
    pub per_kind: Vec<(EntityKind, KindCounts)>,
    pub change: Change,
    pub conflicts: Vec<(EntityKind, Id)>,
}

impl MergePlan {
    pub fn totals(&self) -> KindCounts {
        self.per_kind.iter().fold(KindCounts::default(), |mut t, (_, c)| {
            t.added += c.added;
            t.updated += c.updated;
            t.unchanged += c.unchanged;
            t.conflicts += c.conflicts;
            t
        })
    }
}

pub fn plan(existing: &Collections, incoming: &Collections) -> MergePlan {
    let mut stored: HashMap<(EntityKind, Id), Record> = HashMap::with_capacity(existing.len());
    for r in existing.records() {
        stored.insert((r.kind(), r.id()), r);
    }
    let mut counts: HashMap<EntityKind, KindCounts> = HashMap::new();
    let mut plan = MergePlan::default();
    for r in incoming.records() {
        let kind = r.kind();
        let c = counts.entry(kind).or_default();
        match stored.get(&(kind, r.id())) {
            None => {
                c.added += 1;
                plan.change.upserts.push(r);
            }
            Some(old) if *old == r => c.unchanged += 1,
            Some(old) if r.updated_at() > old.updated_at() => {
                c.updated += 1;
                plan.change.upserts.push(r);
            }
            Some(_) => {
                c.conflicts += 1;
                plan.conflicts.push((kind, r.id()));
            }
        }
    }
    plan.per_kind = EntityKind::ALL.iter().filter_map(|k| counts.get(k).map(|c| (*k, *c))).collect();
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::{generate, DemoSize, Lang};
    use chrono::Duration;

    #[test]
    fn newer_wins_older_conflicts() {
        let base = generate(DemoSize::Small, Lang::En, 2).data;
        let mut incoming = base.clone();
        incoming.deals[0].name = "newer".into();
        incoming.deals[0].updated_at = incoming.deals[0].updated_at + Duration::hours(1);
        incoming.deals[1].name = "older".into();
        incoming.deals[1].updated_at = incoming.deals[1].updated_at - Duration::hours(1);
        let mut extra = incoming.accounts[0].clone();
        extra.id = Id::from_u128(7);
        incoming.accounts.push(extra);

        let p = plan(&base, &incoming);
        let t = p.totals();
        assert_eq!((t.added, t.updated, t.conflicts), (1, 1, 1));
        assert_eq!(t.unchanged, base.len() - 2);
        assert_eq!(p.change.upserts.len(), 2);
        assert_eq!(p.conflicts, vec![(EntityKind::Deal, base.deals[1].id)]);
    }
}
