//! Lifecycle stage per account (SPEC §4), derived from its history. The
//! rules, first match wins (thresholds from `LifecycleRules`):
//!
//! With at least one order:
//! 1. no order for `churn_days` or more → Churn;
//! 2. last order more than `active_days` ago → Decline;
//! 3. orders in the last 12 months (days 0–364 before today) fewer than
//!    `decline_percent` % of the 12 months before (days 365–729) → Decline;
//! 4. first order at most `new_months` months ago → Development;
//! 5. fewer than `mature_orders` orders → Development;
//! 6. otherwise → Maturity.
//!
//! Without orders:
//! 7. a won deal → Development (signed, not yet delivered);
//! 8. an open deal past the first stage → Development;
//! 9. touched (an activity, or a deal's last activity, dated today or
//!    earlier) within `engaged_days` → Development;
//! 10. otherwise → Awareness.
//!
//! Every stage comes with the rule that fired and its numbers, so the UI
//! can explain it, and a stable key for the suggested approach.

use std::collections::HashMap;

use chrono::{Months, NaiveDate};

use super::settings::LifecycleRules;
use crate::domain::pipeline::Stage;
use crate::domain::{Account, Activity, Deal, Id, Order, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LifecycleStage {
    /// 认知期
    Awareness,
    /// 开发期
    Development,
    /// 成熟期
    Maturity,
    /// 衰退期
    Decline,
    /// 流失期
    Churn,
}

/// Which rule placed the account, with the figures it compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LifecycleReason {
    NoOrderFor { days: i64, churn_days: u32 },
    LastOrderOld { days: i64, active_days: u32 },
    OrdersFalling { last_12_months: u32, previous_12_months: u32, percent: u32 },
    NewCustomer { first_order: NaiveDate, months: u32 },
    FewOrders { orders: u32, needed: u32 },
    Steady { orders: u32, last_order_days: i64 },
    WonDeal,
    OpenDealAdvanced { stage: Stage },
    RecentTouch { days: i64, engaged_days: u32 },
    NoEngagement,
}

/// How to work an account in a stage; the UI words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Approach {
    /// Content, events and light-touch nurture until there is a need.
    Nurture,
    /// Onboarding, regular check-ins, a first cross-sell once it is live.
    Develop,
    /// Business reviews, upsell and loyalty programmes; protect the account.
    Retain,
    /// Find out why buying slowed (visit, survey) and fix it.
    Rescue,
    /// A win-back offer or a new-product introduction; otherwise let go.
    WinBack,
}

/// The people and material a stage calls for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resource {
    MarketingContent,
    Events,
    SalesRep,
    PreSalesEngineer,
    OnboardingSpecialist,
    AccountManager,
    CustomerSuccess,
    ExecutiveSponsor,
    SatisfactionSurvey,
    Offer,
}

impl LifecycleStage {
    pub const ALL: [LifecycleStage; 5] = [
        LifecycleStage::Awareness,
        LifecycleStage::Development,
        LifecycleStage::Maturity,
        LifecycleStage::Decline,
        LifecycleStage::Churn,
    ];

    pub fn index(self) -> usize {
        self as usize
    }
    pub fn key(self) -> &'static str {
        ["awareness", "development", "maturity", "decline", "churn"][self.index()]
    }
    pub fn approach(self) -> Approach {
        [Approach::Nurture, Approach::Develop, Approach::Retain, Approach::Rescue, Approach::WinBack][self.index()]
    }
    pub fn resources(self) -> &'static [Resource] {
        use Resource as R;
        match self {
            LifecycleStage::Awareness => &[R::MarketingContent, R::Events],
            LifecycleStage::Development => &[R::SalesRep, R::PreSalesEngineer, R::OnboardingSpecialist],
            LifecycleStage::Maturity => &[R::AccountManager, R::CustomerSuccess],
            LifecycleStage::Decline => &[R::AccountManager, R::ExecutiveSponsor, R::SatisfactionSurvey],
            LifecycleStage::Churn => &[R::SalesRep, R::Offer],
        }
    }
}

impl Resource {
    pub fn key(self) -> &'static str {
        match self {
            Resource::MarketingContent => "marketing_content",
            Resource::Events => "events",
            Resource::SalesRep => "sales_rep",
            Resource::PreSalesEngineer => "pre_sales_engineer",
            Resource::OnboardingSpecialist => "onboarding_specialist",
            Resource::AccountManager => "account_manager",
            Resource::CustomerSuccess => "customer_success",
            Resource::ExecutiveSponsor => "executive_sponsor",
            Resource::SatisfactionSurvey => "satisfaction_survey",
            Resource::Offer => "offer",
        }
    }
}

