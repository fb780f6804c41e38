//! The numeric inputs of the lead settings screen, named so that both the
//! screen's command and the settings' validation can point at one.

use super::score::Grade;
use crate::domain::Id;

/// A number input of the screen, so a refusal can name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberField {
    /// Factor weight, in factor order (need fit, authority, budget/timeline, engagement).
    Weight(usize),
    Cutoff(Grade),
    SlaHours(Grade),
    FollowUp(Grade),
    EmployeesMin,
    EmployeesMax,
    CycleMax,
    /// A title keyword row's weight.
    TitleWeight(usize),
    UnknownTitleWeight,
    /// Engagement points, in `EngagementKind` order.
    Points(usize),
    HalfLife,
    DefaultCap,
    /// A rep's own cap of open leads.
    Cap(Id),
}

impl NumberField {
    /// The largest value the field takes.
    pub fn max(self) -> u32 {
        use NumberField as F;
        match self {
            F::Weight(_) | F::Cutoff(_) | F::TitleWeight(_) | F::UnknownTitleWeight | F::Points(_) => 100,
            F::SlaHours(_) => 24 * 366,
            F::FollowUp(_) | F::HalfLife => 3_660,
            F::EmployeesMin | F::EmployeesMax => 10_000_000,
            F::CycleMax => 600,
            F::DefaultCap | F::Cap(_) => 100_000,
        }
    }
}
