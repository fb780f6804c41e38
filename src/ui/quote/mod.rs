//! `/quotes/:id`: the quote builder — lines from the catalogue with tiered
//! prices, bundles and service packs, discounts with approval, clauses,
//! versions, acceptance, and a printable quote in the current language.

mod actions;
mod lines;
mod print;
mod summary;
mod terms;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::pricing::{price_quote, PricingError, QuoteTotals};
use crate::domain::quote_rules::{discount_approval, edit, DiscountApproval, QuoteError};
use crate::domain::{ApprovalStep, Id, Product, Quote, QuoteStatus};
use crate::i18n::Texts;
use crate::store::Change;
use crate::ui::ops::{use_ops, Ops};
use crate::ui::state::DbStoreFields;

/// What every part of the quote page reads.
#[derive(Clone, Copy)]
pub struct QuoteView {
    pub id: Id,
    pub quote: Memo<Option<Quote>>,
    pub catalogue: Memo<Vec<Product>>,
    pub steps: Memo<Vec<ApprovalStep>>,
    pub totals: Memo<Option<Result<QuoteTotals, PricingError>>>,
    pub approval: Memo<Option<Result<DiscountApproval, QuoteError>>>,
    pub ops: Ops,
}

impl QuoteView {
    pub fn editable(&self) -> bool {
        self.quote.with(|q| q.as_ref().is_some_and(|q| q.status == QuoteStatus::Draft))
    }
    /// Applies an edit to the draft and stores it; refusals are explained.
    pub fn update(&self, change: impl FnOnce(&mut Quote)) {
        let Some(q) = self.quote.get_untracked() else { return };
        match edit(&q, self.ops.now(), change) {
            Ok(next) => self.ops.write(Change::upsert(next), None),
            Err(e) => self.ops.refuse(quote_error(self.ops.t(), &e, &self.catalogue.get_untracked())),
        }
    }
}

fn product_name(catalogue: &[Product], id: Id) -> String {
    catalogue.iter().find(|p| p.id == id).map_or_else(|| id.to_string(), |p| p.name.clone())
}

pub fn pricing_error(t: &Texts, e: &PricingError, catalogue: &[Product]) -> String {
    let d = &t.docs;
    match e {
        PricingError::UnknownProduct { product_id } => (d.err_unknown_product)(&product_id.to_string()),
        PricingError::CurrencyMismatch { product_id } => (d.err_currency)(&product_name(catalogue, *product_id)),
        PricingError::NegativePrice { product_id } => (d.err_negative_price)(&product_name(catalogue, *product_id)),
        PricingError::TooLarge => d.err_too_large.to_string(),
    }
}

pub fn quote_error(t: &Texts, e: &QuoteError, catalogue: &[Product]) -> String {
    let d = &t.docs;
    match e {
        QuoteError::NotDraft { status } => (d.err_not_draft)(t.quote_status[*status as usize]),
        QuoteError::NoLines => d.err_no_lines.to_string(),
        QuoteError::ZeroQuantity { line } => (d.err_zero_quantity)(line + 1),
        QuoteError::Pricing(p) => pricing_error(t, p, catalogue),
        QuoteError::DiscountNeedsApproval => d.err_discount_approval.to_string(),
        QuoteError::CannotAccept { status } => (d.err_cannot_accept)(t.quote_status[*status as usize]),
        QuoteError::Expired { valid_until } => {
            (d.err_expired)(&crate::i18n::format::date(*valid_until, t.locale))
        }
    }
}

#[component]
pub fn QuotePage() -> impl IntoView {
    let params = use_params_map();
    let ops = use_ops();
    let data = ops.data;
    let id = Memo::new(move |_| params.read().get("id").and_then(|i| Id::parse(&i)));
    // Only appearing or disappearing rebuilds the page; edits update in place.
    let exists = Memo::new(move |_| id.get().is_some_and(|id| data.db.quotes().with(|q| q.iter().any(|x| x.id == id))));
    move || {
        let Some(id) = id.get().filter(|_| exists.get()) else { return missing(ops).into_any() };
        let quote = Memo::new(move |_| data.db.quotes().with(|q| q.iter().find(|x| x.id == id).cloned()));
        let catalogue = Memo::new(move |_| data.db.products().get());
        let steps = Memo::new(move |_| data.db.approval_steps().with(|s| s.iter().filter(|x| x.quote_id == Some(id)).cloned().collect::<Vec<_>>()));
        let totals = Memo::new(move |_| quote.with(|q| q.as_ref().map(|q| catalogue.with(|c| price_quote(q, c)))));
        let approval = Memo::new(move |_| {
            let settings = data.db.settings().get();
            quote.with(|q| q.as_ref().map(|q| catalogue.with(|c| steps.with(|s| discount_approval(q, c, &settings, s)))))
        });
        let view_ = QuoteView { id, quote, catalogue, steps, totals, approval, ops };
        page(view_).into_any()
    }
}

fn missing(ops: Ops) -> impl IntoView {
    let locale = ops.locale;
    view! {
        <div class="center-state" role="alert" data-testid="record-missing">
            <p>{move || locale.texts().detail_not_found}</p>
            <a class="btn" href="/pipeline">{move || locale.texts().go_home}</a>
        </div>
    }
}

fn page(v: QuoteView) -> impl IntoView {
    let locale = v.ops.locale;
    let data = v.ops.data;
    let deal = move || {
        let deal_id = v.quote.with(|q| q.as_ref().map(|q| q.deal_id))?;
        data.db.deals().with(|d| d.iter().find(|x| x.id == deal_id).map(|d| (d.id, d.name.clone())))
    };
    let title = move || {
        let t = locale.texts();
        let version = v.quote.with(|q| q.as_ref().map_or(0, |q| q.version));
        (t.docs.quote_title)(version)
    };
    let status = move || v.quote.with(|q| q.as_ref().map(|q| locale.texts().quote_status[q.status as usize]));
    view! {
        <div class="page quote-page" data-testid="quote-page">
            <div class="screen-only">
                {move || deal().map(|(id, name)| view! { <a class="back" href=format!("/deals/{id}")>"← " {name}</a> })}
                <header class="page-head">
                    <h1>{title}</h1>
                    <p><span class="pill" data-testid="quote-status">{status}</span></p>
                </header>
                <actions::QuoteActions v/>
                <lines::LinesEditor v/>
                <div class="two-col">
                    <div class="stack">
                        <terms::TermsEditor v/>
                    </div>
                    <div class="stack">
                        <summary::Totals v/>
                        <summary::DiscountApprovalPanel v/>
                    </div>
                </div>
            </div>
            <print::PrintableQuote v/>
        </div>
    }
}
