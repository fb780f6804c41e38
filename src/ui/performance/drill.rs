//! The records behind one KPI: which kinds they are (the list itself is
//! `charts::Records`).

use leptos::prelude::*;

use crate::domain::performance::KpiKey;
use crate::domain::{EntityKind, Id};

/// Kinds a KPI's records can be, most likely first.
pub fn kinds(key: KpiKey) -> &'static [EntityKind] {
    use EntityKind as E;
    use KpiKey::*;
    match key {
        LeadToDeal | LeadToWon | FirstResponseSla => &[E::Lead],
        NewCustomers => &[E::Account],
        AverageOrderValue | AverageOrderValueTrend => &[E::Order],
        CollectionCycle => &[E::Contract, E::Invoice],
        Dso | OverdueRatio => &[E::Invoice],
        ComplaintSla => &[E::Complaint],
        Nps => &[E::SurveyResponse],
        Visits => &[E::Visit],
        TrainingHours => &[E::TrainingRecord],
        RevenueAttainment => &[E::Deal, E::Target],
        _ => &[E::Deal],
    }
}

/// The records behind one KPI.
#[component]
pub fn Records(title: String, key: KpiKey, ids: Vec<Id>) -> impl IntoView {
    view! { <crate::ui::charts::Records title kinds=kinds(key).to_vec() ids testid="kpi-record"/> }
}
