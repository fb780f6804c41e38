//! What the board shows, derived from the store: filtered deal ids per stage
//! in rank order, column totals over all of them, and per-deal extras.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::domain::deal_rules::{subtree, DealFilter};
use crate::domain::money::parse_amount;
use crate::domain::pipeline::{column_totals, ColumnTotals};
use crate::domain::{ActivityKind, Id, Role, Timestamp};
use crate::ui::state::{use_acting, use_data, DbStoreFields};

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
    /// Filtered deal ids per stage, in rank order.
    pub columns: Memo<[Vec<Id>; 6]>,
    pub totals: Memo<[ColumnTotals; 6]>,
    /// Unfiltered count per stage, for WIP limits.
    pub stage_counts: Memo<[usize; 6]>,
    pub shown: Memo<usize>,
    /// Earliest open task/activity due per deal.
    pub next_due: Memo<HashMap<Id, Timestamp>>,
    pub names: Memo<HashMap<Id, String>>,
    pub accounts: Memo<HashMap<Id, String>>,
    pub filter: Memo<Result<DealFilter, ()>>,
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
    // One pass over all deals gives both the columns and their totals.
    let pass = Memo::new(move |_| {
        let f = filter.get().unwrap_or_default();
        let index = account_index.read();
        let accounts = db.accounts().read();
        let deals = db.deals().read();
        let settings = db.settings().read();
        let mut cols: [Vec<(i64, Id)>; 6] = Default::default();
        let matching = deals.iter().filter(|d| {
            let account = index.get(&d.account_id).and_then(|i| accounts.get(*i));
            let keep = f.matches(d, account);
            if keep {
                cols[d.stage.index()].push((d.rank, d.id));
            }
            keep
        });
        let totals = column_totals(matching, &settings);
        let cols = cols.map(|mut c| {
            c.sort_unstable();
            c.into_iter().map(|(_, id)| id).collect::<Vec<Id>>()
        });
        (cols, totals)
    });
    let columns = Memo::new(move |_| pass.with(|p| p.0.clone()));
    let totals = Memo::new(move |_| pass.with(|p| p.1));
    let stage_counts = Memo::new(move |_| {
        let mut c = [0usize; 6];
        for d in db.deals().read().iter() {
            c[d.stage.index()] += 1;
        }
        c
    });
    let shown = Memo::new(move |_| columns.read().iter().map(Vec::len).sum());
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
    BoardModel { columns, totals, stage_counts, shown, next_due, names, accounts, filter }
}
