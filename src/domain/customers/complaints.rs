//! Complaints, closed loop (投诉闭环): filing, the response deadline by
//! severity, the walk open → acknowledged → in progress → resolved →
//! verified → closed with who and when, and the breaches that count against
//! the owner.
//!
//! The response deadline is `opened_at + settings.complaint_response_hours`
//! for the severity (48 hours by default). The first response is the
//! acknowledgement. A complaint is *overdue* while it is unacknowledged and
//! now is strictly after the deadline (at the deadline itself it is still on
//! time); it is a *breach* once overdue or acknowledged after the deadline.

use chrono::Duration;

use crate::domain::{
    Complaint, ComplaintCategory, ComplaintStatus, ComplaintStep, Id, Settings, Severity, Timestamp,
};

/// The order the states are walked in.
pub const FLOW: [ComplaintStatus; 6] = [
    ComplaintStatus::Open,
    ComplaintStatus::Acknowledged,
    ComplaintStatus::InProgress,
    ComplaintStatus::Resolved,
    ComplaintStatus::Verified,
    ComplaintStatus::Closed,
];

pub fn severity_index(s: Severity) -> usize {
    match s {
        Severity::Normal => 0,
        Severity::Urgent => 1,
        Severity::Major => 2,
    }
}

/// When the first response is due.
pub fn response_due(c: &Complaint, settings: &Settings) -> Timestamp {
    let hours = settings.complaint_response_hours[severity_index(c.severity)];
    c.opened_at + Duration::hours(hours as i64)
}

/// When it was acknowledged, if it was.
pub fn acknowledged_at(c: &Complaint) -> Option<Timestamp> {
    c.history.iter().find(|s| s.status == ComplaintStatus::Acknowledged).map(|s| s.at)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sla {
    /// Not acknowledged yet, deadline still ahead; hours left (rounded down).
    Due { hours_left: i64 },
    /// Not acknowledged and past the deadline; hours over (rounded up).
    Overdue { hours_over: i64 },
    Met,
    /// Acknowledged, but after the deadline.
    Late,
}

pub fn sla(c: &Complaint, settings: &Settings, now: Timestamp) -> Sla {
    let due = response_due(c, settings);
    match acknowledged_at(c) {
        Some(at) if at <= due => Sla::Met,
        Some(_) => Sla::Late,
        None if now > due => {
            let secs = (now - due).num_seconds();
            Sla::Overdue { hours_over: (secs + 3599) / 3600 }
        }
        None => Sla::Due { hours_left: (due - now).num_hours() },
    }
}

pub fn is_breach(c: &Complaint, settings: &Settings, now: Timestamp) -> bool {
    matches!(sla(c, settings, now), Sla::Overdue { .. } | Sla::Late)
}

/// Complaints per owner breaching their response deadline: (owner, breaches,
/// complaints owned). Feeds the owner's KPI.
pub fn breaches_by_owner(complaints: &[Complaint], settings: &Settings, now: Timestamp) -> Vec<(Option<Id>, usize, usize)> {
    let mut out: Vec<(Option<Id>, usize, usize)> = Vec::new();
    for c in complaints.iter().filter(|c| c.opened_at <= now) {
        let b = is_breach(c, settings, now) as usize;
        match out.iter_mut().find(|(o, _, _)| *o == c.owner_id) {
            Some(row) => {
                row.1 += b;
                row.2 += 1;
            }
            None => out.push((c.owner_id, b, 1)),
        }
    }
    out
}

/// Share of complaints answered on time, among those whose outcome is known
/// by now (answered, or past the deadline). `None` when there are none.
pub fn compliance_percent(complaints: &[Complaint], settings: &Settings, now: Timestamp) -> Option<f64> {
    let (mut known, mut met) = (0usize, 0usize);
    for c in complaints.iter().filter(|c| c.opened_at <= now) {
        match sla(c, settings, now) {
            Sla::Due { .. } => {}
            Sla::Met => {
                known += 1;
                met += 1;
            }
            _ => known += 1,
        }
    }
    (known > 0).then(|| met as f64 * 100.0 / known as f64)
}

/// A new complaint as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComplaintInput {
    pub account_id: Option<Id>,
    pub title: String,
    pub description: String,
    pub category: ComplaintCategory,
    pub severity: Severity,
    pub owner_id: Option<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComplaintError {
    AccountRequired,
    TitleRequired,
    /// Only the next state in `FLOW` (or back to in progress from resolved
    /// or verified, when the fix did not hold).
    NotNextStep,
    AlreadyClosed,
    RootCauseRequired,
    CorrectiveActionRequired,
}

/// Files a complaint: open, the first history step recorded.
pub fn file(input: &ComplaintInput, id: Id, by: Option<Id>, now: Timestamp) -> Result<Complaint, Vec<ComplaintError>> {
    let mut errors = Vec::new();
    if input.account_id.is_none() {
        errors.push(ComplaintError::AccountRequired);
    }
    let title = input.title.trim();
    if title.is_empty() {
        errors.push(ComplaintError::TitleRequired);
    }
    let Some(account_id) = input.account_id.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    Ok(Complaint {
        id,
        created_at: now,
        updated_at: now,
        account_id,
        title: title.to_string(),
        description: input.description.trim().to_string(),
        category: input.category,
        severity: input.severity,
        status: ComplaintStatus::Open,
        owner_id: input.owner_id,
        opened_at: now,
        history: vec![ComplaintStep { status: ComplaintStatus::Open, at: now, by }],
        root_cause: String::new(),
        corrective_action: String::new(),
    })
}

/// The states a complaint can move to from where it is.
pub fn next_steps(status: ComplaintStatus) -> Vec<ComplaintStatus> {
    let i = FLOW.iter().position(|s| *s == status).unwrap_or(0);
    let mut out: Vec<ComplaintStatus> = FLOW.get(i + 1).copied().into_iter().collect();
    if matches!(status, ComplaintStatus::Resolved | ComplaintStatus::Verified) {
        out.push(ComplaintStatus::InProgress);
    }
    out
}

/// Moves a complaint on, recording who and when. Root cause and corrective
/// action (as typed now, or as already stored) are saved with the step and
/// are required to close.
pub fn advance(
    c: &Complaint,
    to: ComplaintStatus,
    root_cause: &str,
    corrective_action: &str,
    by: Option<Id>,
    now: Timestamp,
) -> Result<Complaint, Vec<ComplaintError>> {
    if c.status == ComplaintStatus::Closed {
        return Err(vec![ComplaintError::AlreadyClosed]);
    }
    if !next_steps(c.status).contains(&to) {
        return Err(vec![ComplaintError::NotNextStep]);
    }
    let root_cause = root_cause.trim();
    let corrective_action = corrective_action.trim();
    if to == ComplaintStatus::Closed {
        let mut errors = Vec::new();
        if root_cause.is_empty() {
            errors.push(ComplaintError::RootCauseRequired);
        }
        if corrective_action.is_empty() {
            errors.push(ComplaintError::CorrectiveActionRequired);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
    }
    let mut next = c.clone();
    next.status = to;
    next.root_cause = root_cause.to_string();
    next.corrective_action = corrective_action.to_string();
    next.history.push(ComplaintStep { status: to, at: now, by });
    next.updated_at = now;
    Ok(next)
}
