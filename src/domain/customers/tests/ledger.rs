//! Invoice balances, partial payments and the order a won deal becomes.
//! Records are taken from the demo generator and reshaped, so new entity
//! fields do not break these tests.

use chrono::NaiveDate;

use crate::domain::customers::ledger::*;
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::{Id, Invoice, Money, Payment, Workspace};

use super::now;
fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn demo() -> Workspace {
    generate(DemoSize::Small, Lang::En, 11)
}
/// ¥1,000.00 issued 2026-11-01, due 2026-12-01.
fn invoice(ws: &Workspace) -> Invoice {
    let mut i = ws.data.invoices[0].clone();
    i.id = Id::from_u128(100);
    i.account_id = Id::from_u128(1);
    i.issued_on = d(2026, 11, 1);
    i.due_on = d(2026, 12, 1);
    i.amount = Money::cny(100_000);
    i
}
fn payment(ws: &Workspace, n: u128, on: NaiveDate, minor: i64) -> Payment {
    let mut p = ws.data.payments[0].clone();
    p.id = Id::from_u128(900 + n);
    p.invoice_id = Id::from_u128(100);
    p.account_id = Id::from_u128(1);
    p.paid_on = on;
    p.amount = Money::cny(minor);
    p
}
fn input(amount: &str, on: NaiveDate) -> PaymentInput {
    PaymentInput { amount: amount.into(), paid_on: Some(on), method: " transfer ".into() }
}

#[test]
fn partial_payments_reduce_the_balance_until_the_invoice_is_paid() {
    let ws = demo();
    let inv = invoice(&ws);
    let today = d(2026, 11, 27);
    let row = invoice_row(&inv, &[], today);
    assert_eq!((row.state, row.balance.minor, row.paid.minor), (InvoiceState::Open, 100_000, 0));

    let p1 = record_payment(&inv, &[], &input("300.50", today), Id::from_u128(901), now()).unwrap();
    assert_eq!((p1.amount, p1.method.as_str(), p1.invoice_id), (Money::cny(30_050), "transfer", inv.id));
    let row = invoice_row(&inv, &[p1.clone()], today);
    // 1,000.00 − 300.50 = 699.50 left.
    assert_eq!((row.state, row.balance.minor, row.paid.minor), (InvoiceState::PartlyPaid, 69_950, 30_050));

    let p2 = record_payment(&inv, &[p1.clone()], &input("699.50", today), Id::from_u128(902), now()).unwrap();
    let row = invoice_row(&inv, &[p1, p2], today);
    assert_eq!((row.state, row.balance.minor), (InvoiceState::Paid, 0));
}

#[test]
fn an_unpaid_invoice_past_its_due_date_is_overdue_by_whole_days() {
    let ws = demo();
    let inv = invoice(&ws);
    assert_eq!(invoice_row(&inv, &[], d(2026, 12, 1)).state, InvoiceState::Open, "due today is not overdue");
    assert_eq!(invoice_row(&inv, &[], d(2026, 12, 2)).state, InvoiceState::Overdue { days: 1 });
    let half = payment(&ws, 1, d(2026, 11, 5), 50_000);
    assert_eq!(invoice_row(&inv, &[half], d(2027, 1, 1)).state, InvoiceState::Overdue { days: 31 });
}

#[test]
fn payments_are_refused_above_the_balance_in_the_future_or_when_paid() {
    let ws = demo();
    let inv = invoice(&ws);
    let paid = payment(&ws, 1, d(2026, 11, 5), 80_000);
    let err = record_payment(&inv, &[paid.clone()], &input("200.01", d(2026, 11, 27)), Id::from_u128(1), now()).unwrap_err();
    assert_eq!(err, vec![PaymentError::MoreThanBalance(Money::cny(20_000))]);
    let err = record_payment(&inv, &[], &input("", d(2026, 11, 28)), Id::from_u128(1), now()).unwrap_err();
    assert_eq!(err, vec![PaymentError::AmountRequired, PaymentError::DateInFuture]);
    let err = record_payment(&inv, &[], &input("abc", d(2026, 10, 1)), Id::from_u128(1), now()).unwrap_err();
    assert_eq!(err, vec![PaymentError::AmountInvalid, PaymentError::DateBeforeIssue]);
    let err = record_payment(&inv, &[], &input("0", d(2026, 11, 2)), Id::from_u128(1), now()).unwrap_err();
    assert_eq!(err, vec![PaymentError::AmountNotPositive]);
    let full = payment(&ws, 2, d(2026, 11, 6), 20_000);
    let err = record_payment(&inv, &[paid, full], &input("1", d(2026, 11, 27)), Id::from_u128(1), now()).unwrap_err();
    assert_eq!(err, vec![PaymentError::AlreadyPaid]);
}

#[test]
fn open_balances_are_summed_per_currency_never_converted() {
    let ws = demo();
    let a = invoice(&ws);
    let mut b = invoice(&ws);
    b.id = Id::from_u128(101);
    b.number = "INV-B".into();
    b.amount = Money::new(5_000, crate::domain::Currency::parse("USD").unwrap());
    let part = payment(&ws, 1, d(2026, 11, 2), 25_000);
    let (rows, totals) = account_invoices(Id::from_u128(1), &[a, b], &[part], d(2026, 11, 27));
    assert_eq!(rows.len(), 2);
    assert_eq!(totals, vec![Money::cny(75_000), Money::new(5_000, crate::domain::Currency::parse("USD").unwrap())]);
}


#[test]
fn open_balances_per_account_agree_with_each_invoices_balance() {
    let ws = generate(DemoSize::Small, Lang::En, 4);
    let today = d(2026, 11, 27);
    let cny = crate::domain::Currency::CNY;
    let all = open_balances(cny, &ws.data.invoices, &ws.data.payments, today);
    assert!(all.values().any(|v| *v > 0), "the demo has open invoices");
    for a in &ws.data.accounts {
        let (_, totals) = account_invoices(a.id, &ws.data.invoices, &ws.data.payments, today);
        let expected = totals.iter().find(|m| m.currency == cny).map_or(0, |m| m.minor);
        assert_eq!(all.get(&a.id).copied().unwrap_or(0), expected, "{}", a.name);
    }
}
