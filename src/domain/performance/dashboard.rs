//! Every KPI for one scope and period at once: what a dashboard shows.

use super::cash::{aging, collection_cycle, dso, overdue_ratio, Aging};
use super::kpi::Kpi;
use super::{attainment, sales, service, Ctx, Scope, Slice};

#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    /// In `KpiKey::ALL` order.
    pub kpis: Vec<Kpi>,
    pub aging: Aging,
}

impl Dashboard {
    pub fn get(&self, key: super::KpiKey) -> Option<&Kpi> {
        self.kpis.iter().find(|k| k.key == key)
    }
}

pub fn dashboard(cx: &Ctx, scope: Scope, s: &Slice) -> Dashboard {
    let (new, repeat) = sales::customer_conversion(cx, s);
    let (median, mean) = sales::sales_cycle(cx, s);
    let aged = aging(cx, s);
    let kpis = vec![
        sales::revenue(cx, s),
        attainment::revenue_attainment(cx, scope, s),
        sales::lead_to_deal(cx, s),
        sales::deal_to_won(cx, s),
        sales::lead_to_won(cx, s),
        new,
        repeat,
        sales::new_customers(cx, s),
        sales::average_order_value(cx, s),
        sales::average_order_value_trend(cx, s),
        sales::average_deal_size(cx, s),
        sales::win_rate(cx, s),
        median,
        mean,
        collection_cycle(cx, s),
        dso(cx, s),
        overdue_ratio(&aged),
        service::first_response_sla(cx, s),
        service::complaint_sla(cx, s),
        service::nps(cx, s),
        service::visits(cx, s),
        service::training_hours(cx, s),
    ];
    Dashboard { kpis, aging: aged }
}
