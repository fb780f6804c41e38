//! Target decomposition (销售目标分解) and a target's standing.
//!
//! Splitting is exact in minor units by the largest-remainder method: each
//! part gets `total × weight ÷ Σweights` rounded toward zero, then the units
//! still missing go one each to the parts with the largest remainders. Ties
//! between equal remainders go to the earlier part (the order given: months
//! January first, children as listed), so the result is deterministic and
//! the parts always add up to the whole. Negative totals are split as their
//! magnitude and negated, so the same rule applies.
//!
//! Cascading down the organisation: a unit's children are its child units
//! and the people filed directly under it (units first, then people, each in
//! the order given). With `Weighting::LastYear` a child's weight is the won
//! revenue of every owner in it last year; when a whole level has none, it
//! falls back to equal weights rather than refusing.

use std::collections::{HashMap, HashSet};

use crate::domain::{Id, OrgUnit, Person, Weighting};

/// `total` in parts proportional to `weights`; `None` without any positive
/// weight. Zero weights get zero.
pub fn split(total: i64, weights: &[u64]) -> Option<Vec<i64>> {
    let sum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    if sum == 0 {
        return None;
    }
    let mag = u128::from(total.unsigned_abs());
    let mut parts: Vec<u128> = Vec::with_capacity(weights.len());
    let mut rems: Vec<(u128, usize)> = Vec::with_capacity(weights.len());
    for (i, &w) in weights.iter().enumerate() {
        let x = mag * u128::from(w); // < 2^64 · 2^64: fits
        parts.push(x / sum);
        rems.push((x % sum, i));
    }
    let missing = mag - parts.iter().sum::<u128>();
    // Largest remainder first; the earlier part wins a tie.
    rems.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(_, i) in rems.iter().take(missing as usize) {
        parts[i] += 1;
    }
    let sign = if total < 0 { -1 } else { 1 };
    Some(parts.into_iter().map(|p| sign * p as i64).collect())
}

/// `total` in `n` equal parts (the first ones one unit larger when it does
/// not divide); empty for `n == 0`.
pub fn split_equal(total: i64, n: usize) -> Vec<i64> {
    split(total, &vec![1; n]).unwrap_or_default()
}

/// Annual total → four quarters (equal unless weights are given).
pub fn quarters(total: i64, weights: Option<&[u64; 4]>) -> [i64; 4] {
    let v = weights.and_then(|w| split(total, w)).unwrap_or_else(|| split_equal(total, 4));
    [v[0], v[1], v[2], v[3]]
}

/// Annual total → twelve months (e.g. weighted by last year's monthly sales).
pub fn months(total: i64, weights: Option<&[u64; 12]>) -> [i64; 12] {
    let v = weights.and_then(|w| split(total, w)).unwrap_or_else(|| split_equal(total, 12));
    let mut out = [0; 12];
    out.copy_from_slice(&v);
    out
}

/// A node of the target cascade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    Unit(Id),
    Person(Id),
}

/// One cell of a cascade: the value given to `node`, whose parent got the
/// value its children share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Allocation {
    pub node: Node,
    pub parent: Option<Node>,
    pub value: i64,
}

/// What the weights come from. `last_year` is won revenue per person (minor
/// units); `manual` a weight per node (missing nodes weigh 0).
#[derive(Clone, Debug, Default)]
pub struct Basis {
    pub last_year: HashMap<Id, i64>,
    pub manual: HashMap<Node, u64>,
}

struct Tree<'a> {
    units: HashMap<Id, Vec<Id>>,
    people: HashMap<Id, Vec<Id>>,
    basis: &'a Basis,
    weighting: Weighting,
}

impl Tree<'_> {
    fn children(&self, unit: Id) -> Vec<Node> {
        let u = self.units.get(&unit).into_iter().flatten().map(|&c| Node::Unit(c));
        u.chain(self.people.get(&unit).into_iter().flatten().map(|&p| Node::Person(p))).collect()
    }
    /// Last year's revenue of everyone at or under `node`.
    fn revenue(&self, node: Node, seen: &mut HashSet<Id>) -> i64 {
        match node {
            Node::Person(p) => self.basis.last_year.get(&p).copied().unwrap_or(0).max(0),
            Node::Unit(u) if seen.insert(u) => {
                self.children(u).into_iter().fold(0i64, |a, c| a.saturating_add(self.revenue(c, seen)))
            }
            Node::Unit(_) => 0,
        }
    }
    fn weights(&self, children: &[Node]) -> Vec<u64> {
        let w: Vec<u64> = match self.weighting {
            Weighting::Equal => vec![1; children.len()],
            Weighting::Manual => children.iter().map(|c| self.basis.manual.get(c).copied().unwrap_or(0)).collect(),
            Weighting::LastYear => children.iter().map(|&c| self.revenue(c, &mut HashSet::new()) as u64).collect(),
        };
        if w.iter().all(|&x| x == 0) && self.weighting == Weighting::LastYear {
            return vec![1; children.len()];
        }
        w
    }
}

/// Cascades `total` from `root` down to every unit and person under it,
/// parents before children. A manual level whose weights are all zero stops
/// there (its children get no cells) rather than inventing a split.
pub fn cascade(total: i64, root: Id, units: &[OrgUnit], people: &[Person], weighting: Weighting, basis: &Basis) -> Vec<Allocation> {
    let mut tree = Tree { units: HashMap::new(), people: HashMap::new(), basis, weighting };
    for u in units {
        if let Some(p) = u.parent_id {
            tree.units.entry(p).or_default().push(u.id);
        }
    }
    for p in people.iter().filter(|p| p.active) {
        if let Some(u) = p.org_unit_id {
            tree.people.entry(u).or_default().push(p.id);
        }
    }
    let mut out = vec![Allocation { node: Node::Unit(root), parent: None, value: total }];
    let mut seen = HashSet::from([root]);
    let mut i = 0;
    while i < out.len() {
        let (node, value) = (out[i].node, out[i].value);
        i += 1;
        let Node::Unit(u) = node else { continue };
        let kids: Vec<Node> = tree.children(u).into_iter().filter(|k| !matches!(k, Node::Unit(c) if !seen.insert(*c))).collect();
        let Some(parts) = split(value, &tree.weights(&kids)) else { continue };
        out.extend(kids.into_iter().zip(parts).map(|(k, v)| Allocation { node: k, parent: Some(node), value: v }));
    }
    out
}

/// A target cell: target, actual, attainment and pipeline coverage.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetStatus {
    pub target: i64,
    pub actual: i64,
    /// actual ÷ target × 100; `None` for a target of zero or less.
    pub attainment_percent: Option<f64>,
    /// target − actual, never below zero.
    pub remaining: i64,
    pub weighted_pipeline: i64,
    /// weighted open pipeline ÷ remaining; `None` when nothing remains.
    pub coverage: Option<f64>,
}

pub fn status(target: i64, actual: i64, weighted_pipeline: i64) -> TargetStatus {
    let remaining = target.saturating_sub(actual).max(0);
    TargetStatus {
        target,
        actual,
        attainment_percent: (target > 0).then(|| actual as f64 * 100.0 / target as f64),
        remaining,
        weighted_pipeline,
        coverage: (remaining > 0).then(|| weighted_pipeline as f64 / remaining as f64),
    }
}
