//! Contacting a lead. People on a purchased or rented list may only be
//! contacted on a recorded lawful basis that has not expired by the app
//! clock's date (UTC, as the credit check reads "today"); consent is valid up
//! to and including its expiry date, and a consent without an expiry date
//! does not lapse. Leads from other channels came to us and need no record.

use chrono::NaiveDate;

use crate::domain::{Activity, ActivityKind, Channel, Id, Lead, LeadStatus, Record, Timestamp};

/// Why outreach to a lead is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutreachBlock {
    ConsentMissing,
    /// A consent record whose lawful basis is blank.
    ConsentBasisMissing,
    ConsentExpired {
        on: NaiveDate,
    },
}

pub fn outreach_block(lead: &Lead, now: Timestamp) -> Option<OutreachBlock> {
    if lead.channel != Channel::PurchasedList {
        return None;
    }
    let Some(c) = &lead.consent else { return Some(OutreachBlock::ConsentMissing) };
    if c.basis.trim().is_empty() {
        return Some(OutreachBlock::ConsentBasisMissing);
    }
    match c.expires_on {
        Some(on) if on < now.date_naive() => Some(OutreachBlock::ConsentExpired { on }),
        _ => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutreachKind {
    Call,
    Email,
    Visit,
}

impl OutreachKind {
    pub const ALL: [OutreachKind; 3] = [OutreachKind::Call, OutreachKind::Email, OutreachKind::Visit];
    pub fn activity_kind(self) -> ActivityKind {
        match self {
            OutreachKind::Call => ActivityKind::Call,
            OutreachKind::Email => ActivityKind::Email,
            OutreachKind::Visit => ActivityKind::Visit,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutreachInput {
    pub kind: OutreachKind,
    pub subject: String,
    pub notes: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutreachError {
    Blocked(OutreachBlock),
    SubjectRequired,
    /// Converted leads are worked on their deal; disqualified ones not at all.
    Closed,
}

/// What logging outreach writes: the activity and the lead it moved on.
#[derive(Clone, Debug, PartialEq)]
pub struct Outreach {
    pub lead: Lead,
    pub activity: Activity,
}

impl Outreach {
    pub fn records(self) -> Vec<Record> {
        vec![self.lead.into(), self.activity.into()]
    }
}

/// Logs a call, e-mail or visit at `now`. The first one sets the lead's
/// first contact (which settles its SLA); every one moves its last contact,
/// from which the next follow-up counts. A new lead becomes contacted.
pub fn log_outreach(
    lead: &Lead,
    input: &OutreachInput,
    id: Id,
    by: Option<Id>,
    now: Timestamp,
) -> Result<Outreach, OutreachError> {
    if matches!(lead.status, LeadStatus::Converted | LeadStatus::Disqualified) {
        return Err(OutreachError::Closed);
    }
    if let Some(block) = outreach_block(lead, now) {
        return Err(OutreachError::Blocked(block));
    }
    let subject = input.subject.trim();
    if subject.is_empty() {
        return Err(OutreachError::SubjectRequired);
    }
    let activity = Activity {
        id,
        created_at: now,
        updated_at: now,
        kind: input.kind.activity_kind(),
        subject: subject.to_string(),
        notes: input.notes.trim().to_string(),
        at: now,
        due: None,
        done: true,
        owner_id: by.or(lead.owner_id),
        deal_id: None,
        account_id: None,
        contact_id: None,
        lead_id: Some(lead.id),
    };
    let mut next = lead.clone();
    next.first_contact_at = Some(lead.first_contact_at.map_or(now, |t| t.min(now)));
    next.last_contact_at = Some(lead.last_contact_at.map_or(now, |t| t.max(now)));
    if next.status == LeadStatus::New {
        next.status = LeadStatus::Contacted;
    }
    next.updated_at = now;
    Ok(Outreach { lead: next, activity })
}
