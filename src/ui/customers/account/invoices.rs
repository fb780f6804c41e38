//! The account's invoices with what is paid and owed, and the form that
//! records a payment (partial allowed) against one of them.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::customers::ledger::{account_invoices, record_payment, InvoiceRow, InvoiceState, PaymentError, PaymentInput};
use crate::domain::{Id, Money};
use crate::i18n::{format as fmt, CustomersTexts};
use crate::store::Change;
use crate::ui::actions::commit_then;
use crate::ui::state::{use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

pub fn payment_message(c: &CustomersTexts, e: &PaymentError) -> String {
    match e {
        PaymentError::AmountRequired => c.err_amount_required.into(),
        PaymentError::AmountInvalid => c.err_amount_invalid.into(),
        PaymentError::AmountNotPositive => c.err_amount_not_positive.into(),
        PaymentError::MoreThanBalance(m) => (c.err_more_than_balance)(&fmt::money(*m)),
        PaymentError::AlreadyPaid => c.err_already_paid.into(),
        PaymentError::DateRequired => c.err_date_required.into(),
        PaymentError::DateInFuture => c.err_date_future.into(),
        PaymentError::DateBeforeIssue => c.err_date_before_issue.into(),
    }
}

fn state_text(c: &CustomersTexts, s: InvoiceState) -> (String, &'static str) {
    match s {
        InvoiceState::Paid => (c.invoice_states[0].into(), "pill pill-ok"),
        InvoiceState::Open => (c.invoice_states[1].into(), "pill"),
        InvoiceState::PartlyPaid => (c.invoice_states[2].into(), "pill pill-warn"),
        InvoiceState::Overdue { days } => ((c.overdue_days)(days), "pill pill-danger"),
    }
}

#[component]
pub fn Invoices(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let ledger = Memo::new(move |_| {
        let today = clock.now().date_naive();
        data.db.invoices().with(|i| data.db.payments().with(|p| account_invoices(account_id, i, p, today)))
    });
    let paying = RwSignal::new(None::<Id>);
    let c = move || &locale.texts().customers;
    view! {
        <section class="card" data-testid="account-invoices">
            <h2>{move || c().invoices}</h2>
            <p data-testid="account-open-balance">
                {move || c().open_balance} ": "
                <strong class="num">
                    {move || {
                        let totals = ledger.with(|l| l.1.clone());
                        if totals.is_empty() {
                            fmt::money(Money::zero(data.db.settings().with(|s| s.currency)))
                        } else {
                            totals.into_iter().map(fmt::money).collect::<Vec<_>>().join(" + ")
                        }
                    }}
                </strong>
            </p>
            <Show when=move || ledger.with(|l| !l.0.is_empty()) fallback=move || view! { <p class="muted">{c().no_invoices}</p> }>
                <div class="table-wrap">
                    <table class="table" data-testid="invoice-table">
                        <thead><tr>
                            <th scope="col">{move || c().col_number}</th>
                            <th scope="col" class="hide-sm">{move || c().col_issued}</th>
                            <th scope="col">{move || c().col_due}</th>
                            <th scope="col" class="num">{move || locale.texts().col_amount}</th>
                            <th scope="col" class="num hide-sm">{move || c().col_paid}</th>
                            <th scope="col" class="num">{move || c().open_balance}</th>
                            <th scope="col">{move || c().col_status}</th>
                            <th scope="col"><span class="sr-only">{move || c().record_payment}</span></th>
                        </tr></thead>
                        <tbody>
                            <For each=move || ledger.with(|l| l.0.clone()) key=|r| (r.invoice.id, r.balance.minor, r.state) let:r>
                                <InvoiceLine r paying/>
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
            {move || paying.get().map(|id| view! { <PaymentForm invoice_id=id paying/> })}
        </section>
    }
}

#[component]
fn InvoiceLine(r: InvoiceRow, paying: RwSignal<Option<Id>>) -> impl IntoView {
    let locale = use_locale();
    let id = r.invoice.id;
    let (issued, due) = (r.invoice.issued_on, r.invoice.due_on);
    let state = r.state;
    let open = r.balance.minor > 0;
    view! {
        <tr data-testid="invoice-row" data-invoice=r.invoice.number.clone()>
            <td>{r.invoice.number.clone()}</td>
            <td class="hide-sm num">{move || fmt::date(issued, locale.0.get())}</td>
            <td class="num">{move || fmt::date(due, locale.0.get())}</td>
            <td class="num">{fmt::money(r.invoice.amount)}</td>
            <td class="num hide-sm" data-testid="invoice-paid">{fmt::money(r.paid)}</td>
            <td class="num" data-testid="invoice-balance">{fmt::money(r.balance)}</td>
            <td data-testid="invoice-state">
                {move || { let (text, cls) = state_text(&locale.texts().customers, state); view! { <span class=cls>{text}</span> } }}
            </td>
            <td>
                {open.then(|| view! {
                    <button class="btn-ghost" type="button" data-testid="invoice-pay" on:click=move |_| paying.set(Some(id))>
                        {move || locale.texts().customers.record_payment}
                    </button>
                })}
            </td>
        </tr>
    }
}

#[component]
fn PaymentForm(invoice_id: Id, paying: RwSignal<Option<Id>>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let ids = use_ids();
    let notices = use_notices();
    let invoice = data.db.invoices().with_untracked(|i| i.iter().find(|x| x.id == invoice_id).cloned());
    let number = invoice.as_ref().map(|i| i.number.clone()).unwrap_or_default();
    let amount = RwSignal::new(String::new());
    let date = RwSignal::new(clock.now_untracked().date_naive().to_string());
    let method = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<String>::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let Some(invoice) = data.db.invoices().with_untracked(|i| i.iter().find(|x| x.id == invoice_id).cloned()) else { return };
        let now = clock.now_untracked();
        let input = PaymentInput {
            amount: amount.get_untracked(),
            paid_on: date.get_untracked().trim().parse::<NaiveDate>().ok(),
            method: method.get_untracked(),
        };
        let result = data.db.payments().with_untracked(|p| record_payment(&invoice, p, &input, ids.next(now), now));
        match result {
            Err(es) => errors.set(es.iter().map(|e| payment_message(&t.customers, e)).collect()),
            Ok(payment) => {
                errors.set(Vec::new());
                let change = Change::upsert(payment);
                commit_then(data, notices, t, change, Some(t.customers.payment_saved.into()), move || paying.set(None));
            }
        }
    };
    let c = move || &locale.texts().customers;
    view! {
        <form class="form-grid payment-form" on:submit=submit data-testid="payment-form">
            <h3>{move || c().record_payment} " · " {number}</h3>
            <label class="field">
                <span>{move || c().payment_amount}</span>
                <input class="input num" inputmode="decimal" data-testid="payment-amount" prop:value=move || amount.get()
                    on:input=move |ev| amount.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span>{move || c().payment_date}</span>
                <input class="input" type="date" data-testid="payment-date" prop:value=move || date.get()
                    on:input=move |ev| date.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span>{move || c().payment_method}</span>
                <input class="input" data-testid="payment-method" prop:value=move || method.get()
                    on:input=move |ev| method.set(event_target_value(&ev))/>
            </label>
            <div class="row">
                <button class="btn btn-primary" type="submit" data-testid="payment-save">{move || c().save_payment}</button>
                <button class="btn-ghost" type="button" on:click=move |_| paying.set(None)>{move || locale.texts().cancel}</button>
            </div>
            <Show when=move || !errors.get().is_empty()>
                <ul class="field-error" role="alert" data-testid="payment-errors">
                    {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                </ul>
            </Show>
        </form>
    }
}
