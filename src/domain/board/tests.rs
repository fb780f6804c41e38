use super::*;
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::pipeline::column_totals;
use crate::domain::Currency;
use proptest::prelude::*;

fn deals() -> (Vec<Deal>, Settings) {
    let ws = generate(DemoSize::Small, Lang::En, 11);
    (ws.data.deals, ws.settings)
}

/// Every figure the board shows, per stage.
fn figures(c: &Columns) -> Vec<(Vec<Id>, ColumnTotals, usize)> {
    Stage::ALL.iter().map(|s| (c.ids(*s), c.totals(*s), c.count(*s))).collect()
}

#[test]
fn build_matches_a_sort_and_column_totals() {
    let (deals, s) = deals();
    let shown = |d: &Deal| d.amount.minor % 3 != 0;
    let c = Columns::build(deals.iter().map(|d| (d, shown(d))), &s);
    let totals = column_totals(deals.iter().filter(|d| shown(d)), &s);
    for stage in Stage::ALL {
        let mut expect: Vec<(i64, Id)> =
            deals.iter().filter(|d| d.stage == stage && shown(d)).map(|d| (d.rank, d.id)).collect();
        expect.sort();
        assert_eq!(c.ids(stage), expect.into_iter().map(|(_, id)| id).collect::<Vec<_>>());
        assert_eq!(c.totals(stage), totals[stage.index()]);
        assert_eq!(c.count(stage), deals.iter().filter(|d| d.stage == stage).count());
    }
}

#[test]
fn a_move_touches_exactly_the_two_columns() {
    let (mut deals, s) = deals();
    let mut c = Columns::build(deals.iter().map(|d| (d, true)), &s);
    let d = deals.iter_mut().find(|d| d.stage == Stage::NeedsConfirmed).expect("a deal in needs confirmed");
    let from_count = c.count(Stage::NeedsConfirmed);
    d.stage = Stage::Identify;
    d.rank = i64::MIN;
    assert_eq!(c.update(d, true), vec![Stage::NeedsConfirmed, Stage::Identify]);
    assert_eq!(c.ids(Stage::Identify).first(), Some(&d.id));
    assert_eq!(c.count(Stage::NeedsConfirmed), from_count - 1);
    // Nothing the board shows changed: nothing to redraw.
    let mut renamed = d.clone();
    renamed.name.push('!');
    assert!(c.update(&renamed, true).is_empty());
}

proptest! {
    /// Any sequence of edits (stage, rank, amount, currency, filtered in or
    /// out) leaves the index equal to one built from scratch, and stages not
    /// reported as touched never change.
    #[test]
    fn edits_keep_the_index_equal_to_a_rebuild(
        edits in proptest::collection::vec(
            (0usize..1000, 0usize..6, -3i64..3, 0i64..5_000_000, any::<bool>(), any::<bool>()),
            1..80,
        ),
    ) {
        let (mut deals, s) = deals();
        let mut shown: Vec<bool> = vec![true; deals.len()];
        let mut c = Columns::build(deals.iter().zip(&shown).map(|(d, v)| (d, *v)), &s);
        for (pick, stage, rank, amount, keep, usd) in edits {
            let i = pick % deals.len();
            let d = &mut deals[i];
            d.stage = Stage::ALL[stage];
            // Small ranks collide often, so ties are broken by id.
            d.rank = rank;
            d.amount = Money { minor: amount, currency: if usd { Currency::USD } else { s.currency } };
            shown[i] = keep;
            let before = figures(&c);
            let touched = c.update(&deals[i], keep);
            let after = figures(&c);
            for stage in Stage::ALL {
                if !touched.contains(&stage) {
                    prop_assert_eq!(&before[stage.index()], &after[stage.index()]);
                }
            }
        }
        let fresh = Columns::build(deals.iter().zip(&shown).map(|(d, v)| (d, *v)), &s);
        prop_assert_eq!(figures(&c), figures(&fresh));
    }
}
