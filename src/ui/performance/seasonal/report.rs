//! The seasonal report: models with their backtest, the next 12 months and
//! the months outside their expected range.

use leptos::prelude::*;

use super::money;
use crate::domain::performance::holt_winters::Seasonality;
use crate::domain::performance::seasonal::{Accuracy, History, ModelReport, MonthFlag, SeasonalReport, SEASON};
use crate::domain::Currency;
use crate::ui::charts::ChartFrame;
use crate::ui::state::use_locale;

fn pct(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite()).map_or("—".into(), |x| format!("{x:.1} %"))
}

fn flag_index(f: MonthFlag) -> usize {
    match f {
        MonthFlag::Normal => 0,
        MonthFlag::SeasonalDip => 1,
        MonthFlag::AbnormalDrop => 2,
        MonthFlag::AbnormalSpike => 3,
    }
}

#[component]
pub fn Report(history: History, report: SeasonalReport, currency: Currency) -> impl IntoView {
    let locale = use_locale();
    let t = locale.texts();
    let s = &t.seasonal;
    let months = history.values.len();
    let best = report.best;
    let best_model: Option<ModelReport> = match best {
        Some(Seasonality::Additive) => report.additive.clone(),
        Some(Seasonality::Multiplicative) => report.multiplicative.clone(),
        None => None,
    };
    let best_name = match best {
        Some(Seasonality::Additive) => s.model_names[0],
        Some(Seasonality::Multiplicative) => s.model_names[1],
        None => s.model_names[2],
    };
    let model_row = |i: usize, m: &Option<ModelReport>, kind: Seasonality| {
        let is_best = best == Some(kind);
        match m {
            Some(m) => {
                let p = m.fit.params;
                let acc = m.backtest.unwrap_or(Accuracy { mape: None, mae: None });
                view! {
                    <tr data-testid="seasonal-model" data-model=if i == 0 { "additive" } else { "multiplicative" } class:best=is_best>
                        <th scope="row">{s.model_names[i]}{is_best.then(|| view! { " " <span class="badge" data-testid="seasonal-best">"★ "{s.best}</span> })}</th>
                        <td class="num">{format!("{:.2} / {:.2} / {:.2}", p.alpha, p.beta, p.gamma)}</td>
                        <td class="num">{money(m.fit.rmse, currency)}</td>
                        <td class="num" data-testid="seasonal-mape">{pct(acc.mape)}</td>
                        <td class="num">{acc.mae.map_or("—".into(), |v| money(v, currency))}</td>
                    </tr>
                }
                .into_any()
            }
            None => view! {
                <tr data-testid="seasonal-model" data-model=if i == 0 { "additive" } else { "multiplicative" }>
                    <th scope="row">{s.model_names[i]}</th>
                    <td colspan="4" class="muted">{s.not_fitted}</td>
                </tr>
            }
            .into_any(),
        }
    };
    let no_backtest = report.additive.as_ref().or(report.multiplicative.as_ref()).is_some_and(|m| m.backtest.is_none());
    let naive = report.naive_backtest;
    let forecast_rows = best_model.as_ref().map(|m| m.forecast.clone()).unwrap_or_default();
    let naive_forecast = report.naive_forecast.clone();
    let flags = best_model.as_ref().map(|m| m.flags.clone()).unwrap_or_default();
    let dips = flags.iter().filter(|f| f.flag == MonthFlag::SeasonalDip).count();
    let odd: Vec<_> = flags.into_iter().filter(|f| matches!(f.flag, MonthFlag::AbnormalDrop | MonthFlag::AbnormalSpike)).collect();
    let last = history.month(months.saturating_sub(1));
    let (chart_data, chart_kind) = super::chart::chart(&history, &forecast_rows, &naive_forecast, currency, s);
    view! {
        <section class="card" data-testid="seasonal-models">
            <h2>{s.models}</h2>
            <p class="muted" data-testid="seasonal-span">{(s.read_summary_short)(months, &history.first.to_string(), &last.to_string())}</p>
            {no_backtest.then(|| view! { <p class="notice" data-testid="seasonal-no-backtest">{(s.no_backtest)(months)}</p> })}
            <div class="table-wrap">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{s.col_model}</th>
                        <th scope="col" class="num">{s.col_params}</th>
                        <th scope="col" class="num">{s.col_rmse}</th>
                        <th scope="col" class="num">{s.col_mape}</th>
                        <th scope="col" class="num">{s.col_mae}</th>
                    </tr></thead>
                    <tbody>
                        {model_row(0, &report.additive, Seasonality::Additive)}
                        {model_row(1, &report.multiplicative, Seasonality::Multiplicative)}
                        <tr data-testid="seasonal-model" data-model="naive">
                            <th scope="row">{s.model_names[2]}</th>
                            <td class="num">"—"</td>
                            <td class="num">"—"</td>
                            <td class="num" data-testid="seasonal-mape">{pct(naive.mape)}</td>
                            <td class="num">{naive.mae.map_or("—".into(), |v| money(v, currency))}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
        <ChartFrame data=Signal::stored(chart_data) kind=chart_kind testid="seasonal-chart"/>
        <section class="card" data-testid="seasonal-forecast">
            <h2>{(s.forecast)(best_name)}</h2>
            <p class="muted">{s.interval_note}</p>
            <div class="table-wrap">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{s.col_month}</th>
                        <th scope="col" class="num">{s.col_forecast}</th>
                        <th scope="col" class="num">{s.col_lower}</th>
                        <th scope="col" class="num">{s.col_upper}</th>
                        <th scope="col" class="num">{s.col_naive}</th>
                    </tr></thead>
                    <tbody>
                        {(0..SEASON).map(|k| {
                            let p = forecast_rows.get(k).copied();
                            let month = p.map_or_else(|| next_n(last, k + 1).to_string(), |p| p.month.to_string());
                            view! {
                                <tr data-testid="seasonal-forecast-row">
                                    <th scope="row" class="num">{month}</th>
                                    <td class="num">{p.map_or("—".into(), |p| money(p.value, currency))}</td>
                                    <td class="num">{p.map_or("—".into(), |p| money(p.lower, currency))}</td>
                                    <td class="num">{p.map_or("—".into(), |p| money(p.upper, currency))}</td>
                                    <td class="num">{naive_forecast.get(k).map_or("—".into(), |v| money(*v, currency))}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        <section class="card" data-testid="seasonal-anomalies">
            <h2>{s.anomalies}</h2>
            <p class="muted">{s.anomalies_help}</p>
            {if odd.is_empty() {
                view! { <p data-testid="seasonal-no-anomalies">{s.no_anomalies}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{s.col_month}</th>
                                <th scope="col" class="num">{s.col_actual}</th>
                                <th scope="col" class="num">{s.col_expected}</th>
                                <th scope="col" class="num">{s.col_range}</th>
                                <th scope="col">{s.col_flag}</th>
                            </tr></thead>
                            <tbody>
                                {odd.into_iter().map(|f| {
                                    let drop = f.flag == MonthFlag::AbnormalDrop;
                                    view! {
                                        <tr data-testid="seasonal-anomaly" data-flag=if drop { "drop" } else { "spike"}>
                                            <th scope="row" class="num">{f.month.to_string()}</th>
                                            <td class="num">{money(f.actual, currency)}</td>
                                            <td class="num">{money(f.expected, currency)}</td>
                                            <td class="num">{format!("{} – {}", money(f.lower, currency), money(f.upper, currency))}</td>
                                            <td class:warn=drop>{if drop { "▼ " } else { "▲ " }}{s.flags[flag_index(f.flag)]}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            {(dips > 0).then(|| view! { <p class="muted" data-testid="seasonal-dips">{(s.dips)(dips)}</p> })}
        </section>
    }
}

fn next_n(m: crate::domain::forecast::YearMonth, n: usize) -> crate::domain::forecast::YearMonth {
    let idx = m.year * 12 + m.month as i32 - 1 + n as i32;
    crate::domain::forecast::YearMonth { year: idx.div_euclid(12), month: idx.rem_euclid(12) as u32 + 1 }
}
