//! A KPI value with the records behind it, and the stable keys the UI uses
//! for labels and the definition shown on hover.

use crate::domain::Id;

/// Every KPI the dashboards show. The order is the dashboards' order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KpiKey {
    Revenue,
    RevenueAttainment,
    LeadToDeal,
    DealToWon,
    LeadToWon,
    NewCustomerConversion,
    RepeatCustomerConversion,
    NewCustomers,
    AverageOrderValue,
    AverageOrderValueTrend,
    AverageDealSize,
    WinRate,
    SalesCycleMedian,
    SalesCycleMean,
    CollectionCycle,
    Dso,
    OverdueRatio,
    FirstResponseSla,
    ComplaintSla,
    Nps,
    Visits,
    TrainingHours,
}

/// How a value reads: money in minor units of the workspace currency,
/// percent (0–100), days, a plain count or hours, NPS points (−100–100).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    MoneyMinor,
    Percent,
    Days,
    Count,
    Hours,
    Points,
}

impl KpiKey {
    pub const ALL: [KpiKey; 22] = [
        KpiKey::Revenue,
        KpiKey::RevenueAttainment,
        KpiKey::LeadToDeal,
        KpiKey::DealToWon,
        KpiKey::LeadToWon,
        KpiKey::NewCustomerConversion,
        KpiKey::RepeatCustomerConversion,
        KpiKey::NewCustomers,
        KpiKey::AverageOrderValue,
        KpiKey::AverageOrderValueTrend,
        KpiKey::AverageDealSize,
        KpiKey::WinRate,
        KpiKey::SalesCycleMedian,
        KpiKey::SalesCycleMean,
        KpiKey::CollectionCycle,
        KpiKey::Dso,
        KpiKey::OverdueRatio,
        KpiKey::FirstResponseSla,
        KpiKey::ComplaintSla,
        KpiKey::Nps,
        KpiKey::Visits,
        KpiKey::TrainingHours,
    ];

    /// Stable identifier, for URLs, CSV headers and i18n lookups.
    pub fn key(self) -> &'static str {
        match self {
            KpiKey::Revenue => "revenue",
            KpiKey::RevenueAttainment => "revenue_attainment",
            KpiKey::LeadToDeal => "lead_to_deal",
            KpiKey::DealToWon => "deal_to_won",
            KpiKey::LeadToWon => "lead_to_won",
            KpiKey::NewCustomerConversion => "new_customer_conversion",
            KpiKey::RepeatCustomerConversion => "repeat_customer_conversion",
            KpiKey::NewCustomers => "new_customers",
            KpiKey::AverageOrderValue => "average_order_value",
            KpiKey::AverageOrderValueTrend => "average_order_value_trend",
            KpiKey::AverageDealSize => "average_deal_size",
            KpiKey::WinRate => "win_rate",
            KpiKey::SalesCycleMedian => "sales_cycle_median",
            KpiKey::SalesCycleMean => "sales_cycle_mean",
            KpiKey::CollectionCycle => "collection_cycle",
            KpiKey::Dso => "dso",
            KpiKey::OverdueRatio => "overdue_ratio",
            KpiKey::FirstResponseSla => "first_response_sla",
            KpiKey::ComplaintSla => "complaint_sla",
            KpiKey::Nps => "nps",
            KpiKey::Visits => "visits",
            KpiKey::TrainingHours => "training_hours",
        }
    }

    /// Key of the definition text (the UI's i18n holds the words).
    pub fn definition(self) -> String {
        format!("kpi.{}.definition", self.key())
    }

    pub fn unit(self) -> Unit {
        use KpiKey::*;
        match self {
            Revenue | AverageOrderValue | AverageDealSize => Unit::MoneyMinor,
            RevenueAttainment | LeadToDeal | DealToWon | LeadToWon | NewCustomerConversion | RepeatCustomerConversion
            | AverageOrderValueTrend | WinRate | OverdueRatio | FirstResponseSla | ComplaintSla => Unit::Percent,
            SalesCycleMedian | SalesCycleMean | CollectionCycle | Dso => Unit::Days,
            NewCustomers | Visits => Unit::Count,
            TrainingHours => Unit::Hours,
            Nps => Unit::Points,
        }
    }

    /// Lower is better for cycle times, DSO and the overdue share.
    pub fn lower_is_better(self) -> bool {
        matches!(self, KpiKey::SalesCycleMedian | KpiKey::SalesCycleMean | KpiKey::CollectionCycle | KpiKey::Dso | KpiKey::OverdueRatio)
    }
}

/// One figure. `value` is `None` when there is nothing to compute it from
/// (no deals closed, no responses): shown as "—", never as 0.
#[derive(Clone, Debug, PartialEq)]
pub struct Kpi {
    pub key: KpiKey,
    pub value: Option<f64>,
    /// The records the value was computed from (drill-down), in record order.
    pub records: Vec<Id>,
    /// Records in another currency than the workspace's: counted, not summed.
    pub other_currency: usize,
}

impl Kpi {
    pub fn new(key: KpiKey, value: Option<f64>, records: Vec<Id>) -> Kpi {
        Kpi { key, value, records, other_currency: 0 }
    }
    /// Change from `previous` in percent of it; `None` when either is missing
    /// or the previous value is zero.
    pub fn change_percent(&self, previous: &Kpi) -> Option<f64> {
        let (now, then) = (self.value?, previous.value?);
        (then != 0.0).then(|| (now - then) * 100.0 / then.abs())
    }
}

/// Share in percent; `None` for an empty base.
pub fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

pub fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// Middle value; the mean of the two middle ones for an even count.
pub fn median(xs: &[f64]) -> Option<f64> {
    let mut v: Vec<f64> = xs.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
    }
}
