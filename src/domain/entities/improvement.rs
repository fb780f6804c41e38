use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{refs, EntityKind, Ref};
use crate::domain::{Id, Timestamp};

/// Which review found the problem an improvement action answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionSource {
    /// A rep below target several fortnights in a row (双周复盘).
    Review,
    /// A leaking funnel stage (漏斗流失诊断).
    FunnelLeak,
    /// The rep's ability × willingness quadrant (四象限归因).
    Quadrant,
    /// A gap to the top performers (标杆对比).
    Benchmark,
}

crate::wire_names!(ActionSource {
    Review = "review",
    FunnelLeak = "funnel_leak",
    Quadrant = "quadrant",
    Benchmark = "benchmark",
});

impl ActionSource {
    pub const ALL: [ActionSource; 4] = [ActionSource::Review, ActionSource::FunnelLeak, ActionSource::Quadrant, ActionSource::Benchmark];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionStatus {
    Open,
    Done,
}

crate::wire_names!(ActionStatus { Open = "open", Done = "done" });

/// A continuous-improvement action (流程持续改进) recorded against what a
/// diagnosis found, with its owner, due date and, once done, the outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImprovementAction {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    /// The rep the action is about; `None` for a team-wide action.
    #[serde(default)]
    pub person_id: Option<Id>,
    pub source: ActionSource,
    /// What the diagnosis found, in words (kept as written: figures change).
    pub diagnosis: String,
    pub action: String,
    pub owner_id: Id,
    pub due_on: NaiveDate,
    pub status: ActionStatus,
    #[serde(default)]
    pub outcome: String,
    #[serde(default, deserialize_with = "crate::domain::time_wire::de_opt")]
    pub done_at: Option<Timestamp>,
}

impl ImprovementAction {
    pub fn references(&self) -> Vec<Ref> {
        refs([("person_id", EntityKind::Person, self.person_id), ("owner_id", EntityKind::Person, Some(self.owner_id))])
    }
}
