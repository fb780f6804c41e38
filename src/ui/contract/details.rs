//! Contract content: title, amount, body, deposit clause and the legal
//! checklist. Editable as a draft or after a rejection only.

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::{contract_error, ContractView};
use crate::domain::contract_rules::{edit, is_editable};
use crate::domain::input::{money_text, parse_money};
use crate::domain::{Contract, Money};
use crate::store::Change;

#[component]
pub fn ContractDetails(v: ContractView) -> impl IntoView {
    let ops = v.ops;
    let locale = ops.locale;
    let c = move || v.contract.get();
    let disabled = move || !v.contract.with(|c| c.as_ref().is_some_and(|c| is_editable(c.status)));
    let update = move |change: Box<dyn FnOnce(&mut Contract)>| {
        let Some(current) = v.contract.get_untracked() else { return };
        match edit(&current, ops.now(), change) {
            Ok(next) => ops.write(Change::upsert(next), None),
            Err(e) => ops.refuse(contract_error(ops.t(), &e)),
        }
    };
    let set_title = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        update(Box::new(move |c| c.title = text));
    };
    let cur = move || v.contract.with(|c| c.as_ref().map_or_else(Default::default, |c| c.amount.currency));
    let set_amount = move |ev: leptos::ev::Event| match parse_money(&event_target_value(&ev), cur()) {
        Ok(Some(minor)) => update(Box::new(move |c| c.amount = Money::new(minor, c.amount.currency))),
        _ => {
            ops.refuse(ops.t().docs.err_amount);
            let back = v.contract.get_untracked().map(|c| money_text(c.amount.minor, c.amount.currency)).unwrap_or_default();
            event_target::<HtmlInputElement>(&ev).set_value(&back);
        }
    };
    let set_body = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        update(Box::new(move |c| c.body = text));
    };
    let check = move |label: fn(&crate::i18n::Texts) -> &'static str,
                      id: &'static str,
                      get: fn(&Contract) -> bool,
                      set: fn(&mut Contract, bool)| {
        view! {
            <li>
                <label>
                    <input type="checkbox" data-testid=id disabled=disabled prop:checked=move || c().is_some_and(|c| get(&c))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            update(Box::new(move |c| set(c, on)));
                        }/>
                    " " {move || label(locale.texts())}
                </label>
            </li>
        }
    };
    view! {
        <section class="card" data-testid="contract-details">
            <h2>{move || locale.texts().docs.contract_content}</h2>
            {move || v.contract.with(|c| c.as_ref().is_some_and(|c| !is_editable(c.status))).then(|| view! {
                <p class="muted small screen-only" data-testid="contract-frozen">{locale.texts().docs.content_frozen}</p>
            })}
            <div class="form-grid">
                <label class="field">
                    <span>{move || locale.texts().docs.contract_title}</span>
                    <input class="input" data-testid="contract-title-input" disabled=disabled prop:value=move || c().map(|c| c.title).unwrap_or_default() on:change=set_title/>
                </label>
                <label class="field">
                    <span>{move || (locale.texts().docs.amount_in)(c().map(|c| c.amount.currency.code().to_string()).unwrap_or_default().as_str())}</span>
                    <input class="input input-num" inputmode="decimal" data-testid="contract-amount-input" disabled=disabled
                        prop:value=move || c().map(|c| money_text(c.amount.minor, c.amount.currency)).unwrap_or_default() on:change=set_amount/>
                </label>
            </div>
            <label class="field">
                <span>{move || locale.texts().docs.contract_body_label}</span>
                <textarea class="input textarea tall" data-testid="contract-body" disabled=disabled prop:value=move || c().map(|c| c.body).unwrap_or_default() on:change=set_body></textarea>
            </label>
            <h3>{move || locale.texts().docs.clauses_and_checks}</h3>
            <ul class="checklist">
                {check(|t| t.docs.deposit_clause, "deposit-clause", |c| c.deposit_clause, |c, on| c.deposit_clause = on)}
            </ul>
            <h3>{move || locale.texts().docs.legal_checklist}</h3>
            <ul class="checklist" data-testid="legal-checklist">
                {check(|t| t.docs.legal_ip, "legal-ip", |c| c.legal.ip_ownership, |c, on| c.legal.ip_ownership = on)}
                {check(|t| t.docs.legal_confidentiality, "legal-confidentiality", |c| c.legal.confidentiality, |c, on| c.legal.confidentiality = on)}
                {check(|t| t.docs.legal_anti_bribery, "legal-anti-bribery", |c| c.legal.anti_bribery, |c, on| c.legal.anti_bribery = on)}
            </ul>
        </section>
    }
}
