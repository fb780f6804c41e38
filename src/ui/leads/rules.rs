//! The lead rules compiled from the settings, shared by the list and the
//! lead page, and a clock that ticks once a minute for them: countdowns
//! are shown to the minute, and rescoring 100,000 leads every few seconds
//! would be waste.

use std::sync::Arc;

use chrono::{DurationRound, TimeDelta};
use leptos::prelude::*;

use crate::domain::leads::LeadRules;
use crate::domain::Timestamp;
use crate::ui::state::{use_clock, use_data, DbStoreFields};

/// Compiled once per change of the settings. Equal only to itself, so a
/// recompiled set always counts as a change.
#[derive(Clone)]
pub struct Rules(pub Arc<LeadRules>);

impl PartialEq for Rules {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

pub fn use_rules() -> Memo<Rules> {
    let data = use_data();
    Memo::new(move |_| Rules(Arc::new(LeadRules::new(&data.db.settings().read()))))
}

/// The app clock's "now", to the minute.
pub fn use_minute() -> Memo<Timestamp> {
    let clock = use_clock();
    Memo::new(move |_| {
        let now = clock.now();
        now.duration_trunc(TimeDelta::minutes(1)).unwrap_or(now)
    })
}
