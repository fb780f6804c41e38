//! Monthly sales history imported from a spreadsheet (month, amount). It is
//! kept with the settings because it is one small company-wide series that
//! nobody owns, not records with owners and ids.

use serde::{Deserialize, Serialize};

use crate::domain::{Currency, Timestamp};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SalesHistory {
    /// Months in calendar order, each at most once.
    pub months: Vec<HistoryMonth>,
    /// The currency the amounts are in (the workspace's when imported).
    pub currency: Option<Currency>,
    /// The file it came from, as the user named it.
    pub source: String,
    #[serde(deserialize_with = "crate::domain::time_wire::de_opt")]
    pub imported_at: Option<Timestamp>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryMonth {
    pub year: i32,
    pub month: u32,
    /// Minor units of `SalesHistory::currency`.
    pub amount_minor: i64,
}

impl SalesHistory {
    pub fn is_empty(&self) -> bool {
        self.months.is_empty()
    }
}
