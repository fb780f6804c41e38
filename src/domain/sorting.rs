//! Stable sorting through one shared, non-generic sort. Each `sort_by` on a
//! different element type or closure puts its own copy of the standard
//! library's stable sort (about 3 KB of wasm) into the download; these helpers
//! sort positions instead, with one compiled copy, and then move the items.

use std::cmp::Ordering;

use super::{Entity, Id};

/// Stable sort of `items` by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    reorder(items, &order);
}

/// Stable sort of `items` by `key`, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Records in id order (ids are unique in a valid workspace; equal ids keep
/// their order). Records are swapped into place without copying the list,
/// which matters for 100,000 of them.
pub fn sort_by_id<T: Entity>(items: &mut [T]) {
    let mut keyed: Vec<(Id, usize)> = items.iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
    // Unique keys: an unstable sort gives the stable order, and faster.
    keyed.sort_unstable();
    let order: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
    reorder(items, &order);
}

/// Stable sort of positions (`u32` indexes into some list) by `cmp`, for
/// callers that sort an order rather than the items.
pub fn sort_positions(order: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

fn sorted_positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Puts `items[order[0]]` first, then `items[order[1]]`, and so on. Only the
/// swap is compiled per item type; the walk over the permutation's cycles
/// is shared.
fn reorder<T>(items: &mut [T], order: &[usize]) {
    permute(order, &mut |a, b| items.swap(a, b));
}

fn permute(order: &[usize], swap: &mut dyn FnMut(usize, usize)) {
    let mut placed = vec![false; order.len()];
    for start in 0..order.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            // `items[from]` still holds its original item: every position
            // the cycle has not reached yet does.
            swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]);
        // Longer cycles and fixed points together.
        let mut w: Vec<u32> = vec![5, 3, 9, 1, 7, 3, 0, 8, 2, 6, 4];
        sort_by(&mut w, Ord::cmp);
        assert_eq!(w, [0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, Ord::cmp);
        assert!(empty.is_empty());
    }

    proptest::proptest! {
        #[test]
        fn matches_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, proptest::num::u16::ANY), 0..60)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std_sorted = v;
            std_sorted.sort_by_key(|x| x.0);
            proptest::prop_assert_eq!(ours, std_sorted);
        }
    }
}
