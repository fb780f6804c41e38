//! Quote-level terms: total discount, validity date and clauses.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::QuoteView;
use crate::domain::input::{money_text, parse_money, parse_percent_bp, percent_text};
use crate::domain::Discount;

#[component]
pub fn TermsEditor(v: QuoteView) -> impl IntoView {
    let locale = v.ops.locale;
    let disabled = move || !v.editable();
    let q = move || v.quote.get();
    let cur = move || v.quote.with(|q| q.as_ref().map_or_else(Default::default, |q| q.currency));
    let kind = move || match q().map(|q| q.discount) {
        Some(Discount::Percent(_)) => "percent",
        Some(Discount::Amount(_)) => "amount",
        _ => "none",
    };
    let value = move || match q().map(|q| q.discount) {
        Some(Discount::Percent(bp)) => percent_text(bp),
        Some(Discount::Amount(m)) => money_text(m, cur()),
        _ => String::new(),
    };
    let set_discount = move |kind: String, text: String| {
        let parsed = match kind.as_str() {
            "percent" => parse_percent_bp(&text).map(|bp| Discount::Percent(bp.unwrap_or(0))),
            "amount" => parse_money(&text, cur()).map(|m| Discount::Amount(m.unwrap_or(0))),
            _ => Ok(Discount::None),
        };
        match parsed {
            Ok(d) => v.update(|q| q.discount = d),
            Err(()) => v.ops.refuse(v.ops.t().docs.err_quote_discount),
        }
    };
    let set_valid = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match text.trim() {
            "" => v.update(|q| q.valid_until = None),
            s => match s.parse::<NaiveDate>() {
                Ok(d) => v.update(|q| q.valid_until = Some(d)),
                Err(_) => v.ops.refuse(v.ops.t().date_invalid),
            },
        }
    };
    let text_field = move |get: fn(&crate::domain::Quote) -> String, set: fn(&mut crate::domain::Quote, String)| {
        (
            move || q().map(|q| get(&q)).unwrap_or_default(),
            move |ev: leptos::ev::Event| {
                let text = event_target_value(&ev);
                v.update(|q| set(q, text.trim().to_string()));
            },
        )
    };
    let (price_adj, set_price_adj) = text_field(|q| q.price_adjustment.clone(), |q, s| q.price_adjustment = s);
    let (delivery, set_delivery) = text_field(|q| q.delivery.clone(), |q, s| q.delivery = s);
    let (clauses, set_clauses) = text_field(
        |q| q.clauses.join("\n"),
        |q, s| q.clauses = s.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
    );
    view! {
        <section class="card" data-testid="quote-terms">
            <h2>{move || locale.texts().docs.terms}</h2>
            <div class="form-grid">
                <div class="field">
                    <span id="quote-discount-label">{move || locale.texts().docs.quote_discount}</span>
                    <div class="row nowrap" role="group" aria-labelledby="quote-discount-label">
                        <select class="input" data-testid="quote-discount-kind" disabled=disabled prop:value=kind
                            aria-label=move || locale.texts().docs.quote_discount
                            on:change=move |ev| set_discount(event_target_value(&ev), value())>
                            <option value="none">{move || locale.texts().docs.discount_none}</option>
                            <option value="percent">"%"</option>
                            <option value="amount">{move || locale.texts().docs.discount_amount}</option>
                        </select>
                        <input class="input input-num" inputmode="decimal" data-testid="quote-discount" disabled=move || disabled() || kind() == "none"
                            aria-label=move || locale.texts().docs.quote_discount_value
                            prop:value=value on:change=move |ev| set_discount(kind().to_string(), event_target_value(&ev))/>
                    </div>
                </div>
                <label class="field">
                    <span>{move || locale.texts().docs.valid_until}</span>
                    <input class="input" type="date" data-testid="quote-valid-until" disabled=disabled
                        prop:value=move || q().and_then(|q| q.valid_until).map(|d| d.to_string()).unwrap_or_default()
                        on:change=set_valid/>
                </label>
            </div>
            <label class="field">
                <span>{move || locale.texts().docs.price_adjustment}</span>
                <textarea class="input textarea" data-testid="quote-price-adjustment" disabled=disabled prop:value=price_adj on:change=set_price_adj></textarea>
            </label>
            <label class="field">
                <span>{move || locale.texts().docs.delivery}</span>
                <textarea class="input textarea" data-testid="quote-delivery" disabled=disabled prop:value=delivery on:change=set_delivery></textarea>
            </label>
            <label class="field">
                <span>{move || locale.texts().docs.other_clauses}</span>
                <textarea class="input textarea" data-testid="quote-clauses" disabled=disabled prop:value=clauses on:change=set_clauses></textarea>
            </label>
        </section>
    }
}
