//! What the lead list shows, derived from the store: the sort order over all
//! leads, the filtered ids in that order, and owner names. Filters and sort
//! live in local signals (what the inputs show) and are mirrored into the
//! URL query, so "back" from a lead returns to the same list.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::domain::lead_list::{haystack, sort_order, text_matches, LeadFilter, OwnerFilter, SortKey, StatusFilter, CHANNELS, STATUSES};
use crate::domain::Id;
use crate::ui::state::{use_data, DbStoreFields};

#[derive(Clone, Copy)]
pub struct ListState {
    pub status: RwSignal<StatusFilter>,
    pub channel: RwSignal<Option<usize>>,
    pub owner: RwSignal<OwnerFilter>,
    pub text: RwSignal<String>,
    /// Sort key and ascending.
    pub sort: RwSignal<(SortKey, bool)>,
}

impl ListState {
    /// Starts from the URL query (`?status=open&channel=7&owner=none&q=…&sort=name&dir=asc`).
    pub fn from_query() -> ListState {
        let q = use_query_map().get_untracked();
        let get = |k: &str| q.get(k).unwrap_or_default();
        let status = match get("status").as_str() {
            "open" => StatusFilter::Open,
            s => s.parse::<usize>().ok().and_then(|i| STATUSES.get(i).copied()).map_or(StatusFilter::Any, StatusFilter::Is),
        };
        let owner = match get("owner").as_str() {
            "none" => OwnerFilter::Unassigned,
            s => Id::parse(s).map_or(OwnerFilter::Any, OwnerFilter::Person),
        };
        let sort = SortKey::from_slug(&get("sort")).map_or((SortKey::Created, false), |k| (k, get("dir") == "asc"));
        ListState {
            status: RwSignal::new(status),
            channel: RwSignal::new(get("channel").parse::<usize>().ok().filter(|i| *i < CHANNELS.len())),
            owner: RwSignal::new(owner),
            text: RwSignal::new(get("q")),
            sort: RwSignal::new(sort),
        }
    }

    pub fn filter(&self) -> LeadFilter {
        LeadFilter {
            status: self.status.get(),
            channel: self.channel.get().and_then(|i| CHANNELS.get(i).copied()),
            owner: self.owner.get(),
            text: self.text.get(),
        }
    }

    pub fn clear_filters(&self) {
        self.status.set(StatusFilter::Any);
        self.channel.set(None);
        self.owner.set(OwnerFilter::Any);
        self.text.set(String::new());
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
        let text = self.text.get();
        if !text.trim().is_empty() {
            parts.push(format!("q={}", String::from(js_sys::encode_uri_component(&text))));
        }
        let (key, asc) = self.sort.get();
        if (key, asc) != (SortKey::Created, false) {
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
}

pub fn list_model(state: ListState) -> ListModel {
    let db = use_data().db;
    let names = Memo::new(move |_| db.people().read().iter().map(|p| (p.id, p.name.clone())).collect::<HashMap<Id, String>>());
    // Sorting does not depend on the filters, so typing a search never re-sorts.
    let order = Memo::new(move |_| {
        let (key, asc) = state.sort.get();
        let names = names.read();
        sort_order(&db.leads().read(), key, asc, |id| names.get(&id).map(String::as_str))
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
        let fields = order.iter().map(|&i| i as usize).filter(|&i| f.matches_fields(&leads[i]));
        if needle.is_empty() {
            fields.map(|i| leads[i].id).collect::<Vec<Id>>()
        } else {
            let hay = hay.read();
            fields.filter(|&i| text_matches(&hay[i], &needle)).map(|i| leads[i].id).collect()
        }
    });
    let total = Memo::new(move |_| db.leads().read().len());
    ListModel { shown, total, names }
}
