//! Tiered response SLA and follow-up cadence.
//!
//! The first-contact clock runs from the lead's arrival (`created_at`): the
//! customer waits from then, whether or not the lead has an owner yet, so
//! time in the unassigned queue counts. The window is the SLA hours of the
//! lead's grade — its grade now while it waits, its grade at the moment of
//! first contact once contacted (scoring as of that moment), so a contacted
//! lead's verdict does not change as its engagement later fades. A lead
//! whose grade rises while it waits gets the shorter window, counted from
//! arrival: a hot lead that has waited shows as overdue at once. Contact at
//! the due instant is in time; overdue starts right after it. Grade D, or
//! SLA hours of 0, or status nurture: no first-contact SLA (nurture).
//!
//! Follow-ups: after a contact, the next one is due `follow_up_days` of the
//! lead's current grade later (the D entry for leads in nurture status).

use crate::domain::sorting;
use chrono::{DateTime, Duration, Utc};

use super::score::{Grade, LeadRules, LeadScore};
use crate::domain::{Id, Lead, LeadStatus, Timestamp};

/// `t + d`, saturating at the end of time (imported dates can be extreme).
fn plus(t: Timestamp, d: Duration) -> Timestamp {
    t.checked_add_signed(d).unwrap_or(DateTime::<Utc>::MAX_UTC)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlaState {
    /// Not contacted yet; `left` until `due` (zero at the due instant).
    DueIn { due: Timestamp, left: Duration },
    /// Not contacted and past due.
    Overdue { due: Timestamp, by: Duration },
    /// First contact at or before the due time.
    Met { due: Timestamp, contacted_at: Timestamp },
    /// First contact after the due time.
    Late { due: Timestamp, contacted_at: Timestamp, by: Duration },
    /// Grade D or parked in nurture: no first-contact deadline.
    Nurture,
    /// Converted or disqualified without ever being contacted.
    NotApplicable,
}

impl LeadRules {
    /// First-contact hours for a grade; `None` means nurture.
    pub fn sla_hours(&self, grade: Grade) -> Option<u32> {
        match grade {
            Grade::D => None,
            g => Some(self.sla_hours[g.index()]).filter(|&h| h > 0),
        }
    }

    /// When first contact is due for a lead of this grade.
    pub fn first_contact_due(&self, lead: &Lead, grade: Grade) -> Option<Timestamp> {
        self.sla_hours(grade).map(|h| plus(lead.created_at, Duration::hours(i64::from(h))))
    }

    pub fn sla_state(&self, lead: &Lead, now: Timestamp) -> SlaState {
        self.sla_with(lead, now, || self.score(lead, now).grade)
    }

    /// `grade_now` is asked only for a lead still waiting for first contact.
    fn sla_with(&self, lead: &Lead, now: Timestamp, grade_now: impl FnOnce() -> Grade) -> SlaState {
        if let Some(at) = lead.first_contact_at {
            let grade = self.score(lead, at).grade;
            return match self.first_contact_due(lead, grade) {
                None => SlaState::Nurture,
                Some(due) if at <= due => SlaState::Met { due, contacted_at: at },
                Some(due) => SlaState::Late { due, contacted_at: at, by: at - due },
            };
        }
        match lead.status {
            LeadStatus::Converted | LeadStatus::Disqualified => return SlaState::NotApplicable,
            LeadStatus::Nurture => return SlaState::Nurture,
            _ => {}
        }
        match self.first_contact_due(lead, grade_now()) {
            None => SlaState::Nurture,
            Some(due) if now <= due => SlaState::DueIn { due, left: due - now },
            Some(due) => SlaState::Overdue { due, by: now - due },
        }
    }

    /// When the next follow-up is due: for contacted leads still being
    /// worked (contacted, qualified, nurture), `None` when the cadence is 0.
    pub fn next_follow_up(&self, lead: &Lead, now: Timestamp) -> Option<Timestamp> {
        self.follow_up_with(lead, || self.score(lead, now).grade)
    }

    fn follow_up_with(&self, lead: &Lead, grade_now: impl FnOnce() -> Grade) -> Option<Timestamp> {
        let last = lead.last_contact_at.max(lead.first_contact_at)?;
        let grade = match lead.status {
            LeadStatus::Contacted | LeadStatus::Qualified => grade_now(),
            LeadStatus::Nurture => Grade::D,
            _ => return None,
        };
        let days = self.follow_up_days[grade.index()];
        (days > 0).then(|| plus(last, Duration::days(i64::from(days))))
    }
}

/// What a lead list row shows, from one scoring of the lead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeadView {
    pub score: LeadScore,
    pub sla: SlaState,
    pub next_follow_up: Option<Timestamp>,
}