impl Approach {
    pub fn key(self) -> &'static str {
        match self {
            Approach::Nurture => "nurture",
            Approach::Develop => "develop",
            Approach::Retain => "retain",
            Approach::Rescue => "rescue",
            Approach::WinBack => "win_back",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifecycle {
    pub stage: LifecycleStage,
    pub reason: LifecycleReason,
}

/// What the rules read from one account's records.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// Order dates, any order.
    pub order_dates: Vec<NaiveDate>,
    pub won_deal: bool,
    /// The furthest stage of its open deals.
    pub open_stage: Option<Stage>,
    /// Date of the latest activity dated today or earlier.
    pub last_touch: Option<NaiveDate>,
}

impl History {
    /// One account's deals, orders and activities (the caller has filtered them).
    pub fn of(deals: &[&Deal], orders: &[&Order], activities: &[&Activity], today: NaiveDate) -> History {
        let mut h = History { order_dates: orders.iter().map(|o| o.ordered_on).collect(), ..History::default() };
        for d in deals {
            h.add_deal(d, today);
        }
        for a in activities {
            h.add_touch(a.at.date_naive(), today);
        }
        h
    }
    fn add_deal(&mut self, d: &Deal, today: NaiveDate) {
        if let Some(at) = d.last_activity_at {
            self.add_touch(at.date_naive(), today);
        }
        match d.stage {
            Stage::Won => self.won_deal = true,
            Stage::Lost => {}
            s => self.open_stage = self.open_stage.max(Some(s)),
        }
    }
    fn add_touch(&mut self, day: NaiveDate, today: NaiveDate) {
        // A planned call next week is not a touch yet.
        if day <= today {
            self.last_touch = self.last_touch.max(Some(day));
        }
    }
}

/// The stage of one account, by the rules in the module comment.
pub fn classify(rules: &LifecycleRules, h: &History, today: NaiveDate) -> Lifecycle {
    use LifecycleReason as W;
    use LifecycleStage as S;
    let at = |stage, reason| Lifecycle { stage, reason };
    let (Some(&first), Some(&last)) = (h.order_dates.iter().min(), h.order_dates.iter().max()) else {
        if h.won_deal {
            return at(S::Development, W::WonDeal);
        }
        if let Some(stage) = h.open_stage.filter(|s| *s > Stage::Identify) {
            return at(S::Development, W::OpenDealAdvanced { stage });
        }
        return match h.last_touch.map(|d| (today - d).num_days()) {
            Some(days) if days <= i64::from(rules.engaged_days) => {
                at(S::Development, W::RecentTouch { days, engaged_days: rules.engaged_days })
            }
            _ => at(S::Awareness, W::NoEngagement),
        };
    };
    let days = (today - last).num_days().max(0);
    if days >= i64::from(rules.churn_days) {
        return at(S::Churn, W::NoOrderFor { days, churn_days: rules.churn_days });
    }
    if days > i64::from(rules.active_days) {
        return at(S::Decline, W::LastOrderOld { days, active_days: rules.active_days });
    }
    let (mut recent, mut previous) = (0u32, 0u32);
    for d in &h.order_dates {
        match (today - *d).num_days() {
            0..=364 => recent += 1,
            365..=729 => previous += 1,
            _ => {}
        }
    }
    let percent = rules.decline_percent;
    if u64::from(recent) * 100 < u64::from(previous) * u64::from(percent) {
        return at(S::Decline, W::OrdersFalling { last_12_months: recent, previous_12_months: previous, percent });
    }
    let new_since = today.checked_sub_months(Months::new(rules.new_months)).unwrap_or(NaiveDate::MIN);
    if first >= new_since {
        return at(S::Development, W::NewCustomer { first_order: first, months: rules.new_months });
    }
    let orders = h.order_dates.len() as u32;
    if orders < rules.mature_orders {
        return at(S::Development, W::FewOrders { orders, needed: rules.mature_orders });
    }
    at(S::Maturity, W::Steady { orders, last_order_days: days })
}

/// Every account's stage, gathering each one's history in one pass over
/// the records. An activity on a deal counts for the deal's account.
pub fn classify_all(
    rules: &LifecycleRules,
    accounts: &[Account],
    deals: &[Deal],
    orders: &[Order],
    activities: &[Activity],
    now: Timestamp,
) -> HashMap<Id, Lifecycle> {
    let today = now.date_naive();
    let mut hist: HashMap<Id, History> = accounts.iter().map(|a| (a.id, History::default())).collect();
    let mut deal_account: HashMap<Id, Id> = HashMap::with_capacity(deals.len());
    for d in deals {
        deal_account.insert(d.id, d.account_id);
        if let Some(h) = hist.get_mut(&d.account_id) {
            h.add_deal(d, today);
        }
    }
    for o in orders {
        if let Some(h) = hist.get_mut(&o.account_id) {
            h.order_dates.push(o.ordered_on);
        }
    }
    for a in activities {
        let account = a.account_id.or_else(|| a.deal_id.and_then(|d| deal_account.get(&d).copied()));
        if let Some(h) = account.and_then(|id| hist.get_mut(&id)) {
            h.add_touch(a.at.date_naive(), today);
        }
    }
    hist.into_iter().map(|(id, h)| (id, classify(rules, &h, today))).collect()
}
