//! What every kind's rows are read with during one migration run.

use super::refs::{ref_key, Links, RefKind};
use super::value::DateOrder;
use crate::domain::{Currency, Id, Timestamp};

#[derive(Clone, Debug)]
pub struct ImportContext {
    /// References settled so far: records that exist, records earlier files
    /// (and earlier rows) plan, and the user's resolutions.
    pub links: Links,
    pub date_order: DateOrder,
    /// The user's zone, for dates written without one.
    pub utc_offset_minutes: i32,
    /// For amounts that name no currency.
    pub currency: Currency,
    pub now: Timestamp,
}

impl ImportContext {
    /// The id a row's own record gets: the one its name was given when the
    /// run listed the file's names (so other rows can point at it), else a
    /// new one.
    pub fn own_id(&self, kind: RefKind, name: &str, next_id: &mut impl FnMut() -> Id) -> Id {
        match self.links.get_key(kind, &ref_key(kind, name)) {
            Some([super::refs::Link::To(id)]) => *id,
            _ => next_id(),
        }
    }
}

/// Duplicate keys shared by the kinds: the source id, and a normalised name.
pub fn external_key(ext: &Option<String>, out: &mut Vec<String>) {
    if let Some(x) = ext.as_deref().map(str::trim).filter(|x| !x.is_empty()) {
        out.push(format!("x:{}", x.to_lowercase()));
    }
}

pub fn name_key(kind: RefKind, name: &str, out: &mut Vec<String>) {
    let k = ref_key(kind, name);
    if !k.is_empty() {
        out.push(format!("n:{k}"));
    }
}

/// A text cell as an optional string (empty → `None`).
pub fn opt(text: &str) -> Option<String> {
    Some(text.to_string()).filter(|t| !t.is_empty())
}
