//! Another CRM's stage names → SalesFlow's stages: a suggestion per
//! distinct value, which the user confirms or changes.

use std::collections::HashMap;

use crate::domain::mapping::plan::Reason;
use crate::domain::mapping::text::fold;
use crate::domain::pipeline::Stage;

/// Stage words of HubSpot, Pipedrive, Salesforce, the public sample data
/// and Chinese spreadsheets, compared after folding.
const NAMES: &[(Stage, &[&str])] = &[
    (
        Stage::Identify,
        &[
            "identify", "prospecting", "prospect", "new", "lead", "lead in", "open", "appointment scheduled",
            "qualification", "contact made", "识别", "商机识别", "初步接洽", "线索", "潜在", "发现",
        ],
    ),
    (
        Stage::NeedsConfirmed,
        &[
            "needs_confirmed", "needs confirmed", "engaging", "engaged", "qualified", "qualified to buy",
            "needs analysis", "discovery", "demo scheduled", "需求确认", "需求分析", "接洽中", "跟进中", "已接洽",
        ],
    ),
    (
        Stage::SolutionMatched,
        &[
            "solution_matched", "solution matched", "proposal", "proposal made", "presentation scheduled",
            "value proposition", "id. decision makers", "perception analysis", "proposal/price quote", "方案匹配",
            "方案", "方案报价", "报价", "提案",
        ],
    ),
    (
        Stage::DecisionFollowUp,
        &[
            "decision_follow_up", "decision follow-up", "negotiation", "negotiations started", "negotiation/review",
            "decision maker bought-in", "contract sent", "commit", "决策跟进", "谈判", "商务谈判", "合同", "签约中",
        ],
    ),
    (Stage::Won, &["won", "closed won", "closedwon", "win", "deal won", "赢单", "成交", "已成交", "赢"]),
    (
        Stage::Lost,
        &["lost", "closed lost", "closedlost", "deal lost", "输单", "丢单", "失败", "已输单", "输", "关闭-输单"],
    ),
];

/// The SalesFlow stage a source stage name most likely means.
pub fn suggest_stage(value: &str) -> Option<Stage> {
    let key = fold(value);
    NAMES.iter().find(|(_, names)| names.iter().any(|n| fold(n) == key)).map(|(s, _)| *s)
}

/// The user's stage mapping: source value (folded) → stage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageMap {
    map: HashMap<String, Stage>,
}

impl StageMap {
    pub fn set(&mut self, value: &str, stage: Stage) {
        self.map.insert(fold(value), stage);
    }
    pub fn get(&self, value: &str) -> Option<Stage> {
        self.map.get(&fold(value)).copied()
    }
    /// A cell through the mapping; a value nobody mapped is not a choice.
    pub fn parse(&self, value: &str) -> Result<Option<Stage>, Reason> {
        if value.trim().is_empty() {
            return Ok(None);
        }
        self.get(value).map(Some).ok_or(Reason::NotAChoice)
    }
}
