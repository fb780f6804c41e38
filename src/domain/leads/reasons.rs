//! What the score explains itself with: the factors, and the reasons each
//! gave its points for. Structured, so the UI words them in either language.

use crate::domain::{Currency, EngagementKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Factor {
    NeedFit,
    Authority,
    BudgetTimeline,
    Engagement,
}

impl Factor {
    /// In `settings.score_weights` order.
    pub const ALL: [Factor; 4] = [Factor::NeedFit, Factor::Authority, Factor::BudgetTimeline, Factor::Engagement];
}

/// Budget against the ICP minimum (the budget-and-timeline factor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BudgetBand {
    /// Twice the ICP minimum or more: 50.
    TwiceIcp,
    /// The ICP minimum or more: 40.
    Icp,
    /// Half the ICP minimum or more: 25.
    HalfIcp,
    /// Some budget, less than half: 10.
    Small,
    /// Zero (or negative): 0.
    None,
}

/// Months to purchase (the budget-and-timeline factor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimelineBand {
    /// Within 3 months: 50.
    UpTo3,
    /// 4–6 months: 35.
    UpTo6,
    /// 7–12 months: 20.
    UpTo12,
    /// Later: 5.
    Later,
}

/// Why a factor gave the points it did. The UI words these; values the lead
/// already holds (its industry, its title) are not repeated here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReasonKind {
    IndustryInIcp,
    IndustryOutsideIcp,
    IndustryUnknown,
    SizeInIcp { employees: u32 },
    SizeOutsideIcp { employees: u32 },
    SizeUnknown,
    BudgetFitsIcp { minor: i64 },
    BudgetBelowIcp { minor: i64 },
    BudgetUnknown,
    /// Budgets in another currency are not converted, so they earn nothing.
    BudgetOtherCurrency { currency: Currency },
    CycleFitsIcp { months: u16 },
    CycleBeyondIcp { months: u16 },
    CycleUnknown,
    /// The title keyword (folded) that decided the authority.
    TitleMatched { keyword: String },
    TitleUnmatched,
    TitleMissing,
    Budget { minor: i64, band: BudgetBand },
    Timeline { months: u16, band: TimelineBand },
    TimelineUnknown,
    /// Events of one kind up to "now", after recency decay.
    Engagement { kind: EngagementKind, events: u32 },
    EngagementNone,
    /// Negative points taking an engagement sum above 100 back to 100.
    Capped,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub kind: ReasonKind,
    pub points: i32,
}

/// Where reasons go: nowhere on the fast path, into a list for a breakdown.
pub trait Sink {
    fn note(&mut self, points: i32, kind: impl FnOnce() -> ReasonKind);
}

impl Sink for () {
    #[inline(always)]
    fn note(&mut self, _: i32, _: impl FnOnce() -> ReasonKind) {}
}

impl Sink for Vec<Reason> {
    fn note(&mut self, points: i32, kind: impl FnOnce() -> ReasonKind) {
        self.push(Reason { kind: kind(), points });
    }
}
