//! App state: the workspace as a keyed reactive store plus narrow contexts for
//! locale, clock, acting-as person and notifications.

use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use leptos::prelude::*;
use reactive_stores::Store;

use crate::domain::*;
use crate::i18n::{Locale, Texts};
use crate::store::idb::IdbRepo;
use crate::store::Change;

/// Upserts many records keeping order; O(n + m) instead of a scan per record.
fn upsert_many<T: Entity>(items: &mut Vec<T>, incoming: Vec<T>) {
    if incoming.is_empty() {
        return;
    }
    let index: HashMap<Id, usize> = items.iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
    for r in incoming {
        match index.get(&r.id()) {
            Some(&i) => items[i] = r,
            None => items.push(r),
        }
    }
}

/// What `load` and `apply` wrote, in order, so a view that derives figures
/// from every record of a kind (the board's columns and totals) can update by
/// the few records edited instead of recomputing from all of them.
#[derive(Clone, Debug, Default)]
pub struct EditLog {
    seq: u64,
    /// The latest entries, oldest first: sequence number, kind, and the record
    /// edited in place (keyed), or `None` when the kind's whole list was written.
    recent: VecDeque<(u64, EntityKind, Option<Id>)>,
}

impl EditLog {
    /// Entries kept; a reader further behind recomputes from all records.
    const KEEP: usize = 256;

    pub fn seq(&self) -> u64 {
        self.seq
    }

    fn push(&mut self, kind: EntityKind, id: Option<Id>) {
        self.seq += 1;
        if self.recent.len() == Self::KEEP {
            self.recent.pop_front();
        }
        self.recent.push_back((self.seq, kind, id));
    }

