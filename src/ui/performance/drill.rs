//! The records behind one KPI: each opens its own page.

use leptos::prelude::*;

use crate::domain::performance::KpiKey;
use crate::domain::{EntityKind, Id};
use crate::ui::areas::{kind_label, record_href};
use crate::ui::rows::{Cx, Row};
use crate::ui::state::{find, use_data, use_locale, DbStoreFields};

/// Kinds a KPI's records can be, most likely first.
fn kinds(key: KpiKey) -> &'static [EntityKind] {
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

const SHOWN: usize = 200;

#[component]
pub fn Records(title: String, key: KpiKey, ids: Vec<Id>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let total = ids.len();
    let rows = move || {
        let t = locale.texts();
        let people = data.db.people().with_untracked(|p| p.iter().map(|p| (p.id, p.name.clone())).collect());
        let accounts = data.db.accounts().with_untracked(|a| a.iter().map(|a| (a.id, a.name.clone())).collect());
        let cx = Cx { t, locale: locale.0.get(), people: &people, accounts: &accounts };
        ids.iter()
            .take(SHOWN)
            .filter_map(|id| kinds(key).iter().find_map(|k| find(data.db, *k, *id).map(|r| (*k, r))))
            .map(|(k, r)| (k, crate::ui::rows::describe(&r, &cx)))
            .collect::<Vec<(EntityKind, Row)>>()
    };
    view! {
        <section class="card" data-testid="kpi-records">
            <h2>{title}</h2>
            <ul class="plain-list">
                {move || rows().into_iter().map(|(k, r)| view! {
                    <li data-testid="kpi-record">
                        <span class="pill">{kind_label(locale.texts(), k)}</span> " "
                        <a href=record_href(k, r.id)>{r.title.clone()}</a>
                        {(!r.detail.is_empty()).then(|| view! { " · " <span class="muted">{r.detail.clone()}</span> })}
                    </li>
                }).collect_view()}
            </ul>
            {(total > SHOWN).then(|| view! { <p class="muted">{format!("{SHOWN} / {total}")}</p> })}
        </section>
    }
}
