//! Lead management (SPEC §2): explainable scoring and grades, the lead
//! settings and their checks, assignment, the tiered response SLA and
//! follow-ups, consent-gated outreach, conversion and disqualification, and
//! duplicate detection. Every rule takes "now" as a parameter.
//!
//! Compile the settings once with `LeadRules::new(&settings)` and reuse it
//! for every lead: `score` (cheap, for lists), `view` (score, SLA state and
//! next follow-up for a list row, scoring once), `explain` (the breakdown),
//! `what_if`, `sla_state`, `next_follow_up`.

pub mod assign;
pub mod convert;
pub mod dupes;
pub mod edit;
pub mod factors;
pub mod form;
mod number_field;
pub mod outreach;
pub mod reasons;
mod rules;
pub mod score;
pub mod settings;
pub mod sla;
mod text;
pub mod validate;

pub use assign::{is_open, reassign, AssignError, Assigner, NoRep, Pick, ReassignError, Skip, Via};
pub use convert::{buying_role_for, convert, disqualify, Conversion, ConvertContext, ConvertError, ConvertInput};
pub use convert::DisqualifyError;
pub use dupes::{normalise_company, normalise_email, normalise_phone, DupeIndex, DupeKeys, DupeMatch, MatchedOn};
pub use form::{check_lead, LeadError};
pub use outreach::{log_outreach, outreach_block, Outreach, OutreachBlock, OutreachError, OutreachInput, OutreachKind};
pub use reasons::{BudgetBand, Factor, Reason, ReasonKind, TimelineBand};
pub use score::{grade_for, weighted_total, FactorBreakdown, Grade, LeadRules, LeadScore, ScoreBreakdown, WhatIf};
pub use settings::{AssignmentRule, AssignmentSettings, EngagementRules, Icp, LeadSettings, RepCap, TitleWeight};
pub use sla::{overdue_queue, reminders, sla_compliance, LeadView, OverdueLead, Reminder, ReminderKind, RepSla, SlaState, REMINDER_HORIZON_HOURS};
pub use validate::{validate as validate_settings, LeadSettingsError};

use crate::domain::{Channel, Id, Lead, LeadStatus, Timestamp};

/// A new, unassigned lead with only a name and a channel: the start for the
/// quick-add form and the CSV importer.
pub fn new_lead(id: Id, name: &str, channel: Channel, now: Timestamp) -> Lead {
    Lead {
        id,
        created_at: now,
        updated_at: now,
        name: name.trim().to_string(),
        company: String::new(),
        title: String::new(),
        email: String::new(),
        phone: String::new(),
        industry: String::new(),
        employees: None,
        region: String::new(),
        city: String::new(),
        channel,
        channel_detail: String::new(),
        consent: None,
        status: LeadStatus::New,
        owner_id: None,
        budget: None,
        timeline_months: None,
        engagement: Vec::new(),
        first_contact_at: None,
        last_contact_at: None,
        disqualify_reason: None,
        converted_deal_id: None,
        notes: String::new(),
        assignment_history: Vec::new(),
    }
}

#[cfg(test)]
mod tests;
