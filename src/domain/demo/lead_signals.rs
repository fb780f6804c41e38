//! Buying signals on the generated leads, so every scoring factor, grade and
//! SLA state has examples: a share of open leads look like the ideal
//! customer (fitting industry and size, a budget, a short timeline, a senior
//! title, fresh form fills and event visits), others show recent browsing;
//! titles mix in English ones the way Chinese firms use them; contacted
//! leads get later contacts and their assignment on record.
//!
//! These draws come from a generator of their own, seeded per lead, so the
//! main stream, and every record generated after the leads, is unchanged.

use crate::domain::sorting;
use chrono::Duration;

use super::ctx::{cny_yuan, Gen};
use super::names::{Pair, INDUSTRIES};
use crate::domain::id::Rng;
use crate::domain::{AssignmentChange, Engagement, EngagementKind, Lead, LeadStatus, Timestamp};

/// Positions in `INDUSTRIES` the default ideal customer profile names.
const ICP_INDUSTRIES: [usize; 3] = [0, 1, 5];

const SENIOR: &[Pair] = &[
    ("总经理", "General Manager"),
    ("CEO", "CEO"),
    ("财务总监", "CFO"),
    ("技术总监", "Technical Director"),
    ("采购总监", "Purchasing Director"),
    ("副总经理", "Deputy General Manager"),
    ("CTO", "CTO"),
];

/// Titles as people write them, English terms included.
const MIXED: &[Pair] = &[
    ("IT经理", "IT Manager"),
    ("行政助理", "Administrative Assistant"),
    ("实习生", "Intern"),
    ("采购经理", "Purchasing Manager"),
    ("COO", "COO"),
    ("Senior Engineer", "Senior Engineer"),
    ("设备主管", "Maintenance Supervisor"),
];

fn at_between(r: &mut Rng, a: Timestamp, b: Timestamp) -> Timestamp {
    let span = (b - a).num_seconds();
    if span <= 0 {
        return a;
    }
    a + Duration::seconds(r.range_i64(0, span))
}

fn pick(r: &mut Rng, g: &Gen, pool: &[Pair]) -> String {
    g.t(*r.pick(pool)).to_string()
}

/// `i`: the lead's position, which with its creation time seeds its draws.
pub(super) fn add(g: &Gen, i: usize, lead: &mut Lead) {
    let seed = (lead.created_at.timestamp_millis() as u64) ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let r = &mut Rng::new(seed ^ 0x51_6E_A1_5E);
    // Leads with unusable contact details were never reached.
    if lead.disqualify_reason.as_deref() == Some(g.t(("联系方式无效", "Invalid contact details"))) {
        lead.first_contact_at = None;
    }
    let open = matches!(lead.status, LeadStatus::New | LeadStatus::Contacted | LeadStatus::Qualified);
    let recent_from = |days: i64| (g.now - Duration::days(days)).max(lead.created_at);
    if open && r.chance(18) {
        lead.industry = g.t(INDUSTRIES[*r.pick(&ICP_INDUSTRIES)]).to_string();
        lead.employees = Some(r.range_i64(20, 300) as u32 * 10);
        lead.budget = Some(cny_yuan(r.range_i64(150, 600) * 1_000));
        lead.timeline_months = Some(r.range_i64(1, 3) as u16);
        lead.title = pick(r, g, SENIOR);
        let from = recent_from(10);
        for _ in 0..r.range_i64(2, 4) {
            let kind = *r.pick(&[EngagementKind::FormSubmit, EngagementKind::EventAttended, EngagementKind::SiteVisit]);
            lead.engagement.push(Engagement { kind, at: at_between(r, from, g.now) });
        }
    } else if r.chance(25) {
        let from = recent_from(30);
        for _ in 0..r.range_i64(1, 3) {
            let kind = *r.pick(&[EngagementKind::SiteVisit, EngagementKind::EmailOpen]);
            lead.engagement.push(Engagement { kind, at: at_between(r, from, g.now) });
        }
    }
    if lead.converted_deal_id.is_none() && r.chance(15) {
        lead.title = pick(r, g, MIXED);
    }
    sorting::sort_by_key(&mut lead.engagement, |e| e.at);
    if let Some(first) = lead.first_contact_at {
        let later = first + Duration::days(r.range_i64(0, 45));
        lead.last_contact_at = Some(if r.chance(60) { later.min(g.now) } else { first });
    }
    if let Some(owner) = lead.owner_id {
        let at = lead.created_at + Duration::minutes(r.range_i64(1, 30));
        let at = lead.first_contact_at.map_or(at, |f| at.min(f)).min(g.now).max(lead.created_at);
        lead.assignment_history.push(AssignmentChange {
            from: None,
            to: Some(owner),
            at,
            by: None,
            automatic: true,
            reason: String::new(),
        });
    }
}