impl LeadRules {
    pub fn view(&self, lead: &Lead, now: Timestamp) -> LeadView {
        let score = self.score(lead, now);
        LeadView {
            score,
            sla: self.sla_with(lead, now, || score.grade),
            next_follow_up: self.follow_up_with(lead, || score.grade),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OverdueLead {
    pub lead_id: Id,
    pub owner_id: Option<Id>,
    pub due: Timestamp,
    pub by: Duration,
}

/// Leads waiting past their first-contact deadline, longest overdue first.
pub fn overdue_queue(leads: &[Lead], rules: &LeadRules, now: Timestamp) -> Vec<OverdueLead> {
    let mut out: Vec<OverdueLead> = leads
        .iter()
        .filter(|l| l.first_contact_at.is_none())
        .filter_map(|l| match rules.sla_state(l, now) {
            SlaState::Overdue { due, by } => Some(OverdueLead { lead_id: l.id, owner_id: l.owner_id, due, by }),
            _ => None,
        })
        .collect();
    sorting::sort_by_key(&mut out, |o| (o.due, o.lead_id));
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReminderKind {
    FirstContact,
    FollowUp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reminder {
    pub lead_id: Id,
    pub kind: ReminderKind,
    pub due: Timestamp,
    pub overdue: bool,
}

/// How far ahead reminders look: what falls due within a working day.
pub const REMINDER_HORIZON_HOURS: i64 = 24;

/// What a person has due: first contacts and follow-ups on their leads that
/// are overdue or due within `horizon` of now, earliest first.
pub fn reminders(leads: &[Lead], rules: &LeadRules, person: Id, now: Timestamp, horizon: Duration) -> Vec<Reminder> {
    let until = plus(now, horizon);
    let mut out = Vec::new();
    for l in leads.iter().filter(|l| l.owner_id == Some(person)) {
        let first = match rules.sla_state(l, now) {
            SlaState::DueIn { due, .. } | SlaState::Overdue { due, .. } => Some(due),
            _ => None,
        };
        let (kind, due) = match first {
            Some(due) => (ReminderKind::FirstContact, Some(due)),
            None => (ReminderKind::FollowUp, rules.next_follow_up(l, now)),
        };
        if let Some(due) = due.filter(|&d| d <= until) {
            out.push(Reminder { lead_id: l.id, kind, due, overdue: due < now });
        }
    }
    sorting::sort_by_key(&mut out, |r| (r.due, r.lead_id));
    out
}

/// One owner's first-contact record: leads contacted in time, contacted
/// late, and still waiting past due. Leads still within their window,
/// nurture and never-contacted closed leads are not counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RepSla {
    pub person_id: Id,
    pub met: u32,
    pub late: u32,
    pub overdue: u32,
}

impl RepSla {
    pub fn measured(&self) -> u32 {
        self.met + self.late + self.overdue
    }
    /// Share met, in percent rounded half up; `None` with nothing measured.
    pub fn percent(&self) -> Option<u8> {
        let n = self.measured();
        (n > 0).then(|| ((200 * self.met + n) / (2 * n)) as u8)
    }
    /// Share met in tenths of a percent (632 = 63.2 %), rounded half up.
    pub fn permille(&self) -> Option<u32> {
        let n = self.measured();
        (n > 0).then(|| (2000 * self.met + n) / (2 * n))
    }
}

/// SLA compliance per current owner, over the leads given (the caller picks
/// the period), ordered by person id. Unassigned leads are not counted.
pub fn sla_compliance<'a>(leads: impl IntoIterator<Item = &'a Lead>, rules: &LeadRules, now: Timestamp) -> Vec<RepSla> {
    let mut by: std::collections::BTreeMap<Id, RepSla> = Default::default();
    for l in leads {
        let Some(owner) = l.owner_id else { continue };
        let state = rules.sla_state(l, now);
        let counts = |r: &mut RepSla| match state {
            SlaState::Met { .. } => r.met += 1,
            SlaState::Late { .. } => r.late += 1,
            SlaState::Overdue { .. } => r.overdue += 1,
            _ => {}
        };
        if matches!(state, SlaState::Met { .. } | SlaState::Late { .. } | SlaState::Overdue { .. }) {
            counts(by.entry(owner).or_insert(RepSla { person_id: owner, met: 0, late: 0, overdue: 0 }));
        }
    }
    by.into_values().collect()
}
