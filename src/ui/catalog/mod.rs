//! `/pipeline/products`: the product catalogue (price list) and its editor
//! at `/pipeline/products/:id` (`new` for a new product).

mod form;
mod tiers;

use crate::domain::sorting;
use leptos::prelude::*;

pub use form::ProductEditPage;

use super::board::PipelineTabs;
use super::pager::Pager;
use super::state::{use_data, use_locale, DbStoreFields};
use crate::domain::input::percent_text;
use crate::domain::{Product, TierMode};
use crate::i18n::format as fmt;
use crate::i18n::Texts;

const PAGE: usize = 50;

#[component]
pub fn ProductsPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let page = RwSignal::new(0usize);
    let sorted = Memo::new(move |_| {
        let mut v = data.db.products().get();
        sorting::sort_by(&mut v, |a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        v
    });
    let total = Signal::derive(move || sorted.read().len());
    let visible = move || sorted.read().iter().skip(page.get() * PAGE).take(PAGE).cloned().collect::<Vec<_>>();
    let c = move || &locale.texts().catalog;
    view! {
        <div class="page" data-testid="products-page">
            <header class="page-head page-head-actions">
                <div>
                    <h1>{move || c().products_title}</h1>
                    <p class="muted">{move || c().products_intro}</p>
                </div>
                <a class="btn btn-primary" href="/pipeline/products/new" data-testid="new-product">{move || c().new_product}</a>
            </header>
            <PipelineTabs list=false products=true/>
            <Show when=move || { total.get() > 0 } fallback=move || view! {
                <div class="empty-state" data-testid="products-empty"><p>{move || c().products_empty}</p></div>
            }>
                <section class="card" aria-label=move || c().products_title>
                    <div class="table-wrap">
                        <table class="table" data-testid="product-table">
                            <thead><tr>
                                <th scope="col">{move || locale.texts().col_name}</th>
                                <th scope="col" class="hide-sm">{move || c().col_sku}</th>
                                <th scope="col" class="hide-sm">{move || c().col_category}</th>
                                <th scope="col" class="hide-sm">{move || c().col_unit}</th>
                                <th scope="col" class="num">{move || c().col_list_price}</th>
                                <th scope="col" class="num hide-sm">{move || c().col_tax}</th>
                                <th scope="col">{move || c().col_pricing}</th>
                                <th scope="col" class="hide-sm">{move || c().col_type}</th>
                                <th scope="col">{move || c().col_active}</th>
                            </tr></thead>
                            <tbody>
                                <For each=visible key=|p| (p.id, p.updated_at) let:p>
                                    <ProductRow p/>
                                </For>
                            </tbody>
                        </table>
                    </div>
                    <Pager page total per_page=PAGE/>
                </section>
            </Show>
        </div>
    }
}

#[component]
fn ProductRow(p: Product) -> impl IntoView {
    let locale = use_locale();
    let t = move || locale.texts();
    let href = format!("/pipeline/products/{}", p.id);
    // Exact from basis points; a float percentage would round 6.25 % away.
    let tax = format!("{}%", percent_text(p.tax_rate_bp));
    let (tiers, mode, bundle, service, active) = (p.tiers.len(), p.tier_mode, p.bundle_of.len(), p.is_service_pack, p.active);
    view! {
        <tr data-testid="product-row" data-product=p.id.to_string()>
            <td><a href=href>{p.name.clone()}</a></td>
            <td class="hide-sm">{p.sku.clone()}</td>
            <td class="hide-sm">{p.category.clone()}</td>
            <td class="hide-sm">{p.unit.clone()}</td>
            <td class="num" data-testid="product-price">{fmt::money(p.list_price)}</td>
            <td class="num hide-sm">{tax}</td>
            <td data-testid="product-tiers">{move || tier_summary(t(), mode, tiers)}</td>
            <td class="hide-sm">
                {move || (bundle > 0).then(|| view! { <span class="pill">{(t().catalog.bundle_marker)(bundle)}</span> " " })}
                {move || service.then(|| view! { <span class="pill">{t().catalog.service_marker}</span> })}
            </td>
            <td>{move || if active { t().catalog.active_yes } else { t().catalog.active_no }}</td>
        </tr>
    }
}

fn tier_summary(t: &Texts, mode: TierMode, count: usize) -> String {
    if count == 0 {
        t.catalog.list_price_only.to_string()
    } else {
        (t.catalog.tiers_summary)(t.catalog.tier_modes[mode as usize], count)
    }
}
