//! Domain refusals, SLA states and score reasons in the user's language.

use crate::domain::lead_form::LeadError;
use crate::domain::leads::{Grade, OutreachBlock, OutreachError, Reason, ReasonKind, SlaState};
use crate::domain::{Currency, Money, Timestamp};
use crate::i18n::format as fmt;
use crate::i18n::Texts;

/// Grades are letters in both languages (A 级 in Chinese text).
pub fn grade(g: Grade) -> &'static str {
    ["A", "B", "C", "D"][g.index()]
}

pub fn form_error(t: &Texts, e: LeadError) -> &'static str {
    let l = &t.leads;
    match e {
        LeadError::NameRequired => l.err_name_required,
        LeadError::ContactRequired => l.err_contact_required,
        LeadError::EmailInvalid => l.err_email_invalid,
        LeadError::PhoneInvalid => l.err_phone_invalid,
        LeadError::EmployeesInvalid => l.err_employees_invalid,
        LeadError::BudgetInvalid => l.err_budget_invalid,
        LeadError::TimelineInvalid => l.err_timeline_invalid,
        LeadError::PartnerRequired => l.err_partner_required,
        LeadError::EventRequired => l.err_event_required,
        LeadError::VendorRequired => l.err_vendor_required,
        LeadError::AcquiredRequired => l.err_acquired_required,
        LeadError::AcquiredInvalid => l.err_acquired_invalid,
        LeadError::AcquiredInFuture => l.err_acquired_future,
        LeadError::BasisRequired => l.err_basis_required,
        LeadError::ExpiryRequired => l.err_expiry_required,
        LeadError::ExpiryInvalid => l.err_expiry_invalid,
        LeadError::ExpiryBeforeAcquired => l.err_expiry_before,
        LeadError::OwnerUnknown => l.err_owner_unknown,
    }
}

pub fn block(t: &Texts, b: OutreachBlock) -> String {
    match b {
        OutreachBlock::ConsentMissing => t.leads.blocked_missing.to_string(),
        OutreachBlock::ConsentBasisMissing => t.leads.blocked_basis_missing.to_string(),
        OutreachBlock::ConsentExpired { on } => (t.leads.blocked_expired)(&fmt::date(on, t.locale)),
    }
}

pub fn outreach(t: &Texts, e: OutreachError) -> String {
    match e {
        OutreachError::Blocked(b) => block(t, b),
        OutreachError::Closed => t.leads.blocked_closed.to_string(),
        OutreachError::SubjectRequired => t.leads.subject_required.to_string(),
    }
}

/// Whole minutes in a duration (the list is scored to the minute).
fn minutes(d: chrono::Duration) -> i64 {
    d.num_minutes()
}

/// The SLA cell: a short text and whether it needs attention (overdue or late).
pub fn sla(t: &Texts, state: &SlaState) -> (String, bool) {
    let l = &t.leads;
    match state {
        SlaState::DueIn { left, .. } => ((l.sla_due_in)(&(l.span)(minutes(*left))), false),
        SlaState::Overdue { by, .. } => ((l.sla_overdue_by)(&(l.span)(minutes(*by))), true),
        SlaState::Met { .. } => (l.sla_met.to_string(), false),
        SlaState::Late { by, .. } => ((l.sla_late)(&(l.span)(minutes(*by))), true),
        SlaState::Nurture => (l.sla_nurture.to_string(), false),
        SlaState::NotApplicable => (l.sla_none.to_string(), false),
    }
}

/// When a due time falls, for the lead page ("Nov 27, 2:30 PM").
pub fn when(t: &Texts, at: Timestamp, offset: chrono::FixedOffset) -> String {
    fmt::datetime_short(at, offset, t.locale)
}

/// One reason a factor gave its points for, worded.
pub fn reason(t: &Texts, r: &Reason, currency: Currency) -> String {
    let l = &t.leads;
    let money = |minor: i64| fmt::money(Money::new(minor, currency));
    match &r.kind {
        ReasonKind::IndustryInIcp => l.r_industry_in.into(),
        ReasonKind::IndustryOutsideIcp => l.r_industry_out.into(),
        ReasonKind::IndustryUnknown => l.r_industry_unknown.into(),
        ReasonKind::SizeInIcp { employees } => (l.r_size_in)(*employees as usize),
        ReasonKind::SizeOutsideIcp { employees } => (l.r_size_out)(*employees as usize),
        ReasonKind::SizeUnknown => l.r_size_unknown.into(),
        ReasonKind::BudgetFitsIcp { minor } => (l.r_budget_fits)(&money(*minor)),
        ReasonKind::BudgetBelowIcp { minor } => (l.r_budget_below)(&money(*minor)),
        ReasonKind::BudgetUnknown => l.r_budget_unknown.into(),
        ReasonKind::BudgetOtherCurrency { currency } => (l.r_budget_currency)(currency.code()),
        ReasonKind::CycleFitsIcp { months } => (l.r_cycle_fits)(*months as usize),
        ReasonKind::CycleBeyondIcp { months } => (l.r_cycle_beyond)(*months as usize),
        ReasonKind::CycleUnknown => l.r_cycle_unknown.into(),
        ReasonKind::TitleMatched { keyword } => (l.r_title_matched)(keyword),
        ReasonKind::TitleUnmatched => l.r_title_unmatched.into(),
        ReasonKind::TitleMissing => l.r_title_missing.into(),
        ReasonKind::Budget { minor, .. } => (l.r_budget)(&money(*minor)),
        ReasonKind::Timeline { months, .. } => (l.r_timeline)(*months as usize),
        ReasonKind::TimelineUnknown => l.r_timeline_unknown.into(),
        ReasonKind::Engagement { kind, events } => (l.r_engagement)(*events, l.engagement_kinds[*kind as usize]),
        ReasonKind::EngagementNone => l.r_engagement_none.into(),
        ReasonKind::Capped => l.r_capped.into(),
    }
}
