use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{refs, EntityKind, Ref};
use crate::domain::{Id, Money, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarketRole {
    Leader,
    Challenger,
    Niche,
}

crate::wire_names!(MarketRole {
    Leader = "leader",
    Challenger = "challenger",
    Niche = "niche",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub name: String,
    #[serde(default)]
    pub industry: String,
    #[serde(default)]
    pub company_size: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub buying_behaviour: String,
    #[serde(default)]
    pub potential: Option<Money>,
    /// 1 = highest.
    #[serde(default)]
    pub priority: u8,
    #[serde(default)]
    pub strategy: String,
    #[serde(default)]
    pub pain_points: Vec<String>,
    #[serde(default)]
    pub our_role: Option<MarketRole>,
    #[serde(default)]
    pub price_notes: String,
    #[serde(default)]
    pub channel_notes: String,
    #[serde(default)]
    pub promotion_notes: String,
}

impl Segment {
    pub fn references(&self) -> Vec<Ref> {
        Vec::new()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Swot {
    pub strengths: Vec<String>,
    pub weaknesses: Vec<String>,
    pub opportunities: Vec<String>,
    pub threats: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Competitor {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub name: String,
    /// The SWOT is for our product against this competitor.
    #[serde(default)]
    pub product_id: Option<Id>,
    #[serde(default)]
    pub swot: Swot,
    #[serde(default)]
    pub notes: String,
}

impl Competitor {
    pub fn references(&self) -> Vec<Ref> {
        refs([("product_id", EntityKind::Product, self.product_id)])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TargetMetric {
    Revenue,
    NewCustomers,
    Visits,
    /// Basis points of leads converted.
    ConversionRate,
}

crate::wire_names!(TargetMetric {
    Revenue = "revenue",
    NewCustomers = "new_customers",
    Visits = "visits",
    ConversionRate = "conversion_rate",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", content = "index", rename_all = "snake_case")]
pub enum Period {
    Year,
    Quarter(u8),
    Month(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weighting {
    Equal,
    LastYear,
    Manual,
}

crate::wire_names!(Weighting {
    Equal = "equal",
    LastYear = "last_year",
    Manual = "manual",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub year: i32,
    pub period: Period,
    pub metric: TargetMetric,
    /// Money targets use minor units of the workspace currency; counts are plain.
    pub value: i64,
    #[serde(default)]
    pub org_unit_id: Option<Id>,
    #[serde(default)]
    pub person_id: Option<Id>,
    #[serde(default)]
    pub parent_id: Option<Id>,
    pub weighting: Weighting,
}

impl Target {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("org_unit_id", EntityKind::OrgUnit, self.org_unit_id),
            ("person_id", EntityKind::Person, self.person_id),
            ("parent_id", EntityKind::Target, self.parent_id),
        ])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BudgetCategory {
    Advertising,
    ChannelDevelopment,
    Training,
    DigitalTools,
    Travel,
    Other,
}

crate::wire_names!(BudgetCategory {
    Advertising = "advertising",
    ChannelDevelopment = "channel_development",
    Training = "training",
    DigitalTools = "digital_tools",
    Travel = "travel",
    Other = "other",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BudgetLine {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub year: i32,
    pub category: BudgetCategory,
    pub planned: Money,
    pub actual: Money,
    #[serde(default)]
    pub notes: String,
}

impl BudgetLine {
    pub fn references(&self) -> Vec<Ref> {
        Vec::new()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WorkStatus {
    Planned,
    InProgress,
    Done,
    Blocked,
}

crate::wire_names!(WorkStatus {
    Planned = "planned",
    InProgress = "in_progress",
    Done = "done",
    Blocked = "blocked",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Risk {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub title: String,
    #[serde(default)]
    pub category: String,
    /// 1–5 each; the score is their product.
    pub likelihood: u8,
    pub impact: u8,
    #[serde(default)]
    pub mitigation: String,
    #[serde(default)]
    pub owner_id: Option<Id>,
    pub status: WorkStatus,
}

impl Risk {
    pub fn score(&self) -> u8 {
        self.likelihood.saturating_mul(self.impact)
    }
    pub fn references(&self) -> Vec<Ref> {
        refs([("owner_id", EntityKind::Person, self.owner_id)])
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub title: String,
    #[serde(default)]
    pub kind: String,
    pub due_on: NaiveDate,
    #[serde(default)]
    pub owner_id: Option<Id>,
    #[serde(default)]
    pub depends_on: Vec<Id>,
    pub status: WorkStatus,
}

impl Milestone {
    pub fn references(&self) -> Vec<Ref> {
        let mut out = refs([("owner_id", EntityKind::Person, self.owner_id)]);
        out.extend(super::list_refs("depends_on", EntityKind::Milestone, self.depends_on.iter()));
        out
    }
}
