//! App state: the workspace as a keyed reactive store plus narrow contexts for
//! locale, clock, acting-as person and notifications.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

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
    if items.is_empty() {
        *items = incoming;
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

/// Up to this many edited records are written one by one (keyed), beyond
/// that the whole list is replaced in one go.
const FINE_GRAINED_MAX: usize = 64;

/// The store struct: one field per record kind; deals and leads keyed by id.
macro_rules! db_struct {
    (@fields [$($out:tt)*]) => {
        /// One field per record kind: a write to deals notifies only what
        /// reads deals. Only deals and leads are keyed (each board card and
        /// each visible lead row reads its own record): a key map costs about
        /// 100 bytes a record and is rebuilt on every whole-list write, so
        /// kinds read only as a whole have none.
        #[derive(Store, Clone, Default)]
        pub struct Db {
            pub settings: Settings,
            $($out)*
        }
    };
    (@fields [$($out:tt)*] Deal => $ty:ident, $field:ident, $store:literal; $($rest:tt)*) => {
        db_struct!(@fields [$($out)* #[store(key: Id = |r| r.id)] pub $field: Vec<$ty>,] $($rest)*);
    };
    (@fields [$($out:tt)*] Lead => $ty:ident, $field:ident, $store:literal; $($rest:tt)*) => {
        db_struct!(@fields [$($out)* #[store(key: Id = |r| r.id)] pub $field: Vec<$ty>,] $($rest)*);
    };
    (@fields [$($out:tt)*] $kind:ident => $ty:ident, $field:ident, $store:literal; $($rest:tt)*) => {
        db_struct!(@fields [$($out)* pub $field: Vec<$ty>,] $($rest)*);
    };
    ($($list:tt)*) => { db_struct!(@fields [] $($list)*); };
}

crate::for_each_entity!(db_struct);

/// Writes a few edited, already stored records one by one, so readers of
/// other records of the kind are not notified (deals and leads: the keyed
/// kinds). Returns the records it could not write that way.
macro_rules! edit_in_place {
    (Deal, $db:expr, $upserts:expr) => {
        $upserts.into_iter().filter_map(|u| $db.deals().at_key(u.id).try_set(u)).collect::<Vec<_>>()
    };
    (Lead, $db:expr, $upserts:expr) => {
        $upserts.into_iter().filter_map(|u| $db.leads().at_key(u.id).try_set(u)).collect::<Vec<_>>()
    };
    ($other:ident, $db:expr, $upserts:expr) => {
        $upserts
    };
}

macro_rules! ui_db {
    ($( $kind:ident => $ty:ident, $field:ident, $store:literal; )*) => {

        impl Db {
            pub fn into_workspace(self) -> Workspace {
                Workspace { settings: self.settings, data: Collections { $( $field: self.$field, )* } }
            }
        }

        /// Puts freshly loaded data in the store field by field, so the keyed
        /// list refreshes its key map (a write to the root would not, and
        /// later keyed edits would then miss their records).
        pub fn load(db: Store<Db>, ws: Workspace) {
            let Collections { $( $field, )* } = ws.data;
            db.settings().set(ws.settings);
            $( db.$field().set($field); )*
        }

        /// Mirrors a committed change into the store; only touched kinds notify.
        /// A change that clears everything hands back what it replaced (for
        /// Undo), moved out of the store rather than copied.
        pub fn apply(db: Store<Db>, change: Change) -> Option<Workspace> {
            let Change { clear_all, settings, upserts, deletes: all_deletes, bulk } = change;
            let mut previous = clear_all.then(|| Workspace { settings: db.settings().get_untracked(), data: Collections::default() });
            if let Some(s) = settings {
                db.settings().set(s);
            }
            // The committed records move into the store when nobody else
            // holds them (an import), else they are copied.
            let mut incoming = bulk.map(|b| Arc::try_unwrap(b).unwrap_or_else(|b| Collections::clone(&b))).unwrap_or_default();
            for r in upserts {
                match r { $( Record::$kind(x) => incoming.$field.push(x), )* }
            }
            $(
                let deletes: Vec<Id> = all_deletes.iter().filter(|(k, _)| *k == EntityKind::$kind).map(|(_, id)| *id).collect();
                let upserts: Vec<$ty> = std::mem::take(&mut incoming.$field);
                let existing_only = deletes.is_empty()
                    && !upserts.is_empty()
                    && upserts.len() <= FINE_GRAINED_MAX
                    && db.$field().with_untracked(|items| upserts.iter().all(|u| items.iter().any(|r| r.id == u.id)));
                if clear_all {
                    let mut fresh = Vec::new();
                    upsert_many(&mut fresh, upserts);
                    db.$field().update(|items| {
                        let old = std::mem::replace(items, fresh);
                        if let Some(p) = previous.as_mut() {
                            p.data.$field = old;
                        }
                    });
                } else if existing_only {
                    // Edits of a few known records notify only those records'
                    // readers (e.g. the two cards of a drag), not the whole list.
                    // A key the store does not know (stale key map) leaves the
                    // write undone: those records take the whole-list path.
                    let missed: Vec<$ty> = edit_in_place!($kind, db, upserts);
                    if !missed.is_empty() {
                        db.$field().update(|items| upsert_many(items, missed));
                    }
                } else if !deletes.is_empty() || !upserts.is_empty() {
                    db.$field().update(|items| {
                        items.retain(|r| !deletes.contains(&r.id));
                        upsert_many(items, upserts);
                    });
                }
            )*
            previous
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
