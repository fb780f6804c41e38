use super::{Collections, Settings};

/// Everything a user has: settings plus every record, the unit of export/import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub settings: Settings,
    pub data: Collections,
}

impl Workspace {
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
