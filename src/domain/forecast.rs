//! Sales forecast (SPEC §3): probability-weighted open pipeline by expected
//! close month, and totals per forecast category per owner or team.
//!
//! Weighting: each deal's weighted amount is `amount × stage probability /
//! 100` rounded half away from zero *per deal* (as [`pipeline::weighted`]
//! does), then summed. Rounding per deal rather than per bucket makes the
//! months add up exactly to the whole, whatever way the deals are grouped.
//! Only deals in the workspace currency are summed; others are counted in
//! `other_currency`, never converted.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::money::saturate;
use super::pipeline::{self, Stage};
use super::{Currency, Deal, ForecastCategory, Id, Money, Settings};

/// A calendar month; orders chronologically and prints as `YYYY-MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    pub fn of(date: NaiveDate) -> YearMonth {
        YearMonth { year: date.year(), month: date.month() }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Deals summed into one bucket: face amount, weighted amount, count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bucket {
    pub count: usize,
    pub amount: Money,
    pub weighted: Money,
}

/// i128 accumulator so long lists cannot overflow before the final clamp.
#[derive(Clone, Copy, Debug, Default)]
struct Acc {
    count: usize,
    amount: i128,
    weighted: i128,
}

impl Acc {
    fn add(&mut self, deal: &Deal, settings: &Settings) {
        self.count += 1;
        self.amount += deal.amount.minor as i128;
        self.weighted += pipeline::weighted(deal.amount, deal.stage, settings).minor as i128;
    }
    fn bucket(self, currency: Currency) -> Bucket {
        Bucket {
            count: self.count,
            amount: Money::new(saturate(self.amount), currency),
            weighted: Money::new(saturate(self.weighted), currency),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthlyForecast {
    /// Months that have deals, earliest first.
    pub months: Vec<(YearMonth, Bucket)>,
    /// Open deals without an expected close date.
    pub unscheduled: Bucket,
    /// Open deals in another currency than the workspace's.
    pub other_currency: usize,
}

/// Weighted open pipeline (stages before won/lost) by expected close month.
/// Every open deal counts, whatever its forecast category: this is the
/// statistical view; the categories below are the rep's judgement.
pub fn weighted_by_month<'a>(deals: impl IntoIterator<Item = &'a Deal>, settings: &Settings) -> MonthlyForecast {
    let mut months: BTreeMap<YearMonth, Acc> = BTreeMap::new();
    let mut unscheduled = Acc::default();
    let mut other_currency = 0;
    for d in deals.into_iter().filter(|d| !d.stage.is_closed()) {
        if d.amount.currency != settings.currency {
            other_currency += 1;
            continue;
        }
        match d.expected_close {
            Some(date) => months.entry(YearMonth::of(date)).or_default().add(d, settings),
            None => unscheduled.add(d, settings),
        }
    }
    let cur = settings.currency;
    MonthlyForecast {
        months: months.into_iter().map(|(m, acc)| (m, acc.bucket(cur))).collect(),
        unscheduled: unscheduled.bucket(cur),
        other_currency,
    }
}

/// Totals per forecast category. Omitted deals and lost deals are left out;
/// won deals count in whatever category they carry (moving a deal to won
/// sets it to Closed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CategoryTotals {
    pub pipeline: Bucket,
    pub best_case: Bucket,
    pub commit: Bucket,
    pub closed: Bucket,
    /// Counted deals in another currency than the workspace's.
    pub other_currency: usize,
}

impl CategoryTotals {
    pub fn get(&self, category: ForecastCategory) -> Option<&Bucket> {
        match category {
            ForecastCategory::Pipeline => Some(&self.pipeline),
            ForecastCategory::BestCase => Some(&self.best_case),
            ForecastCategory::Commit => Some(&self.commit),
            ForecastCategory::Closed => Some(&self.closed),
            ForecastCategory::Omitted => None,
        }
    }
}

const ORDER: [ForecastCategory; 4] =
    [ForecastCategory::Pipeline, ForecastCategory::BestCase, ForecastCategory::Commit, ForecastCategory::Closed];

#[derive(Clone, Copy, Default)]
struct CategoryAcc {
    acc: [Acc; 4],
    other_currency: usize,
}

impl CategoryAcc {
    fn add(&mut self, d: &Deal, settings: &Settings) {
        let Some(i) = ORDER.iter().position(|c| *c == d.forecast) else { return };
        if d.stage == Stage::Lost {
            return;
        }
        if d.amount.currency != settings.currency {
            self.other_currency += 1;
        } else {
            self.acc[i].add(d, settings);
        }
    }
    fn totals(self, currency: Currency) -> CategoryTotals {
        let [pipeline, best_case, commit, closed] = self.acc.map(|a| a.bucket(currency));
        CategoryTotals { pipeline, best_case, commit, closed, other_currency: self.other_currency }
    }
}

/// Category totals over the deals owned by any of `owners` (a team, or one
/// person with a one-element slice).
pub fn category_totals<'a>(
    deals: impl IntoIterator<Item = &'a Deal>,
    owners: &[Id],
    settings: &Settings,
) -> CategoryTotals {
    let mut acc = CategoryAcc::default();
    for d in deals.into_iter().filter(|d| owners.contains(&d.owner_id)) {
        acc.add(d, settings);
    }
    acc.totals(settings.currency)
}

