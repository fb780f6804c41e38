//! Customer relationship (SPEC §4): what customers owe and pay, complaints
//! with their response deadline, success cases and community events.

pub mod community;
pub mod complaints;
pub mod ledger;
pub mod orders;
pub mod surveys;
pub mod timeline;

#[cfg(test)]
mod tests;
