use serde::{Deserialize, Serialize};

use super::{refs, EntityKind, Ref};
use crate::domain::{Id, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrgLevel {
    Company,
    Region,
    Province,
    City,
    Team,
}

crate::wire_names!(OrgLevel {
    Company = "company",
    Region = "region",
    Province = "province",
    City = "city",
    Team = "team",
});

/// A node of the organisation / territory grid (region → province → city).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgUnit {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub name: String,
    pub level: OrgLevel,
    #[serde(default)]
    pub parent_id: Option<Id>,
}

impl OrgUnit {
    pub fn references(&self) -> Vec<Ref> {
        refs([("parent_id", EntityKind::OrgUnit, self.parent_id)])
    }
}

/// Line roles form the hierarchy; functional roles approve and audit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    RegionManager,
    ProvinceManager,
    CitySupervisor,
    Rep,
    SalesDirector,
    Finance,
    Legal,
    Vp,
    Admin,
}

crate::wire_names!(Role {
    RegionManager = "region_manager",
    ProvinceManager = "province_manager",
    CitySupervisor = "city_supervisor",
    Rep = "rep",
    SalesDirector = "sales_director",
    Finance = "finance",
    Legal = "legal",
    Vp = "vp",
    Admin = "admin",
});

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Vp,
        Role::SalesDirector,
        Role::RegionManager,
        Role::ProvinceManager,
        Role::CitySupervisor,
        Role::Rep,
        Role::Finance,
        Role::Legal,
        Role::Admin,
    ];
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub name: String,
    pub role: Role,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub manager_id: Option<Id>,
    /// Territory / office the person belongs to.
    #[serde(default)]
    pub org_unit_id: Option<Id>,
    /// Industries the person specialises in, for lead assignment rules.
    #[serde(default)]
    pub specialties: Vec<String>,
    /// Unavailable reps (leave, full pipeline) are skipped by round-robin.
    #[serde(default = "yes")]
    pub available: bool,
    #[serde(default = "yes")]
    pub active: bool,
    /// The record's id in the system it was migrated from, so importing
    /// the same export again merges instead of duplicating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

pub(crate) fn yes() -> bool {
    true
}

impl Person {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("manager_id", EntityKind::Person, self.manager_id),
            ("org_unit_id", EntityKind::OrgUnit, self.org_unit_id),
        ])
    }
}
