//! Service and activity KPIs, reusing the rules of their own areas:
//! first-response SLA (`leads::sla_compliance`), complaint SLA
//! (`customers::complaints::compliance_percent`), NPS (`customers::nps`).
//! Each counts the records that arrived in the period: leads created,
//! complaints opened, answers given, visits checked in, training held.

use super::kpi::{Kpi, KpiKey};
use super::{Ctx, Slice};
use crate::domain::customers::complaints::compliance_percent;
use crate::domain::customers::nps::nps as nps_count;
use crate::domain::leads::SlaState;
use crate::domain::{Complaint, SurveyResponse};

/// Share of leads contacted within their SLA, among those measured (met,
/// late or overdue), counted as `leads::sla_compliance` counts them (it
/// leaves out unassigned leads and those with no deadline), from the
/// per-lead states the book remembers (`Book::sla_state`) so each lead is
/// scored once however many dashboards ask. Records: the leads created in
/// the period.
pub fn first_response_sla(cx: &Ctx, s: &Slice) -> Kpi {
    let leads: Vec<_> = s.leads.iter().copied().filter(|l| cx.period.contains_at(l.created_at)).collect();
    let (mut met, mut measured) = (0u32, 0u32);
    for l in leads.iter().filter(|l| l.owner_id.is_some()) {
        match cx.book.sla_state(l, cx.now) {
            SlaState::Met { .. } => (met, measured) = (met + 1, measured + 1),
            SlaState::Late { .. } | SlaState::Overdue { .. } => measured += 1,
            _ => {}
        }
    }
    let value = (measured > 0).then(|| f64::from(met) * 100.0 / f64::from(measured));
    Kpi::new(KpiKey::FirstResponseSla, value, leads.iter().map(|l| l.id).collect())
}

pub fn complaint_sla(cx: &Ctx, s: &Slice) -> Kpi {
    let opened: Vec<Complaint> = s.complaints.iter().filter(|c| cx.period.contains_at(c.opened_at)).cloned().collect();
    let value = compliance_percent(&opened, cx.book.settings(), cx.now);
    Kpi::new(KpiKey::ComplaintSla, value, opened.iter().map(|c| c.id).collect())
}

pub fn nps(cx: &Ctx, s: &Slice) -> Kpi {
    let given: Vec<SurveyResponse> = s.surveys.iter().filter(|r| cx.period.contains(r.responded_on)).cloned().collect();
    let count = nps_count(&given);
    let ids = given.iter().filter(|r| r.kind == crate::domain::SurveyKind::Nps).map(|r| r.id).collect();
    Kpi::new(KpiKey::Nps, count.score(), ids)
}

pub fn visits(cx: &Ctx, s: &Slice) -> Kpi {
    let ids: Vec<_> = s.visits.iter().filter(|v| cx.period.contains_at(v.checked_in_at)).map(|v| v.id).collect();
    Kpi::new(KpiKey::Visits, Some(ids.len() as f64), ids)
}

pub fn training_hours(cx: &Ctx, s: &Slice) -> Kpi {
    let held: Vec<_> = s.training.iter().filter(|t| cx.period.contains(t.on)).collect();
    let tenths: u64 = held.iter().map(|t| u64::from(t.hours_tenths)).sum();
    Kpi::new(KpiKey::TrainingHours, Some(tenths as f64 / 10.0), held.iter().map(|t| t.id).collect())
}
