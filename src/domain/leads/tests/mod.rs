//! Native tests of the lead rules, one file per concern. Shared fixtures here.

mod assign;
mod bench;
mod convert;
mod demo;
mod dupes;
mod edit;
mod outreach;
mod props;
mod score;
mod settings;
mod sla;

use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::domain::{Engagement, EngagementKind, Money, Settings};

pub(super) fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

pub(super) fn id(n: u128) -> Id {
    Id::from_u128(n)
}

pub(super) fn rules() -> LeadRules {
    LeadRules::new(&Settings::default())
}

pub(super) fn lead(n: u128) -> Lead {
    new_lead(id(n), "Li Lei", Channel::WebForm, now())
}

pub(super) fn event(kind: EngagementKind, days_ago: i64) -> Engagement {
    Engagement { kind, at: now() - Duration::days(days_ago) }
}

pub(super) fn yuan(y: i64) -> Option<Money> {
    Some(Money::cny(y * 100))
}

/// Need fit 100, authority 100, budget and timeline 100, engagement 45
/// (a form and an event today): total (3000 + 2500 + 2500 + 900) / 100 = 89, an A.
pub(super) fn hot(n: u128) -> Lead {
    Lead {
        industry: "制造业".into(),
        employees: Some(300),
        budget: yuan(250_000),
        timeline_months: Some(2),
        title: "总经理".into(),
        engagement: vec![event(EngagementKind::FormSubmit, 0), event(EngagementKind::EventAttended, 0)],
        ..lead(n)
    }
}

/// Fit 100, authority 60 (manager), budget 40 + timeline 35, no engagement:
/// (3000 + 1500 + 1875 + 0) / 100 = 63.75 → 64, a B.
pub(super) fn warm(n: u128) -> Lead {
    Lead {
        industry: "Manufacturing".into(),
        employees: Some(300),
        budget: yuan(100_000),
        timeline_months: Some(5),
        title: "Operations Manager".into(),
        ..lead(n)
    }
}

/// Fit 70 (industry, size), authority 40 (engineer), budget/timeline 0, no
/// engagement: (2100 + 1000) / 100 = 31, a D.
pub(super) fn cold(n: u128) -> Lead {
    Lead { industry: "物流".into(), employees: Some(300), title: "工程师".into(), ..lead(n) }
}

/// `cold` with a budget of ¥100,000 in 5 months: fit 100, authority 40,
/// budget/timeline 75: (3000 + 1000 + 1875) / 100 = 58.75 → 59, a C.
pub(super) fn lukewarm(n: u128) -> Lead {
    Lead { budget: yuan(100_000), timeline_months: Some(5), ..cold(n) }
}
