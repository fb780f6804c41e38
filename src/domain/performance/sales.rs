//! Sales KPIs: revenue, conversion, deal and order size, win rate, cycle.
//!
//! Revenue is the amount of deals won in the period, dated by when the deal
//! entered Won (`deal_rules::entered_stage_at`), not orders: targets and
//! pipeline coverage are about deals, and a won deal is revenue the rep
//! closed even before its orders are placed. Average order value (客单价)
//! is from orders, by order date. Only the workspace currency is summed.

use super::kpi::{mean, median, share, Kpi, KpiKey};
use super::{Ctx, Slice};
use crate::domain::deal_rules::entered_stage_at;
use crate::domain::pipeline::Stage;
use crate::domain::{Deal, LeadStatus, Timestamp};

/// When a closed deal closed; `None` while open.
pub fn closed_at(d: &Deal) -> Option<Timestamp> {
    d.stage.is_closed().then(|| entered_stage_at(d))
}

/// Deals closed in the period (won or lost).
pub fn closed_in<'a>(cx: &Ctx, s: &Slice<'a>) -> Vec<&'a Deal> {
    s.deals.iter().copied().filter(|d| closed_at(d).is_some_and(|t| cx.period.contains_at(t))).collect()
}

fn won_in<'a>(cx: &Ctx, s: &Slice<'a>) -> Vec<&'a Deal> {
    closed_in(cx, s).into_iter().filter(|d| d.stage == Stage::Won).collect()
}

/// Sum of won amounts in the workspace currency, with the other-currency count.
fn money_sum(cx: &Ctx, deals: &[&Deal]) -> (i64, usize) {
    let cur = cx.currency();
    deals.iter().fold((0i64, 0usize), |(sum, other), d| {
        if d.amount.currency == cur {
            (sum.saturating_add(d.amount.minor), other)
        } else {
            (sum, other + 1)
        }
    })
}

pub fn revenue(cx: &Ctx, s: &Slice) -> Kpi {
    let won = won_in(cx, s);
    let (sum, other) = money_sum(cx, &won);
    Kpi { other_currency: other, ..Kpi::new(KpiKey::Revenue, Some(sum as f64), won.iter().map(|d| d.id).collect()) }
}

/// Mean amount of deals won in the period (workspace currency only).
pub fn average_deal_size(cx: &Ctx, s: &Slice) -> Kpi {
    let won = won_in(cx, s);
    let (sum, other) = money_sum(cx, &won);
    let n = won.len() - other;
    let value = (n > 0).then(|| sum as f64 / n as f64);
    Kpi { other_currency: other, ..Kpi::new(KpiKey::AverageDealSize, value, won.iter().map(|d| d.id).collect()) }
}

/// Won ÷ (won + lost) among deals closed in the period.
pub fn win_rate(cx: &Ctx, s: &Slice) -> Kpi {
    let closed = closed_in(cx, s);
    let won = closed.iter().filter(|d| d.stage == Stage::Won).count();
    Kpi::new(KpiKey::WinRate, share(won, closed.len()), closed.iter().map(|d| d.id).collect())
}

/// Days from creation to won, for deals won in the period: (median, mean).
/// Whole days between the UTC dates.
pub fn sales_cycle(cx: &Ctx, s: &Slice) -> (Kpi, Kpi) {
    let won = won_in(cx, s);
    let days: Vec<f64> = won
        .iter()
        .filter_map(|d| Some((closed_at(d)?.date_naive() - d.created_at.date_naive()).num_days() as f64))
        .collect();
    let ids: Vec<_> = won.iter().map(|d| d.id).collect();
    (Kpi::new(KpiKey::SalesCycleMedian, median(&days), ids.clone()), Kpi::new(KpiKey::SalesCycleMean, mean(&days), ids))
}

/// Leads created in the period, and the share converted to a deal so far.
pub fn lead_to_deal(cx: &Ctx, s: &Slice) -> Kpi {
    let leads: Vec<_> = s.leads.iter().filter(|l| cx.period.contains_at(l.created_at)).collect();
    let conv = leads.iter().filter(|l| l.status == LeadStatus::Converted || l.converted_deal_id.is_some()).count();
    Kpi::new(KpiKey::LeadToDeal, share(conv, leads.len()), leads.iter().map(|l| l.id).collect())
}

