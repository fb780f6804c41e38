//! Deals touched by imported activities: a done activity (not a task) moves
//! the deal's last activity on, as logging one in the app does
//! (`deal_rules::log_activity`), so "stale" is right for imported deals.

use std::collections::HashMap;

use crate::domain::{ActivityKind, Deal, Id, Record, Timestamp};

pub(super) fn last_activity(records: &mut Vec<Record>, existing: &[Deal], now: Timestamp) {
    let mut latest: HashMap<Id, Timestamp> = HashMap::new();
    for r in records.iter() {
        if let Record::Activity(a) = r {
            if let (Some(deal), true) = (a.deal_id, a.done && a.kind != ActivityKind::Task && a.at <= now) {
                let at = latest.entry(deal).or_insert(a.at);
                *at = (*at).max(a.at);
            }
        }
    }
    if latest.is_empty() {
        return;
    }
    let later = |latest: &HashMap<Id, Timestamp>, d: &Deal| {
        latest.get(&d.id).copied().filter(|at| d.last_activity_at.is_none_or(|l| l < *at))
    };
    for r in records.iter_mut() {
        if let Record::Deal(d) = r {
            if let Some(at) = later(&latest, d) {
                d.last_activity_at = Some(at);
            }
            latest.remove(&d.id);
        }
    }
    for d in existing {
        if let Some(at) = later(&latest, d) {
            records.push(Record::Deal(Deal { last_activity_at: Some(at), updated_at: now, ..d.clone() }));
        }
    }
}
