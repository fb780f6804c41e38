use super::{Currency, Deal, Money, Settings};

/// Opportunity stages in board order (SPEC §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    Identify,
    NeedsConfirmed,
    SolutionMatched,
    DecisionFollowUp,
    Won,
    Lost,
}

crate::wire_names!(Stage {
    Identify = "identify",
    NeedsConfirmed = "needs_confirmed",
    SolutionMatched = "solution_matched",
    DecisionFollowUp = "decision_follow_up",
    Won = "won",
    Lost = "lost",
});

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Identify,
        Stage::NeedsConfirmed,
        Stage::SolutionMatched,
        Stage::DecisionFollowUp,
        Stage::Won,
        Stage::Lost,
    ];
    pub const DEFAULT_PROBABILITY: [u8; 6] = [10, 25, 50, 75, 100, 0];

    pub fn index(self) -> usize {
        self as usize
    }
    pub fn is_closed(self) -> bool {
        matches!(self, Stage::Won | Stage::Lost)
    }
}

/// Count, sum and probability-weighted sum of one board column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ColumnTotals {
    pub count: usize,
    pub sum_minor: i64,
    pub weighted_minor: i64,
    /// Deals in another currency than the workspace's: counted, not summed.
    pub other_currency: usize,
}

/// The part of the settings column figures depend on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ColumnRules {
    /// Amounts in another currency are counted, not summed.
    pub currency: Currency,
    pub probability: [u8; 6],
}

impl ColumnRules {
    pub fn of(settings: &Settings) -> ColumnRules {
        ColumnRules { currency: settings.currency, probability: settings.stage_probability }
    }
}

/// Running figures of one column that deals can be added to and taken out
/// of, so moving a deal updates two columns instead of a pass over every deal.
/// Sums are kept unrounded and wide; rounding and clamping happen when read,
/// so the result never depends on the order of additions and removals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ColumnAcc {
    count: usize,
    other_currency: usize,
    sum_minor: i128,
    /// Amount × probability percent, i.e. hundredths of a minor unit.
    weighted_hundredths: i128,
}

impl ColumnAcc {
    /// Counts a deal of `amount` standing in `stage`.
    pub fn add(&mut self, amount: Money, stage: Stage, rules: &ColumnRules) {
        self.shift(amount, stage, rules, 1);
    }

    /// Takes out a deal previously added with the same amount and stage.
    pub fn remove(&mut self, amount: Money, stage: Stage, rules: &ColumnRules) {
        self.shift(amount, stage, rules, -1);
    }

    fn shift(&mut self, amount: Money, stage: Stage, rules: &ColumnRules, sign: i128) {
        let step = |n: usize| if sign > 0 { n + 1 } else { n.saturating_sub(1) };
        self.count = step(self.count);
        if amount.currency != rules.currency {
            self.other_currency = step(self.other_currency);
            return;
        }
        self.sum_minor += sign * amount.minor as i128;
        self.weighted_hundredths += sign * amount.minor as i128 * rules.probability[stage.index()] as i128;
    }

    pub fn totals(&self) -> ColumnTotals {
        ColumnTotals {
            count: self.count,
            sum_minor: super::money::saturate(self.sum_minor),
            // Round once per column, not per deal, so the total is exact.
            weighted_minor: super::money::saturate(super::money::div_round(self.weighted_hundredths, 100)),
            other_currency: self.other_currency,
        }
    }
}

/// Totals per stage over all given deals. Amounts in a foreign currency are
/// never converted silently; they are reported separately.
pub fn column_totals<'a>(deals: impl IntoIterator<Item = &'a Deal>, settings: &Settings) -> [ColumnTotals; 6] {
    let rules = ColumnRules::of(settings);
    let mut acc = [ColumnAcc::default(); 6];
    for d in deals {
        acc[d.stage.index()].add(d.amount, d.stage, &rules);
    }
    acc.map(|a| a.totals())
}

pub fn weighted(amount: Money, stage: Stage, settings: &Settings) -> Money {
    amount.percent(settings.stage_probability[stage.index()] as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::{generate, DemoSize, Lang};

    #[test]
    fn totals_add_up_per_stage() {
        let ws = generate(DemoSize::Small, Lang::En, 3);
        let t = column_totals(&ws.data.deals, &ws.settings);
        let count: usize = t.iter().map(|c| c.count).sum();
        assert_eq!(count, ws.data.deals.len());
        for s in Stage::ALL {
            let sum: i64 = ws.data.deals.iter().filter(|d| d.stage == s).map(|d| d.amount.minor).sum();
            assert_eq!(t[s.index()].sum_minor, sum);
        }
        assert_eq!(t[Stage::Lost.index()].weighted_minor, 0);
        assert_eq!(t[Stage::Won.index()].weighted_minor, t[Stage::Won.index()].sum_minor);
    }

    #[test]
    fn moving_deals_between_accumulators_matches_a_fresh_count() {
        let ws = generate(DemoSize::Small, Lang::En, 5);
        let s = &ws.settings;
        let r = ColumnRules::of(s);
        let mut deals = ws.data.deals.clone();
        // One deal in another currency, so the "counted, not summed" path moves too.
        deals[0].amount.currency = crate::domain::Currency::USD;
        let mut acc = [ColumnAcc::default(); 6];
        for d in &deals {
            acc[d.stage.index()].add(d.amount, d.stage, &r);
        }
        // Move every third deal one stage on, as the board does, then compare.
        for (i, d) in deals.iter_mut().enumerate().filter(|(i, _)| i % 3 == 0) {
            let to = Stage::ALL[(d.stage.index() + 1 + i % 2) % 6];
            acc[d.stage.index()].remove(d.amount, d.stage, &r);
            acc[to.index()].add(d.amount, to, &r);
            d.stage = to;
        }
        assert_eq!(acc.map(|a| a.totals()), column_totals(&deals, s));
        assert!(acc.iter().any(|a| a.totals().other_currency == 1));
    }
}
