use std::sync::Arc;

use crate::domain::{Collections, EntityKind, Id, Record, Settings, Workspace};

/// Everything one user action writes. A repo applies it in one transaction:
/// all of it or none of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    /// Remove every record first (replace-import, "clear all data").
    pub clear_all: bool,
    pub settings: Option<Settings>,
    pub upserts: Vec<Record>,
    pub deletes: Vec<(EntityKind, Id)>,
    /// Whole kinds written at once (replacing the workspace): shared, not
    /// copied into `upserts`, so a 100,000-record import is not cloned record
    /// by record on its way to storage and to the screen.
    pub bulk: Option<Arc<Collections>>,
}

impl Change {
    pub fn upsert(record: impl Into<Record>) -> Change {
        Change { upserts: vec![record.into()], ..Change::default() }
    }
    /// Several records written together (one user action, one transaction).
    pub fn upsert_all(records: impl IntoIterator<Item = Record>) -> Change {
        Change { upserts: records.into_iter().collect(), ..Change::default() }
    }
    /// Replace the whole workspace with a copy of `ws`.
    pub fn replace_with(ws: &Workspace) -> Change {
        Change::replace(ws.clone())
    }
    /// Replace the whole workspace with `ws`, without copying its records.
    pub fn replace(ws: Workspace) -> Change {
        Change { clear_all: true, settings: Some(ws.settings), bulk: Some(Arc::new(ws.data)), ..Change::default() }
    }
    pub fn clear() -> Change {
        Change { clear_all: true, settings: Some(Settings::default()), ..Change::default() }
    }
    /// Records in `bulk`.
    pub fn bulk_len(&self) -> usize {
        self.bulk.as_ref().map_or(0, |b| b.len())
    }
    pub fn len(&self) -> usize {
        self.upserts.len() + self.bulk_len() + self.deletes.len() + usize::from(self.settings.is_some())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0 && !self.clear_all
    }
    /// Applies the change to an in-memory workspace (the UI's copy and the
    /// memory repo use the same rule, so they cannot drift apart).
    pub fn apply_to(&self, ws: &mut Workspace) {
        if self.clear_all {
            ws.data = Default::default();
        }
        if let Some(s) = &self.settings {
            ws.settings = s.clone();
        }
        for (kind, id) in &self.deletes {
            ws.data.remove(*kind, *id);
        }
        if let Some(bulk) = &self.bulk {
            if ws.data.is_empty() {
                ws.data = Collections::clone(bulk);
            } else {
                for r in bulk.records() {
                    ws.data.upsert(r);
                }
            }
        }
        for r in &self.upserts {
            ws.data.upsert(r.clone());
        }
    }
}
