//! Lead list filters (status, channel, owner, text), the "n of N" count, and
//! a sort picker for phones, where the grid has no column headers.

use leptos::prelude::*;

use super::messages;
use super::model::{ListModel, ListState, Queue};
use crate::domain::lead_list::{OwnerFilter, SlaFilter, SortKey, StatusFilter, CHANNELS, STATUSES};
use crate::domain::leads::Grade;
use crate::domain::Id;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

/// Select values for the owner filter besides a person's id.
const ANY: &str = "";
const NONE: &str = "none";

#[component]
pub fn LeadFilterBar(state: ListState, model: ListModel) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let owners = Memo::new(move |_| crate::domain::people::lead_owners(&data.db.people().read()));
    let l = move || &locale.texts().leads;
    let status_value = move || match state.status.get() {
        StatusFilter::Any => String::new(),
        StatusFilter::Open => "open".into(),
        StatusFilter::Is(s) => (s as usize).to_string(),
    };
    let set_status = move |v: String| {
        state.status.set(match v.as_str() {
            "open" => StatusFilter::Open,
            s => s.parse::<usize>().ok().and_then(|i| STATUSES.get(i).copied()).map_or(StatusFilter::Any, StatusFilter::Is),
        })
    };
    let owner_value = move || match state.owner.get() {
        OwnerFilter::Any => ANY.to_string(),
        OwnerFilter::Unassigned => NONE.to_string(),
        OwnerFilter::Person(p) => p.to_string(),
    };
    let set_owner = move |v: String| {
        state.owner.set(match v.as_str() {
            NONE => OwnerFilter::Unassigned,
            s => Id::parse(s).map_or(OwnerFilter::Any, OwnerFilter::Person),
        })
    };
    let count = move || (l().count)(model.shown.with(Vec::len), model.total.get());
    view! {
        <section class="filters lead-filters" aria-label=move || locale.texts().filters data-testid="lead-filters">
            <label class="field lead-search">
                <span>{move || l().search_label}</span>
                <input type="search" class="input" data-search="true" data-testid="lead-filter-text" autocomplete="off"
                    prop:value=move || state.text.get() on:input=move |ev| state.text.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span>{move || l().filter_status}</span>
                <select class="input" data-testid="lead-filter-status" prop:value=status_value on:change=move |ev| set_status(event_target_value(&ev))>
                    <option value="" selected=move || status_value().is_empty()>{move || locale.texts().filter_any}</option>
                    <option value="open" selected=move || status_value() == "open">{move || l().status_open}</option>
                    {STATUSES.iter().map(|s| {
                        let i = *s as usize;
                        view! { <option value=i.to_string() selected=move || status_value() == i.to_string()>{move || locale.texts().lead_status[i]}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{move || l().filter_channel}</span>
                <select class="input" data-testid="lead-filter-channel"
                    prop:value=move || state.channel.get().map(|c| c.to_string()).unwrap_or_default()
                    on:change=move |ev| state.channel.set(event_target_value(&ev).parse::<usize>().ok().filter(|i| *i < CHANNELS.len()))>
                    <option value="" selected=move || state.channel.get().is_none()>{move || locale.texts().filter_any}</option>
                    {(0..CHANNELS.len()).map(|i| view! {
                        <option value=i.to_string() selected=move || state.channel.get() == Some(i)>{move || locale.texts().channels[i]}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{move || locale.texts().filter_owner}</span>
                <select class="input" data-testid="lead-filter-owner" prop:value=owner_value on:change=move |ev| set_owner(event_target_value(&ev))>
                    <option value=ANY selected=move || state.owner.get() == OwnerFilter::Any>{move || locale.texts().filter_any}</option>
                    <option value=NONE selected=move || state.owner.get() == OwnerFilter::Unassigned>{move || l().unassigned}</option>
                    <For each=move || owners.get() key=|o| o.0 let:o>
                        <option value=o.0.to_string() selected=move || state.owner.get() == OwnerFilter::Person(o.0)>{o.1.clone()}</option>
                    </For>
                </select>
            </label>
            <label class="field">
                <span>{move || l().filter_grade}</span>
                <select class="input" data-testid="lead-filter-grade"
                    prop:value=move || state.grade.get().map(|g| g.index().to_string()).unwrap_or_default()
                    on:change=move |ev| state.grade.set(event_target_value(&ev).parse::<usize>().ok().and_then(|i| Grade::ALL.get(i).copied()))>
                    <option value="" selected=move || state.grade.get().is_none()>{move || locale.texts().filter_any}</option>
                    {Grade::ALL.into_iter().map(|g| view! {
                        <option value=g.index().to_string() selected=move || state.grade.get() == Some(g)>{messages::grade(g)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{move || l().filter_sla}</span>
                <select class="input" data-testid="lead-filter-sla"
                    prop:value=move || state.sla.get().map(|s| (s as usize).to_string()).unwrap_or_default()
                    on:change=move |ev| state.sla.set(event_target_value(&ev).parse::<usize>().ok().and_then(|i| SlaFilter::ALL.get(i).copied()))>
                    <option value="" selected=move || state.sla.get().is_none()>{move || locale.texts().filter_any}</option>
                    {SlaFilter::ALL.into_iter().map(|f| {
                        let i = f as usize;
                        view! { <option value=i.to_string() selected=move || state.sla.get() == Some(f)>{move || l().sla_filter[i]}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field show-sm">
                <span>{move || l().sort_by}</span>
                <select class="input" data-testid="lead-sort"
                    prop:value=move || format!("{}-{}", state.sort.get().0.slug(), if state.sort.get().1 { "asc" } else { "desc" })
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let (key, dir) = v.split_once('-').unwrap_or(("created", "desc"));
                        if let Some(k) = SortKey::from_slug(key) {
                            state.sort.set((k, dir == "asc"));
                        }
                    }>
                    {SortKey::ALL.into_iter().flat_map(|k| [(k, true), (k, false)]).map(|(k, asc)| {
                        let label = move || {
                            let t = l();
                            let col = match k {
                                SortKey::Name => t.col_name,
                                SortKey::Company => t.col_company,
                                SortKey::Score => t.col_grade,
                                SortKey::Sla => t.col_sla,
                                SortKey::Channel => t.col_channel,
                                SortKey::Status => t.col_status,
                                SortKey::Owner => t.col_owner,
                                SortKey::Created => t.col_created,
                            };
                            format!("{col} · {}", if asc { t.sort_ascending } else { t.sort_descending })
                        };
                        view! { <option value=format!("{}-{}", k.slug(), if asc { "asc" } else { "desc" }) selected=move || state.sort.get() == (k, asc)>{label}</option> }
                    }).collect_view()}
                </select>
            </label>
            <div class="filter-end">
                <span class="muted num" data-testid="lead-count" aria-live="polite">{count}</span>
                <button class="btn-ghost" data-testid="lead-filter-clear" on:click=move |_| state.clear_filters()>
                    {move || locale.texts().filter_clear}
                </button>
            </div>
        </section>
    }
}

/// All leads, the overdue queue and the unassigned queue, with their counts.
#[component]
pub fn QueueTabs(state: ListState, model: ListModel) -> impl IntoView {
    let locale = use_locale();
    let l = move || &locale.texts().leads;
    let tab = move |q: Queue, testid: &'static str, label: Signal<String>| {
        view! {
            <button class="tab" type="button" data-testid=testid aria-pressed=move || (state.queue() == Some(q)).to_string()
                on:click=move |_| state.show(q)>{label}</button>
        }
    };
    view! {
        <nav class="tabs queue-tabs" aria-label=move || l().queues data-testid="lead-queues">
            {tab(Queue::All, "queue-all", Signal::derive(move || l().queue_all.to_string()))}
            {tab(Queue::Overdue, "queue-overdue", Signal::derive(move || (l().queue_overdue)(model.overdue.get())))}
            {tab(Queue::Unassigned, "queue-unassigned", Signal::derive(move || (l().queue_unassigned)(model.unassigned.get())))}
        </nav>
    }
}
