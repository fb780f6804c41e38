use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{refs, EntityKind, Ref};
use crate::domain::{Id, Timestamp};

/// A won deal kept as a reusable reference story (成功案例).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SuccessCase {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub deal_id: Id,
    pub account_id: Id,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub industry: String,
    #[serde(default)]
    pub marked_by: Option<Id>,
}

impl SuccessCase {
    pub fn references(&self) -> Vec<Ref> {
        refs([
            ("deal_id", EntityKind::Deal, Some(self.deal_id)),
            ("account_id", EntityKind::Account, Some(self.account_id)),
            ("marked_by", EntityKind::Person, self.marked_by),
        ])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    Seminar,
    UserConference,
    Webinar,
    Workshop,
}

crate::wire_names!(EventKind {
    Seminar = "seminar",
    UserConference = "user_conference",
    Webinar = "webinar",
    Workshop = "workshop",
});

impl EventKind {
    pub const ALL: [EventKind; 4] = [EventKind::Seminar, EventKind::UserConference, EventKind::Webinar, EventKind::Workshop];
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attendee {
    pub account_id: Id,
    #[serde(default)]
    pub contact_id: Option<Id>,
}

/// A community event (研讨会, 用户大会) and who came.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommunityEvent {
    pub id: Id,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub created_at: Timestamp,
    #[serde(deserialize_with = "crate::domain::time_wire::de")]
    pub updated_at: Timestamp,
    pub name: String,
    pub kind: EventKind,
    pub held_on: NaiveDate,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub attendees: Vec<Attendee>,
    #[serde(default)]
    pub notes: String,
}

impl CommunityEvent {
    pub fn references(&self) -> Vec<Ref> {
        let mut out = Vec::new();
        for (i, a) in self.attendees.iter().enumerate() {
            out.push(Ref::at("attendees.account_id", EntityKind::Account, a.account_id, i));
            if let Some(c) = a.contact_id {
                out.push(Ref::at("attendees.contact_id", EntityKind::Contact, c, i));
            }
        }
        out
    }
}
