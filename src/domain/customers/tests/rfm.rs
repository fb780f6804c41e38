use super::*;
use crate::domain::customers::rfm::{quintile_scores, values};
use crate::domain::customers::*;

/// The worked example (n = 6):
///
/// | acct | last order | F | M (yuan) |
/// |------|-----------:|--:|---------:|
/// | 1    |   5 days   | 5 | 10,000   |
/// | 2    |  10 days   | 1 |    500   |
/// | 3    |  30 days   | 3 |  3,000   |
/// | 4    |  60 days   | 2 |  2,000   |
/// | 5    | 200 days   | 4 |  8,000   |
/// | 6    | 400 days   | 1 |    800   |
///
/// Account 7 never ordered.
fn example() -> (Vec<Account>, Vec<Order>) {
    let accounts = (1..=7).map(|n| account(n, "A")).collect();
    let mut o = Vec::new();
    for (i, ago) in [5, 50, 100, 150, 200].into_iter().enumerate() {
        o.push(order(100 + i as u128, 1, ago, 2_000, &[900]));
    }
    o.push(order(200, 2, 10, 500, &[900]));
    for (i, ago) in [30, 90, 120].into_iter().enumerate() {
        o.push(order(300 + i as u128, 3, ago, 1_000, &[900]));
    }
    o.push(order(400, 4, 60, 1_000, &[900]));
    o.push(order(401, 4, 100, 1_000, &[900]));
    for (i, ago) in [200, 250, 300, 350].into_iter().enumerate() {
        o.push(order(500 + i as u128, 5, ago, 2_000, &[900]));
    }
    o.push(order(600, 6, 400, 800, &[900]));
    (accounts, o)
}

/// With six distinct values, `worse` = w and `equal` = 1:
/// 1 + floor(5 (2w + 1) / 12) gives, for w = 0..5: 1, 2, 3, 3, 4, 5.
/// R (fewer days better): 5, 4, 3, 3, 2, 1.
/// F: 5 → w5 → 5; 4 → w4 → 4; 3 → w3 → 3; 2 → w2 → 3; the two 1s have
///    w0, equal 2: 1 + floor(5·2/12) = 1.
/// M: 10,000 → 5; 8,000 → 4; 3,000 → 3; 2,000 → 3; 800 → 2; 500 → 1.
#[test]
fn worked_example_scores_tiers_and_segments() {
    let (accounts, orders) = example();
    let report = analyse(&accounts, &orders, Currency::CNY, &TierRules::default(), now());
    let got: Vec<_> = report.scored.iter().map(|s| (s.r, s.f, s.m, s.tier, s.segment)).collect();
    use Segment as S;
    use Tier as T;
    assert_eq!(
        got,
        vec![
            // R≥4, F≥4, M≥4: high-value; R5 FM5: champions.
            (5, 5, 5, T::HighValue, S::Champions),
            // R≥4, F+M = 2 < 8: potential; R4 FM1: promising.
            (4, 1, 1, T::Potential, S::Promising),
            (3, 3, 3, T::General, S::NeedAttention),
            (3, 3, 3, T::General, S::NeedAttention),
            // R2, FM4: at risk.
            (2, 4, 4, T::General, S::AtRisk),
            // R ≤ 1: churned; FM = floor(3/2) = 1: lost.
            (1, 1, 2, T::Churned, S::Lost),
        ]
    );
    assert_eq!(report.no_orders, vec![id(7)]);
    let a1 = report.get(id(1)).unwrap().values;
    assert_eq!((a1.recency_days, a1.frequency, a1.monetary_minor), (5, 5, 1_000_000));
    let d = report.distribution();
    // General: accounts 3, 4, 5 = 3,000 + 2,000 + 8,000 yuan.
    assert_eq!(d[Tier::General.index()], TierTotal { accounts: 3, monetary_minor: 1_300_000 });
    assert_eq!(d[Tier::HighValue.index()], TierTotal { accounts: 1, monetary_minor: 1_000_000 });
    assert_eq!(d[Tier::Potential.index()].accounts, 1);
    assert_eq!(d[Tier::Churned.index()], TierTotal { accounts: 1, monetary_minor: 80_000 });
}

