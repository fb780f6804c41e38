//! Quote lines: product, quantity, price override and line discount, with
//! how each line was priced (list, slab or range tiers, override). Rows
//! are keyed by position so an edit updates values in place and keyboard
//! focus is kept while tabbing through the table.

use crate::domain::sorting;
use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::QuoteView;
use crate::domain::input::{money_text, parse_money, parse_percent_bp, percent_text};
use crate::domain::pricing::{LineBreakdown, PriceSource};
use crate::domain::{Discount, Money, Product, QuoteLine, TierMode};
use crate::i18n::format as fmt;
use crate::i18n::Texts;

/// "1+ ¥100.00 · 11+ ¥90.00 (slab)" for a tiered product.
fn tier_summary(t: &Texts, p: &Product) -> String {
    if p.tiers.is_empty() {
        return String::new();
    }
    let mut tiers = p.tiers.clone();
    sorting::sort_by_key(&mut tiers, |x| x.min_quantity);
    let steps: Vec<String> =
        tiers.iter().map(|x| format!("{}+ {}", x.min_quantity, fmt::money(Money::new(x.unit_price_minor, p.list_price.currency)))).collect();
    let mode = match p.tier_mode {
        TierMode::Slab => t.docs.tier_slab,
        TierMode::Range => t.docs.tier_range,
    };
    format!("{} ({mode})", steps.join(" · "))
}

fn source_label(t: &Texts, s: PriceSource) -> &'static str {
    match s {
        PriceSource::Override => t.docs.src_override,
        PriceSource::ListPrice => t.docs.src_list,
        PriceSource::Tiers(TierMode::Slab) => t.docs.tier_slab,
        PriceSource::Tiers(TierMode::Range) => t.docs.tier_range,
    }
}

/// Puts back the stored value after a refused entry.
fn reset(ev: &leptos::ev::Event, value: String) {
    event_target::<HtmlInputElement>(ev).set_value(&value);
}

#[component]
pub fn LinesEditor(v: QuoteView) -> impl IntoView {
    let locale = v.ops.locale;
    let count = move || v.quote.with(|q| q.as_ref().map_or(0, |q| q.lines.len()));
    view! {
        <section class="card" data-testid="quote-lines">
            <h2>{move || locale.texts().docs.lines}</h2>
            // Focusable so keyboard users can scroll a table wider than the screen.
            <div class="table-wrap" tabindex="0" role="region" aria-label=move || locale.texts().docs.lines>
                <table class="table quote-lines">
                    <thead><tr>
                        <th>{move || locale.texts().docs.col_product}</th>
                        <th class="num">{move || locale.texts().docs.col_qty}</th>
                        <th class="num">{move || locale.texts().docs.col_unit_price}</th>
                        <th>{move || locale.texts().docs.col_discount}</th>
                        <th class="num">{move || locale.texts().docs.col_net}</th>
                        <th><span class="sr-only">{move || locale.texts().docs.remove}</span></th>
                    </tr></thead>
                    <tbody>
                        <For each=move || 0..count() key=|i| *i let:i>
                            <LineRow v i/>
                        </For>
                    </tbody>
                </table>
            </div>
            {move || (count() == 0).then(|| view! { <p class="muted" data-testid="no-lines">{locale.texts().docs.no_lines}</p> })}
            {move || (v.editable() && v.catalogue.with(Vec::is_empty)).then(|| view! {
                <p class="muted" data-testid="catalogue-empty">{locale.texts().docs.no_products} " "
                    <a href="/pipeline/products/new">{locale.texts().docs.open_catalogue}</a></p>
            })}
            {move || v.editable().then(|| view! { <AddLine v/> })}
        </section>
    }
}

