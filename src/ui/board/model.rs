//! What the board shows, derived from the store: filtered deal ids per stage
//! in rank order, column totals over all of them, and per-deal extras. The
//! columns are an index kept up to date by the store's edit log, so moving a
//! deal costs the two columns it touches, not a pass over every deal.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::domain::board::Columns;
use crate::domain::deal_rules::{subtree, DealFilter};
use crate::domain::money::parse_amount;
use crate::domain::pipeline::{ColumnRules, ColumnTotals, Stage};
use crate::domain::{ActivityKind, Deal, EntityKind, Id, Role, Timestamp};
use crate::ui::state::{use_acting, use_data, DbStoreFields, EditLog};

/// Card height including the gap; columns virtualise by it and drops map
/// pointer positions to card positions with it.
pub const CARD_H: f64 = 112.0;

/// Filter inputs as the user typed them (amounts in yuan as text).
#[derive(Clone, Copy)]
pub struct Filters {
    pub owner: RwSignal<Option<Id>>,
    pub region: RwSignal<String>,
    pub product: RwSignal<Option<Id>>,
    pub min: RwSignal<String>,
    pub max: RwSignal<String>,
    pub text: RwSignal<String>,
}

impl Filters {
    pub fn new() -> Filters {
        Filters {
            owner: RwSignal::new(None),
            region: RwSignal::new(String::new()),
            product: RwSignal::new(None),
            min: RwSignal::new(String::new()),
            max: RwSignal::new(String::new()),
            text: RwSignal::new(String::new()),
        }
    }
    pub fn clear(&self) {
        self.owner.set(None);
        self.region.set(String::new());
        self.product.set(None);
        self.min.set(String::new());
        self.max.set(String::new());
        self.text.set(String::new());
    }
}

#[derive(Clone, Copy)]
pub struct BoardModel {
    /// Filtered deal ids per stage, in rank order. One signal per column, so
    /// a move notifies the two columns it touches and no other.
    pub columns: [RwSignal<Vec<Id>>; 6],
    pub totals: [RwSignal<ColumnTotals>; 6],
    /// Unfiltered count per stage, for WIP limits.
    pub stage_counts: [RwSignal<usize>; 6],
    pub shown: Memo<usize>,
    /// Earliest open task/activity due per deal.
    pub next_due: Memo<HashMap<Id, Timestamp>>,
    pub names: Memo<HashMap<Id, String>>,
    pub accounts: Memo<HashMap<Id, String>>,
    pub filter: Memo<Result<DealFilter, ()>>,
    index: StoredValue<Synced>,
}

/// The column index and what it was last brought up to date with.
struct Synced {
    columns: Columns,
    filter: DealFilter,
    /// Last entry of the store's edit log taken into account.
    seen: u64,
}

impl BoardModel {
    /// Every shown deal id (tracks all columns).
    pub fn shown_ids(&self) -> HashSet<Id> {
        self.columns.iter().flat_map(|c| c.get()).collect()
    }

    /// A deal's rank as the columns are ordered by it.
    pub fn rank(&self, id: Id) -> Option<i64> {
        self.index.with_value(|s| s.columns.rank(id))
    }
}

