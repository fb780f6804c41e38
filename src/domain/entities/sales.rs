use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{refs, EntityKind, Ref};
use crate::domain::pipeline::Stage;
use crate::domain::{Id, Money, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TierMode {
    /// Each unit is priced at the tier it falls in.
    #[default]
    Slab,
    /// All units are priced at the tier the total quantity reaches.
    Range,
}

crate::wire_names!(TierMode {
    Slab = "slab",
    Range = "range",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PriceTier {
    pub min_quantity: u32,
    pub unit_price_minor: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Product {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub name: String,
    #[serde(default)]
    pub sku: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub unit: String,
    pub list_price: Money,
    /// Tax rate in basis points (1300 = 13 %).
    #[serde(default)]
    pub tax_rate_bp: u32,
    #[serde(default)]
    pub tiers: Vec<PriceTier>,
    #[serde(default)]
    pub tier_mode: TierMode,
    /// Products sold together as a bundle (this product is the bundle).
    #[serde(default)]
    pub bundle_of: Vec<Id>,
    #[serde(default)]
    pub is_service_pack: bool,
    #[serde(default = "super::team::yes")]
    pub active: bool,
    /// The record's id in the system it was migrated from, so importing
    /// the same export again merges instead of duplicating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl Product {
    pub fn references(&self) -> Vec<Ref> {
        super::list_refs("bundle_of", EntityKind::Product, self.bundle_of.iter())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    Seo,
    SocialAds,
    Content,
    Email,
    WebForm,
    PartnerReferral,
    TradeShow,
    PurchasedList,
    Other,
}

crate::wire_names!(Channel {
    Seo = "seo",
    SocialAds = "social_ads",
    Content = "content",
    Email = "email",
    WebForm = "web_form",
    PartnerReferral = "partner_referral",
    TradeShow = "trade_show",
    PurchasedList = "purchased_list",
    Other = "other",
});

/// Lawful basis for contacting someone from a purchased or rented list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Consent {
    pub vendor: String,
    pub acquired_on: NaiveDate,
    pub basis: String,
    #[serde(default)]
    pub expires_on: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LeadStatus {
    New,
    Contacted,
    Qualified,
    Nurture,
    Converted,
    Disqualified,
}

crate::wire_names!(LeadStatus {
    New = "new",
    Contacted = "contacted",
    Qualified = "qualified",
    Nurture = "nurture",
    Converted = "converted",
    Disqualified = "disqualified",
});

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EngagementKind {
    SiteVisit,
    EmailOpen,
    FormSubmit,
    EventAttended,
}

crate::wire_names!(EngagementKind {
    SiteVisit = "site_visit",
    EmailOpen = "email_open",
    FormSubmit = "form_submit",
    EventAttended = "event_attended",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Engagement {
    pub kind: EngagementKind,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub at: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lead {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub name: String,
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub industry: String,
    #[serde(default)]
    pub employees: Option<u32>,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub city: String,
    pub channel: Channel,
    /// Partner, event or list vendor name, depending on the channel.
    #[serde(default)]
    pub channel_detail: String,
    #[serde(default)]
    pub consent: Option<Consent>,
    pub status: LeadStatus,
    #[serde(default)]
    pub owner_id: Option<Id>,
    #[serde(default)]
    pub budget: Option<Money>,
    /// Expected purchase within this many months.
    #[serde(default)]
    pub timeline_months: Option<u16>,
    #[serde(default)]
    pub engagement: Vec<Engagement>,
    #[serde(default, deserialize_with = "crate::domain::time_wire::de_opt")]
    pub first_contact_at: Option<Timestamp>,
    /// Latest logged outreach; follow-up dates count from it.
    #[serde(default, deserialize_with = "crate::domain::time_wire::de_opt")]
    pub last_contact_at: Option<Timestamp>,
    #[serde(default)]
    pub disqualify_reason: Option<String>,
    #[serde(default)]
    pub converted_deal_id: Option<Id>,
    #[serde(default)]
    pub notes: String,
    /// Every change of owner, oldest first.
    #[serde(default)]
    pub assignment_history: Vec<AssignmentChange>,
}

/// One change of a lead's owner. A log: the people named may since have left.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssignmentChange {
    #[serde(default)]
    pub from: Option<Id>,
    #[serde(default)]
    pub to: Option<Id>,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub at: Timestamp,
    /// Who reassigned; `None` for the assignment rules.
    #[serde(default)]
    pub by: Option<Id>,
    /// Set by the assignment rules (round-robin), not by a person.
    #[serde(default)]
    pub automatic: bool,
    #[serde(default)]
    pub reason: String,
}

impl Lead {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("owner_id", EntityKind::Person, self.owner_id),
            ("converted_deal_id", EntityKind::Deal, self.converted_deal_id),
        ])
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageChange {
    #[serde(default)]
    pub from: Option<Stage>,
    pub to: Stage,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub at: Timestamp,
    #[serde(default)]
    pub by: Option<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Negotiation {
    pub batna: String,
    pub concessions_given: Vec<String>,
    pub concessions_received: Vec<String>,
    pub deadline: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ForecastCategory {
    Pipeline,
    BestCase,
    Commit,
    Closed,
    Omitted,
}

crate::wire_names!(ForecastCategory {
    Pipeline = "pipeline",
    BestCase = "best_case",
    Commit = "commit",
    Closed = "closed",
    Omitted = "omitted",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub name: String,
    pub account_id: Id,
    #[serde(default)]
    pub contact_id: Option<Id>,
    pub owner_id: Id,
    pub stage: Stage,
    pub amount: Money,
    #[serde(default)]
    pub expected_close: Option<NaiveDate>,
    #[serde(default)]
    pub product_ids: Vec<Id>,
    pub forecast: ForecastCategory,
    #[serde(default)]
    pub lost_reason: Option<String>,
    #[serde(default)]
    pub stage_history: Vec<StageChange>,
    /// Position within its board column (lower first); kept across moves.
    #[serde(default)]
    pub rank: i64,
    #[serde(default)]
    pub lead_id: Option<Id>,
    #[serde(default)]
    pub negotiation: Negotiation,
    /// Exit-checklist items ticked, by key.
    #[serde(default)]
    pub checklist: Vec<String>,
    #[serde(default, deserialize_with = "crate::domain::time_wire::de_opt")]
    pub last_activity_at: Option<Timestamp>,
    /// Help asked of pre-sales, technical or other departments.
    #[serde(default)]
    pub support_requests: Vec<SupportRequest>,
    /// The record's id in the system it was migrated from, so importing
    /// the same export again merges instead of duplicating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SupportTeam {
    PreSales,
    Technical,
    Legal,
    Finance,
}

crate::wire_names!(SupportTeam {
    PreSales = "pre_sales",
    Technical = "technical",
    Legal = "legal",
    Finance = "finance",
});

impl SupportTeam {
    pub const ALL: [SupportTeam; 4] = [SupportTeam::PreSales, SupportTeam::Technical, SupportTeam::Legal, SupportTeam::Finance];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SupportStatus {
    Open,
    InProgress,
    Done,
}

crate::wire_names!(SupportStatus {
    Open = "open",
    InProgress = "in_progress",
    Done = "done",
});

/// A cross-department request (跨部门协作) kept on the deal or lead it is for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupportRequest {
    pub id: Id,
    pub team: SupportTeam,
    pub subject: String,
    #[serde(default)]
    pub details: String,
    #[serde(default)]
    pub requested_by: Option<Id>,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub requested_at: Timestamp,
    #[serde(default)]
    pub needed_by: Option<NaiveDate>,
    pub status: SupportStatus,
    #[serde(default, deserialize_with = "crate::domain::time_wire::de_opt")]
    pub updated_at: Option<Timestamp>,
}

impl Deal {
    pub fn references(&self) -> Vec<Ref> {
        let mut out = refs([
            ("account_id", EntityKind::Account, Some(self.account_id)),
            ("owner_id", EntityKind::Person, Some(self.owner_id)),
            ("contact_id", EntityKind::Contact, self.contact_id),
            ("lead_id", EntityKind::Lead, self.lead_id),
        ]);
        out.extend(super::list_refs("product_ids", EntityKind::Product, self.product_ids.iter()));
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActivityKind {
    Call,
    Visit,
    Email,
    Meeting,
    Note,
    Task,
}

crate::wire_names!(ActivityKind {
    Call = "call",
    Visit = "visit",
    Email = "email",
    Meeting = "meeting",
    Note = "note",
    Task = "task",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub kind: ActivityKind,
    pub subject: String,
    #[serde(default)]
    pub notes: String,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub at: Timestamp,
    #[serde(default, deserialize_with = "crate::domain::time_wire::de_opt")]
    pub due: Option<Timestamp>,
    #[serde(default)]
    pub done: bool,
    #[serde(default)]
    pub owner_id: Option<Id>,
    #[serde(default)]
    pub deal_id: Option<Id>,
    #[serde(default)]
    pub account_id: Option<Id>,
    #[serde(default)]
    pub contact_id: Option<Id>,
    #[serde(default)]
    pub lead_id: Option<Id>,
}

impl Activity {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("owner_id", EntityKind::Person, self.owner_id),
            ("deal_id", EntityKind::Deal, self.deal_id),
            ("account_id", EntityKind::Account, self.account_id),
            ("contact_id", EntityKind::Contact, self.contact_id),
            ("lead_id", EntityKind::Lead, self.lead_id),
        ])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Discount {
    #[default]
    None,
    /// Basis points (1000 = 10 %).
    Percent(u32),
    /// Minor units off.
    Amount(i64),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteLine {
    pub product_id: Id,
    #[serde(default)]
    pub description: String,
    pub quantity: u32,
    /// Overrides the catalogue price when set.
    #[serde(default)]
    pub unit_price_minor: Option<i64>,
    #[serde(default)]
    pub discount: Discount,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteStatus {
    Draft,
    Sent,
    Accepted,
    Rejected,
    Superseded,
}

crate::wire_names!(QuoteStatus {
    Draft = "draft",
    Sent = "sent",
    Accepted = "accepted",
    Rejected = "rejected",
    Superseded = "superseded",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub deal_id: Id,
    pub version: u32,
    pub status: QuoteStatus,
    pub currency: crate::domain::Currency,
    pub lines: Vec<QuoteLine>,
    #[serde(default)]
    pub discount: Discount,
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
    /// Price-adjustment clause (e.g. indexation, raw-material surcharges).
    #[serde(default)]
    pub price_adjustment: String,
    /// Delivery clause (lead time, place, acceptance).
    #[serde(default)]
    pub delivery: String,
    /// Further clauses, one per entry.
    #[serde(default)]
    pub clauses: Vec<String>,
}

impl Quote {
    pub fn references(&self) -> Vec<Ref> {
        let mut out = vec![Ref::one("deal_id", EntityKind::Deal, self.deal_id)];
        out.extend(super::list_refs("lines.product_id", EntityKind::Product, self.lines.iter().map(|l| &l.product_id)));
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContractStatus {
    Draft,
    PendingApproval,
    Approved,
    Rejected,
    Signed,
}

crate::wire_names!(ContractStatus {
    Draft = "draft",
    PendingApproval = "pending_approval",
    Approved = "approved",
    Rejected = "rejected",
    Signed = "signed",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LegalChecklist {
    pub ip_ownership: bool,
    pub confidentiality: bool,
    pub anti_bribery: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    pub signer_name: String,
    /// PNG data URL of the drawn signature.
    #[serde(default)]
    pub drawing: String,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub signed_at: Timestamp,
    /// SHA-256 (hex) of the contract content at signing time.
    pub content_sha256: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contract {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub title: String,
    pub account_id: Id,
    #[serde(default)]
    pub deal_id: Option<Id>,
    #[serde(default)]
    pub quote_id: Option<Id>,
    pub amount: Money,
    pub status: ContractStatus,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub legal: LegalChecklist,
    #[serde(default)]
    pub deposit_clause: bool,
    #[serde(default)]
    pub signature: Option<Signature>,
}

impl Contract {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("account_id", EntityKind::Account, Some(self.account_id)),
            ("deal_id", EntityKind::Deal, self.deal_id),
            ("quote_id", EntityKind::Quote, self.quote_id),
        ])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    Pending,
    Approved,
    Rejected,
}

crate::wire_names!(Decision {
    Pending = "pending",
    Approved = "approved",
    Rejected = "rejected",
});

/// One approver's decision on a contract (or a quote discount).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApprovalStep {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    #[serde(default)]
    pub contract_id: Option<Id>,
    #[serde(default)]
    pub quote_id: Option<Id>,
    pub role: super::Role,
    #[serde(default)]
    pub approver_id: Option<Id>,
    pub decision: Decision,
    #[serde(default)]
    pub reason: String,
    #[serde(default, deserialize_with = "crate::domain::time_wire::de_opt")]
    pub decided_at: Option<Timestamp>,
    /// SHA-256 of what was put up for approval (a quote's pricing terms), so
    /// an approval never carries over to terms changed afterwards. Empty for
    /// contracts, which cannot be edited while under approval.
    #[serde(default)]
    pub subject_sha256: String,
}

impl ApprovalStep {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("contract_id", EntityKind::Contract, self.contract_id),
            ("quote_id", EntityKind::Quote, self.quote_id),
            ("approver_id", EntityKind::Person, self.approver_id),
        ])
    }
}
