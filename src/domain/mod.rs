//! Pure business logic. Nothing here touches the browser: no leptos, web-sys or
//! wasm-bindgen, and "now" is always a parameter so the simulated clock works.

pub mod approval;
pub mod board;
pub mod catalog;
pub mod checklist;
pub mod contract_rules;
pub mod clock;
pub mod credit;
pub mod customers;
pub mod deal_rules;
pub mod demo;
pub mod entities;
pub mod forecast;
pub mod id;
pub mod input;
pub mod lead_actions;
pub mod lead_form;
pub mod lead_list;
pub mod leads;
pub mod mapping;
pub mod migration;
pub mod money;
pub mod new_deal;
pub mod people;
pub mod performance;
pub mod pipeline;
pub mod pricing;
pub mod quote_rules;
pub mod signature;
pub mod sorting;
pub mod time_wire;
pub mod support;
pub mod validate;
pub mod wire;
pub mod workspace;

pub use clock::{ClockMode, Timestamp};
pub use entities::*;
pub use id::{Id, IdGen};
pub use money::{Currency, Money};
pub use workspace::Workspace;
