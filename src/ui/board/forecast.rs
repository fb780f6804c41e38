//! `/pipeline/forecast`: weighted pipeline by expected close month and the
//! forecast categories per owner and for the team, over the filtered deals.


use leptos::prelude::*;

use super::filters::FilterBar;
use super::model::{board_model, Filters};
use super::PipelineTabs;
use crate::domain::forecast::{category_totals, category_totals_by_owner, weighted_by_month, Bucket, CategoryTotals};
use crate::domain::{Deal, Id};
use crate::i18n::format as fmt;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

#[component]
pub fn ForecastPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let filters = Filters::new();
    let model = board_model(filters);
    let deals = Memo::new(move |_| {
        let ids = model.shown_ids();
        data.db.deals().with(|d| d.iter().filter(|x| ids.contains(&x.id)).cloned().collect::<Vec<Deal>>())
    });
    let monthly = Memo::new(move |_| data.db.settings().with(|s| deals.with(|d| weighted_by_month(d.iter(), s))));
    let by_owner = Memo::new(move |_| data.db.settings().with(|s| deals.with(|d| category_totals_by_owner(d.iter(), s))));
    let team = Memo::new(move |_| {
        let owners: Vec<Id> = by_owner.with(|b| b.keys().copied().collect());
        data.db.settings().with(|s| deals.with(|d| category_totals(d.iter(), &owners, s)))
    });
    let money = move |b: &Bucket, weighted: bool| {
        let m = if weighted { b.weighted } else { b.amount };
        view! { <td class="num" title=fmt::money(m)>{fmt::money_compact(m, locale.0.get())}</td> }
    };
    let cat_row = move |label: String, c: &CategoryTotals, testid: String| {
        view! {
            <tr data-testid=testid>
                <th scope="row">{label}</th>
                {money(&c.pipeline, false)}
                {money(&c.best_case, false)}
                {money(&c.commit, false)}
                {money(&c.closed, false)}
            </tr>
        }
    };
    view! {
        <div class="page" data-testid="forecast-page">
            <header class="page-head"><h1>{move || locale.texts().forecast}</h1></header>
            <PipelineTabs list=false forecast=true/>
            <FilterBar filters model/>
            <section class="card">
                <h2>{move || locale.texts().forecast_by_month}</h2>
                <div class="table-wrap">
                    <table class="table" data-testid="forecast-months">
                        <thead><tr>
                            <th scope="col">{move || locale.texts().col_month}</th>
                            <th scope="col" class="num">{move || locale.texts().total_count}</th>
                            <th scope="col" class="num">{move || locale.texts().total_sum}</th>
                            <th scope="col" class="num">{move || locale.texts().total_weighted}</th>
                        </tr></thead>
                        <tbody>
                            {move || monthly.with(|m| {
                                let mut rows: Vec<_> = m.months.iter().map(|(ym, b)| view! {
                                    <tr data-testid="forecast-month"><th scope="row" class="num">{ym.to_string()}</th>
                                        <td class="num">{b.count}</td>{money(b, false)}{money(b, true)}</tr>
                                }.into_any()).collect();
                                if m.unscheduled.count > 0 {
                                    rows.push(view! {
                                        <tr><th scope="row">{locale.texts().forecast_unscheduled}</th>
                                            <td class="num">{m.unscheduled.count}</td>{money(&m.unscheduled, false)}{money(&m.unscheduled, true)}</tr>
                                    }.into_any());
                                }
                                rows
                            })}
                        </tbody>
                    </table>
                </div>
            </section>
            <section class="card">
                <h2>{move || locale.texts().forecast_by_owner}</h2>
                <div class="table-wrap">
                    <table class="table" data-testid="forecast-owners">
                        <thead><tr>
                            <th scope="col">{move || locale.texts().col_owner}</th>
                            {(0..4).map(|i| view! { <th scope="col" class="num">{move || locale.texts().forecast_categories[i]}</th> }).collect_view()}
                        </tr></thead>
                        <tbody>
                            {move || {
                                let names = model.names.get();
                                by_owner.with(|b| b.iter().map(|(id, c)| {
                                    cat_row(names.get(id).cloned().unwrap_or_default(), c, "forecast-owner".into())
                                }).collect_view())
                            }}
                            {move || team.with(|c| cat_row(locale.texts().team_total.to_string(), c, "forecast-team".into()))}
                        </tbody>
                    </table>
                </div>
            </section>
        </div>
    }
}
