//! A searchable, paged list of one record kind. Paging keeps the DOM small
//! however many records are stored.

use std::collections::HashMap;

use leptos::prelude::*;

use super::areas::{kind_label, record_href};
use super::pager::Pager;
use super::rows::{Cx, Row};
use super::state::DbStoreFields;
use super::state::{rows, use_data, use_locale};
use crate::domain::{EntityKind, Id};
use crate::i18n::format as fmt;

const PAGE: usize = 25;

#[component]
pub fn RecordTable(kind: EntityKind) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let query = RwSignal::new(String::new());
    let page = RwSignal::new(0usize);
    let people = Memo::new(move |_| data.db.people().read().iter().map(|p| (p.id, p.name.clone())).collect::<HashMap<Id, String>>());
    let accounts =
        Memo::new(move |_| data.db.accounts().read().iter().map(|a| (a.id, a.name.clone())).collect::<HashMap<Id, String>>());
    let all_rows = Memo::new(move |_| {
        let (people, accounts) = (people.read(), accounts.read());
        let cx = Cx { t: locale.texts(), locale: locale.0.get(), people: &people, accounts: &accounts };
        rows(data.db, kind, &cx)
    });
    let filtered = Memo::new(move |_| {
        let q = query.get().trim().to_lowercase();
        let all = all_rows.read();
        if q.is_empty() {
            all.clone()
        } else {
            all.iter().filter(|r| r.search.contains(&q)).cloned().collect::<Vec<Row>>()
        }
    });
    let total = move || filtered.read().len();
    let pages = move || total().div_ceil(PAGE).max(1);
    // Keep the page in range when the filter shrinks the list.
    Effect::new(move || {
        let p = pages();
        if page.get_untracked() >= p {
            page.set(p - 1);
        }
    });
    let visible = move || {
        let start = page.get() * PAGE;
        filtered.read().iter().skip(start).take(PAGE).cloned().collect::<Vec<Row>>()
    };
    let label = move || kind_label(locale.texts(), kind);
    let slug = kind.store_name();

    view! {
        <section class="card" data-testid=format!("table-{slug}")>
            <div class="table-head">
                <h2>{label}</h2>
                <input
                    type="search"
                    class="input search"
                    data-search="true"
                    data-testid="search"
                    aria-label=move || format!("{} {}", locale.texts().search, label())
                    placeholder=move || locale.texts().search_hint
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        page.set(0);
                    }
                />
            </div>
            <Show
                when=move || { total() > 0 }
                fallback=move || view! {
                    <p class="empty-inline" data-testid="table-empty">
                        {move || if all_rows.read().is_empty() { locale.texts().no_records } else { locale.texts().no_match }}
                    </p>
                }
            >
                <div class="table-wrap">
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{move || locale.texts().col_name}</th>
                                <th scope="col" class="hide-sm">{move || locale.texts().col_details}</th>
                                <th scope="col" class="num">{move || locale.texts().col_amount}</th>
                                <th scope="col">{move || locale.texts().col_status}</th>
                                <th scope="col" class="hide-sm">{move || locale.texts().col_date}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=visible key=|r| r.id let:row>
                                <tr data-testid="record-row">
                                    <td>
                                        <a href=record_href(kind, row.id)>{row.title.clone()}</a>
                                    </td>
                                    <td class="hide-sm muted">{row.detail.clone()}</td>
                                    <td class="num" title=row.amount.map(fmt::money).unwrap_or_default()>
                                        {row.amount.map(|m| fmt::money_compact(m, locale.0.get_untracked())).unwrap_or_default()}
                                    </td>
                                    <td>{(!row.status.is_empty()).then(|| view! { <span class="pill">{row.status.clone()}</span> })}</td>
                                    <td class="hide-sm num">{row.date.clone().unwrap_or_default()}</td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
                <Pager page total=Signal::derive(total) per_page=PAGE/>
            </Show>
        </section>
    }
}
