//! Checks on a lead as entered (quick add, the full form, an imported row),
//! every problem at once. A purchased-list lead without consent may be
//! saved: it is outreach that consent gates (see `outreach`), and the list
//! shows why.

use crate::domain::people::is_plausible_email;
use crate::domain::{Channel, Lead};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LeadError {
    NameRequired,
    EmailInvalid,
    /// Partner referrals name the partner, trade shows the event and
    /// purchased lists the vendor (`channel_detail`).
    ChannelDetailRequired,
    ConsentVendorRequired,
    /// The consent would expire before the list was acquired.
    ConsentExpiresBeforeAcquired,
    BudgetNegative,
}

pub fn check_lead(lead: &Lead) -> Vec<LeadError> {
    let mut out = Vec::new();
    if lead.name.trim().is_empty() {
        out.push(LeadError::NameRequired);
    }
    let email = lead.email.trim();
    if !email.is_empty() && !is_plausible_email(email) {
        out.push(LeadError::EmailInvalid);
    }
    let named = matches!(lead.channel, Channel::PartnerReferral | Channel::TradeShow | Channel::PurchasedList);
    if named && lead.channel_detail.trim().is_empty() {
        out.push(LeadError::ChannelDetailRequired);
    }
    if let Some(c) = &lead.consent {
        if c.vendor.trim().is_empty() {
            out.push(LeadError::ConsentVendorRequired);
        }
        if c.expires_on.is_some_and(|e| e < c.acquired_on) {
            out.push(LeadError::ConsentExpiresBeforeAcquired);
        }
    }
    if lead.budget.is_some_and(|b| b.minor < 0) {
        out.push(LeadError::BudgetNegative);
    }
    out
}
