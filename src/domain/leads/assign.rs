//! Who gets a new lead. The first assignment rule whose region (a region or
//! city name) and industry match names the eligible people, in its order.
//! Without a matching rule, and with `by_territory` on, the active reps whose
//! territory (their org unit or any unit above it) is the lead's city are
//! tried, industry specialists among them first, then the same for the
//! lead's region; the first of these pools with someone free wins. Territory
//! pools go in the order people were added (their v7 ids), so the order is
//! predictable and survives renames.
//!
//! Within a pool, round-robin starts after the person the pool last gave a
//! lead to (its cursor, kept in the settings) and skips people marked
//! unavailable or holding their cap of open leads. Nobody free in any pool:
//! the lead stays in the unassigned queue.

use crate::domain::sorting;
use std::collections::{BTreeMap, HashMap};

use super::settings::AssignmentSettings;
use super::text::fold;
use crate::domain::{AssignmentChange, Id, Lead, LeadStatus, OrgUnit, Person, Role, Settings, Timestamp};

/// Leads that count against a rep's cap. Nurture leads are parked, not worked.
pub fn is_open(status: LeadStatus) -> bool {
    matches!(status, LeadStatus::New | LeadStatus::Contacted | LeadStatus::Qualified)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    Unavailable,
    AtCap { open: u32, cap: u32 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pick {
    pub person_id: Id,
    /// The pool's cursor key (see `pool_key`).
    pub pool: String,
    /// How the pool was formed.
    pub via: Via,
    /// People passed over on the way, in round-robin order.
    pub skipped: Vec<(Id, Skip)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// Assignment rule at this index.
    Rule(usize),
    /// Reps of the lead's territory; `specialists` when narrowed to its industry.
    Territory { specialists: bool },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoRep {
    /// No rule matches and no rep covers the lead's city or region (or the
    /// matching rule names nobody still active).
    NoneEligible,
    /// Everyone eligible was skipped, each listed once.
    AllSkipped(Vec<(Id, Skip)>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssignError {
    AlreadyAssigned,
    NoRep(NoRep),
}

/// The cursor key of a pool.
pub fn pool_key(via: Via, place: &str, industry: &str) -> String {
    match via {
        Via::Rule(_) => format!("rule:{place}|{industry}"),
        Via::Territory { .. } => format!("area:{place}|{industry}"),
    }
}

struct Rep<'a> {
    person: &'a Person,
    /// Folded names of the rep's org unit and every unit above it.
    places: Vec<String>,
    specialties: Vec<String>,
}

pub struct Assigner<'a> {
    settings: &'a AssignmentSettings,
    rules: Vec<(String, String)>,
    active: HashMap<Id, &'a Person>,
    /// Active reps by id.
    reps: Vec<Rep<'a>>,
    caps: HashMap<Id, u32>,
    open: HashMap<Id, u32>,
    cursors: BTreeMap<String, Id>,
}

fn places(unit: Option<Id>, units: &HashMap<Id, &OrgUnit>) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = unit;
    // Bounded, so a cycle in imported data cannot loop.
    for _ in 0..32 {
        let Some(u) = at.and_then(|id| units.get(&id)) else { break };
        out.push(fold(&u.name));
        at = u.parent_id;
    }
    out
}

impl<'a> Assigner<'a> {
    /// `leads`: every lead, to count each person's open leads.
    pub fn new(settings: &'a AssignmentSettings, people: &'a [Person], org_units: &[OrgUnit], leads: &[Lead]) -> Self {
        let units: HashMap<Id, &OrgUnit> = org_units.iter().map(|u| (u.id, u)).collect();
        let active: HashMap<Id, &Person> = people.iter().filter(|p| p.active).map(|p| (p.id, p)).collect();
        let mut reps: Vec<Rep> = people
            .iter()
            .filter(|p| p.active && p.role == Role::Rep)
            .map(|p| Rep {
                person: p,
                places: places(p.org_unit_id, &units),
                specialties: p.specialties.iter().map(|s| fold(s)).collect(),
            })
            .collect();
        sorting::sort_by_key(&mut reps, |r| r.person.id);
        let mut open: HashMap<Id, u32> = HashMap::new();
        for l in leads.iter().filter(|l| is_open(l.status)) {
            if let Some(o) = l.owner_id {
                *open.entry(o).or_default() += 1;
            }
        }
        Assigner {
            settings,
            rules: settings.rules.iter().map(|r| (fold(&r.region), fold(&r.industry))).collect(),
            active,
            reps,
            caps: settings.caps.iter().map(|c| (c.person_id, c.max_open)).collect(),
            open,
            cursors: settings.cursors.clone(),
        }
    }

    pub fn open_leads(&self, person: Id) -> u32 {
        self.open.get(&person).copied().unwrap_or(0)
    }

    /// The cap for a person; 0 means none.
    pub fn cap(&self, person: Id) -> u32 {
        self.caps.get(&person).copied().unwrap_or(self.settings.default_cap)
    }

    /// The pools to try for a lead, in order: each with its cursor key, how
    /// it was formed, and its members in round-robin order.
    fn pools(&self, lead: &Lead) -> Vec<(String, Via, Vec<Id>)> {
        let (city, region, industry) = (fold(&lead.city), fold(&lead.region), fold(&lead.industry));
        for (i, (r_place, r_industry)) in self.rules.iter().enumerate() {
            let place_ok = r_place.is_empty() || *r_place == city || *r_place == region;
            if place_ok && (r_industry.is_empty() || *r_industry == industry) {
                let mut ids: Vec<Id> = Vec::new();
                for id in &self.settings.rules[i].reps {
                    if self.active.contains_key(id) && !ids.contains(id) {
                        ids.push(*id);
                    }
                }
                return vec![(pool_key(Via::Rule(i), r_place, r_industry), Via::Rule(i), ids)];
            }
        }
        let mut out: Vec<(String, Via, Vec<Id>)> = Vec::new();
        if !self.settings.by_territory {
            return out;
        }
        for place in [&city, &region] {
            if place.is_empty() {
                continue;
            }
            let local: Vec<&Rep> = self.reps.iter().filter(|r| r.places.contains(place)).collect();
            if local.is_empty() {
                continue;
            }
            let experts: Vec<Id> = local
                .iter()
                .filter(|r| !industry.is_empty() && r.specialties.contains(&industry))
                .map(|r| r.person.id)
                .collect();
            let all: Vec<Id> = local.iter().map(|r| r.person.id).collect();
            if !experts.is_empty() {
                let via = Via::Territory { specialists: true };
                out.push((pool_key(via, place, &industry), via, experts));
            }
            let via = Via::Territory { specialists: false };
            out.push((pool_key(via, place, ""), via, all));
        }
        out
    }

    /// Who round-robin would give the lead to now, without moving on.
    pub fn pick(&self, lead: &Lead) -> Result<Pick, NoRep> {
        let mut skipped: Vec<(Id, Skip)> = Vec::new();
        for (pool, via, ids) in self.pools(lead) {
            let start = self.cursors.get(&pool).and_then(|c| ids.iter().position(|id| id == c)).map_or(0, |p| p + 1);
            for k in 0..ids.len() {
                let id = ids[(start + k) % ids.len()];
                let (open, cap) = (self.open_leads(id), self.cap(id));
                let skip = if !self.active.get(&id).is_some_and(|p| p.available) {
                    Skip::Unavailable
                } else if cap > 0 && open >= cap {
                    Skip::AtCap { open, cap }
                } else {
                    return Ok(Pick { person_id: id, pool, via, skipped });
                };
                if !skipped.iter().any(|(s, _)| *s == id) {
                    skipped.push((id, skip));
                }
            }
        }
        match skipped.is_empty() {
            true => Err(NoRep::NoneEligible),
            false => Err(NoRep::AllSkipped(skipped)),
        }
    }

    /// Assigns an unassigned lead and moves the pool's cursor on. Call in
    /// turn for several leads; then save `settings_with_cursors` with them.
    pub fn assign(&mut self, lead: &Lead, now: Timestamp) -> Result<(Lead, Pick), AssignError> {
        if lead.owner_id.is_some() {
            return Err(AssignError::AlreadyAssigned);
        }
        let pick = self.pick(lead).map_err(AssignError::NoRep)?;
        let mut next = lead.clone();
        next.owner_id = Some(pick.person_id);
        next.updated_at = now;
        next.assignment_history.push(AssignmentChange {
            from: None,
            to: Some(pick.person_id),
            at: now,
            by: None,
            automatic: true,
            reason: String::new(),
        });
        if is_open(lead.status) {
            *self.open.entry(pick.person_id).or_default() += 1;
        }
        self.cursors.insert(pick.pool.clone(), pick.person_id);
        Ok((next, pick))
    }

    /// The settings with the cursors as round-robin has moved them.
    pub fn settings_with_cursors(&self, settings: &Settings, now: Timestamp) -> Settings {
        let mut s = settings.clone();
        s.leads.assignment.cursors = self.cursors.clone();
        s.updated_at = Some(now);
        s
    }

    pub fn cursors(&self) -> &BTreeMap<String, Id> {
        &self.cursors
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReassignError {
    SameOwner,
    /// Converted and disqualified leads keep the owner they closed with.
    Closed,
}

/// A person moves the lead to someone else (or back to the unassigned
/// queue with `to: None`); the change is kept in the lead's history. Caps and
/// availability are for round-robin; a person choosing overrides them.
pub fn reassign(
    lead: &Lead,
    to: Option<Id>,
    by: Option<Id>,
    reason: &str,
    now: Timestamp,
) -> Result<Lead, ReassignError> {
    if matches!(lead.status, LeadStatus::Converted | LeadStatus::Disqualified) {
        return Err(ReassignError::Closed);
    }
    if lead.owner_id == to {
        return Err(ReassignError::SameOwner);
    }
    let mut next = lead.clone();
    next.assignment_history.push(AssignmentChange {
        from: lead.owner_id,
        to,
        at: now,
        by,
        automatic: false,
        reason: reason.trim().to_string(),
    });
    next.owner_id = to;
    next.updated_at = now;
    Ok(next)
}
