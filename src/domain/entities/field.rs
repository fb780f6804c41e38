use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{refs, EntityKind, Ref};
use crate::domain::{Id, Timestamp};

/// Browser geolocation reading at check-in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GeoPoint {
    pub latitude: f64,
    pub longitude: f64,
    pub accuracy_m: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub person_id: Id,
    #[serde(default)]
    pub account_id: Option<Id>,
    #[serde(default)]
    pub lead_id: Option<Id>,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub checked_in_at: Timestamp,
    #[serde(default)]
    pub location: Option<GeoPoint>,
    /// Typed location when geolocation was denied.
    #[serde(default)]
    pub manual_location: String,
    pub purpose: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub next_step: String,
}

impl Visit {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("person_id", EntityKind::Person, Some(self.person_id)),
            ("account_id", EntityKind::Account, self.account_id),
            ("lead_id", EntityKind::Lead, self.lead_id),
        ])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TrainingKind {
    Session,
    ProductCertification,
    CrmCertification,
    RolePlay,
}

crate::wire_names!(TrainingKind {
    Session = "session",
    ProductCertification = "product_certification",
    CrmCertification = "crm_certification",
    RolePlay = "role_play",
});

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainingRecord {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub person_id: Id,
    pub kind: TrainingKind,
    pub title: String,
    pub on: NaiveDate,
    /// Tenths of an hour, so 1.5 h is exact.
    #[serde(default)]
    pub hours_tenths: u32,
    #[serde(default)]
    pub score: Option<u8>,
    #[serde(default)]
    pub product_id: Option<Id>,
}

impl TrainingRecord {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("person_id", EntityKind::Person, Some(self.person_id)),
            ("product_id", EntityKind::Product, self.product_id),
        ])
    }
}
