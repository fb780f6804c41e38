//! Industry verticals (SPEC §4): a segmentation summary per industry (the
//! solution templates are in `templates`). Industries are compared folded (case, spacing, full-width forms), so
//! "Retail" and "retail " are one industry; accounts without one are
//! grouped under the empty name.

use std::collections::HashMap;

use super::rfm::RfmReport;
use crate::domain::mapping::fold;
use crate::domain::{Account, Currency, Id, Order};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndustrySummary {
    /// As the first account of the group spells it; "" for no industry.
    pub industry: String,
    pub accounts: usize,
    /// Accounts with at least one order.
    pub customers: usize,
    /// Orders of any currency.
    pub orders: u32,
    /// Orders in the workspace currency, and their total (minor units).
    pub orders_in_currency: u32,
    pub revenue_minor: i64,
    /// Scored accounts per tier, indexed like `Tier::ALL`.
    pub tiers: [usize; 4],
}

impl IndustrySummary {
    /// Revenue over the orders in the workspace currency, rounded half away from zero.
    pub fn average_order_minor(&self) -> Option<i64> {
        (self.orders_in_currency > 0).then(|| {
            crate::domain::money::div_round(i128::from(self.revenue_minor), i128::from(self.orders_in_currency)) as i64
        })
    }
}

/// One row per industry, largest revenue first (then by name).
pub fn by_industry(accounts: &[Account], orders: &[Order], currency: Currency, rfm: &RfmReport) -> Vec<IndustrySummary> {
    let mut group_of: HashMap<Id, usize> = HashMap::with_capacity(accounts.len());
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<IndustrySummary> = Vec::new();
    for a in accounts {
        let g = *index.entry(fold(&a.industry)).or_insert_with(|| {
            out.push(IndustrySummary { industry: a.industry.trim().to_string(), ..IndustrySummary::default() });
            out.len() - 1
        });
        out[g].accounts += 1;
        group_of.insert(a.id, g);
    }
    let mut ordered: HashMap<Id, ()> = HashMap::new();
    for o in orders {
        let Some(&g) = group_of.get(&o.account_id) else { continue };
        let s = &mut out[g];
        s.orders += 1;
        if o.currency == currency {
            s.orders_in_currency += 1;
            s.revenue_minor = s.revenue_minor.saturating_add(o.total().minor);
        }
        if ordered.insert(o.account_id, ()).is_none() {
            s.customers += 1;
        }
    }
    for sc in &rfm.scored {
        if let Some(&g) = group_of.get(&sc.values.account_id) {
            out[g].tiers[sc.tier.index()] += 1;
        }
    }
    out.sort_by(|a, b| b.revenue_minor.cmp(&a.revenue_minor).then_with(|| a.industry.cmp(&b.industry)));
    out
}
