//! The editable lead rules (`settings.leads`). Grade cut-offs, factor weights
//! and first-contact SLA hours predate this struct and stay top-level
//! (`grade_cutoffs`, `score_weights`, `sla_hours`) so files already written
//! keep their meaning; everything added for leads lives here. Every field
//! defaults, so older files load unchanged.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::Id;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LeadSettings {
    pub icp: Icp,
    /// Job-title keywords (English and Chinese) and the decision authority
    /// (0–100) a title containing them carries.
    pub titles: Vec<TitleWeight>,
    /// Authority of a title that matches no keyword.
    pub unknown_title_weight: u8,
    pub engagement: EngagementRules,
    /// Days from a contact to the next follow-up for grades A, B, C and D
    /// (D also covers leads parked in nurture); 0 means no follow-up is due.
    pub follow_up_days: [u32; 4],
    pub assignment: AssignmentSettings,
}

/// The ideal customer profile that "need fit" compares a lead with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Icp {
    /// Industry names as leads spell them, in any case; list both languages.
    pub industries: Vec<String>,
    pub employees_min: u32,
    /// 0 means no upper limit.
    pub employees_max: u32,
    /// Smallest budget that fits, in minor units of the workspace currency.
    pub budget_min_minor: i64,
    /// Longest time to purchase (months) that fits our sales cycle.
    pub cycle_max_months: u16,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TitleWeight {
    pub keyword: String,
    pub weight: u8,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EngagementRules {
    /// Points per event: site visit, e-mail open, form submission, event attended
    /// (in `EngagementKind` order).
    pub points: [u8; 4],
    /// Age in days at which an event counts half; 0 means events never fade.
    pub half_life_days: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AssignmentSettings {
    /// Checked in order; the first rule matching the lead names the eligible reps.
    pub rules: Vec<AssignmentRule>,
    /// With no matching rule, reps whose territory holds the lead's city (else
    /// region) are eligible, industry specialists first. Off: such leads wait
    /// in the unassigned queue.
    pub by_territory: bool,
    /// Most open leads (new, contacted, qualified) a rep holds before
    /// round-robin skips them; 0 means no cap.
    pub default_cap: u32,
    /// Per-rep caps overriding `default_cap`.
    pub caps: Vec<RepCap>,
    /// The rep each pool last handed a lead to, so round-robin continues
    /// where it stopped. Keys come from `assign::pool_key`.
    pub cursors: BTreeMap<String, Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssignmentRule {
    /// A region or city name; empty matches any.
    #[serde(default)]
    pub region: String,
    /// An industry name; empty matches any.
    #[serde(default)]
    pub industry: String,
    /// Eligible people, in round-robin order.
    #[serde(default)]
    pub reps: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RepCap {
    pub person_id: Id,
    pub max_open: u32,
}

impl Default for LeadSettings {
    fn default() -> Self {
        LeadSettings {
            icp: Icp::default(),
            titles: default_titles(),
            unknown_title_weight: 30,
            engagement: EngagementRules::default(),
            follow_up_days: [7, 30, 30, 0],
            assignment: AssignmentSettings { by_territory: true, ..AssignmentSettings::default() },
        }
    }
}

impl Default for Icp {
    fn default() -> Self {
        let industries = ["制造业", "Manufacturing", "物流", "Logistics", "零售", "Retail"];
        Icp {
            industries: industries.iter().map(|s| s.to_string()).collect(),
            employees_min: 100,
            employees_max: 5_000,
            budget_min_minor: 10_000_000,
            cycle_max_months: 6,
        }
    }
}

impl Default for EngagementRules {
    fn default() -> Self {
        EngagementRules { points: [5, 3, 20, 25], half_life_days: 30 }
    }
}

/// The longest keyword found in a title decides, so "purchasing manager"
/// beats "manager" and "assistant to the CEO" reads as an assistant.
const TITLES: &[(&str, u8)] = &[
    ("ceo", 100),
    ("chief executive", 100),
    ("president", 100),
    ("general manager", 100),
    ("managing director", 100),
    ("founder", 100),
    ("总经理", 100),
    ("首席执行官", 100),
    ("董事长", 100),
    ("总裁", 100),
    ("创始人", 100),
    ("老板", 100),
    ("cfo", 90),
    ("chief financial officer", 90),
    ("finance director", 90),
    ("cto", 90),
    ("chief technology officer", 90),
    ("technical director", 90),
    ("coo", 90),
    ("cio", 90),
    ("vice president", 90),
    ("vp", 90),
    ("财务总监", 90),
    ("技术总监", 90),
    ("副总经理", 90),
    ("副总裁", 90),
    ("运营总监", 85),
    ("采购总监", 90),
    ("purchasing director", 90),
    ("procurement director", 90),
    ("purchasing manager", 80),
    ("procurement manager", 80),
    ("采购经理", 80),
    ("director", 75),
    ("总监", 75),
    ("head of", 70),
    ("负责人", 70),
    ("manager", 60),
    ("经理", 60),
    ("supervisor", 55),
    ("主管", 55),
    ("buyer", 50),
    ("purchaser", 50),
    ("采购专员", 50),
    ("采购", 50),
    ("engineer", 40),
    ("工程师", 40),
    ("specialist", 35),
    ("专员", 35),
    ("assistant", 15),
    ("助理", 15),
    ("intern", 5),
    ("实习", 5),
    ("student", 0),
    ("学生", 0),
];

pub fn default_titles() -> Vec<TitleWeight> {
    TITLES.iter().map(|&(k, w)| TitleWeight { keyword: k.to_string(), weight: w }).collect()
}
