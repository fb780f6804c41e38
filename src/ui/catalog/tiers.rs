//! The tiers table of the product form and the live "price for N units"
//! preview.

use leptos::prelude::*;

use crate::domain::money::{div_round, saturate};
use crate::domain::pricing::catalogue_price;
use crate::domain::{Currency, Money, Product};
use crate::i18n::format as fmt;
use crate::ui::focus::focus_soon;
use crate::ui::state::use_locale;

/// One row as typed. The key stays with the row when rows above it are
/// removed, so its inputs (and focus) are not recycled for another row.
#[derive(Clone, Copy)]
pub struct TierRow {
    pub key: u64,
    pub min: RwSignal<String>,
    pub price: RwSignal<String>,
}

impl TierRow {
    pub fn new(key: u64, min: String, price: String) -> TierRow {
        TierRow { key, min: RwSignal::new(min), price: RwSignal::new(price) }
    }
}

/// `invalid(row, column)` says whether a cell has an error (column 0 is the
/// minimum quantity, 1 the unit price).
#[component]
pub fn TiersTable(rows: RwSignal<Vec<TierRow>>, currency: Currency, invalid: Callback<(usize, u8), bool>) -> impl IntoView {
    let locale = use_locale();
    let c = move || &locale.texts().catalog;
    let next_key = StoredValue::new(rows.with_untracked(|r| r.iter().map(|x| x.key).max().map_or(0, |k| k + 1)));
    let add = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        rows.update(|r| r.push(TierRow::new(key, String::new(), String::new())));
        // Typing goes on in the new row, as in a spreadsheet.
        let last = rows.with_untracked(Vec::len).saturating_sub(1);
        focus_soon(format!("[data-testid=\"tier-min-{last}\"]"));
    };
    let indexed = move || rows.get().into_iter().enumerate().collect::<Vec<_>>();
    view! {
        <div class="table-wrap">
            <table class="table tiers-table" data-testid="tiers-table">
                <thead><tr>
                    <th scope="col">"#"</th>
                    <th scope="col">{move || c().tier_min}</th>
                    <th scope="col">{move || (c().tier_price)(currency.code())}</th>
                    <th scope="col"><span class="sr-only">{move || locale.texts().col_details}</span></th>
                </tr></thead>
                <tbody>
                    <For each=indexed key=|(i, r)| (*i, r.key) let:item>
                        {
                            let (i, row) = item;
                            let label = move |col: String| format!("{} · {col}", (c().tier_row)(i + 1));
                            view! {
                                <tr data-testid="tier-row">
                                    <th scope="row" class="num">{i + 1}</th>
                                    <td><input class="input num narrow" inputmode="numeric" data-testid=format!("tier-min-{i}")
                                        aria-label=move || label(c().tier_min.to_string())
                                        aria-invalid=move || invalid.run((i, 0)).to_string()
                                        prop:value=move || row.min.get() on:input=move |ev| row.min.set(event_target_value(&ev))/></td>
                                    <td><input class="input num narrow" inputmode="decimal" data-testid=format!("tier-price-{i}")
                                        aria-label=move || label((c().tier_price)(currency.code()))
                                        aria-invalid=move || invalid.run((i, 1)).to_string()
                                        prop:value=move || row.price.get() on:input=move |ev| row.price.set(event_target_value(&ev))/></td>
                                    <td><button type="button" class="btn-ghost" data-testid=format!("tier-remove-{i}")
                                        on:click=move |_| rows.update(|r| r.retain(|x| x.key != row.key))>
                                        <span aria-hidden="true">"×"</span>
                                        <span class="sr-only">{move || (c().tier_remove)(i + 1)}</span>
                                    </button></td>
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table>
        </div>
        <button type="button" class="btn" data-testid="tier-add" on:click=add>{move || c().tier_add}</button>
    }
}

/// What `quantity` units of the product as currently typed cost.
#[component]
pub fn PricePreview(product: Signal<Option<Product>>) -> impl IntoView {
    let locale = use_locale();
    let qty = RwSignal::new("10".to_string());
    let text = move || {
        let c = &locale.texts().catalog;
        let q = qty.get().trim().parse::<u32>().ok().filter(|q| *q > 0);
        let priced = product.get().zip(q).and_then(|(p, q)| catalogue_price(&p, q).ok().map(|m| (q, m)));
        match priced {
            Some((q, total)) => (c.preview_result)(q, &fmt::money(total), &fmt::money(average(total, q))),
            None => c.preview_unavailable.to_string(),
        }
    };
    view! {
        <div class="preview price-preview">
            <label class="field">
                <span>{move || locale.texts().catalog.preview_qty}</span>
                <input class="input num narrow" inputmode="numeric" data-testid="preview-qty"
                    prop:value=move || qty.get() on:input=move |ev| qty.set(event_target_value(&ev))/>
            </label>
            <p class="num" role="status" data-testid="price-preview">{text}</p>
        </div>
    }
}

fn average(total: Money, quantity: u32) -> Money {
    Money::new(saturate(div_round(total.minor as i128, quantity as i128)), total.currency)
}
