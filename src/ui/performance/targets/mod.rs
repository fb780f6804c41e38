//! `/performance/targets`: a year's targets of one metric as a tree from the
//! company down to every rep, with actual, attainment and (revenue) pipeline
//! coverage as the acting person may see them; a row opens its quarters and
//! months. Below it, the form that sets the annual plan.

mod form;
mod form_parts;
mod rows;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::Datelike;
use leptos::prelude::*;

use crate::domain::performance::target_tree::tree;
use crate::domain::performance::{Book, Ctx, ReportPeriod};
use crate::domain::{Currency, Id, Money, TargetMetric, Workspace};
use crate::i18n::format as fmt;
use crate::ui::state::{use_acting, use_clock, use_data, use_locale, DbStoreFields};

pub const METRICS: [TargetMetric; 4] =
    [TargetMetric::Revenue, TargetMetric::NewCustomers, TargetMetric::Visits, TargetMetric::ConversionRate];

pub fn metric_index(m: TargetMetric) -> usize {
    METRICS.iter().position(|x| *x == m).unwrap_or(0)
}

/// A target value as shown: money, a count, or basis points as a percent.
pub fn value_text(metric: TargetMetric, v: i64, currency: Currency) -> String {
    match metric {
        TargetMetric::Revenue => fmt::money(Money::new(v, currency)),
        TargetMetric::ConversionRate => format!("{}.{:02} %", v / 100, (v % 100).abs()),
        _ => fmt::int(v),
    }
}

/// Names of units and people, for the tree's rows.
pub fn names(ws: &Workspace) -> HashMap<Id, String> {
    let units = ws.data.org_units.iter().map(|u| (u.id, u.name.clone()));
    units.chain(ws.data.people.iter().map(|p| (p.id, p.name.clone()))).collect()
}

#[component]
pub fn TargetsPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let year = RwSignal::new(clock.now_untracked().year());
    let metric = RwSignal::new(TargetMetric::Revenue);
    let ws = super::shared::use_workspace();
    let rows = Memo::new(move |_| {
        let ws: Arc<Workspace> = ws.get();
        let p = ReportPeriod::year(year.get())?;
        let book = Book::new(&ws);
        Some(tree(&Ctx::new(&book, p, clock.now()), metric.get(), acting.0.get()))
    });
    let t = move || &locale.texts().targets;
    let who = move || {
        let me = acting.0.get()?;
        data.db.people().with(|p| p.iter().find(|x| x.id == me).map(|x| x.name.clone()))
    };
    view! {
        <div class="page" data-testid="targets-page">
            <super::PerformanceTabs/>
            <header class="page-head">
                <h1>{move || t().title}</h1>
                <p class="muted">{move || t().intro}</p>
            </header>
            <div class="toolbar">
                <label class="field">
                    <span>{move || t().year}</span>
                    <input class="input num" type="number" min="2000" max="2100" data-testid="targets-year" prop:value=move || year.get().to_string()
                        on:change=move |ev| { if let Ok(y) = event_target_value(&ev).parse::<i32>() { year.set(y) } }/>
                </label>
                <label class="field">
                    <span>{move || t().metric}</span>
                    <select class="input" data-testid="targets-metric" prop:value=move || metric_index(metric.get()).to_string()
                        on:change=move |ev| { if let Some(m) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| METRICS.get(i)) { metric.set(*m) } }>
                        {(0..4).map(|i| view! { <option value=i.to_string()>{move || t().metrics[i]}</option> }).collect_view()}
                    </select>
                </label>
                <p class="muted" data-testid="targets-scope">{move || (t().scope_note)(&who().unwrap_or_else(|| t().everyone.to_string()))}</p>
            </div>
            <rows::TargetTree ws rows year metric/>
            <form::PlanForm ws year metric/>
        </div>
    }
}
