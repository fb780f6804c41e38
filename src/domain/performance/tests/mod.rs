//! Native tests of the performance area, one file per concern. Shared
//! fixtures here: a tiny organisation and record builders.

mod aging;
mod bench;
mod benchmark;
mod data;
mod fortnight;
mod funnel;
mod improve;
mod history_csv;
mod kpis;
mod period;
mod quadrant;
mod review;
mod seasonal;
mod targets;
mod trends;
mod plan;

use chrono::{TimeZone, Utc};

use crate::domain::{Id, OrgLevel, OrgUnit, Person, Role, Timestamp};

pub(super) fn at(y: i32, m: u32, d: u32, h: u32) -> Timestamp {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

pub(super) fn id(n: u128) -> Id {
    Id::from_u128(n)
}

pub(super) fn unit(n: u128, level: OrgLevel, parent: Option<Id>) -> OrgUnit {
    OrgUnit { id: id(n), created_at: at(2025, 1, 1, 0), updated_at: at(2025, 1, 1, 0), name: format!("u{n}"), level, parent_id: parent }
}

pub(super) fn person(n: u128, role: Role, manager: Option<Id>, unit: Option<Id>) -> Person {
    Person {
        id: id(n),
        created_at: at(2025, 1, 1, 0),
        updated_at: at(2025, 1, 1, 0),
        name: format!("p{n}"),
        role,
        title: String::new(),
        email: String::new(),
        phone: String::new(),
        manager_id: manager,
        org_unit_id: unit,
        specialties: Vec::new(),
        available: true,
        active: true,
        external_id: None,
    }
}

/// Company (1) → East region (2) → team (3). Director (10) at the company,
/// region manager (11) in the region, reps A (12) and B (13) in the team
/// reporting to the manager.
pub(super) struct Org {
    pub units: Vec<OrgUnit>,
    pub people: Vec<Person>,
    pub company: Id,
    pub region: Id,
    pub team: Id,
    pub director: Id,
    pub manager: Id,
    pub rep_a: Id,
    pub rep_b: Id,
}

pub(super) fn org() -> Org {
    let units = vec![unit(1, OrgLevel::Company, None), unit(2, OrgLevel::Region, Some(id(1))), unit(3, OrgLevel::Team, Some(id(2)))];
    let people = vec![
        person(10, Role::SalesDirector, None, Some(id(1))),
        person(11, Role::RegionManager, Some(id(10)), Some(id(2))),
        person(12, Role::Rep, Some(id(11)), Some(id(3))),
        person(13, Role::Rep, Some(id(11)), Some(id(3))),
    ];
    Org { units, people, company: id(1), region: id(2), team: id(3), director: id(10), manager: id(11), rep_a: id(12), rep_b: id(13) }
}
