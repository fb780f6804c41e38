use super::*;
use crate::domain::customers::templates::{default_templates, template_for};
use crate::domain::customers::verticals::by_industry;
use crate::domain::customers::*;

#[test]
fn summary_per_industry() {
    let mut accounts: Vec<_> = (1..=4).map(|n| account(n, "A")).collect();
    accounts[0].industry = "Retail".into();
    accounts[1].industry = " retail".into();
    accounts[2].industry = "制造业".into();
    let mut usd = order(13, 1, 3, 50, &[900]);
    usd.currency = Currency::USD;
    // Retail: account 1 orders 100 + 300 yuan and a USD order; account 2 none.
    // 制造业: account 3 orders 1,000. Account 4 has no industry and no order.
    let orders = vec![order(11, 1, 10, 100, &[900]), order(12, 1, 20, 300, &[900]), usd, order(31, 3, 5, 1_000, &[900])];
    let rfm = analyse(&accounts, &orders, Currency::CNY, &TierRules::default(), now());
    let rows = by_industry(&accounts, &orders, Currency::CNY, &rfm);
    let got: Vec<_> = rows.iter().map(|r| (r.industry.as_str(), r.accounts, r.customers, r.orders, r.revenue_minor)).collect();
    // Largest revenue first: 制造业 ¥1,000, Retail ¥400, none ¥0.
    assert_eq!(got, vec![("制造业", 1, 1, 1, 100_000), ("Retail", 2, 1, 3, 40_000), ("", 1, 0, 0, 0)]);
    // Retail's average is over its two yuan orders: 40,000 / 2.
    assert_eq!(rows[1].average_order_minor(), Some(20_000));
    assert_eq!(rows[2].average_order_minor(), None);
    // Two scored accounts, each tiered once, in their own industry.
    assert_eq!(rows[0].tiers.iter().sum::<usize>() + rows[1].tiers.iter().sum::<usize>(), 2);
    assert_eq!(rows[2].tiers, [0; 4]);
}

#[test]
fn templates_match_folded_names() {
    let t = default_templates();
    assert_eq!(template_for(&t, " RETAIL ").map(|t| t.industries[0].as_str()), Some("零售"));
    assert_eq!(template_for(&t, "物流").map(|t| t.industries[1].as_str()), Some("Logistics"));
    assert!(template_for(&t, "Mining").is_none());
}
