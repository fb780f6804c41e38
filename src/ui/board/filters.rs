//! Board filters: owner (within the acting person's subtree), region,
//! product, amount range and text.

use crate::domain::sorting;
use leptos::prelude::*;

use super::model::{BoardModel, Filters};
use crate::domain::Id;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

#[component]
pub fn FilterBar(filters: Filters, model: BoardModel) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let deal_owners =
        Memo::new(move |_| data.db.deals().with(|d| d.iter().map(|x| x.owner_id).collect::<std::collections::HashSet<Id>>()));
    let owners = Memo::new(move |_| {
        let with_deals = deal_owners.read();
        let mut v: Vec<(Id, String)> = data
            .db
            .people()
            .read()
            .iter()
            .filter(|p| p.role == crate::domain::Role::Rep || with_deals.contains(&p.id))
            .map(|p| (p.id, p.name.clone()))
            .collect();
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    });
    let regions = Memo::new(move |_| {
        let mut v: Vec<String> = data.db.accounts().read().iter().map(|a| a.region.clone()).filter(|r| !r.is_empty()).collect();
        sorting::sort_by(&mut v, Ord::cmp);
        v.dedup();
        v
    });
    let products = Memo::new(move |_| data.db.products().read().iter().map(|p| (p.id, p.name.clone())).collect::<Vec<_>>());
    let amount_error = move || model.filter.with(|f| f.is_err()).then(|| locale.texts().filter_amount_invalid);
    let total = move || data.db.deals().with(Vec::len);
    // Phones start with the filters folded away so the board is in view.
    let wide = window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1024.0) > 640.0;
    view! {
        <details class="filters-wrap" open=wide>
        <summary class="btn-ghost">{move || locale.texts().filters} " · " {move || (locale.texts().deals_shown)(model.shown.get(), total())}</summary>
        <section class="filters" aria-label=move || locale.texts().filters data-testid="filters">
            <label class="field">
                <span>{move || locale.texts().search}</span>
                <input type="search" class="input" data-search="true" data-testid="filter-text"
                    prop:value=move || filters.text.get() on:input=move |ev| filters.text.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span>{move || locale.texts().filter_owner}</span>
                <select class="input" data-testid="filter-owner" on:change=move |ev| filters.owner.set(Id::parse(&event_target_value(&ev)))>
                    <option value="" selected=move || filters.owner.get().is_none()>{move || locale.texts().filter_any}</option>
                    <For each=move || owners.get() key=|o| o.0 let:o>
                        <option value=o.0.to_string() selected=move || filters.owner.get() == Some(o.0)>{o.1.clone()}</option>
                    </For>
                </select>
            </label>
            <label class="field">
                <span>{move || locale.texts().filter_region}</span>
                <select class="input" data-testid="filter-region" on:change=move |ev| filters.region.set(event_target_value(&ev))>
                    <option value="" selected=move || filters.region.get().is_empty()>{move || locale.texts().filter_any}</option>
                    <For each=move || regions.get() key=|r| r.clone() let:r>
                        <option value=r.clone() selected={let r = r.clone(); move || filters.region.get() == r}>{r.clone()}</option>
                    </For>
                </select>
            </label>
            <label class="field">
                <span>{move || locale.texts().filter_product}</span>
                <select class="input" data-testid="filter-product" on:change=move |ev| filters.product.set(Id::parse(&event_target_value(&ev)))>
                    <option value="" selected=move || filters.product.get().is_none()>{move || locale.texts().filter_any}</option>
                    <For each=move || products.get() key=|p| p.0 let:p>
                        <option value=p.0.to_string() selected=move || filters.product.get() == Some(p.0)>{p.1.clone()}</option>
                    </For>
                </select>
            </label>
            <label class="field amount-field">
                <span>{move || locale.texts().filter_min}</span>
                <input class="input" inputmode="decimal" data-testid="filter-min" aria-invalid=move || amount_error().is_some().to_string()
                    prop:value=move || filters.min.get() on:input=move |ev| filters.min.set(event_target_value(&ev))/>
            </label>
            <label class="field amount-field">
                <span>{move || locale.texts().filter_max}</span>
                <input class="input" inputmode="decimal" data-testid="filter-max" aria-invalid=move || amount_error().is_some().to_string()
                    prop:value=move || filters.max.get() on:input=move |ev| filters.max.set(event_target_value(&ev))/>
            </label>
            <div class="filter-end">
                <span class="muted num" data-testid="deals-shown">{move || (locale.texts().deals_shown)(model.shown.get(), total())}</span>
                <button class="btn-ghost" data-testid="filter-clear" on:click=move |_| filters.clear()>{move || locale.texts().filter_clear}</button>
            </div>
            {move || amount_error().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </section>
        </details>
    }
}