pub fn board_model(filters: Filters) -> BoardModel {
    let data = use_data();
    let acting = use_acting();
    let db = data.db;
    let visible_owners = Memo::new(move |_| {
        let id = acting.0.get()?;
        let people = db.people().read();
        let me = people.iter().find(|p| p.id == id)?;
        // Functional roles (finance, legal, admin, VP, director) see everything;
        // line managers see their subtree, reps their own deals.
        let line = matches!(me.role, Role::RegionManager | Role::ProvinceManager | Role::CitySupervisor | Role::Rep);
        line.then(|| subtree(&people, id))
    });
    let filter = Memo::new(move |_| {
        let min = parse_amount(&filters.min.get())?;
        let max = parse_amount(&filters.max.get())?;
        let mut owners: Option<HashSet<Id>> = visible_owners.get();
        if let Some(o) = filters.owner.get() {
            owners = Some(match owners {
                Some(set) if !set.contains(&o) => HashSet::new(),
                _ => HashSet::from([o]),
            });
        }
        let region = filters.region.get();
        Ok(DealFilter {
            owners,
            region: (!region.is_empty()).then_some(region),
            product: filters.product.get(),
            min_minor: min,
            max_minor: max,
            text: filters.text.get().trim().to_lowercase(),
        })
    });
    // Account lookup changes only with accounts, not with every deal move.
    let account_index = Memo::new(move |_| {
        db.accounts().with(|a| a.iter().enumerate().map(|(i, a)| (a.id, i)).collect::<HashMap<Id, usize>>())
    });
    let passes = move |f: &DealFilter, d: &Deal| {
        let i = account_index.with_untracked(|ix| ix.get(&d.account_id).copied());
        db.accounts().with_untracked(|a| f.matches(d, i.and_then(|i| a.get(i))))
    };
    let build = move |f: &DealFilter| {
        let settings = db.settings().get_untracked();
        db.deals().with_untracked(|deals| Columns::build(deals.iter().map(|d| (d, passes(f, d))), &settings))
    };

    let first = filter.get_untracked().unwrap_or_default();
    let start = Synced { columns: build(&first), filter: first, seen: db.edits().with_untracked(EditLog::seq) };
    let columns = Stage::ALL.map(|s| RwSignal::new(start.columns.ids(s)));
    let totals = Stage::ALL.map(|s| RwSignal::new(start.columns.totals(s)));
    let stage_counts = Stage::ALL.map(|s| RwSignal::new(start.columns.count(s)));
    let index = StoredValue::new(start);
    let publish = move |c: &Columns, stage: Stage| {
        let i = stage.index();
        let ids = c.ids(stage);
        if columns[i].with_untracked(|v| *v != ids) {
            columns[i].set(ids);
        }
        let t = c.totals(stage);
        if totals[i].get_untracked() != t {
            totals[i].set(t);
        }
        let n = c.count(stage);
        if stage_counts[i].get_untracked() != n {
            stage_counts[i].set(n);
        }
    };
    // Edits of a few deals (a move, its Undo) update their columns in place;
    // anything else (filters, settings, inserts, deletes, loads) builds the
    // index again from all deals.
    Effect::new(move || {
        let f = filter.get().unwrap_or_default();
        let rules = db.settings().with(ColumnRules::of);
        let seq = db.edits().with(EditLog::seq);
        index.update_value(|st| {
            let uses_accounts = f.region.is_some() || !f.text.is_empty();
            let (deals, accounts) = db.edits().with_untracked(|log| {
                (log.edited_since(st.seen, EntityKind::Deal), log.edited_since(st.seen, EntityKind::Account))
            });
            let accounts_changed = uses_accounts && accounts.is_none_or(|a| !a.is_empty());
            let edited = deals.filter(|_| st.filter == f && st.columns.rules() == rules && !accounts_changed);
            let edited: Option<Vec<Deal>> =
                edited.and_then(|ids| ids.into_iter().map(|id| db.deals().at_key(id).try_get_untracked()).collect());
            match edited {
                Some(deals) => {
                    for d in deals {
                        for stage in st.columns.update(&d, passes(&f, &d)) {
                            publish(&st.columns, stage);
                        }
                    }
                }
                None => {
                    st.columns = build(&f);
                    st.filter = f;
                    for stage in Stage::ALL {
                        publish(&st.columns, stage);
                    }
                }
            }
            st.seen = seq;
        });
    });
    let shown = Memo::new(move |_| columns.iter().map(|c| c.with(Vec::len)).sum());
    let next_due = Memo::new(move |_| {
        let mut m: HashMap<Id, Timestamp> = HashMap::new();
        for a in db.activities().read().iter() {
            if a.done || a.kind == ActivityKind::Note {
                continue;
            }
            let (Some(deal), Some(due)) = (a.deal_id, a.due.or(Some(a.at))) else { continue };
            m.entry(deal).and_modify(|d| *d = (*d).min(due)).or_insert(due);
        }
        m
    });
    let names = Memo::new(move |_| db.people().read().iter().map(|p| (p.id, p.name.clone())).collect());
    let accounts = Memo::new(move |_| db.accounts().read().iter().map(|a| (a.id, a.name.clone())).collect());
    BoardModel { columns, totals, stage_counts, shown, next_due, names, accounts, filter, index }
}
