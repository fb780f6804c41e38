//! Rules for moving deals on the board and for choosing which deals a person
//! sees. Pure functions: the UI turns their results into one `Change`.

use std::collections::{HashMap, HashSet};

use chrono::Duration;

use super::entities::{Account, Activity, ActivityKind, Deal, ForecastCategory, Person, StageChange};
use super::pipeline::Stage;
use super::{Id, Settings, Timestamp};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoveError {
    /// Moving to "lost" needs a reason (SPEC §3).
    LostReasonRequired,
}

/// Gap left between neighbouring ranks so most drops need no renumbering.
pub const RANK_STEP: i64 = 1 << 20;

/// A rank between two neighbours (`None` = column edge). When the
/// neighbours are adjacent integers there is no room: the caller renumbers
/// the column with [`renumber`] and asks again.
pub fn rank_between(before: Option<i64>, after: Option<i64>) -> Option<i64> {
    match (before, after) {
        (None, None) => Some(0),
        (Some(b), None) => b.checked_add(RANK_STEP),
        (None, Some(a)) => a.checked_sub(RANK_STEP),
        (Some(b), Some(a)) => {
            let mid = b + (a - b) / 2;
            (mid > b && mid < a).then_some(mid)
        }
    }
}

/// Evenly spaced ranks for a column in its current order.
pub fn renumber(count: usize) -> Vec<i64> {
    (0..count as i64).map(|i| i * RANK_STEP).collect()
}

/// Moves `deal` to `to` at `rank`. A change of stage is recorded in the
/// history with who and when (app clock); a move within the column only
/// changes the rank.
pub fn move_deal(
    deal: &Deal,
    to: Stage,
    rank: i64,
    by: Option<Id>,
    lost_reason: Option<&str>,
    now: Timestamp,
) -> Result<Deal, MoveError> {
    let mut next = deal.clone();
    next.rank = rank;
    next.updated_at = now;
    if to == deal.stage {
        return Ok(next);
    }
    if to == Stage::Lost {
        let reason = lost_reason.map(str::trim).filter(|r| !r.is_empty()).ok_or(MoveError::LostReasonRequired)?;
        next.lost_reason = Some(reason.to_string());
    } else {
        next.lost_reason = None;
    }
    next.stage = to;
    next.forecast = match to {
        Stage::Won => ForecastCategory::Closed,
        Stage::Lost => ForecastCategory::Omitted,
        // Reopening a closed deal puts it back in the plain pipeline.
        _ if deal.stage.is_closed() => ForecastCategory::Pipeline,
        _ => deal.forecast,
    };
    next.stage_history.push(StageChange { from: Some(deal.stage), to, at: now, by });
    Ok(next)
}

/// When the deal entered its current stage (creation if never moved).
pub fn entered_stage_at(deal: &Deal) -> Timestamp {
    deal.stage_history.iter().rev().find(|c| c.to == deal.stage).map(|c| c.at).unwrap_or(deal.created_at)
}

pub fn days_in_stage(deal: &Deal, now: Timestamp) -> i64 {
    (now - entered_stage_at(deal)).num_days().max(0)
}

/// Last sign of life: the latest activity, else when the deal entered its stage.
pub fn last_touch(deal: &Deal) -> Timestamp {
    let entered = entered_stage_at(deal);
    deal.last_activity_at.map_or(entered, |a| a.max(entered))
}

/// Stale: an open deal with no activity for longer than its stage's limit
/// (`settings.stale_days`, 0 = never stale).
pub fn is_stale(deal: &Deal, settings: &Settings, now: Timestamp) -> bool {
    let limit = settings.stale_days[deal.stage.index()];
    !deal.stage.is_closed() && limit > 0 && now - last_touch(deal) > Duration::days(limit as i64)
}

pub fn days_without_activity(deal: &Deal, now: Timestamp) -> i64 {
    (now - last_touch(deal)).num_days().max(0)
}

/// A person and everyone who reports to them, directly or not. Cycles in
/// imported data cannot loop forever.
pub fn subtree(people: &[Person], root: Id) -> HashSet<Id> {
    let mut reports: HashMap<Id, Vec<Id>> = HashMap::new();
    for p in people {
        if let Some(m) = p.manager_id {
            reports.entry(m).or_default().push(p.id);
        }
    }
    let mut seen = HashSet::from([root]);
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        for r in reports.get(&id).into_iter().flatten() {
            if seen.insert(*r) {
                stack.push(*r);
            }
        }
    }
    seen
}

/// Board and list filters. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DealFilter {
    /// Deals owned by these people only (the acting person's subtree, or one owner).
    pub owners: Option<HashSet<Id>>,
    pub region: Option<String>,
    pub product: Option<Id>,
    pub min_minor: Option<i64>,
    pub max_minor: Option<i64>,
    /// Lower-case text matched against deal and account names.
    pub text: String,
}

impl DealFilter {
    pub fn is_empty(&self) -> bool {
        *self == DealFilter::default()
    }

    pub fn matches(&self, deal: &Deal, account: Option<&Account>) -> bool {
        if let Some(owners) = &self.owners {
            if !owners.contains(&deal.owner_id) {
                return false;
            }
        }
        if let Some(region) = &self.region {
            if account.map(|a| &a.region) != Some(region) {
                return false;
            }
        }
        if let Some(p) = self.product {
            if !deal.product_ids.contains(&p) {
                return false;
            }
        }
        if self.min_minor.is_some_and(|m| deal.amount.minor < m) || self.max_minor.is_some_and(|m| deal.amount.minor > m)
        {
            return false;
        }
        if !self.text.is_empty() {
            let hay_deal = deal.name.to_lowercase();
            let hay_acc = account.map(|a| a.name.to_lowercase()).unwrap_or_default();
            if !hay_deal.contains(&self.text) && !hay_acc.contains(&self.text) {
                return false;
            }
        }
        true
    }
}

/// What a person types to log an activity on a deal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActivityInput {
    pub kind: ActivityKind,
    pub subject: String,
    pub notes: String,
    pub due: Option<Timestamp>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActivityError {
    SubjectRequired,
}

/// Logs an activity on a deal: the new activity plus the deal with its
/// last-activity time moved on (which clears "stale"). Both are written
/// together. Open tasks with a due date do not count as activity yet.
pub fn log_activity(
    deal: &Deal,
    input: ActivityInput,
    id: Id,
    by: Option<Id>,
    now: Timestamp,
) -> Result<(Activity, Deal), ActivityError> {
    let subject = input.subject.trim();
    if subject.is_empty() {
        return Err(ActivityError::SubjectRequired);
    }
    let is_open_task = input.kind == ActivityKind::Task && input.due.is_some();
    let activity = Activity {
        id,
        created_at: now,
        updated_at: now,
        kind: input.kind,
        subject: subject.to_string(),
        notes: input.notes.trim().to_string(),
        at: now,
        due: input.due,
        done: !is_open_task,
        owner_id: by.or(Some(deal.owner_id)),
        deal_id: Some(deal.id),
        account_id: Some(deal.account_id),
        contact_id: deal.contact_id,
        lead_id: None,
    };
    let mut next = deal.clone();
    if !is_open_task {
        next.last_activity_at = Some(now);
    }
    next.updated_at = now;
    Ok((activity, next))
}

/// Ticks or unticks a manual exit-checklist item.
pub fn set_checklist_item(deal: &Deal, key: &str, done: bool, now: Timestamp) -> Deal {
    let mut next = deal.clone();
    next.checklist.retain(|k| k != key);
    if done {
        next.checklist.push(key.to_string());
    }
    next.updated_at = now;
    next
}

#[cfg(test)]
mod tests;
