//! The board's columns as an index that is built once from every deal and
//! then kept up to date one edited deal at a time. A drag-and-drop move thus
//! costs two binary searches and two totals updates, not a pass (and a sort)
//! over every deal.

use std::collections::HashMap;

use super::pipeline::{ColumnAcc, ColumnRules, ColumnTotals, Stage};
use super::{Deal, Id, Money, Settings};

/// What the index remembers of a deal: enough to take it out again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Entry {
    stage: Stage,
    rank: i64,
    amount: Money,
    /// Passes the board's filter, so it is in its column and totals.
    shown: bool,
}

/// Deals per stage in rank order (those that pass the filter), their totals,
/// and the count per stage over all deals (WIP limits ignore filters).
#[derive(Clone, Debug, Default)]
pub struct Columns {
    entries: HashMap<Id, Entry>,
    /// Shown deals per stage, sorted by (rank, id).
    cols: [Vec<(i64, Id)>; 6],
    acc: [ColumnAcc; 6],
    counts: [usize; 6],
    /// The settings the totals were computed with.
    rules: ColumnRules,
}

impl Columns {
    /// Builds the index from every deal and whether it passes the filter.
    pub fn build<'a>(deals: impl IntoIterator<Item = (&'a Deal, bool)>, settings: &Settings) -> Columns {
        let mut c = Columns { rules: ColumnRules::of(settings), ..Columns::default() };
        for (d, shown) in deals {
            let e = Entry { stage: d.stage, rank: d.rank, amount: d.amount, shown };
            c.entries.insert(d.id, e);
            let i = d.stage.index();
            c.counts[i] += 1;
            if shown {
                c.cols[i].push((d.rank, d.id));
                c.acc[i].add(d.amount, d.stage, &c.rules);
            }
        }
        for col in &mut c.cols {
            col.sort_unstable();
        }
        c
    }

    /// The settings the totals were computed with; when they change (currency,
    /// stage probabilities), build again.
    pub fn rules(&self) -> ColumnRules {
        self.rules
    }

    /// Puts an edited (or new) deal where it now belongs. `shown`: it passes
    /// the filter. Returns the stages whose ids, totals or count changed.
    pub fn update(&mut self, deal: &Deal, shown: bool) -> Vec<Stage> {
        let new = Entry { stage: deal.stage, rank: deal.rank, amount: deal.amount, shown };
        let old = self.entries.insert(deal.id, new);
        if old == Some(new) {
            return Vec::new();
        }
        if let Some(old) = old {
            self.take_out(deal.id, old);
        }
        self.put_in(deal.id, new);
        let mut touched = vec![new.stage];
        if let Some(old) = old.filter(|o| o.stage != new.stage) {
            touched.insert(0, old.stage);
        }
        touched
    }

    fn take_out(&mut self, id: Id, e: Entry) {
        let i = e.stage.index();
        self.counts[i] = self.counts[i].saturating_sub(1);
        if e.shown {
            if let Ok(at) = self.cols[i].binary_search(&(e.rank, id)) {
                self.cols[i].remove(at);
            }
            self.acc[i].remove(e.amount, e.stage, &self.rules);
        }
    }

    fn put_in(&mut self, id: Id, e: Entry) {
        let i = e.stage.index();
        self.counts[i] += 1;
        if e.shown {
            let at = self.cols[i].binary_search(&(e.rank, id)).unwrap_or_else(|at| at);
            self.cols[i].insert(at, (e.rank, id));
            self.acc[i].add(e.amount, e.stage, &self.rules);
        }
    }

    /// Shown deal ids of `stage`, in rank order.
    pub fn ids(&self, stage: Stage) -> Vec<Id> {
        self.cols[stage.index()].iter().map(|(_, id)| *id).collect()
    }

    pub fn totals(&self, stage: Stage) -> ColumnTotals {
        self.acc[stage.index()].totals()
    }

    /// Deals in `stage`, filtered or not.
    pub fn count(&self, stage: Stage) -> usize {
        self.counts[stage.index()]
    }

    /// Rank of a deal as the index holds it.
    pub fn rank(&self, id: Id) -> Option<i64> {
        self.entries.get(&id).map(|e| e.rank)
    }
}

#[cfg(test)]
mod tests;
