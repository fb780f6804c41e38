//! The quote's action bar: print, send, accept, decline, new version and
//! the contract made from the accepted version.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::{quote_error, QuoteView};
use crate::domain::contract_rules::from_quote;
use crate::domain::quote_rules::{accept, decline, new_version, send, DiscountApproval};
use crate::domain::{QuoteStatus, Record};
use crate::i18n::format as fmt;
use crate::store::Change;
use crate::ui::state::DbStoreFields;

#[component]
pub fn QuoteActions(v: QuoteView) -> impl IntoView {
    let ops = v.ops;
    let data = ops.data;
    let locale = ops.locale;
    let navigate = use_navigate();
    let status = move || v.quote.with(|q| q.as_ref().map(|q| q.status));
    let approval = move || match v.approval.get() {
        Some(Ok(a)) => a,
        _ => DiscountApproval::Required,
    };
    let contract = move || data.db.contracts().with(|c| c.iter().find(|x| x.quote_id == Some(v.id)).map(|x| x.id));
    let refuse = move |e| ops.refuse(quote_error(ops.t(), &e, &v.catalogue.get_untracked()));

    let on_send = move |_| {
        let Some(q) = v.quote.get_untracked() else { return };
        match send(&q, &approval(), ops.now()) {
            Ok(next) => ops.write(Change::upsert(next), Some(ops.t().docs.quote_sent.to_string())),
            Err(e) => refuse(e),
        }
    };
    let on_accept = move |_| {
        let Some(q) = v.quote.get_untracked() else { return };
        let all = data.db.quotes().get_untracked();
        match accept(&q, &all, &approval(), ops.now()) {
            Ok(changed) => ops.write(
                Change::upsert_all(changed.into_iter().map(Record::from)),
                Some(ops.t().docs.quote_accepted.to_string()),
            ),
            Err(e) => refuse(e),
        }
    };
    let on_decline = move |_| {
        let Some(q) = v.quote.get_untracked() else { return };
        match decline(&q, ops.now()) {
            Ok(next) => ops.write(Change::upsert(next), None),
            Err(e) => refuse(e),
        }
    };
    let nav = navigate.clone();
    let on_version = move |_| {
        let Some(q) = v.quote.get_untracked() else { return };
        let all = data.db.quotes().get_untracked();
        let (draft, superseded) = new_version(&q, &all, ops.new_id(), ops.now());
        let path = format!("/quotes/{}", draft.id);
        let records = std::iter::once(Record::from(draft)).chain(superseded.into_iter().map(Record::from));
        let nav = nav.clone();
        ops.write_then(Change::upsert_all(records), None, move || nav(&path, Default::default()));
    };
    let nav = navigate.clone();
    let on_contract = move |_| {
        let Some(q) = v.quote.get_untracked() else { return };
        let Some(deal) = data.db.deals().with_untracked(|d| d.iter().find(|x| x.id == q.deal_id).cloned()) else { return };
        let t = ops.t();
        let Some(Ok(totals)) = v.totals.get_untracked() else { return };
        let body = (t.docs.contract_body)(&deal.name, q.version, &fmt::money(totals.total), &q.delivery, &q.price_adjustment);
        match from_quote(&q, totals.total, &deal, body, ops.new_id(), ops.now()) {
            Ok(c) => {
                let path = format!("/contracts/{}", c.id);
                let nav = nav.clone();
                ops.write_then(Change::upsert(c), None, move || nav(&path, Default::default()));
            }
            Err(_) => ops.refuse(t.docs.err_contract_needs_accepted),
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    move || {
        let d = &locale.texts().docs;
        let s = status();
        let is = |x: QuoteStatus| s == Some(x);
        let on_contract = on_contract.clone();
        let on_version = on_version.clone();
        view! {
            <div class="row wrap tools" role="toolbar" aria-label=d.quote_actions>
                <button class="btn" data-testid="quote-print" on:click=print>{d.print}</button>
                {is(QuoteStatus::Draft).then(|| view! { <button class="btn" data-testid="quote-send" on:click=on_send>{d.send}</button> })}
                {(is(QuoteStatus::Draft) || is(QuoteStatus::Sent)).then(|| view! {
                    <button class="btn btn-primary" data-testid="quote-accept" on:click=on_accept>{d.accept}</button>
                })}
                {is(QuoteStatus::Sent).then(|| view! { <button class="btn" data-testid="quote-decline" on:click=on_decline>{d.decline}</button> })}
                <button class="btn" data-testid="quote-new-version" on:click=on_version>{d.new_version}</button>
                {is(QuoteStatus::Accepted).then(|| match contract() {
                    Some(cid) => view! { <a class="btn" data-testid="open-contract" href=format!("/contracts/{cid}")>{d.open_contract}</a> }.into_any(),
                    None => view! { <button class="btn btn-primary" data-testid="create-contract" on:click=on_contract.clone()>{d.create_contract}</button> }.into_any(),
                })}
            </div>
        }
    }
}
