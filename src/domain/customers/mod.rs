//! Customer relationship (SPEC §4): what customers owe and pay, complaints
//! with their response deadline, success cases and community events, and
//! the analytics — RFM value tiers and the named segments, lifecycle stages,
//! NPS and touchpoint satisfaction, survey import, cross-sell association
//! rules and industry verticals, with their editable settings. Pure
//! functions; "now"/"today" is always a parameter.

pub mod account_edit;
pub mod basket;
pub mod community;
pub mod complaints;
pub mod ledger;
pub mod lifecycle;
pub mod nps;
pub mod orders;
pub mod rules_edit;
pub mod rfm;
pub mod segments;
pub mod settings;
pub mod survey_csv;
pub mod templates;
pub mod templates_edit;
pub mod surveys;
pub mod timeline;
pub mod verticals;

pub use basket::{mine, recommend, AssocRule};
pub use lifecycle::{classify, classify_all, Approach, History, Lifecycle, LifecycleReason, LifecycleStage, Resource};
pub use nps::{check_response, journey, nps, nps_by, nps_by_month, nps_by_owner, Csat, Journey, NpsCount, ResponseError};
pub use rfm::{analyse, RfmReport, RfmScore, RfmValues, Tier, TierStrategy, TierTotal};
pub use segments::{segment_of, Segment};
pub use settings::{validate, BasketRules, CustomerField, CustomerSettings, CustomerSettingsError, LifecycleRules, TierRules};
pub use survey_csv::{plan_survey_csv, SurveyField, SurveyOptions};
pub use templates::{template_for, IndustryTemplate};
pub use verticals::{by_industry, IndustrySummary};

#[cfg(test)]
mod tests;
