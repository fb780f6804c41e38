//! What the lead list shows, derived from the store: every lead scored
//! (grade, SLA state) once a minute, the sort order over all leads, the
//! filtered ids in that order, owner names and the queue counts. Filters
//! and sort live in local signals (what the inputs show) and are mirrored
//! into the URL query, so "back" from a lead returns to the same list.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::rules::{use_minute, use_rules, Rules};
use crate::domain::lead_list::{
    haystack, is_closed, sort_order, text_matches, LeadFilter, OwnerFilter, SlaFilter, SortKey, StatusFilter, CHANNELS, STATUSES,
};
use crate::domain::leads::{Grade, LeadView, SlaState};
use crate::domain::{Id, Timestamp};
use crate::ui::state::{use_data, DbStoreFields};

#[derive(Clone, Copy)]
pub struct ListState {
    pub status: RwSignal<StatusFilter>,
    pub channel: RwSignal<Option<usize>>,
    pub owner: RwSignal<OwnerFilter>,
    pub grade: RwSignal<Option<Grade>>,
    pub sla: RwSignal<Option<SlaFilter>>,
    pub text: RwSignal<String>,
    /// Sort key and ascending.
    pub sort: RwSignal<(SortKey, bool)>,
}

/// Newest first.
pub const DEFAULT_SORT: (SortKey, bool) = (SortKey::Created, false);

/// The lists a team works from, one click away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Queue {
    All,
    /// Waiting past the first-contact deadline, longest overdue first.
    Overdue,
    /// Open leads nobody owns yet.
    Unassigned,
}

impl ListState {
    /// Starts from the URL query
    /// (`?status=open&channel=7&owner=none&grade=0&sla=1&q=…&sort=name&dir=asc`).
    pub fn from_query() -> ListState {
        let q = use_query_map().get_untracked();
        let get = |k: &str| q.get(k).unwrap_or_default();
        let index = |k: &str| get(k).parse::<usize>().ok();
        let status = match get("status").as_str() {
            "open" => StatusFilter::Open,
            _ => index("status").and_then(|i| STATUSES.get(i).copied()).map_or(StatusFilter::Any, StatusFilter::Is),
        };
        let owner = match get("owner").as_str() {
            "none" => OwnerFilter::Unassigned,
            s => Id::parse(s).map_or(OwnerFilter::Any, OwnerFilter::Person),
        };
        let sort = SortKey::from_slug(&get("sort")).map_or(DEFAULT_SORT, |k| (k, get("dir") == "asc"));
        ListState {
            status: RwSignal::new(status),
            channel: RwSignal::new(index("channel").filter(|i| *i < CHANNELS.len())),
            owner: RwSignal::new(owner),
            grade: RwSignal::new(index("grade").and_then(|i| Grade::ALL.get(i).copied())),
            sla: RwSignal::new(index("sla").and_then(|i| SlaFilter::ALL.get(i).copied())),
            text: RwSignal::new(get("q")),
            sort: RwSignal::new(sort),
        }
    }

    pub fn filter(&self) -> LeadFilter {
        LeadFilter {
            status: self.status.get(),
            channel: self.channel.get().and_then(|i| CHANNELS.get(i).copied()),
            owner: self.owner.get(),
            grade: self.grade.get(),
            sla: self.sla.get(),
            text: self.text.get(),
        }
    }

    pub fn clear_filters(&self) {
        self.status.set(StatusFilter::Any);
        self.channel.set(None);
        self.owner.set(OwnerFilter::Any);
        self.grade.set(None);
        self.sla.set(None);
        self.text.set(String::new());
    }

    /// Which queue the current filters are, if exactly one.
    pub fn queue(&self) -> Option<Queue> {
        let f = self.filter();
        let bare = LeadFilter { owner: OwnerFilter::Any, sla: None, status: StatusFilter::Any, ..f.clone() } == LeadFilter::default();
        match (bare, f.status, f.owner, f.sla) {
            (true, StatusFilter::Any, OwnerFilter::Any, None) => Some(Queue::All),
            (true, StatusFilter::Any, OwnerFilter::Any, Some(SlaFilter::Overdue)) => Some(Queue::Overdue),
            (true, StatusFilter::Open, OwnerFilter::Unassigned, None) => Some(Queue::Unassigned),
            _ => None,
        }
    }

    pub fn show(&self, q: Queue) {
        self.clear_filters();
        match q {
            Queue::All => self.sort.set(DEFAULT_SORT),
            Queue::Overdue => {
                self.sla.set(Some(SlaFilter::Overdue));
                self.sort.set((SortKey::Sla, true));
            }
            Queue::Unassigned => {
                self.status.set(StatusFilter::Open);
                self.owner.set(OwnerFilter::Unassigned);
                self.sort.set((SortKey::Created, true));
            }
        }
    }