#[test]
fn churn_by_days_applies_without_the_score_test() {
    let (accounts, orders) = example();
    let rules = TierRules { churned_max_r: 0, ..TierRules::default() };
    let report = analyse(&accounts, &orders, Currency::CNY, &rules, now());
    // Account 6: 400 days > 365 → still churned; account 5 (200 days) general.
    assert_eq!(report.get(id(6)).map(|s| s.tier), Some(Tier::Churned));
    assert_eq!(report.get(id(5)).map(|s| s.tier), Some(Tier::General));
    let off = TierRules { churned_max_r: 0, churned_after_days: 0, ..TierRules::default() };
    let report = analyse(&accounts, &orders, Currency::CNY, &off, now());
    // Neither test on: R1, F1 + M2 = 3 but R < 4 → general.
    assert_eq!(report.get(id(6)).map(|s| s.tier), Some(Tier::General));
}

#[test]
fn ties_share_a_score() {
    // All equal: worse 0, equal 4: 1 + floor(5·4/8) = 3.
    assert_eq!(quintile_scores(&[7, 7, 7, 7]), vec![3, 3, 3, 3]);
    // One account: 1 + floor(5·1/2) = 3.
    assert_eq!(quintile_scores(&[42]), vec![3]);
    // Ten distinct: 1 + floor((2w + 1) / 4) → two of each score.
    assert_eq!(quintile_scores(&[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]), vec![5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    // [1, 2, 2, 3] (n = 4): 1 → w0 e1: 1 + floor(5/8) = 1; the 2s → w1 e2:
    // 1 + floor(20/8) = 3; 3 → w3 e1: 1 + floor(35/8) = 5.
    assert_eq!(quintile_scores(&[2, 1, 3, 2]), vec![3, 1, 5, 3]);
    assert!(quintile_scores(&[]).is_empty());
}

#[test]
fn other_currencies_count_but_are_not_summed() {
    let accounts = vec![account(1, "A")];
    let mut usd = order(2, 1, 3, 999, &[900]);
    usd.currency = Currency::USD;
    let orders = vec![order(1, 1, 10, 100, &[900, 901]), usd];
    let (v, none) = values(&accounts, &orders, Currency::CNY, today());
    // Two orders; spend 2 lines × 100 yuan; last order 3 days ago.
    assert_eq!(v[0].frequency, 2);
    assert_eq!(v[0].monetary_minor, 20_000);
    assert_eq!(v[0].recency_days, 3);
    assert!(none.is_empty());
}

#[test]
fn segment_grid_corners() {
    use Segment as S;
    assert_eq!(segment_of(5, 1, 1), S::New);
    assert_eq!(segment_of(5, 4, 5), S::Champions);
    assert_eq!(segment_of(4, 5, 4), S::Loyal);
    assert_eq!(segment_of(4, 2, 3), S::PotentialLoyalist);
    assert_eq!(segment_of(3, 1, 2), S::AboutToSleep);
    assert_eq!(segment_of(2, 5, 5), S::CantLose);
    assert_eq!(segment_of(2, 1, 1), S::Hibernating);
    assert_eq!(segment_of(1, 1, 1), S::Lost);
    assert_eq!(segment_of(1, 3, 4), S::AtRisk);
    // Every cell of the grid has a segment, and all eleven appear.
    let mut seen = std::collections::HashSet::new();
    for r in 1..=5 {
        for f in 1..=5 {
            seen.insert(segment_of(r, f, f));
        }
    }
    assert_eq!(seen.len(), Segment::ALL.len());
}

#[test]
fn tiers_carry_a_strategy_key() {
    let keys: Vec<_> = Tier::ALL.iter().map(|t| t.strategy().key()).collect();
    assert_eq!(keys, ["vip", "grow", "maintain", "win_back"]);
}
