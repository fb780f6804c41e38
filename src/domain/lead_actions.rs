//! What a person does to a lead from the list and the lead page: change its
//! status, disqualify it with a reason, assign it, keep notes, and log
//! outreach (a call, email or visit), which a purchased-list lead without
//! valid consent refuses. Pure functions; the UI writes each result as one
//! `Change`.

use chrono::NaiveDate;

use super::lead_list::is_open;
use super::{Activity, ActivityKind, Channel, Id, Lead, LeadStatus, Timestamp};

/// Why a lead may not be contacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentProblem {
    /// A purchased or rented list lead with no consent record.
    Missing,
    /// Consent ran out on this day (the last day it was valid).
    Expired(NaiveDate),
}

/// The consent rule (SPEC §2): a lead bought or rented from a list needs a
/// recorded lawful basis, and any recorded consent must not have expired by
/// the app clock's (UTC) date. Leads that reached us themselves (forms,
/// events, referrals) need no record. Kept in this one function so the rule
/// has a single home.
pub fn consent_problem(lead: &Lead, now: Timestamp) -> Option<ConsentProblem> {
    let today = now.date_naive();
    match &lead.consent {
        None if lead.channel == Channel::PurchasedList => Some(ConsentProblem::Missing),
        None => None,
        Some(c) if c.basis.trim().is_empty() => Some(ConsentProblem::Missing),
        Some(c) => c.expires_on.filter(|e| *e < today).map(ConsentProblem::Expired),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusError {
    /// Disqualifying needs a reason: use [`disqualify`].
    ReasonRequired,
    /// Converted is reached by converting, and is final.
    Converted,
}

/// Moves the lead to `to` (new, contacted, qualified, nurture). Leaving
/// "disqualified" clears the reason. The same status is a no-op (`None`),
/// so nothing is written.
pub fn set_status(lead: &Lead, to: LeadStatus, now: Timestamp) -> Result<Option<Lead>, StatusError> {
    match to {
        _ if lead.status == LeadStatus::Converted => Err(StatusError::Converted),
        LeadStatus::Converted => Err(StatusError::Converted),
        LeadStatus::Disqualified => Err(StatusError::ReasonRequired),
        _ if lead.status == to => Ok(None),
        _ => {
            let mut next = lead.clone();
            next.status = to;
            next.disqualify_reason = None;
            next.updated_at = now;
            Ok(Some(next))
        }
    }
}

/// Disqualifies the lead, keeping why (SPEC §2 "disqualify with a reason").
pub fn disqualify(lead: &Lead, reason: &str, now: Timestamp) -> Result<Lead, StatusError> {
    if lead.status == LeadStatus::Converted {
        return Err(StatusError::Converted);
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(StatusError::ReasonRequired);
    }
    let mut next = lead.clone();
    next.status = LeadStatus::Disqualified;
    next.disqualify_reason = Some(reason.to_string());
    next.updated_at = now;
    Ok(next)
}

/// Gives the lead to `owner` (or back to the unassigned queue with `None`);
/// `None` when it already is theirs, so nothing is written.
pub fn assign(lead: &Lead, owner: Option<Id>, now: Timestamp) -> Option<Lead> {
    (lead.owner_id != owner).then(|| Lead { owner_id: owner, updated_at: now, ..lead.clone() })
}

pub fn set_notes(lead: &Lead, notes: &str, now: Timestamp) -> Option<Lead> {
    let notes = notes.trim_end();
    (lead.notes != notes).then(|| Lead { notes: notes.to_string(), updated_at: now, ..lead.clone() })
}

/// The result of a bulk action: the leads to write, and how many were left
/// alone because the action does not apply to them (e.g. converted leads).
#[derive(Debug, Default, PartialEq)]
pub struct Bulk {
    pub changed: Vec<Lead>,
    pub unchanged: usize,
    pub refused: usize,
}

pub fn bulk_assign<'a>(leads: impl IntoIterator<Item = &'a Lead>, owner: Option<Id>, now: Timestamp) -> Bulk {
    let mut out = Bulk::default();
    for l in leads {
        match assign(l, owner, now) {
            Some(x) => out.changed.push(x),
            None => out.unchanged += 1,
        }
    }
    out
}

pub fn bulk_status<'a>(leads: impl IntoIterator<Item = &'a Lead>, to: LeadStatus, now: Timestamp) -> Bulk {
    let mut out = Bulk::default();
    for l in leads {
        match set_status(l, to, now) {
            Ok(Some(x)) => out.changed.push(x),
            Ok(None) => out.unchanged += 1,
            Err(_) => out.refused += 1,
        }
    }
    out
}

/// The kinds of contact that count as outreach to a lead.
pub const OUTREACH_KINDS: [ActivityKind; 3] = [ActivityKind::Call, ActivityKind::Email, ActivityKind::Visit];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutreachInput {
    pub kind: ActivityKind,
    pub subject: String,
    pub notes: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutreachError {
    Blocked(ConsentProblem),
    /// Converted or disqualified leads are not worked any more.
    Closed,
    NotOutreach,
    SubjectRequired,
}

/// Logs a call, email or visit on the lead, by `by` at `now`: the activity,
/// and the lead with its first contact recorded (a new lead becomes
/// contacted). Refused, with the reason, when consent is missing or expired.
pub fn log_outreach(
    lead: &Lead,
    input: OutreachInput,
    id: Id,
    by: Option<Id>,
    now: Timestamp,
) -> Result<(Activity, Lead), OutreachError> {
    if !is_open(lead.status) {
        return Err(OutreachError::Closed);
    }
    if let Some(p) = consent_problem(lead, now) {
        return Err(OutreachError::Blocked(p));
    }
    if !OUTREACH_KINDS.contains(&input.kind) {
        return Err(OutreachError::NotOutreach);
    }
    let subject = input.subject.trim();
    if subject.is_empty() {
        return Err(OutreachError::SubjectRequired);
    }
    let activity = Activity {
        id,
        created_at: now,
        updated_at: now,
        kind: input.kind,
        subject: subject.to_string(),
        notes: input.notes.trim().to_string(),
        at: now,
        due: None,
        done: true,
        owner_id: by,
        deal_id: None,
        account_id: None,
        contact_id: None,
        lead_id: Some(lead.id),
    };
    let mut next = lead.clone();
    next.first_contact_at = Some(lead.first_contact_at.unwrap_or(now));
    if next.status == LeadStatus::New {
        next.status = LeadStatus::Contacted;
    }
    next.updated_at = now;
    Ok((activity, next))
}

#[cfg(test)]
mod tests;
