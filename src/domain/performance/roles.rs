//! Which dashboard a person sees by default, and the groups a director's
//! dashboard breaks figures down by.
//!
//! Default dashboard: nobody acting, a functional role (director, VP,
//! finance, legal, admin) or someone at the top of the reporting tree (no
//! manager) → director; anyone with direct reports → manager; everyone
//! else → rep.

use std::collections::HashSet;

use super::period::{scope_owners, Owners, Scope};
use crate::domain::{Id, OrgLevel, OrgUnit, Person, Role};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DashRole {
    Rep,
    Manager,
    Director,
}

impl DashRole {
    pub const ALL: [DashRole; 3] = [DashRole::Rep, DashRole::Manager, DashRole::Director];
    pub fn key(self) -> &'static str {
        match self {
            DashRole::Rep => "rep",
            DashRole::Manager => "manager",
            DashRole::Director => "director",
        }
    }
}

pub fn default_role(people: &[Person], acting: Option<Id>) -> DashRole {
    let Some(me) = acting.and_then(|id| people.iter().find(|p| p.id == id)) else { return DashRole::Director };
    let line = matches!(me.role, Role::RegionManager | Role::ProvinceManager | Role::CitySupervisor | Role::Rep);
    if !line || me.manager_id.is_none() {
        DashRole::Director
    } else if people.iter().any(|p| p.manager_id == Some(me.id)) {
        DashRole::Manager
    } else {
        DashRole::Rep
    }
}

/// A group of record owners: an org unit, or one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub id: Id,
    pub name: String,
    pub owners: HashSet<Id>,
}

/// The units at `level` (regions), each with the owners it covers as
/// `Scope::OrgUnit` counts them, narrowed to `allowed`; units left with
/// nobody are dropped. In name order.
pub fn unit_groups(people: &[Person], units: &[OrgUnit], level: OrgLevel, allowed: &Owners) -> Vec<Group> {
    let mut out: Vec<Group> = units
        .iter()
        .filter(|u| u.level == level)
        .filter_map(|u| {
            let Owners::Only(set) = scope_owners(people, units, Scope::OrgUnit(u.id)) else { return None };
            let owners: HashSet<Id> = set.into_iter().filter(|o| allowed.admits(Some(*o))).collect();
            (!owners.is_empty()).then(|| Group { id: u.id, name: u.name.clone(), owners })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    out
}

/// The reps `allowed` admits (role Rep), in name order: a manager's team.
pub fn reps(people: &[Person], allowed: &Owners) -> Vec<Group> {
    let mut out: Vec<Group> = people
        .iter()
        .filter(|p| p.role == Role::Rep && allowed.admits(Some(p.id)))
        .map(|p| Group { id: p.id, name: p.name.clone(), owners: HashSet::from([p.id]) })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    out
}
