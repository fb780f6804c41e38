//! RFM value tiers (SPEC §4). Per account with at least one order:
//!
//! - recency: days from its last `ordered_on` to today (the UTC date of
//!   "now"); an order dated after today counts as 0 days;
//! - frequency: how many orders it placed, in any currency;
//! - monetary: what those orders total in minor units of the workspace
//!   currency. Orders in another currency count towards frequency but are
//!   not summed: there is no exchange rate to convert them with.
//!
//! Each is scored 1–5 by quintile over all scored accounts (recency: fewer
//! days is better). Ties follow one rule, the mid-rank quintile: with `n`
//! accounts, `worse` of them strictly worse and `equal` of them (itself
//! included) equal, the score is `1 + floor(5 × (worse + equal / 2) / n)`,
//! at most 5. Equal values always score the same; distinct values spread
//! evenly (10 accounts give two of each score); and when everyone is equal
//! everyone scores 3, not 1 or 5.
//!
//! Accounts without orders are not scored; they are reported as `no_orders`.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::settings::TierRules;
use crate::domain::{Account, Currency, Id, Order, Timestamp};

/// The four tiers of SPEC §4, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    /// 高价值
    HighValue,
    /// 潜力
    Potential,
    /// 一般
    General,
    /// 流失
    Churned,
}

/// How to look after a tier; the UI words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TierStrategy {
    /// A named account manager, priority service, early access, loyalty benefits.
    Vip,
    /// Cross-sell and upsell, regular business reviews, to raise frequency and spend.
    Grow,
    /// Standard service and automated campaigns; watch for movement up or down.
    Maintain,
    /// A win-back call or visit, a reason to come back (offer, new product), exit survey.
    WinBack,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::HighValue, Tier::Potential, Tier::General, Tier::Churned];

    pub fn index(self) -> usize {
        self as usize
    }
    pub fn key(self) -> &'static str {
        ["high_value", "potential", "general", "churned"][self.index()]
    }
    pub fn strategy(self) -> TierStrategy {
        [TierStrategy::Vip, TierStrategy::Grow, TierStrategy::Maintain, TierStrategy::WinBack][self.index()]
    }
}

impl TierStrategy {
    pub fn key(self) -> &'static str {
        match self {
            TierStrategy::Vip => "vip",
            TierStrategy::Grow => "grow",
            TierStrategy::Maintain => "maintain",
            TierStrategy::WinBack => "win_back",
        }
    }
}

/// The raw figures of one account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RfmValues {
    pub account_id: Id,
    pub recency_days: i64,
    pub frequency: u32,
    pub monetary_minor: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RfmScore {
    pub values: RfmValues,
    pub r: u8,
    pub f: u8,
    pub m: u8,
    pub tier: Tier,
    pub segment: super::segments::Segment,
}

/// Accounts, customers' tiers and the tally per tier.
#[derive(Clone, Debug, PartialEq)]
pub struct RfmReport {
    /// In the order of the accounts given.
    pub scored: Vec<RfmScore>,
    /// Accounts without a single order, in the order given.
    pub no_orders: Vec<Id>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TierTotal {
    pub accounts: usize,
    pub monetary_minor: i64,
}

impl RfmReport {
    /// Accounts and spend per tier, indexed like `Tier::ALL`.
    pub fn distribution(&self) -> [TierTotal; 4] {
        let mut out = [TierTotal::default(); 4];
        for s in &self.scored {
            let t = &mut out[s.tier.index()];
            t.accounts += 1;
            t.monetary_minor = t.monetary_minor.saturating_add(s.values.monetary_minor);
        }
        out
    }
    /// One account's score (a scan; use `by_account` for many look-ups).
    pub fn get(&self, account_id: Id) -> Option<&RfmScore> {
        self.scored.iter().find(|s| s.values.account_id == account_id)
    }
    pub fn by_account(&self) -> HashMap<Id, &RfmScore> {
        self.scored.iter().map(|s| (s.values.account_id, s)).collect()
    }
}

/// The figures of every account that ordered, and the ids of those that
/// did not. Orders of unknown accounts are ignored.
pub fn values(accounts: &[Account], orders: &[Order], currency: Currency, today: NaiveDate) -> (Vec<RfmValues>, Vec<Id>) {
    struct Acc {
        last: NaiveDate,
        count: u32,
        spend: i64,
    }
    let mut by_account: HashMap<Id, Acc> = HashMap::with_capacity(accounts.len());
    for o in orders {
        let spend = if o.currency == currency { o.total().minor } else { 0 };
        let a = by_account.entry(o.account_id).or_insert(Acc { last: o.ordered_on, count: 0, spend: 0 });
        a.last = a.last.max(o.ordered_on);
        a.count += 1;
        a.spend = a.spend.saturating_add(spend);
    }
    let mut scored = Vec::with_capacity(by_account.len());
    let mut none = Vec::new();
    for acc in accounts {
        match by_account.get(&acc.id) {
            Some(a) => scored.push(RfmValues {
                account_id: acc.id,
                recency_days: (today - a.last).num_days().max(0),
                frequency: a.count,
                monetary_minor: a.spend,
            }),
            None => none.push(acc.id),
        }
    }
    (scored, none)
}

/// The quintile score of each value, higher values scoring higher (negate
/// a "less is better" figure first). See the module comment for ties.
pub fn quintile_scores(values: &[i64]) -> Vec<u8> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let n = sorted.len() as u128;
    values
        .iter()
        .map(|v| {
            let worse = sorted.partition_point(|x| x < v) as u128;
            let equal = sorted.partition_point(|x| x <= v) as u128 - worse;
            // 1 + floor(5 (worse + equal/2) / n), kept in integers.
            let s = 1 + (5 * (2 * worse + equal)) / (2 * n);
            s.min(5) as u8
        })
        .collect()
}

/// The tier rules, in their order: churned, high-value, potential, general.
pub fn tier_of(rules: &TierRules, v: &RfmValues, r: u8, f: u8, m: u8) -> Tier {
    let old = rules.churned_after_days > 0 && v.recency_days > i64::from(rules.churned_after_days);
    let [hr, hf, hm] = rules.high_value_min;
    if r <= rules.churned_max_r || old {
        Tier::Churned
    } else if r >= hr && f >= hf && m >= hm {
        Tier::HighValue
    } else if r >= rules.potential_min_r && u16::from(f) + u16::from(m) < u16::from(rules.potential_fm_below) {
        Tier::Potential
    } else {
        Tier::General
    }
}

/// Scores and tiers every account. `now`'s UTC date is "today".
pub fn analyse(accounts: &[Account], orders: &[Order], currency: Currency, rules: &TierRules, now: Timestamp) -> RfmReport {
    let (values, no_orders) = values(accounts, orders, currency, now.date_naive());
    let rs = quintile_scores(&values.iter().map(|v| -v.recency_days).collect::<Vec<_>>());
    let fs = quintile_scores(&values.iter().map(|v| i64::from(v.frequency)).collect::<Vec<_>>());
    let ms = quintile_scores(&values.iter().map(|v| v.monetary_minor).collect::<Vec<_>>());
    let scored = values
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let (r, f, m) = (rs[i], fs[i], ms[i]);
            RfmScore { values: v, r, f, m, tier: tier_of(rules, &v, r, f, m), segment: super::segments::segment_of(r, f, m) }
        })
        .collect();
    RfmReport { scored, no_orders }
}
