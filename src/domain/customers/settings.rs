//! The editable customer rules (`settings.customers`): RFM tier rules,
//! lifecycle thresholds, the association-rule thresholds and the industry
//! solution templates. Every field
//! defaults, so files written before these existed load unchanged; and the
//! analytics never rely on `validate`: any numbers (an imported file may hold
//! anything) still give a defined result.

use serde::{Deserialize, Serialize};

use super::templates::{default_templates, IndustryTemplate};

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

/// Thresholds a pair rule X → Y must all meet. Whole numbers, so the
/// comparison is exact and every value survives a JSON round trip.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BasketRules {
    /// Share of all orders holding both X and Y, in basis points (100 = 1 %).
    pub min_support_bp: u32,
    /// Share of the orders holding X that also hold Y, in basis points.
    pub min_confidence_bp: u32,
    /// Confidence over Y's own share, in hundredths (110 = 1.10); above
    /// 100 means X makes Y likelier.
    pub min_lift_hundredths: u32,
}

impl Default for BasketRules {
    fn default() -> Self {
        BasketRules { min_support_bp: 100, min_confidence_bp: 2_000, min_lift_hundredths: 110 }
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
    pub fn range(self) -> (u32, u32) {
        use CustomerField as F;
        match self {
            F::ChurnedMaxR => (0, 5),
            F::HighValueMin(_) | F::PotentialMinR => (1, 5),
            F::PotentialFmBelow => (2, 11),
            F::ChurnedAfterDays | F::EngagedDays | F::ActiveDays | F::ChurnDays => (0, MAX_DAYS),
            F::NewMonths => (0, 120),
            F::MatureOrders => (1, 10_000),
            F::DeclinePercent => (0, 100),
            F::MinSupport | F::MinConfidence => (0, 10_000),
            F::MinLift => (0, 100_000),
        }
    }
}

/// Every problem at once, each naming its field.
pub fn validate(s: &CustomerSettings) -> Vec<CustomerSettingsError> {
    use CustomerField as F;
    let (t, l, b) = (&s.tiers, &s.lifecycle, &s.basket);
    let mut values = vec![
        (F::ChurnedMaxR, u32::from(t.churned_max_r)),
        (F::ChurnedAfterDays, t.churned_after_days),
    ];
    values.extend(t.high_value_min.iter().enumerate().map(|(i, &v)| (F::HighValueMin(i), u32::from(v))));
    values.extend([
        (F::PotentialMinR, u32::from(t.potential_min_r)),
        (F::PotentialFmBelow, u32::from(t.potential_fm_below)),
        (F::EngagedDays, l.engaged_days),
        (F::NewMonths, l.new_months),
        (F::MatureOrders, l.mature_orders),
        (F::ActiveDays, l.active_days),
        (F::ChurnDays, l.churn_days),
        (F::DeclinePercent, l.decline_percent),
        (F::MinSupport, b.min_support_bp),
        (F::MinConfidence, b.min_confidence_bp),
        (F::MinLift, b.min_lift_hundredths),
    ]);
    let mut out: Vec<CustomerSettingsError> = values
        .into_iter()
        .filter(|&(f, v)| {
            let (lo, hi) = f.range();
            !(lo..=hi).contains(&v)
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
