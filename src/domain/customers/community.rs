//! Success cases (a won deal kept as a reference story) and community events
//! (seminars, user conferences) with the customers who attended.

use chrono::NaiveDate;

use crate::domain::pipeline::Stage;
use crate::domain::{Account, Attendee, CommunityEvent, Deal, EventKind, Id, SuccessCase, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseError {
    NotWon,
    AlreadyMarked,
    TitleRequired,
}

/// Marks a won deal as a reusable success case; one case per deal.
pub fn mark_case(
    deal: &Deal,
    account: Option<&Account>,
    existing: &[SuccessCase],
    title: &str,
    summary: &str,
    by: Option<Id>,
    id: Id,
    now: Timestamp,
) -> Result<SuccessCase, Vec<CaseError>> {
    let mut errors = Vec::new();
    if deal.stage != Stage::Won {
        errors.push(CaseError::NotWon);
    }
    if existing.iter().any(|c| c.deal_id == deal.id) {
        errors.push(CaseError::AlreadyMarked);
    }
    let title = title.trim();
    if title.is_empty() {
        errors.push(CaseError::TitleRequired);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(SuccessCase {
        id,
        created_at: now,
        updated_at: now,
        deal_id: deal.id,
        account_id: deal.account_id,
        title: title.to_string(),
        summary: summary.trim().to_string(),
        industry: account.map(|a| a.industry.clone()).unwrap_or_default(),
        marked_by: by,
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventInput {
    pub name: String,
    pub kind: EventKind,
    pub held_on: Option<NaiveDate>,
    pub location: String,
    pub attendees: Vec<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventError {
    NameRequired,
    DateRequired,
}

/// A new event; each account attends once (repeats are dropped).
pub fn new_event(input: &EventInput, id: Id, now: Timestamp) -> Result<CommunityEvent, Vec<EventError>> {
    let mut errors = Vec::new();
    let name = input.name.trim();
    if name.is_empty() {
        errors.push(EventError::NameRequired);
    }
    let Some(held_on) = input.held_on else {
        errors.push(EventError::DateRequired);
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut attendees: Vec<Attendee> = Vec::new();
    for a in &input.attendees {
        if !attendees.iter().any(|x| x.account_id == *a) {
            attendees.push(Attendee { account_id: *a, contact_id: None });
        }
    }
    Ok(CommunityEvent {
        id,
        created_at: now,
        updated_at: now,
        name: name.to_string(),
        kind: input.kind,
        held_on,
        location: input.location.trim().to_string(),
        attendees,
        notes: String::new(),
    })
}