    /// Records of `kind` edited in place after entry `since`, or `None` when
    /// the whole list was written meanwhile or those entries are no longer
    /// kept: then derive again from all records.
    pub fn edited_since(&self, since: u64, kind: EntityKind) -> Option<Vec<Id>> {
        if since < self.seq && self.recent.front().is_none_or(|e| e.0 > since + 1) {
            return None;
        }
        let mut ids: Vec<Id> = Vec::new();
        for &(_, _, id) in self.recent.iter().filter(|e| e.0 > since && e.1 == kind) {
            let id = id?;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        Some(ids)
    }
}

/// Up to this many edited records are written one by one (keyed), beyond
/// that the whole list is replaced in one go.
const FINE_GRAINED_MAX: usize = 64;

macro_rules! ui_db {
    ($( $kind:ident => $ty:ident, $field:ident, $store:literal; )*) => {
        /// One keyed field per record kind: a write to deals notifies only
        /// what reads deals.
        #[derive(Store, Clone, Default)]
        pub struct Db {
            pub settings: Settings,
            /// Not workspace data: what was written lately (see [`EditLog`]).
            pub edits: EditLog,
            $( #[store(key: Id = |r| r.id)] pub $field: Vec<$ty>, )*
        }

        impl Db {
            pub fn into_workspace(self) -> Workspace {
                Workspace { settings: self.settings, data: Collections { $( $field: self.$field, )* } }
            }
        }

        /// Puts freshly loaded data in the store field by field, so each keyed
        /// list refreshes its key map (a write to the root would not, and
        /// later keyed edits would then miss their records).
        pub fn load(db: Store<Db>, ws: Workspace) {
            let Collections { $( $field, )* } = ws.data;
            db.settings().set(ws.settings);
            $( db.$field().set($field); )*
            db.edits().update(|log| for k in EntityKind::ALL { log.push(*k, None) });
        }

        /// Mirrors a committed change into the store; only touched kinds notify.
        pub fn apply(db: Store<Db>, change: &Change) {
            if let Some(s) = &change.settings {
                db.settings().set(s.clone());
            }
            let mut written: Vec<(EntityKind, Option<Id>)> = Vec::new();
            $(
                let deletes: Vec<Id> = change.deletes.iter().filter(|(k, _)| *k == EntityKind::$kind).map(|(_, id)| *id).collect();
                let upserts: Vec<$ty> = change.upserts.iter().filter_map(|r| match r { Record::$kind(x) => Some(x.clone()), _ => None }).collect();
                let existing_only = deletes.is_empty()
                    && !upserts.is_empty()
                    && upserts.len() <= FINE_GRAINED_MAX
                    && db.$field().with_untracked(|items| upserts.iter().all(|u| items.iter().any(|r| r.id == u.id)));
                if change.clear_all {
                    db.$field().set(upserts);
                    written.push((EntityKind::$kind, None));
                } else if existing_only {
                    // Edits of a few known records notify only those records'
                    // readers (e.g. the two cards of a drag), not the whole list.
                    // A key the store does not know (stale key map) leaves the
                    // write undone: those records take the whole-list path.
                    let ids: Vec<Id> = upserts.iter().map(|u| u.id).collect();
                    let missed: Vec<$ty> = upserts.into_iter().filter_map(|u| db.$field().at_key(u.id).try_set(u)).collect();
                    written.extend(ids.into_iter().map(|id| (EntityKind::$kind, Some(id))));
                    if !missed.is_empty() {
                        db.$field().update(|items| upsert_many(items, missed));
                        written.push((EntityKind::$kind, None));
                    }
                } else if !deletes.is_empty() || !upserts.is_empty() {
                    db.$field().update(|items| {
                        items.retain(|r| !deletes.contains(&r.id));
                        upsert_many(items, upserts);
                    });
                    written.push((EntityKind::$kind, None));
                }
            )*
            if !written.is_empty() {
                db.edits().update(|log| for (k, id) in written { log.push(k, id) });
            }
        }

        /// Number of records of `kind` (tracks that kind only).
        pub fn count(db: Store<Db>, kind: EntityKind) -> usize {
            match kind { $( EntityKind::$kind => db.$field().read().len(), )* }
        }

        pub fn total_count(db: Store<Db>) -> usize {
            0 $( + db.$field().read().len() )*
        }

        /// Table rows of one kind (tracks that kind only).
        pub fn rows(db: Store<Db>, kind: EntityKind, cx: &super::rows::Cx) -> Vec<super::rows::Row> {
            use super::rows::Describe;
            match kind { $( EntityKind::$kind => db.$field().read().iter().map(|r| r.describe(cx)).collect(), )* }
        }

        pub fn find(db: Store<Db>, kind: EntityKind, id: Id) -> Option<Record> {
            match kind {
                $( EntityKind::$kind => db.$field().read().iter().find(|r| r.id == id).cloned().map(Record::$kind), )*
            }
        }
    };
}

crate::for_each_entity!(ui_db);

/// Untracked snapshot of the whole workspace (export, merge planning).
pub fn snapshot(db: Store<Db>) -> Workspace {
    db.get_untracked().into_workspace()
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadState {
    Loading,
    Ready,
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct DataCtx {
    pub db: Store<Db>,
    /// JS handles are not `Send`; the app is single-threaded, so local storage.
    pub repo: RwSignal<Option<Rc<IdbRepo>>, LocalStorage>,
    pub load: RwSignal<LoadState>,
}

#[derive(Clone, Copy)]
pub struct LocaleCtx(pub RwSignal<Locale>);

impl LocaleCtx {
    pub fn texts(&self) -> &'static Texts {
        self.0.get().texts()
    }
}

#[derive(Clone, Copy)]
pub struct ClockCtx {
    pub mode: RwSignal<ClockMode>,
    /// Real time, refreshed every few seconds so countdowns move.
    pub real_now: RwSignal<Timestamp>,
}

impl ClockCtx {
    pub fn now(&self) -> Timestamp {
        self.mode.get().now(self.real_now.get())
    }
    pub fn now_untracked(&self) -> Timestamp {
        self.mode.get_untracked().now(self.real_now.get_untracked())
    }
}

#[derive(Clone, Copy)]
pub struct ActingCtx(pub RwSignal<Option<Id>>);

/// Mints ids for new records (UUID v7 from the app clock).
#[derive(Clone, Copy)]
pub struct IdsCtx(pub StoredValue<IdGen>);

impl IdsCtx {
    pub fn next(&self, now: Timestamp) -> Id {
        let mut id = None;
        self.0.update_value(|g| id = Some(g.next(now)));
        // update_value always runs the closure.
        id.unwrap_or_else(|| Id::from_u128(0))
    }
}

pub fn use_ids() -> IdsCtx {
    expect_context::<IdsCtx>()
}

pub fn use_data() -> DataCtx {
    expect_context::<DataCtx>()
}
pub fn use_locale() -> LocaleCtx {
    expect_context::<LocaleCtx>()
}
pub fn use_clock() -> ClockCtx {
    expect_context::<ClockCtx>()
}
pub fn use_acting() -> ActingCtx {
    expect_context::<ActingCtx>()
}
