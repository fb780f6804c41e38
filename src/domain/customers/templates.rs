//! Industry solution templates (`CustomerSettings::templates`): what to
//! bring to an account of an industry, with starting points in both
//! languages. Industries are compared folded (case, spacing, full-width).

use serde::{Deserialize, Serialize};

use crate::domain::mapping::fold;
use crate::domain::Id;

/// What to bring to an account of an industry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct IndustryTemplate {
    /// The industry's names as accounts spell them (list both languages).
    pub industries: Vec<String>,
    pub pain_points: Vec<String>,
    /// Products to lead with.
    pub recommended_products: Vec<Id>,
    pub pitch: String,
}

fn template(names: &[&str], pains: &[&str], pitch: &str) -> IndustryTemplate {
    IndustryTemplate {
        industries: names.iter().map(|s| s.to_string()).collect(),
        pain_points: pains.iter().map(|s| s.to_string()).collect(),
        recommended_products: Vec::new(),
        pitch: pitch.to_string(),
    }
}

/// A starting point the user edits; products are the workspace's own, so
/// none are named here.
pub fn default_templates() -> Vec<IndustryTemplate> {
    let t = template;
    vec![
        t(
            &["制造业", "Manufacturing"],
            &["设备意外停机", "库存积压与缺料并存", "质量追溯困难"],
            "打通生产、库存与质量数据，减少停机和呆滞库存。",
        ),
        t(&["零售", "Retail"], &["门店与线上库存不同步", "会员复购率低", "促销效果难衡量"], "全渠道库存与会员运营，一套数据看清每次促销。"),
        t(&["物流", "Logistics"], &["运输在途不可见", "车辆空驶率高", "对账周期长"], "在途可视、智能排线、自动对账，降低每单成本。"),
    ]
}

/// The same starting points in English, for an English workspace.
pub fn default_templates_en() -> Vec<IndustryTemplate> {
    let t = template;
    vec![
        t(
            &["Manufacturing", "制造业"],
            &["Unplanned machine downtime", "Excess stock next to shortages", "Hard to trace quality issues"],
            "Join production, inventory and quality data: less downtime, less dead stock.",
        ),
        t(
            &["Retail", "零售"],
            &["Store and online stock out of step", "Low member repeat rate", "Promotions hard to measure"],
            "Omnichannel stock and membership: see what every promotion really did.",
        ),
        t(
            &["Logistics", "物流"],
            &["No view of goods in transit", "Too many empty runs", "Slow reconciliation"],
            "Live tracking, smart routing and automatic reconciliation cut the cost per shipment.",
        ),
    ]
}

/// The first template naming `industry`.
pub fn template_for<'a>(templates: &'a [IndustryTemplate], industry: &str) -> Option<&'a IndustryTemplate> {
    let key = fold(industry);
    templates.iter().find(|t| t.industries.iter().any(|n| fold(n) == key))
}
