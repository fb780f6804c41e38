//! The customer analytics as memos over the store, shared by the account
//! page and the tiers, satisfaction and cross-sell pages. Each recomputes
//! only when the records it reads change (a few milliseconds on the large
//! demo, measured in the domain's timing test).

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::customers::{analyse, classify_all, mine, AssocRule, Lifecycle, LifecycleReason, RfmReport};
use crate::domain::Id;
use crate::i18n::{format as fmt, Locale, Texts};
use crate::ui::state::{ClockCtx, DataCtx, DbStoreFields};

pub fn rfm_memo(data: DataCtx, clock: ClockCtx) -> Memo<RfmReport> {
    Memo::new(move |_| {
        let now = clock.now();
        let (currency, rules) = data.db.settings().with(|s| (s.currency, s.customers.tiers.clone()));
        data.db.accounts().with(|a| data.db.orders().with(|o| analyse(a, o, currency, &rules, now)))
    })
}

pub fn lifecycle_memo(data: DataCtx, clock: ClockCtx) -> Memo<HashMap<Id, Lifecycle>> {
    Memo::new(move |_| {
        let now = clock.now();
        let rules = data.db.settings().with(|s| s.customers.lifecycle.clone());
        let db = data.db;
        let (accounts, deals, orders, activities) = (db.accounts().read(), db.deals().read(), db.orders().read(), db.activities().read());
        classify_all(&rules, &accounts, &deals, &orders, &activities, now)
    })
}

pub fn rules_memo(data: DataCtx) -> Memo<Vec<AssocRule>> {
    Memo::new(move |_| {
        let rules = data.db.settings().with(|s| s.customers.basket.clone());
        data.db.orders().with(|o| mine(o, &rules))
    })
}

/// Product names by id, for rules and recommendations.
pub fn product_names(data: DataCtx) -> Memo<HashMap<Id, String>> {
    Memo::new(move |_| data.db.products().with(|p| p.iter().map(|p| (p.id, p.name.clone())).collect()))
}

pub fn reason_text(t: &Texts, locale: Locale, r: LifecycleReason) -> String {
    let i = &t.insights;
    match r {
        LifecycleReason::NoOrderFor { days, churn_days } => (i.reason_no_order_for)(days, churn_days),
        LifecycleReason::LastOrderOld { days, active_days } => (i.reason_last_order_old)(days, active_days),
        LifecycleReason::OrdersFalling { last_12_months, previous_12_months, percent } => {
            (i.reason_orders_falling)(last_12_months, previous_12_months, percent)
        }
        LifecycleReason::NewCustomer { first_order, months } => (i.reason_new_customer)(&fmt::date(first_order, locale), months),
        LifecycleReason::FewOrders { orders, needed } => (i.reason_few_orders)(orders, needed),
        LifecycleReason::Steady { orders, last_order_days } => (i.reason_steady)(orders, last_order_days),
        LifecycleReason::WonDeal => i.reason_won_deal.into(),
        LifecycleReason::OpenDealAdvanced { stage } => (i.reason_open_deal)(t.stages[stage.index()]),
        LifecycleReason::RecentTouch { days, engaged_days } => (i.reason_recent_touch)(days, engaged_days),
        LifecycleReason::NoEngagement => i.reason_no_engagement.into(),
    }
}

/// A share as a percentage with one decimal ("12.5 %").
pub fn pct(x: f64) -> String {
    format!("{:.1} %", x * 100.0)
}