#[component]
fn LineRow(v: QuoteView, i: usize) -> impl IntoView {
    let locale = v.ops.locale;
    let line = Memo::new(move |_| v.quote.with(|q| q.as_ref().and_then(|q| q.lines.get(i).cloned())));
    let product = Memo::new(move |_| {
        let pid = line.with(|l| l.as_ref().map(|l| l.product_id))?;
        v.catalogue.with(|c| c.iter().find(|p| p.id == pid).cloned())
    });
    let breakdown = move || -> Option<LineBreakdown> {
        v.totals.with(|t| t.as_ref().and_then(|r| r.as_ref().ok()).and_then(|t| t.lines.get(i).cloned()))
    };
    let disabled = move || !v.editable();
    let l = move || line.get();
    let cur = move || v.quote.with(|q| q.as_ref().map_or_else(Default::default, |q| q.currency));
    let set_qty = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match text.trim().parse::<u32>() {
            Ok(q) if q >= 1 => v.update(|quote| {
                if let Some(x) = quote.lines.get_mut(i) {
                    x.quantity = q;
                }
            }),
            _ => {
                v.ops.refuse((v.ops.t().docs.err_quantity)(i + 1));
                reset(&ev, l().map(|x| x.quantity.to_string()).unwrap_or_default());
            }
        }
    };
    let set_price = move |ev: leptos::ev::Event| match parse_money(&event_target_value(&ev), cur()) {
        Ok(price) => v.update(|quote| {
            if let Some(x) = quote.lines.get_mut(i) {
                x.unit_price_minor = price;
            }
        }),
        Err(()) => {
            v.ops.refuse((v.ops.t().docs.err_price)(i + 1));
            reset(&ev, l().and_then(|x| x.unit_price_minor).map(|m| money_text(m, cur())).unwrap_or_default());
        }
    };
    let discount_kind = move || match l().map(|x| x.discount) {
        Some(Discount::Percent(_)) => "percent",
        Some(Discount::Amount(_)) => "amount",
        _ => "none",
    };
    let discount_value = move || match l().map(|x| x.discount) {
        Some(Discount::Percent(bp)) => percent_text(bp),
        Some(Discount::Amount(m)) => money_text(m, cur()),
        _ => String::new(),
    };
    let set_discount = move |kind: String, value: String| {
        let parsed = match kind.as_str() {
            "percent" => parse_percent_bp(&value).map(|bp| Discount::Percent(bp.unwrap_or(0))),
            "amount" => parse_money(&value, cur()).map(|m| Discount::Amount(m.unwrap_or(0))),
            _ => Ok(Discount::None),
        };
        match parsed {
            Ok(d) => v.update(|quote| {
                if let Some(x) = quote.lines.get_mut(i) {
                    x.discount = d;
                }
            }),
            Err(()) => v.ops.refuse((v.ops.t().docs.err_discount)(i + 1)),
        }
    };
    let set_description = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        v.update(|quote| {
            if let Some(x) = quote.lines.get_mut(i) {
                x.description = text.trim().to_string();
            }
        })
    };
    let remove = move |_| {
        v.update(|quote| {
            if i < quote.lines.len() {
                quote.lines.remove(i);
            }
        })
    };
    let list_unit = move || {
        let (p, qty) = (product.get()?, l()?.quantity.max(1));
        let gross = crate::domain::pricing::catalogue_price(&p, qty).ok()?;
        Some(fmt::money(Money::new(gross.minor / qty as i64, gross.currency)))
    };
    view! {
        <tr data-testid="quote-line">
            <td>
                <div class="strong" data-testid="line-product">{move || product.get().map(|p| p.name).unwrap_or_default()}</div>
                <div class="muted small">{move || product.get().map(|p| tier_summary(locale.texts(), &p))}</div>
                {move || product.get().filter(|p| !p.bundle_of.is_empty()).map(|p| {
                    let names: Vec<String> = p.bundle_of.iter().filter_map(|id| v.catalogue.with(|c| c.iter().find(|x| x.id == *id).map(|x| x.name.clone()))).collect();
                    view! { <div class="muted small">{(locale.texts().docs.bundle_of)(&names.join(", "))}</div> }
                })}
                <label class="sr-only" for=format!("line-desc-{i}")>{move || locale.texts().docs.col_description}</label>
                <input class="input input-sm" id=format!("line-desc-{i}") data-testid="line-description" disabled=disabled
                    placeholder=move || locale.texts().docs.col_description
                    prop:value=move || l().map(|x| x.description).unwrap_or_default() on:change=set_description/>
            </td>
            <td class="num">
                <input class="input input-num" type="number" min="1" step="1" inputmode="numeric" data-testid="line-qty" disabled=disabled
                    aria-label=move || (locale.texts().docs.qty_of)(i + 1)
                    prop:value=move || l().map(|x| x.quantity.to_string()).unwrap_or_default() on:change=set_qty/>
            </td>
            <td class="num">
                <input class="input input-num" inputmode="decimal" data-testid="line-price" disabled=disabled
                    aria-label=move || (locale.texts().docs.price_of)(i + 1)
                    placeholder=list_unit
                    prop:value=move || l().and_then(|x| x.unit_price_minor).map(|m| money_text(m, cur())).unwrap_or_default() on:change=set_price/>
                <div class="muted small" data-testid="line-source">{move || breakdown().map(|b| source_label(locale.texts(), b.source))}</div>
            </td>
            <td>
                <div class="row nowrap">
                    <select class="input input-sm" data-testid="line-discount-kind" disabled=disabled
                        aria-label=move || (locale.texts().docs.discount_kind_of)(i + 1)
                        prop:value=discount_kind
                        on:change=move |ev| set_discount(event_target_value(&ev), discount_value())>
                        <option value="none">{move || locale.texts().docs.discount_none}</option>
                        <option value="percent">"%"</option>
                        <option value="amount">{move || locale.texts().docs.discount_amount}</option>
                    </select>
                    <input class="input input-num" inputmode="decimal" data-testid="line-discount" disabled=move || disabled() || discount_kind() == "none"
                        aria-label=move || (locale.texts().docs.discount_of)(i + 1)
                        prop:value=discount_value on:change=move |ev| set_discount(discount_kind().to_string(), event_target_value(&ev))/>
                </div>
                <div class="muted small">{move || breakdown().filter(|b| b.line_discount.minor > 0).map(|b| format!("−{}", fmt::money(b.line_discount)))}</div>
            </td>
            <td class="num" data-testid="line-net">{move || breakdown().map(|b| fmt::money(b.net))}</td>
            <td>
                {move || v.editable().then(|| view! {
                    <button class="btn-ghost" data-testid="line-remove" aria-label=(locale.texts().docs.remove_line)(i + 1) on:click=remove>"✕"</button>
                })}
            </td>
        </tr>
    }
}

