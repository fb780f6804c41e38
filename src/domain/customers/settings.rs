//! The editable customer rules (`settings.customers`): RFM tier rules,
//! lifecycle thresholds, the association-rule thresholds and the industry
//! solution templates. Every field
//! defaults, so files written before these existed load unchanged; and the
//! analytics never rely on `validate`: any numbers (an imported file may hold
//! anything) still give a defined result.

use serde::{Deserialize, Serialize};

use super::verticals::{default_templates, IndustryTemplate};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomerSettings {
    pub tiers: TierRules,
    pub lifecycle: LifecycleRules,
    pub basket: BasketRules,
    pub templates: Vec<IndustryTemplate>,
}

impl Default for CustomerSettings {
    fn default() -> Self {
        CustomerSettings {
            tiers: TierRules::default(),
            lifecycle: LifecycleRules::default(),
            basket: BasketRules::default(),
            templates: default_templates(),
        }
    }
}

/// RFM tiers, checked in this order: churned, high-value, potential, and
/// general for everyone else. Scores are 1–5 (see `rfm`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TierRules {
    /// Churned when the recency score is at most this (0 turns the test off).
    pub churned_max_r: u8,
    /// Also churned when the last order is more than this many days ago,
    /// whatever the scores (0 turns the test off). Quintiles are relative: in
    /// a book where everyone is dormant someone still scores R = 5.
    pub churned_after_days: u32,
    /// High-value when R, F and M are each at least these.
    pub high_value_min: [u8; 3],
    /// Potential: bought recently (R at least this) but not much yet …
    pub potential_min_r: u8,
    /// … meaning F + M below this.
    pub potential_fm_below: u8,
}

impl Default for TierRules {
    fn default() -> Self {
        TierRules {
            churned_max_r: 1,
            churned_after_days: 365,
            high_value_min: [4, 4, 4],
            potential_min_r: 4,
            potential_fm_below: 8,
        }
    }
}

/// Lifecycle thresholds (see `lifecycle` for the order the rules apply in).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LifecycleRules {
    /// An account without orders is being developed (not just known) when it
    /// was touched within this many days or has an open deal past the first stage.
    pub engaged_days: u32,
    /// A customer whose first order is at most this many months old is still
    /// in development.
    pub new_months: u32,
    /// Orders a customer needs before it can be mature.
    pub mature_orders: u32,
    /// A mature customer ordered within this many days; a later last order is decline.
    pub active_days: u32,
    /// No order for at least this many days is churn.
    pub churn_days: u32,
    /// Decline when the orders of the last 12 months are fewer than this
    /// percent of the 12 months before (0 turns the test off).
    pub decline_percent: u32,
}

impl Default for LifecycleRules {
    fn default() -> Self {
        LifecycleRules {
            engaged_days: 90,
            new_months: 6,
            mature_orders: 3,
            active_days: 180,
            churn_days: 365,
            decline_percent: 50,
        }
    }
}

/// Thresholds a pair rule X → Y must all meet (fractions, not percents).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BasketRules {
    /// Share of all orders holding both X and Y.
    pub min_support: f64,
    /// Share of the orders holding X that also hold Y.
    pub min_confidence: f64,
    /// Confidence over Y's own share; above 1 means X makes Y likelier.
    pub min_lift: f64,
}

impl Default for BasketRules {
    fn default() -> Self {
        BasketRules { min_support: 0.01, min_confidence: 0.2, min_lift: 1.1 }
    }
}

/// A number of the customer settings, so a problem can name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CustomerField {
    ChurnedMaxR,
    ChurnedAfterDays,
    /// 0 = R, 1 = F, 2 = M.
    HighValueMin(usize),
    PotentialMinR,
    PotentialFmBelow,
    EngagedDays,
    NewMonths,
    MatureOrders,
    ActiveDays,
    ChurnDays,
    DeclinePercent,
    MinSupport,
    MinConfidence,
    MinLift,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CustomerSettingsError {
    /// Outside the field's range (`CustomerField::range`).
    OutOfRange { field: CustomerField },
    /// A mature customer's last order must be more recent than churn.
    ActiveNotBeforeChurn,
    /// A template names no industry, so it never applies.
    TemplateWithoutIndustry { index: usize },
}

const MAX_DAYS: u32 = 3_660;

impl CustomerField {
    /// The smallest and largest value the field takes.
    pub fn range(self) -> (f64, f64) {
        use CustomerField as F;
        match self {
            F::ChurnedMaxR => (0.0, 5.0),
            F::HighValueMin(_) | F::PotentialMinR => (1.0, 5.0),
            F::PotentialFmBelow => (2.0, 11.0),
            F::ChurnedAfterDays | F::EngagedDays | F::ActiveDays | F::ChurnDays => (0.0, MAX_DAYS as f64),
            F::NewMonths => (0.0, 120.0),
            F::MatureOrders => (1.0, 10_000.0),
            F::DeclinePercent => (0.0, 100.0),
            F::MinSupport | F::MinConfidence => (0.0, 1.0),
            F::MinLift => (0.0, 1_000.0),
        }
    }
}

/// Every problem at once, each naming its field.
pub fn validate(s: &CustomerSettings) -> Vec<CustomerSettingsError> {
    use CustomerField as F;
    let (t, l, b) = (&s.tiers, &s.lifecycle, &s.basket);
    let mut values = vec![
        (F::ChurnedMaxR, f64::from(t.churned_max_r)),
        (F::ChurnedAfterDays, f64::from(t.churned_after_days)),
    ];
    values.extend(t.high_value_min.iter().enumerate().map(|(i, &v)| (F::HighValueMin(i), f64::from(v))));
    values.extend([
        (F::PotentialMinR, f64::from(t.potential_min_r)),
        (F::PotentialFmBelow, f64::from(t.potential_fm_below)),
        (F::EngagedDays, f64::from(l.engaged_days)),
        (F::NewMonths, f64::from(l.new_months)),
        (F::MatureOrders, f64::from(l.mature_orders)),
        (F::ActiveDays, f64::from(l.active_days)),
        (F::ChurnDays, f64::from(l.churn_days)),
        (F::DeclinePercent, f64::from(l.decline_percent)),
        (F::MinSupport, b.min_support),
        (F::MinConfidence, b.min_confidence),
        (F::MinLift, b.min_lift),
    ]);
    let mut out: Vec<CustomerSettingsError> = values
        .into_iter()
        .filter(|&(f, v)| {
            let (lo, hi) = f.range();
            // NaN fails both comparisons, so it is out of range too.
            !(v >= lo && v <= hi)
        })
        .map(|(field, _)| CustomerSettingsError::OutOfRange { field })
        .collect();
    if l.active_days >= l.churn_days {
        out.push(CustomerSettingsError::ActiveNotBeforeChurn);
    }
    for (index, t) in s.templates.iter().enumerate() {
        if t.industries.iter().all(|n| n.trim().is_empty()) {
            out.push(CustomerSettingsError::TemplateWithoutIndustry { index });
        }
    }
    out
}
