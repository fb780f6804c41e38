//! The order a won deal becomes, and orders typed by hand.

use chrono::{NaiveDate, TimeZone, Utc};

use crate::domain::customers::orders::*;
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::pipeline::Stage;
use crate::domain::{Currency, Id, Money, Product, Timestamp, Workspace};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}
fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn demo() -> Workspace {
    generate(DemoSize::Small, Lang::En, 11)
}

fn product(ws: &Workspace, n: u128, list_minor: i64) -> Product {
    let mut p = ws.data.products[0].clone();
    p.id = Id::from_u128(n);
    p.list_price = Money::cny(list_minor);
    p
}

#[test]
fn a_won_deal_becomes_an_order_whose_lines_add_up_to_the_deal_amount() {
    let ws = demo();
    let products = [product(&ws, 1, 100), product(&ws, 2, 200)];
    let mut deal = ws.data.deals[0].clone();
    deal.stage = Stage::Won;
    deal.amount = Money::cny(100_000);
    deal.product_ids = vec![Id::from_u128(1), Id::from_u128(2)];
    let (order, inv) = order_for_won_deal(&deal, &[], &products, &[], 41, Id::from_u128(7), Id::from_u128(8), now()).unwrap();
    // 1 : 2 of 1,000.00 = 333.33 + 666.67 (the larger remainder gets the cent).
    let prices: Vec<i64> = order.lines.iter().map(|l| l.unit_price_minor).collect();
    assert_eq!(prices, vec![33_333, 66_667]);
    assert_eq!((order.deal_id, order.account_id, order.ordered_on), (Some(deal.id), deal.account_id, d(2026, 11, 27)));
    assert_eq!((inv.amount, inv.due_on, inv.number.as_str()), (Money::cny(100_000), d(2026, 12, 27), "INV-2026-000042"));
    assert_eq!(inv.order_id, Some(order.id));

    let again = order_for_won_deal(&deal, &[], &products, &[order], 42, Id::from_u128(9), Id::from_u128(10), now());
    assert_eq!(again.unwrap_err(), NoOrder::AlreadyOrdered);
    deal.product_ids.clear();
    assert_eq!(order_for_won_deal(&deal, &[], &products, &[], 0, Id::from_u128(9), Id::from_u128(10), now()).unwrap_err(), NoOrder::NoProducts);
    deal.stage = Stage::DecisionFollowUp;
    assert_eq!(order_for_won_deal(&deal, &[], &products, &[], 0, Id::from_u128(9), Id::from_u128(10), now()).unwrap_err(), NoOrder::NotWon);
}

fn line(product: Option<u128>, qty: &str, price: &str) -> LineInput {
    LineInput { product_id: product.map(Id::from_u128), quantity: qty.into(), unit_price: price.into() }
}

#[test]
fn a_typed_order_keeps_complete_lines_and_names_incomplete_ones() {
    let a = Id::from_u128(1);
    let order = new_order(a, &[line(Some(5), "3", "12.50"), line(None, "", "")], d(2026, 11, 20), Currency::CNY, Id::from_u128(2), now()).unwrap();
    assert_eq!(order.lines.len(), 1, "the blank line is ignored");
    assert_eq!(order.total(), Money::cny(3_750));
    let err = new_order(a, &[line(Some(5), "0", "1"), line(None, "2", "1"), line(Some(5), "1", "x")], d(2026, 11, 20), Currency::CNY, Id::from_u128(2), now());
    assert_eq!(err.unwrap_err(), vec![OrderError::Line(1), OrderError::Line(2), OrderError::Line(3)]);
    let err = new_order(a, &[], d(2026, 11, 28), Currency::CNY, Id::from_u128(2), now());
    assert_eq!(err.unwrap_err(), vec![OrderError::NoLines, OrderError::DateInFuture]);
}