/// Leads created in the period whose deal has been won (by now).
pub fn lead_to_won(cx: &Ctx, s: &Slice) -> Kpi {
    let leads: Vec<_> = s.leads.iter().filter(|l| cx.period.contains_at(l.created_at)).collect();
    let won = leads
        .iter()
        .filter(|l| l.converted_deal_id.and_then(|d| cx.book.deal(d)).is_some_and(|d| d.stage == Stage::Won))
        .count();
    Kpi::new(KpiKey::LeadToWon, share(won, leads.len()), leads.iter().map(|l| l.id).collect())
}

/// Deals created in the period, and the share won so far.
pub fn deal_to_won(cx: &Ctx, s: &Slice) -> Kpi {
    let deals: Vec<_> = s.deals.iter().filter(|d| cx.period.contains_at(d.created_at)).collect();
    let won = deals.iter().filter(|d| d.stage == Stage::Won).count();
    Kpi::new(KpiKey::DealToWon, share(won, deals.len()), deals.iter().map(|d| d.id).collect())
}

/// Win rate of deals closed in the period, split by customer: *repeat* when
/// the account had an order dated before the deal was created, else *new*.
/// Returns (new, repeat).
pub fn customer_conversion(cx: &Ctx, s: &Slice) -> (Kpi, Kpi) {
    let (mut new, mut repeat): (Vec<&Deal>, Vec<&Deal>) = (Vec::new(), Vec::new());
    for d in closed_in(cx, s) {
        match cx.book.first_order(d.account_id) {
            Some(first) if first < d.created_at.date_naive() => repeat.push(d),
            _ => new.push(d),
        }
    }
    let kpi = |key, v: Vec<&Deal>| {
        let won = v.iter().filter(|d| d.stage == Stage::Won).count();
        Kpi::new(key, share(won, v.len()), v.iter().map(|d| d.id).collect())
    };
    (kpi(KpiKey::NewCustomerConversion, new), kpi(KpiKey::RepeatCustomerConversion, repeat))
}

/// Accounts whose first order (over all owners) falls in the period, counted
/// for the owner of that order. Records: the accounts.
pub fn new_customers(cx: &Ctx, s: &Slice) -> Kpi {
    let mut ids: Vec<_> = s
        .orders
        .iter()
        .filter(|o| cx.period.contains(o.ordered_on) && cx.book.first_order(o.account_id) == Some(o.ordered_on))
        .map(|o| o.account_id)
        .collect();
    let mut seen = std::collections::HashSet::new();
    ids.retain(|a| seen.insert(*a));
    Kpi::new(KpiKey::NewCustomers, Some(ids.len() as f64), ids)
}

/// Mean order total over orders placed in the period (workspace currency).
pub fn average_order_value(cx: &Ctx, s: &Slice) -> Kpi {
    let cur = cx.currency();
    let orders: Vec<_> = s.orders.iter().filter(|o| cx.period.contains(o.ordered_on)).collect();
    let (mut sum, mut n, mut other) = (0i64, 0usize, 0usize);
    for o in &orders {
        let t = o.total();
        if t.currency == cur {
            sum = sum.saturating_add(t.minor);
            n += 1;
        } else {
            other += 1;
        }
    }
    let value = (n > 0).then(|| sum as f64 / n as f64);
    Kpi { other_currency: other, ..Kpi::new(KpiKey::AverageOrderValue, value, orders.iter().map(|o| o.id).collect()) }
}

/// Average order value's change vs the previous period, in percent. Records:
/// this period's orders (the previous period's come from the same call
/// with `cx.previous()`).
pub fn average_order_value_trend(cx: &Ctx, s: &Slice) -> Kpi {
    let now = average_order_value(cx, s);
    let value = cx.previous().and_then(|p| now.change_percent(&average_order_value(&p, s)));
    Kpi::new(KpiKey::AverageOrderValueTrend, value, now.records)
}
