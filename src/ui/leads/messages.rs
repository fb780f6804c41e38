//! Domain refusals in the user's language.

use crate::domain::lead_actions::{ConsentProblem, OutreachError};
use crate::domain::lead_form::LeadError;
use crate::i18n::format as fmt;
use crate::i18n::Texts;

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

pub fn consent(t: &Texts, p: ConsentProblem) -> String {
    match p {
        ConsentProblem::Missing => t.leads.blocked_missing.to_string(),
        ConsentProblem::Expired(d) => (t.leads.blocked_expired)(&fmt::date(d, t.locale)),
    }
}

pub fn outreach(t: &Texts, e: OutreachError) -> String {
    match e {
        OutreachError::Blocked(p) => consent(t, p),
        OutreachError::Closed => t.leads.blocked_closed.to_string(),
        OutreachError::SubjectRequired | OutreachError::NotOutreach => t.leads.subject_required.to_string(),
    }
}