    fn query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        match self.status.get() {
            StatusFilter::Any => {}
            StatusFilter::Open => parts.push("status=open".into()),
            StatusFilter::Is(s) => parts.push(format!("status={}", s as usize)),
        }
        if let Some(c) = self.channel.get() {
            parts.push(format!("channel={c}"));
        }
        match self.owner.get() {
            OwnerFilter::Any => {}
            OwnerFilter::Unassigned => parts.push("owner=none".into()),
            OwnerFilter::Person(p) => parts.push(format!("owner={p}")),
        }
        if let Some(g) = self.grade.get() {
            parts.push(format!("grade={}", g.index()));
        }
        if let Some(s) = self.sla.get() {
            parts.push(format!("sla={}", s as usize));
        }
        let text = self.text.get();
        if !text.trim().is_empty() {
            parts.push(format!("q={}", String::from(js_sys::encode_uri_component(&text))));
        }
        let (key, asc) = self.sort.get();
        if (key, asc) != DEFAULT_SORT {
            parts.push(format!("sort={}&dir={}", key.slug(), if asc { "asc" } else { "desc" }));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }

    /// Keeps the URL in step with the inputs (replacing, so typing does not
    /// fill the history). The inputs stay the source of truth: the URL is
    /// only read once, when the page opens.
    pub fn mirror_to_url(self) {
        let navigate = use_navigate();
        Effect::new(move |prev: Option<String>| {
            let q = self.query();
            if prev.is_some_and(|p| p != q) {
                navigate(&format!("/leads{q}"), NavigateOptions { replace: true, scroll: false, ..Default::default() });
            }
            q
        });
    }
}

#[derive(Clone, Copy)]
pub struct ListModel {
    /// Filtered lead ids in list order.
    pub shown: Memo<Vec<Id>>,
    pub total: Memo<usize>,
    pub names: Memo<HashMap<Id, String>>,
    pub rules: Memo<Rules>,
    /// The app clock to the minute; rows and countdowns follow it.
    pub minute: Memo<Timestamp>,
    pub overdue: Memo<usize>,
    pub unassigned: Memo<usize>,
}

pub fn list_model(state: ListState) -> ListModel {
    let db = use_data().db;
    let rules = use_rules();
    let minute = use_minute();
    let names = Memo::new(move |_| db.people().read().iter().map(|p| (p.id, p.name.clone())).collect::<HashMap<Id, String>>());
    // Every lead scored as of this minute, in store order.
    let views = Memo::new(move |_| {
        let (r, now) = (rules.read(), minute.get());
        db.leads().read().iter().map(|l| r.0.view(l, now)).collect::<Vec<LeadView>>()
    });
    // Sorting does not depend on the filters, so typing a search never re-sorts.
    let order = Memo::new(move |_| {
        let (key, asc) = state.sort.get();
        let names = names.read();
        let leads = db.leads().read();
        let owner = |id| names.get(&id).map(String::as_str);
        if key.needs_view() {
            sort_order(&leads, &views.read(), key, asc, owner)
        } else {
            sort_order(&leads, &[], key, asc, owner)
        }
    });
    // Lower-cased search text per lead, built once per change of the leads
    // and only once somebody searches.
    let hay = Memo::new(move |_| db.leads().read().iter().map(haystack).collect::<Vec<String>>());
    let filter = Memo::new(move |_| state.filter());
    let shown = Memo::new(move |_| {
        let f = filter.read();
        let needle = f.needle();
        let leads = db.leads().read();
        let order = order.read();
        let scored = f.needs_view().then(|| views.read());
        let hay = (!needle.is_empty()).then(|| hay.read());
        order
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| f.matches_fields(&leads[i]))
            .filter(|&i| scored.as_ref().is_none_or(|v| f.matches_view(&v[i])))
            .filter(|&i| hay.as_ref().is_none_or(|h| text_matches(&h[i], &needle)))
            .map(|i| leads[i].id)
            .collect::<Vec<Id>>()
    });
    let total = Memo::new(move |_| db.leads().read().len());
    let overdue = Memo::new(move |_| views.read().iter().filter(|v| matches!(v.sla, SlaState::Overdue { .. })).count());
    let unassigned = Memo::new(move |_| db.leads().read().iter().filter(|l| l.owner_id.is_none() && !is_closed(l.status)).count());
    ListModel { shown, total, names, rules, minute, overdue, unassigned }
}