/// Adds a catalogue product, bundle or service pack as a new line.
#[component]
fn AddLine(v: QuoteView) -> impl IntoView {
    let locale = v.ops.locale;
    let chosen = RwSignal::new(String::new());
    let qty = RwSignal::new("1".to_string());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = &v.ops.t().docs;
        let Some(pid) = crate::domain::Id::parse(&chosen.get_untracked()) else {
            v.ops.refuse(d.err_pick_product);
            return;
        };
        let Ok(quantity) = qty.get_untracked().trim().parse::<u32>().map_err(|_| ()).and_then(|q| if q >= 1 { Ok(q) } else { Err(()) }) else {
            v.ops.refuse(d.err_new_quantity);
            return;
        };
        v.update(|q| q.lines.push(QuoteLine { product_id: pid, description: String::new(), quantity, unit_price_minor: None, discount: Discount::None }));
        chosen.set(String::new());
        qty.set("1".into());
    };
    let group = move |pick: fn(&Product) -> bool| {
        v.catalogue.with(|c| c.iter().filter(|p| p.active && pick(p)).map(|p| (p.id.to_string(), format!("{} · {}", p.name, fmt::money(p.list_price)))).collect::<Vec<_>>())
    };
    let options = move |items: Vec<(String, String)>| items.into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view();
    view! {
        <form class="row wrap add-line" on:submit=add data-testid="add-line">
            <label class="field grow">
                <span>{move || locale.texts().docs.add_product}</span>
                <select class="input" data-testid="add-line-product" prop:value=move || chosen.get() on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">{move || locale.texts().docs.choose}</option>
                    <optgroup label=move || locale.texts().docs.group_products>
                        {move || options(group(|p| p.bundle_of.is_empty() && !p.is_service_pack))}
                    </optgroup>
                    <optgroup label=move || locale.texts().docs.group_bundles>
                        {move || options(group(|p| !p.bundle_of.is_empty()))}
                    </optgroup>
                    <optgroup label=move || locale.texts().docs.group_services>
                        {move || options(group(|p| p.is_service_pack && p.bundle_of.is_empty()))}
                    </optgroup>
                </select>
            </label>
            <label class="field">
                <span>{move || locale.texts().docs.col_qty}</span>
                <input class="input input-num" type="number" min="1" step="1" data-testid="add-line-qty" prop:value=move || qty.get() on:input=move |ev| qty.set(event_target_value(&ev))/>
            </label>
            <button class="btn" type="submit" data-testid="add-line-submit">{move || locale.texts().docs.add_line}</button>
        </form>
    }
}