/// Category totals for every owner that has deals, keyed by owner id.
pub fn category_totals_by_owner<'a>(
    deals: impl IntoIterator<Item = &'a Deal>,
    settings: &Settings,
) -> BTreeMap<Id, CategoryTotals> {
    let mut by: BTreeMap<Id, CategoryAcc> = BTreeMap::new();
    for d in deals {
        by.entry(d.owner_id).or_default().add(d, settings);
    }
    by.into_iter().map(|(id, acc)| (id, acc.totals(settings.currency))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Negotiation;
    use chrono::{TimeZone, Utc};

    const A: u128 = 1;
    const B: u128 = 2;

    fn deal(
        owner: u128,
        stage: Stage,
        amount: Money,
        close: Option<(i32, u32, u32)>,
        forecast: ForecastCategory,
    ) -> Deal {
        let t = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
        Deal {
            external_id: None,
            id: Id::from_u128(1000),
            created_at: t,
            updated_at: t,
            name: String::new(),
            account_id: Id::from_u128(500),
            contact_id: None,
            owner_id: Id::from_u128(owner),
            stage,
            amount,
            expected_close: close.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            product_ids: Vec::new(),
            forecast,
            lost_reason: None,
            stage_history: Vec::new(),
            rank: 0,
            lead_id: None,
            negotiation: Negotiation::default(),
            checklist: Vec::new(),
            last_activity_at: None,
            support_requests: Vec::new(),
        }
    }
    fn sample() -> Vec<Deal> {
        use ForecastCategory::*;
        vec![
            deal(A, Stage::Identify, Money::cny(1_000_000), Some((2026, 12, 15)), Pipeline), // 10 % → 100,000
            deal(A, Stage::NeedsConfirmed, Money::cny(1_000_001), Some((2026, 12, 1)), BestCase), // 25 % → 250,000.25 → 250,000
            deal(B, Stage::SolutionMatched, Money::cny(333), Some((2027, 1, 10)), Commit),        // 50 % → 166.5 → 167
            deal(B, Stage::DecisionFollowUp, Money::cny(2_000_000), None, Commit),                // 75 % → 1,500,000
            deal(A, Stage::Won, Money::cny(5_000_000), Some((2026, 11, 20)), Closed), // closed: not in months
            deal(B, Stage::Lost, Money::cny(700_000), None, Omitted),
            deal(A, Stage::SolutionMatched, Money::new(1_000, Currency::USD), Some((2026, 12, 2)), Pipeline),
            deal(B, Stage::DecisionFollowUp, Money::cny(400_000), Some((2026, 12, 31)), Omitted), // 75 % → 300,000
        ]
    }
    fn bucket(count: usize, amount: i64, weighted: i64) -> Bucket {
        Bucket { count, amount: Money::cny(amount), weighted: Money::cny(weighted) }
    }

    #[test]
    fn weighted_pipeline_by_close_month() {
        let f = weighted_by_month(&sample(), &Settings::default());
        let dec = YearMonth { year: 2026, month: 12 };
        let jan = YearMonth { year: 2027, month: 1 };
        // December: 100,000 + 250,000 + 300,000; amounts 1,000,000 + 1,000,001 + 400,000.
        assert_eq!(f.months, vec![(dec, bucket(3, 2_400_001, 650_000)), (jan, bucket(1, 333, 167))]);
        assert_eq!(f.unscheduled, bucket(1, 2_000_000, 1_500_000));
        assert_eq!(f.other_currency, 1);
        assert_eq!(dec.to_string(), "2026-12");
        assert_eq!(YearMonth { year: 33, month: 2 }.to_string(), "0033-02");
    }

    #[test]
    fn weighting_rounds_per_deal() {
        let two = [0, 1]
            .map(|_| deal(A, Stage::SolutionMatched, Money::cny(333), Some((2026, 12, 1)), ForecastCategory::Commit));
        // 166.5 → 167 twice = 334 (rounding the bucket's 333 would lose the total's consistency).
        assert_eq!(weighted_by_month(&two, &Settings::default()).months[0].1.weighted, Money::cny(334));
        let mut s = Settings::default();
        s.stage_probability[Stage::SolutionMatched.index()] = 20;
        assert_eq!(weighted_by_month(&two, &s).months[0].1.weighted, Money::cny(134));
        // 66.6 → 67, twice
    }

    #[test]
    fn category_totals_per_owner_and_team() {
        let deals = sample();
        let s = Settings::default();
        let a = category_totals(&deals, &[Id::from_u128(A)], &s);
        assert_eq!(a.pipeline, bucket(1, 1_000_000, 100_000));
        assert_eq!(a.best_case, bucket(1, 1_000_001, 250_000));
        assert_eq!(a.commit, bucket(0, 0, 0));
        assert_eq!(a.closed, bucket(1, 5_000_000, 5_000_000));
        assert_eq!(a.other_currency, 1);
        let b = category_totals(&deals, &[Id::from_u128(B)], &s);
        // Lost and omitted deals of B are left out: commit = 333 + 2,000,000.
        assert_eq!(b.commit, bucket(2, 2_000_333, 1_500_167));
        assert_eq!((b.pipeline.count, b.closed.count, b.other_currency), (0, 0, 0));
        let team = category_totals(&deals, &[Id::from_u128(A), Id::from_u128(B)], &s);
        assert_eq!((team.pipeline.count, team.best_case.count, team.commit.count, team.closed.count), (1, 1, 2, 1));
        assert_eq!(team.get(ForecastCategory::Commit), Some(&b.commit));
        assert_eq!(team.get(ForecastCategory::Omitted), None);
        let by = category_totals_by_owner(&deals, &s);
        assert_eq!((by.get(&Id::from_u128(A)), by.get(&Id::from_u128(B))), (Some(&a), Some(&b)));
        assert_eq!(category_totals(&deals, &[Id::from_u128(9)], &s).closed.count, 0);
    }

    #[test]
    fn a_lost_deal_never_counts_even_if_its_category_says_so() {
        let d = [deal(A, Stage::Lost, Money::cny(10), None, ForecastCategory::Commit)];
        assert_eq!(category_totals(&d, &[Id::from_u128(A)], &Settings::default()).commit.count, 0);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn months_add_up_to_the_weighted_open_pipeline(
            raw in proptest::collection::vec(
                (0usize..6, -1_000_000_000_000i64..1_000_000_000_000, proptest::option::of((2020i32..2030, 1u32..13)), proptest::bool::weighted(0.9)),
                0..80,
            ),
            probs in proptest::array::uniform6(0u8..=100),
        ) {
            let s = Settings { stage_probability: probs, ..Settings::default() };
            let deals: Vec<Deal> = raw
                .iter()
                .map(|&(stage, minor, close, cny)| {
                    let cur = if cny { Currency::CNY } else { Currency::USD };
                    deal(A, Stage::ALL[stage], Money::new(minor, cur), close.map(|(y, m)| (y, m, 1)), ForecastCategory::Pipeline)
                })
                .collect();
            let f = weighted_by_month(&deals, &s);
            let open: Vec<&Deal> = deals.iter().filter(|d| !d.stage.is_closed()).collect();
            let expected: i128 = open
                .iter()
                .filter(|d| d.amount.currency == s.currency)
                .map(|d| pipeline::weighted(d.amount, d.stage, &s).minor as i128)
                .sum();
            let months: i128 = f.months.iter().map(|(_, b)| b.weighted.minor as i128).sum();
            proptest::prop_assert_eq!(months + f.unscheduled.weighted.minor as i128, expected);
            let counted: usize = f.months.iter().map(|(_, b)| b.count).sum::<usize>() + f.unscheduled.count + f.other_currency;
            proptest::prop_assert_eq!(counted, open.len());
            proptest::prop_assert!(f.months.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }
}
