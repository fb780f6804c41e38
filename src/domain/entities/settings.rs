use serde::{Deserialize, Serialize};

use crate::domain::customers::CustomerSettings;
use crate::domain::leads::LeadSettings;
use crate::domain::pipeline::Stage;
use crate::domain::{Currency, Role, Timestamp};

/// Workspace-wide settings. Every threshold of the spec lives here and is
/// editable; defaults follow SPEC.md. New fields must carry `serde(default)` so
/// older export files still import.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub workspace_name: String,
    pub currency: Currency,
    /// Win probability per open/closed stage, in stage order (percent).
    pub stage_probability: [u8; 6],
    /// WIP limit per stage; 0 means no limit.
    pub wip_limit: [u32; 6],
    /// Days without activity after which a deal in that stage is stale.
    pub stale_days: [u32; 6],
    /// Lead grade cut-offs: A, B, C (D below C).
    pub grade_cutoffs: [u8; 3],
    /// Lead score weights: need fit, authority, budget/timeline, engagement.
    pub score_weights: [u8; 4],
    /// First-contact SLA hours for grades A, B, C.
    pub sla_hours: [u32; 3],
    /// Contract amount (minor units) from which finance, legal and VP countersign.
    pub approval_threshold_minor: i64,
    /// Who approves a contract below the threshold.
    pub approvers_below: Vec<Role>,
    /// Who must all countersign a contract at or above the threshold.
    pub approvers_above: Vec<Role>,
    /// Discount (percent) above which a quote needs approval.
    pub discount_approval_percent: u8,
    /// Who approves a quote discount above that percent.
    pub discount_approver: Role,
    /// Complaint first-response hours per severity: normal, urgent, major.
    pub complaint_response_hours: [u32; 3],
    pub training_hours_target: u32,
    /// Lead scoring, follow-up and assignment rules beyond the three arrays above.
    pub leads: LeadSettings,
    /// RFM tiers, lifecycle thresholds and cross-sell thresholds.
    pub customers: CustomerSettings,
    /// Monthly sales imported for the seasonal forecast (empty until then).
    pub sales_history: super::SalesHistory,
    #[serde(default, deserialize_with = "crate::domain::time_wire::de_opt")]
    pub updated_at: Option<Timestamp>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            workspace_name: String::new(),
            currency: Currency::CNY,
            stage_probability: Stage::DEFAULT_PROBABILITY,
            wip_limit: [0; 6],
            stale_days: [14, 14, 10, 7, 0, 0],
            grade_cutoffs: [80, 60, 40],
            score_weights: [30, 25, 25, 20],
            sla_hours: [2, 24, 72],
            approval_threshold_minor: 50_000_000,
            approvers_below: vec![Role::SalesDirector],
            approvers_above: vec![Role::Finance, Role::Legal, Role::Vp],
            discount_approval_percent: 15,
            discount_approver: Role::SalesDirector,
            complaint_response_hours: [48, 48, 48],
            training_hours_target: 120,
            leads: LeadSettings::default(),
            customers: CustomerSettings::default(),
            sales_history: super::SalesHistory::default(),
            updated_at: None,
        }
    }
}
