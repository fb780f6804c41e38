//! Cross-sell association rules from order lines (SPEC §4).
//!
//! Each order with at least one line is a transaction: the set of product
//! ids on it (a product on two lines counts once). Rules are single product
//! to single product, X → Y; longer antecedents are left out on purpose,
//! since with a catalogue of a few dozen products pairs already carry the
//! signal and stay explainable. With N transactions:
//!
//! - support    = orders holding X and Y / N
//! - confidence = orders holding X and Y / orders holding X
//! - lift       = confidence / (orders holding Y / N)
//!
//! A rule is kept when it meets all three thresholds of `BasketRules`,
//! compared exactly on the counts (the fractions are for display).

use std::collections::{HashMap, HashSet};

use super::settings::BasketRules;
use crate::domain::{Id, Order};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AssocRule {
    pub antecedent: Id,
    pub consequent: Id,
    /// Orders holding both, orders holding X, orders holding Y, all orders.
    pub both: u32,
    pub with_antecedent: u32,
    pub with_consequent: u32,
    pub transactions: u32,
    pub support: f64,
    pub confidence: f64,
    pub lift: f64,
}

impl AssocRule {
    fn new(x: Id, y: Id, both: u32, cx: u32, cy: u32, n: u32) -> AssocRule {
        let (b, fx, fy, fnn) = (f64::from(both), f64::from(cx), f64::from(cy), f64::from(n));
        let confidence = b / fx;
        AssocRule {
            antecedent: x,
            consequent: y,
            both,
            with_antecedent: cx,
            with_consequent: cy,
            transactions: n,
            support: b / fnn,
            confidence,
            lift: confidence / (fy / fnn),
        }
    }
}

/// Best first: confidence, then lift, then support; ids settle the rest
/// so the order never depends on hashing.
fn better(a: &AssocRule, b: &AssocRule) -> std::cmp::Ordering {
    b.confidence
        .total_cmp(&a.confidence)
        .then(b.lift.total_cmp(&a.lift))
        .then(b.support.total_cmp(&a.support))
        .then(a.antecedent.cmp(&b.antecedent))
        .then(a.consequent.cmp(&b.consequent))
}

/// support ≥ bp / 10⁴, confidence ≥ bp / 10⁴ and lift ≥ h / 100, each
/// cross-multiplied so no fraction is rounded.
fn meets(t: &BasketRules, both: u32, cx: u32, cy: u32, n: u32) -> bool {
    let (b, cx, cy, n) = (u128::from(both), u128::from(cx), u128::from(cy), u128::from(n));
    b * 10_000 >= u128::from(t.min_support_bp) * n
        && b * 10_000 >= u128::from(t.min_confidence_bp) * cx
        && b * n * 100 >= u128::from(t.min_lift_hundredths) * cx * cy
}

/// Every rule meeting the thresholds, best first.
pub fn mine(orders: &[Order], rules: &BasketRules) -> Vec<AssocRule> {
    let mut index: HashMap<Id, u32> = HashMap::new();
    let mut products: Vec<Id> = Vec::new();
    let mut item_count: Vec<u32> = Vec::new();
    let mut pairs: HashMap<u64, u32> = HashMap::new();
    let mut basket: Vec<u32> = Vec::new();
    let mut n = 0u32;
    for o in orders {
        basket.clear();
        for l in &o.lines {
            let next = products.len() as u32;
            let i = *index.entry(l.product_id).or_insert(next);
            if i == next {
                products.push(l.product_id);
                item_count.push(0);
            }
            basket.push(i);
        }
        if basket.is_empty() {
            continue;
        }
        basket.sort_unstable();
        basket.dedup();
        n += 1;
        for (k, &i) in basket.iter().enumerate() {
            item_count[i as usize] += 1;
            for &j in &basket[k + 1..] {
                *pairs.entry((u64::from(i) << 32) | u64::from(j)).or_insert(0) += 1;
            }
        }
    }
    let mut out = Vec::new();
    for (&key, &both) in &pairs {
        let (i, j) = ((key >> 32) as usize, (key & 0xffff_ffff) as usize);
        for (x, y) in [(i, j), (j, i)] {
            if meets(rules, both, item_count[x], item_count[y], n) {
                out.push(AssocRule::new(products[x], products[y], both, item_count[x], item_count[y], n));
            }
        }
    }
    out.sort_unstable_by(better);
    out
}

/// Products `account_id` has not ordered yet, each with the best rule
/// (confidence, then lift) whose antecedent it has ordered; best first.
pub fn recommend(account_id: Id, rules: &[AssocRule], orders: &[Order]) -> Vec<AssocRule> {
    let owned: HashSet<Id> =
        orders.iter().filter(|o| o.account_id == account_id).flat_map(|o| o.lines.iter().map(|l| l.product_id)).collect();
    let mut best: HashMap<Id, AssocRule> = HashMap::new();
    for r in rules.iter().filter(|r| owned.contains(&r.antecedent) && !owned.contains(&r.consequent)) {
        match best.get(&r.consequent) {
            Some(b) if better(b, r).is_le() => {}
            _ => {
                best.insert(r.consequent, *r);
            }
        }
    }
    let mut out: Vec<AssocRule> = best.into_values().collect();
    out.sort_unstable_by(better);
    out
}
