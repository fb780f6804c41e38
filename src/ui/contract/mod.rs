//! `/contracts/:id`: a contract from its draft to its signature — content
//! and legal checklist, credit check, approval routing by amount, and the
//! e-signature with its content hash.

mod approval;
mod archive;
mod credit;
mod details;
mod sign;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::contract_rules::ContractError;
use crate::domain::credit::{assess, CreditAssessment, CreditBlock};
use crate::domain::signature::{verify, SignatureCheck};
use crate::domain::{ApprovalStep, Contract, Id};
use crate::i18n::format as fmt;
use crate::i18n::Texts;
use crate::ui::ops::{use_ops, Ops};
use crate::ui::state::DbStoreFields;

pub use archive::SignedArchive;

#[derive(Clone, Copy)]
pub struct ContractView {
    pub contract: Memo<Option<Contract>>,
    pub steps: Memo<Vec<ApprovalStep>>,
    pub credit: Memo<Option<CreditAssessment>>,
    pub ops: Ops,
}

pub fn contract_error(t: &Texts, e: &ContractError) -> String {
    let d = &t.docs;
    match e {
        ContractError::QuoteNotAccepted { .. } => d.err_contract_needs_accepted.to_string(),
        ContractError::NotEditable { status } => (d.err_not_editable)(t.contract_status[*status as usize]),
        ContractError::EmptyTitle => (t.field_required)(d.contract_title),
        ContractError::NegativeAmount => d.err_amount.to_string(),
        ContractError::LegalIncomplete { missing } => {
            let names: Vec<&str> = missing.iter().map(|k| legal_label(t, k)).collect();
            (d.err_legal_incomplete)(&names.join(", "))
        }
        ContractError::Credit(CreditBlock::DepositRequired) => d.deposit_required.to_string(),
        ContractError::NotPending { status } => (d.err_not_pending)(t.contract_status[*status as usize]),
        ContractError::Approval(_) => d.err_decision.to_string(),
    }
}

pub fn legal_label(t: &Texts, key: &str) -> &'static str {
    match key {
        "ip_ownership" => t.docs.legal_ip,
        "confidentiality" => t.docs.legal_confidentiality,
        _ => t.docs.legal_anti_bribery,
    }
}

#[component]
pub fn ContractPage() -> impl IntoView {
    let params = use_params_map();
    let ops = use_ops();
    let data = ops.data;
    let id = Memo::new(move |_| params.read().get("id").and_then(|i| Id::parse(&i)));
    let exists = Memo::new(move |_| id.get().is_some_and(|id| data.db.contracts().with(|c| c.iter().any(|x| x.id == id))));
    move || {
        let Some(id) = id.get().filter(|_| exists.get()) else {
            let locale = ops.locale;
            return view! {
                <div class="center-state" role="alert" data-testid="record-missing">
                    <p>{move || locale.texts().detail_not_found}</p>
                    <a class="btn" href="/pipeline">{move || locale.texts().go_home}</a>
                </div>
            }
            .into_any();
        };
        let contract = Memo::new(move |_| data.db.contracts().with(|c| c.iter().find(|x| x.id == id).cloned()));
        let steps = Memo::new(move |_| data.db.approval_steps().with(|s| s.iter().filter(|x| x.contract_id == Some(id)).cloned().collect::<Vec<_>>()));
        let account_id = Memo::new(move |_| contract.with(|c| c.as_ref().map(|c| c.account_id)));
        let credit = Memo::new(move |_| {
            let aid = account_id.get()?;
            let account = data.db.accounts().with(|a| a.iter().find(|x| x.id == aid).cloned())?;
            let invoices: Vec<_> = data.db.invoices().with(|i| i.iter().filter(|x| x.account_id == aid).cloned().collect());
            let payments = data.db.payments().with(|p| {
                p.iter().filter(|x| invoices.iter().any(|i| i.id == x.invoice_id)).cloned().collect::<Vec<_>>()
            });
            Some(assess(&account, &invoices, &payments, ops.clock.now()))
        });
        page(ContractView { contract, steps, credit, ops }).into_any()
    }
}

fn page(v: ContractView) -> impl IntoView {
    let locale = v.ops.locale;
    let data = v.ops.data;
    let c = move || v.contract.get();
    let account = move || {
        let aid = v.contract.with(|c| c.as_ref().map(|c| c.account_id))?;
        data.db.accounts().with(|a| a.iter().find(|x| x.id == aid).map(|a| (aid, a.name.clone())))
    };
    let seal = move || {
        let d = &locale.texts().docs;
        c().map(|c| match verify(&c) {
            SignatureCheck::Unsigned => ("pill", d.unsigned_short),
            SignatureCheck::Valid => ("pill ok", d.signature_valid),
            SignatureCheck::Tampered => ("pill bad", d.signature_tampered),
        })
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="page contract-page" data-testid="contract-page">
            {move || c().and_then(|c| c.deal_id).map(|id| view! { <a class="back screen-only" href=format!("/deals/{id}")>"← " {locale.texts().docs.back_to_deal}</a> })}
            <header class="page-head">
                <h1 data-testid="contract-title">{move || c().map(|c| c.title)}</h1>
                <p>
                    {move || account().map(|(id, name)| view! { <a href=format!("/record/accounts/{id}")>{name}</a> " · " })}
                    <span class="num" data-testid="contract-amount">{move || c().map(|c| fmt::money(c.amount))}</span>
                    " " <span class="pill" data-testid="contract-status">{move || c().map(|c| locale.texts().contract_status[c.status as usize])}</span>
                    " " {move || seal().map(|(class, text)| view! { <span class=class data-testid="signature-state">{text}</span> })}
                </p>
                <button class="btn screen-only" data-testid="contract-print" on:click=print>{move || locale.texts().docs.print}</button>
            </header>
            <div class="two-col">
                <div class="stack">
                    <details::ContractDetails v/>
                    <sign::SignatureBlock v/>
                </div>
                <div class="stack screen-only">
                    <credit::CreditPanel v/>
                    <approval::ApprovalPanel v/>
                    <sign::SignPanel v/>
                </div>
            </div>
        </div>
    }
}
