use super::*;
use crate::domain::customers::*;

/// Products 1 = A, 2 = B, 3 = C, 4 = D. Five orders:
///   {A, B}, {A, B, C}, {A, C}, {B, C}, {A, B, D}
/// Counts: A 4, B 4, C 3, D 1; AB 3, AC 2, BC 2, AD 1, BD 1.
fn baskets() -> Vec<Order> {
    vec![
        order(10, 100, 1, 1, &[1, 2]),
        order(11, 100, 1, 1, &[1, 2, 3]),
        order(12, 101, 1, 1, &[1, 3]),
        order(13, 102, 1, 1, &[2, 3]),
        // A repeated line counts once.
        order(14, 103, 1, 1, &[1, 2, 4, 4]),
    ]
}

fn open() -> BasketRules {
    BasketRules { min_support_bp: 0, min_confidence_bp: 0, min_lift_hundredths: 0 }
}

fn find(rules: &[AssocRule], x: u128, y: u128) -> Option<AssocRule> {
    rules.iter().copied().find(|r| r.antecedent == id(x) && r.consequent == id(y))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

#[test]
fn support_confidence_lift_by_hand() {
    let rules = mine(&baskets(), &open());
    // Five pairs, each both ways.
    assert_eq!(rules.len(), 10);
    // A → B: support 3/5 = 0.6, confidence 3/4 = 0.75, lift 0.75 / (4/5) = 0.9375.
    let ab = find(&rules, 1, 2).unwrap();
    assert_eq!((ab.both, ab.with_antecedent, ab.with_consequent, ab.transactions), (3, 4, 4, 5));
    assert!(close(ab.support, 0.6) && close(ab.confidence, 0.75) && close(ab.lift, 0.9375));
    // D → A: support 1/5, confidence 1/1, lift 1 / (4/5) = 1.25.
    let da = find(&rules, 4, 1).unwrap();
    assert!(close(da.support, 0.2) && close(da.confidence, 1.0) && close(da.lift, 1.25));
    // C → A: 2/5, 2/3, (2/3) / (4/5) = 0.8333…
    let ca = find(&rules, 3, 1).unwrap();
    assert!(close(ca.confidence, 2.0 / 3.0) && close(ca.lift, 5.0 / 6.0));
    // Best first: D → A and D → B (confidence 1, lift 1.25; ids order them) lead.
    assert_eq!((rules[0].antecedent, rules[0].consequent), (id(4), id(1)));
    assert_eq!((rules[1].antecedent, rules[1].consequent), (id(4), id(2)));
    // Then A → B and B → A (0.75, lift 0.9375).
    assert!(close(rules[2].confidence, 0.75));
}

#[test]
fn thresholds_filter_rules() {
    // Lift ≥ 1.1 leaves the rules with D, each way: D → A, D → B (1 / 0.8)
    // and A → D, B → D ((1/4) / (1/5)), all 1.25; support ≥ 0.3 drops them
    // too (each 1/5).
    let lifted = mine(&baskets(), &BasketRules { min_lift_hundredths: 110, ..open() });
    assert_eq!(lifted.len(), 4);
    assert!(lifted.iter().all(|r| close(r.lift, 1.25)));
    let none = mine(&baskets(), &BasketRules { min_support_bp: 3_000, min_lift_hundredths: 110, ..open() });
    assert!(none.is_empty());
    // Confidence ≥ 0.7: A→B, B→A (0.75), D→A, D→B (1.0).
    assert_eq!(mine(&baskets(), &BasketRules { min_confidence_bp: 7_000, ..open() }).len(), 4);
    // Thresholds are inclusive: confidence exactly 0.75 and lift exactly 1.25 pass.
    assert_eq!(mine(&baskets(), &BasketRules { min_confidence_bp: 7_500, ..open() }).len(), 4);
    assert_eq!(mine(&baskets(), &BasketRules { min_confidence_bp: 7_501, ..open() }).len(), 2);
    assert_eq!(mine(&baskets(), &BasketRules { min_lift_hundredths: 125, ..open() }).len(), 4);
    assert_eq!(mine(&baskets(), &BasketRules { min_lift_hundredths: 126, ..open() }).len(), 0);
    assert!(mine(&[], &open()).is_empty());
}

#[test]
fn recommendations_exclude_owned_products() {
    let orders = baskets();
    let rules = mine(&orders, &open());
    // Account 101 bought A and C. From A: B (0.75), D (0.25); from C: B (2/3).
    // B's best rule is A → B; A and C are owned and never recommended.
    let recs = recommend(id(101), &rules, &orders);
    let got: Vec<_> = recs.iter().map(|r| (r.antecedent, r.consequent)).collect();
    assert_eq!(got, vec![(id(1), id(2)), (id(1), id(4))]);
    // Account 100 owns A, B, C: only D remains, via A → D (1/4, lift 1.25)
    // rather than B → D (1/4, lift 1.25): equal, so the lower id, A.
    let recs = recommend(id(100), &rules, &orders);
    assert_eq!(recs.iter().map(|r| (r.antecedent, r.consequent)).collect::<Vec<_>>(), vec![(id(1), id(4))]);
    // No orders, nothing to go on.
    assert!(recommend(id(555), &rules, &orders).is_empty());
}
