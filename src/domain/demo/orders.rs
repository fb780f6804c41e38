//! Orders (from won deals, plus three years of repeat business for RFM and
//! seasonality), one invoice per order and the payments against it.

use chrono::{Datelike, Duration, NaiveDate};

use super::ctx::{Gen, World};
use crate::domain::pipeline::Stage;
use crate::domain::{Currency, Id, Invoice, Money, Order, OrderLine, Payment};

/// Relative order volume per calendar month: slow around Spring Festival,
/// strong at quarter ends and before year end.
const SEASON: [i64; 12] = [75, 55, 105, 90, 95, 115, 85, 90, 110, 95, 115, 140];

/// Products often bought together (catalogue indexes), so cross-sell rules
/// have real associations to find.
const PAIRS: [(usize, usize); 5] = [(2, 8), (3, 10), (0, 4), (1, 11), (9, 3)];

const METHODS: &[(&str, &str)] =
    &[("银行转账", "Bank transfer"), ("银行承兑汇票", "Bank acceptance bill"), ("支付宝企业付款", "Alipay business")];

fn lines_for(w: &World, products: &[usize], amount_minor: i64) -> Vec<OrderLine> {
    let n = products.len().max(1) as i64;
    let mut left = amount_minor;
    products
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let share = if i as i64 == n - 1 { left } else { amount_minor / n };
            left -= share;
            let list = w.products[p].list_minor.max(1);
            let quantity = (share / list).clamp(1, 10_000);
            // Negotiated unit price, so the lines add up to about the agreed amount.
            OrderLine {
                product_id: w.products[p].id,
                quantity: quantity as u32,
                unit_price_minor: (share / quantity).max(1),
            }
        })
        .collect()
}

fn push_order(g: &mut Gen, w: &mut World, account: usize, deal: Option<usize>, on: NaiveDate, lines: Vec<OrderLine>) {
    let created_at = g.at_on_past(on);
    let id = g.id(created_at);
    let order = Order {
        id,
        created_at,
        updated_at: created_at,
        account_id: w.accounts[account].id,
        deal_id: deal.map(|d| w.data.deals[d].id),
        ordered_on: on,
        currency: Currency::CNY,
        lines,
        external_id: None,
    };
    let total = order.total();
    w.data.orders.push(order);
    w.accounts[account].customer = true;
    let contract = deal.and_then(|d| w.deals[d].contract);
    invoice(g, w, account, id, contract, on, total);
}

fn invoice(g: &mut Gen, w: &mut World, account: usize, order: Id, contract: Option<Id>, on: NaiveDate, amount: Money) {
    let issued_on = (on + Duration::days(g.range(0, 5))).min(g.today);
    let due_on = issued_on + Duration::days(if g.chance(60) { 30 } else { 60 });
    let created_at = g.at_on_past(issued_on);
    let id = g.id(created_at);
    let number = format!("INV-{}-{:06}", issued_on.year(), w.data.invoices.len() + 1);
    let account_id = w.accounts[account].id;
    w.data.invoices.push(Invoice {
        id,
        created_at,
        updated_at: created_at,
        account_id,
        order_id: Some(order),
        contract_id: contract,
        number,
        issued_on,
        due_on,
        amount,
        external_id: None,
    });

    let risky = w.accounts[account].risky || w.accounts[account].churned;
    let overdue = due_on < g.today;
    // 0 = paid in full, 1 = partly paid, 2 = unpaid.
    let state = match (overdue, risky) {
        (true, false) => g.weighted(&[84, 7, 9]),
        (true, true) => g.weighted(&[55, 20, 25]),
        (false, _) => g.weighted(&[35, 15, 50]),
    };
    let term = (due_on - issued_on).num_days();
    let pay = |g: &mut Gen, w: &mut World, minor: i64, earliest: NaiveDate| -> NaiveDate {
        let paid_on = (earliest + Duration::days(g.range(3, term + 15))).min(g.today);
        let at = g.at_on_past(paid_on);
        let pid = g.id(at);
        let method = g.pick_t(METHODS).to_string();
        w.data.payments.push(Payment {
            id: pid,
            created_at: at,
            updated_at: at,
            invoice_id: id,
            account_id,
            paid_on,
            amount: Money::new(minor, amount.currency),
            method,
            external_id: None,
        });
        paid_on
    };
    match state {
        0 if g.chance(15) => {
            // Paid in two instalments.
            let first = amount.minor * g.range(30, 70) / 100;
            let on = pay(g, w, first, issued_on);
            pay(g, w, amount.minor - first, on);
        }
        0 => {
            pay(g, w, amount.minor, issued_on);
        }
        1 => {
            let part = amount.minor * g.range(20, 70) / 100;
            pay(g, w, part, issued_on);
        }
        _ => {}
    }
}

pub(super) fn orders(g: &mut Gen, w: &mut World, repeat: usize) {
    for d in 0..w.data.deals.len() {
        if w.data.deals[d].stage != Stage::Won {
            continue;
        }
        let closed = w.deals[d].closed_at.unwrap_or(g.now).date_naive();
        let on = (closed + Duration::days(g.range(0, 7))).min(g.today);
        let products: Vec<usize> =
            w.data.deals[d].product_ids.iter().filter_map(|id| w.products.iter().position(|p| p.id == *id)).collect();
        let lines = lines_for(w, &products, w.data.deals[d].amount.minor);
        push_order(g, w, w.deals[d].account, Some(d), on, lines);
    }

    let n = w.accounts.len();
    let three_years = g.today - Duration::days(3 * 365);
    for _ in 0..repeat {
        // Squaring skews frequency: a few accounts order often, most rarely.
        let x = g.range(0, 999);
        let account = ((n as i64 * x * x) / 1_000_000) as usize % n.max(1);
        let acc = &w.accounts[account];
        let start = acc.created_at.date_naive().max(three_years);
        let end = if acc.churned { g.today - Duration::days(400) } else { g.today };
        if end <= start {
            continue;
        }
        let span = (end - start).num_days();
        let on = loop {
            let day = start + Duration::days(g.range(0, span));
            // Business grows ~30 % over three years on top of the season.
            let growth = 100 + 30 * (day - three_years).num_days() / (3 * 365);
            if g.range(0, 140 * 130) < SEASON[day.month0() as usize] * growth {
                break day;
            }
        };
        let first = g.below(w.products.len());
        let mut products = vec![first];
        if let Some(&(_, other)) = PAIRS.iter().find(|(a, _)| *a == first) {
            if other < w.products.len() && g.chance(60) {
                products.push(other);
            }
        } else if g.chance(25) {
            let other = g.below(w.products.len());
            if other != first {
                products.push(other);
            }
        }
        let budget = (g.deal_yuan() / 3).max(2_000) * 100;
        let lines: Vec<OrderLine> = products
            .iter()
            .map(|&p| {
                let list = w.products[p].list_minor.max(1);
                let quantity = (budget / products.len() as i64 / list).clamp(1, 2_000) as u32;
                OrderLine { product_id: w.products[p].id, quantity, unit_price_minor: list }
            })
            .collect();
        push_order(g, w, account, None, on, lines);
    }
}
