use super::{Deal, Money, Settings};

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

/// Totals per stage over all given deals. Amounts in a foreign currency are
/// never converted silently; they are reported separately.
pub fn column_totals<'a>(deals: impl IntoIterator<Item = &'a Deal>, settings: &Settings) -> [ColumnTotals; 6] {
    let mut out = [ColumnTotals::default(); 6];
    let mut weighted_hundredths = [0i128; 6];
    for d in deals {
        let i = d.stage.index();
        out[i].count += 1;
        if d.amount.currency != settings.currency {
            out[i].other_currency += 1;
            continue;
        }
        out[i].sum_minor = out[i].sum_minor.saturating_add(d.amount.minor);
        weighted_hundredths[i] += d.amount.minor as i128 * settings.stage_probability[i] as i128;
    }
    for (i, w) in weighted_hundredths.iter().enumerate() {
        // Round once per column, not per deal, so the total is exact.
        out[i].weighted_minor = super::money::saturate(super::money::div_round(*w, 100));
    }
    out
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
}
