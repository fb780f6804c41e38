use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{refs, EntityKind, Ref};
use crate::domain::{Id, Money, Timestamp};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Credit {
    pub blacklisted: bool,
    pub credit_limit: Option<Money>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub name: String,
    #[serde(default)]
    pub industry: String,
    #[serde(default)]
    pub employees: Option<u32>,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub owner_id: Option<Id>,
    #[serde(default)]
    pub segment_id: Option<Id>,
    #[serde(default)]
    pub credit: Credit,
    #[serde(default)]
    pub notes: String,
    /// The company this one is a subsidiary of.
    #[serde(default)]
    pub parent_id: Option<Id>,
    /// The record's id in the system it was migrated from, so importing
    /// the same export again merges instead of duplicating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl Account {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("owner_id", EntityKind::Person, self.owner_id),
            ("segment_id", EntityKind::Segment, self.segment_id),
            ("parent_id", EntityKind::Account, self.parent_id),
        ])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuyingRole {
    DecisionMaker,
    Influencer,
    Champion,
    User,
    Gatekeeper,
    Other,
}

crate::wire_names!(BuyingRole {
    DecisionMaker = "decision_maker",
    Influencer = "influencer",
    Champion = "champion",
    User = "user",
    Gatekeeper = "gatekeeper",
    Other = "other",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub account_id: Id,
    pub name: String,
    #[serde(default)]
    pub title: String,
    pub buying_role: BuyingRole,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    /// The record's id in the system it was migrated from, so importing
    /// the same export again merges instead of duplicating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl Contact {
    pub fn references(&self) -> Vec<Ref> {
        refs([("account_id", EntityKind::Account, Some(self.account_id))])
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderLine {
    pub product_id: Id,
    pub quantity: u32,
    pub unit_price_minor: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Order {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub account_id: Id,
    #[serde(default)]
    pub deal_id: Option<Id>,
    pub ordered_on: NaiveDate,
    pub currency: crate::domain::Currency,
    pub lines: Vec<OrderLine>,
    /// The record's id in the system it was migrated from (see `Contact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl Order {
    pub fn references(&self) -> Vec<Ref> {
        let mut out = refs([
            ("account_id", EntityKind::Account, Some(self.account_id)),
            ("deal_id", EntityKind::Deal, self.deal_id),
        ]);
        out.extend(super::list_refs("lines.product_id", EntityKind::Product, self.lines.iter().map(|l| &l.product_id)));
        out
    }
    /// Order total; saturates rather than wrapping on absurd inputs.
    pub fn total(&self) -> Money {
        let minor = self
            .lines
            .iter()
            .fold(0i64, |acc, l| acc.saturating_add(l.unit_price_minor.saturating_mul(l.quantity as i64)));
        Money::new(minor, self.currency)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Invoice {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub account_id: Id,
    #[serde(default)]
    pub order_id: Option<Id>,
    #[serde(default)]
    pub contract_id: Option<Id>,
    pub number: String,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    pub amount: Money,
    /// The record's id in the system it was migrated from (see `Contact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl Invoice {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("account_id", EntityKind::Account, Some(self.account_id)),
            ("order_id", EntityKind::Order, self.order_id),
            ("contract_id", EntityKind::Contract, self.contract_id),
        ])
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Payment {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub invoice_id: Id,
    pub account_id: Id,
    pub paid_on: NaiveDate,
    pub amount: Money,
    #[serde(default)]
    pub method: String,
    /// The record's id in the system it was migrated from (see `Contact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl Payment {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("invoice_id", EntityKind::Invoice, Some(self.invoice_id)),
            ("account_id", EntityKind::Account, Some(self.account_id)),
        ])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SurveyKind {
    /// 0–10 "how likely are you to recommend us".
    Nps,
    /// 1–5 satisfaction at one touchpoint.
    Csat,
}

crate::wire_names!(SurveyKind {
    Nps = "nps",
    Csat = "csat",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Touchpoint {
    PreSales,
    Signing,
    Delivery,
    AfterSales,
}

crate::wire_names!(Touchpoint {
    PreSales = "pre_sales",
    Signing = "signing",
    Delivery = "delivery",
    AfterSales = "after_sales",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyResponse {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub account_id: Id,
    #[serde(default)]
    pub contact_id: Option<Id>,
    pub kind: SurveyKind,
    pub touchpoint: Touchpoint,
    pub score: u8,
    #[serde(default)]
    pub comment: String,
    pub responded_on: NaiveDate,
}

impl SurveyResponse {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("account_id", EntityKind::Account, Some(self.account_id)),
            ("contact_id", EntityKind::Contact, self.contact_id),
        ])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComplaintCategory {
    Product,
    Service,
    Process,
}

crate::wire_names!(ComplaintCategory {
    Product = "product",
    Service = "service",
    Process = "process",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    Normal,
    Urgent,
    Major,
}

crate::wire_names!(Severity {
    Normal = "normal",
    Urgent = "urgent",
    Major = "major",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ComplaintStatus {
    Open,
    Acknowledged,
    InProgress,
    Resolved,
    Verified,
    Closed,
}

crate::wire_names!(ComplaintStatus {
    Open = "open",
    Acknowledged = "acknowledged",
    InProgress = "in_progress",
    Resolved = "resolved",
    Verified = "verified",
    Closed = "closed",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComplaintStep {
    pub status: ComplaintStatus,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub at: Timestamp,
    #[serde(default)]
    pub by: Option<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Complaint {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub account_id: Id,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub category: ComplaintCategory,
    pub severity: Severity,
    pub status: ComplaintStatus,
    #[serde(default)]
    pub owner_id: Option<Id>,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub opened_at: Timestamp,
    #[serde(default)]
    pub history: Vec<ComplaintStep>,
    #[serde(default)]
    pub root_cause: String,
    #[serde(default)]
    pub corrective_action: String,
}

impl Complaint {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("account_id", EntityKind::Account, Some(self.account_id)),
            ("owner_id", EntityKind::Person, self.owner_id),
        ])
    }
}
