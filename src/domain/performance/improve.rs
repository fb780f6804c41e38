//! Continuous-improvement actions (流程持续改进): recording one against what a
//! review found, and closing it with its outcome.

use chrono::NaiveDate;

use crate::domain::{ActionSource, ActionStatus, Id, ImprovementAction, Person, Timestamp};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionInput {
    pub person_id: Option<Id>,
    pub source: ActionSource,
    pub diagnosis: String,
    pub action: String,
    pub owner_id: Option<Id>,
    pub due_on: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionError {
    DiagnosisRequired,
    ActionRequired,
    OwnerRequired,
    /// The owner or the rep is not a stored person.
    UnknownPerson,
    DueRequired,
    /// Due before today (by the app clock).
    DueInPast,
    AlreadyDone,
    OutcomeRequired,
}

/// Longest diagnosis or action text kept; longer input is an error, not cut.
pub const MAX_TEXT: usize = 2_000;

pub fn new_action(input: &ActionInput, people: &[Person], id: Id, now: Timestamp) -> Result<ImprovementAction, Vec<ActionError>> {
    let mut errors = Vec::new();
    let diagnosis = input.diagnosis.trim();
    let action = input.action.trim();
    if diagnosis.is_empty() || diagnosis.chars().count() > MAX_TEXT {
        errors.push(ActionError::DiagnosisRequired);
    }
    if action.is_empty() || action.chars().count() > MAX_TEXT {
        errors.push(ActionError::ActionRequired);
    }
    let known = |p: Id| people.iter().any(|x| x.id == p);
    match input.owner_id {
        None => errors.push(ActionError::OwnerRequired),
        Some(o) if !known(o) => errors.push(ActionError::UnknownPerson),
        Some(_) => {}
    }
    if input.person_id.is_some_and(|p| !known(p)) && !errors.contains(&ActionError::UnknownPerson) {
        errors.push(ActionError::UnknownPerson);
    }
    match input.due_on {
        None => errors.push(ActionError::DueRequired),
        Some(d) if d < now.date_naive() => errors.push(ActionError::DueInPast),
        Some(_) => {}
    }
    let (Some(owner_id), Some(due_on), true) = (input.owner_id, input.due_on, errors.is_empty()) else { return Err(errors) };
    Ok(ImprovementAction {
        id,
        created_at: now,
        updated_at: now,
        person_id: input.person_id,
        source: input.source,
        diagnosis: diagnosis.to_string(),
        action: action.to_string(),
        owner_id,
        due_on,
        status: ActionStatus::Open,
        outcome: String::new(),
        done_at: None,
    })
}

/// Marks an open action done; the outcome says what changed.
pub fn complete(a: &ImprovementAction, outcome: &str, now: Timestamp) -> Result<ImprovementAction, Vec<ActionError>> {
    let outcome = outcome.trim();
    let mut errors = Vec::new();
    if a.status == ActionStatus::Done {
        errors.push(ActionError::AlreadyDone);
    }
    if outcome.is_empty() || outcome.chars().count() > MAX_TEXT {
        errors.push(ActionError::OutcomeRequired);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ImprovementAction { status: ActionStatus::Done, outcome: outcome.to_string(), done_at: Some(now), updated_at: now, ..a.clone() })
}

/// Open first (soonest due first), then done (latest first).
pub fn sorted(actions: &[ImprovementAction]) -> Vec<ImprovementAction> {
    let mut v = actions.to_vec();
    v.sort_by(|a, b| match (a.status, b.status) {
        (ActionStatus::Open, ActionStatus::Open) => a.due_on.cmp(&b.due_on).then(a.id.cmp(&b.id)),
        (ActionStatus::Done, ActionStatus::Done) => b.done_at.cmp(&a.done_at).then(a.id.cmp(&b.id)),
        (ActionStatus::Open, ActionStatus::Done) => std::cmp::Ordering::Less,
        (ActionStatus::Done, ActionStatus::Open) => std::cmp::Ordering::Greater,
    });
    v
}
