//! What a person does to leads from the list and the lead page beyond what
//! `leads` covers (outreach, disqualifying, reassigning, converting): change
//! a status, keep notes, give a saved lead its owner, and act on many leads
//! at once. Pure functions; the UI writes each result as one `Change`.

use super::leads::{reassign, Assigner, Pick};
use super::{Id, Lead, LeadStatus, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusError {
    /// Disqualifying needs a reason: use `leads::disqualify`.
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

pub fn set_notes(lead: &Lead, notes: &str, now: Timestamp) -> Option<Lead> {
    let notes = notes.trim_end();
    (lead.notes != notes).then(|| Lead { notes: notes.to_string(), updated_at: now, ..lead.clone() })
}

/// A new lead as the form built it gets its owner: the person chosen on the
/// form (recorded in its assignment history as chosen by `by`), or else
/// whoever the assignment rules pick (`Some(pick)`). With nobody free it
/// stays in the unassigned queue.
pub fn assign_new(lead: Lead, assigner: &mut Assigner<'_>, by: Option<Id>, now: Timestamp) -> (Lead, Option<Pick>) {
    if let Some(owner) = lead.owner_id {
        let unowned = Lead { owner_id: None, ..lead.clone() };
        return (reassign(&unowned, Some(owner), by, "", now).unwrap_or(lead), None);
    }
    match assigner.assign(&lead, now) {
        Ok((assigned, pick)) => (assigned, Some(pick)),
        Err(_) => (lead, None),
    }
}

/// An edited lead whose owner the form changed: the change goes into its
/// history. Closed leads keep the owner they closed with.
pub fn owner_edit(before: &Lead, edited: Lead, by: Option<Id>, now: Timestamp) -> Lead {
    if before.owner_id == edited.owner_id {
        return edited;
    }
    let to = edited.owner_id;
    let as_was = Lead { owner_id: before.owner_id, ..edited };
    match reassign(&as_was, to, by, "", now) {
        Ok(l) => l,
        Err(_) => as_was,
    }
}

/// The result of a bulk action: the leads to write, and how many were left
/// alone because they already were that way or the action does not apply
/// to them (converted or disqualified leads keep their owner, converted
/// leads their status).
#[derive(Debug, Default, PartialEq)]
pub struct Bulk {
    pub changed: Vec<Lead>,
    pub unchanged: usize,
    pub refused: usize,
}

/// Reassigns every lead to `owner` (`None`: back to the unassigned queue),
/// each change kept in the lead's history as made by `by`.
pub fn bulk_assign<'a>(leads: impl IntoIterator<Item = &'a Lead>, owner: Option<Id>, by: Option<Id>, now: Timestamp) -> Bulk {
    let mut out = Bulk::default();
    for l in leads {
        match reassign(l, owner, by, "", now) {
            Ok(x) => out.changed.push(x),
            Err(super::leads::ReassignError::SameOwner) => out.unchanged += 1,
            Err(super::leads::ReassignError::Closed) => out.refused += 1,
        }
    }
    out
}

/// Hands every unassigned lead to whoever the assignment rules pick, in
/// turn (round-robin moves on after each). Leads that already have an owner
/// are unchanged; those nobody is free for are refused.
pub fn bulk_auto_assign<'a>(leads: impl IntoIterator<Item = &'a Lead>, assigner: &mut Assigner<'_>, now: Timestamp) -> Bulk {
    let mut out = Bulk::default();
    for l in leads {
        if l.owner_id.is_some() {
            out.unchanged += 1;
            continue;
        }
        match assigner.assign(l, now) {
            Ok((x, _)) => out.changed.push(x),
            Err(_) => out.refused += 1,
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

#[cfg(test)]
mod tests;
