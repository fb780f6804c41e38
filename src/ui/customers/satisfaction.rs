//! `/customers/satisfaction`: NPS overall, by month, by tier, industry and
//! owner; touchpoint satisfaction along the customer journey with the
//! weakest touchpoint; and the CSV import of survey answers.

use std::collections::{BTreeMap, HashMap};

use leptos::prelude::*;

use super::bars::{Bar, Bars};
use super::insights::rfm_memo;
use super::survey_import::SurveyImport;
use super::CustomerPage;
use crate::domain::customers::{journey, nps, nps_by, nps_by_month, nps_by_owner, NpsCount};
use crate::domain::{Id, SurveyKind, SurveyResponse};
use crate::i18n::format as fmt;
use crate::ui::area::KindTabs;
use crate::ui::areas::Area;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};

/// Months shown in the trend.
const MONTHS: usize = 12;

fn nps_text(n: &NpsCount) -> String {
    n.tenths().map(|t| format!("{:.1}", f64::from(t) / 10.0)).unwrap_or_else(|| "—".into())
}

#[component]
pub fn SatisfactionPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let rfm = rfm_memo(data, clock);
    let answers = Memo::new(move |_| data.db.survey_responses().with(|r| r.iter().filter(|x| x.kind == SurveyKind::Nps).cloned().collect::<Vec<SurveyResponse>>()));
    let overall = Memo::new(move |_| answers.with(|a| nps(a)));
    let months = Memo::new(move |_| {
        let m = answers.with(|a| nps_by_month(a));
        let mut v: Vec<((i32, u32), NpsCount)> = m.into_iter().collect();
        let skip = v.len().saturating_sub(MONTHS);
        v.drain(..skip);
        v
    });
    let i = move || &locale.texts().insights;
    let month_bars = Signal::derive(move || {
        months
            .get()
            .into_iter()
            .map(|((y, m), n)| {
                let v = n.score().unwrap_or(0.0);
                Bar { label: format!("{y}-{m:02}"), value: v.abs(), shown: nps_text(&n), class: if v < 0.0 { "bar-neg" } else { "bar-nps" } }
            })
            .collect::<Vec<_>>()
    });
    let by_tier = Memo::new(move |_| {
        let tiers: HashMap<Id, usize> = rfm.with(|r| r.scored.iter().map(|s| (s.values.account_id, s.tier.index())).collect());
        answers.with(|a| nps_by(a, |r| tiers.get(&r.account_id).copied()))
    });
    let by_industry = Memo::new(move |_| {
        let ind: HashMap<Id, String> = data.db.accounts().with(|a| a.iter().map(|a| (a.id, a.industry.clone())).collect());
        answers.with(|a| nps_by(a, |r| ind.get(&r.account_id).cloned()))
    });
    let by_owner = Memo::new(move |_| answers.with(|a| data.db.accounts().with(|acc| nps_by_owner(a, acc))));
    let people = Memo::new(move |_| data.db.people().with(|p| p.iter().map(|p| (p.id, p.name.clone())).collect::<HashMap<Id, String>>()));
    let trip = Memo::new(move |_| data.db.survey_responses().with(|r| journey(r)));
    let current = Memo::new(|_| None);
    let table = move |title: &'static str, testid: &'static str, rows: Vec<(String, NpsCount)>| {
        if rows.is_empty() {
            return view! {
                <section class="card" data-testid=testid>
                    <h2>{title}</h2>
                    <p class="muted">{i().nps_none}</p>
                </section>
            }
            .into_any();
        }
        view! {
            <section class="card" data-testid=testid>
                <h2>{title}</h2>
                <table class="table">
                    <thead><tr>
                        <th scope="col"><span class="sr-only">{title}</span></th>
                        <th scope="col" class="num">{i().nps}</th>
                        <th scope="col" class="num">{i().responses}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(k, n)| view! {
                            <tr><th scope="row">{k}</th><td class="num">{nps_text(&n)}</td><td class="num">{fmt::int(i64::from(n.total()))}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        }
        .into_any()
    };
    view! {
        <div class="page" data-testid="satisfaction-page">
            <header class="page-head">
                <h1>{move || i().satisfaction_title}</h1>
                <p class="muted">{move || i().satisfaction_intro}</p>
            </header>
            <KindTabs area=Area::Customers current page=CustomerPage::Satisfaction/>
            <section class="card" data-testid="nps-summary">
                <div class="kpi-row">
                    <div class="kpi"><span class="kpi-label">{move || i().nps}</span><strong class="num kpi-value" data-testid="nps-value">{move || overall.with(|n| if n.total() == 0 { i().nps_none.to_string() } else { nps_text(n) })}</strong></div>
                    <div class="kpi"><span class="kpi-label">{move || i().promoters}</span><strong class="num kpi-value" data-testid="nps-promoters">{move || overall.with(|n| fmt::int(i64::from(n.promoters)))}</strong></div>
                    <div class="kpi"><span class="kpi-label">{move || i().passives}</span><strong class="num kpi-value" data-testid="nps-passives">{move || overall.with(|n| fmt::int(i64::from(n.passives)))}</strong></div>
                    <div class="kpi"><span class="kpi-label">{move || i().detractors}</span><strong class="num kpi-value" data-testid="nps-detractors">{move || overall.with(|n| fmt::int(i64::from(n.detractors)))}</strong></div>
                    <div class="kpi"><span class="kpi-label">{move || i().responses}</span><strong class="num kpi-value" data-testid="nps-responses">{move || overall.with(|n| fmt::int(i64::from(n.total())))}</strong></div>
                </div>
            </section>
            <section class="card" data-testid="nps-months">
                <h2>{move || i().by_month}</h2>
                <p class="muted" hidden=move || !months.with(Vec::is_empty)>{move || i().nps_none}</p>
                <Bars bars=month_bars title=Signal::derive(move || i().by_month.to_string()) testid="nps-month-chart"/>
            </section>
            <section class="card" data-testid="journey">
                <h2>{move || i().journey}</h2>
                <p class="muted">{move || i().journey_intro}</p>
                <ol class="journey">
                    {move || {
                        let j = trip.get();
                        j.steps.into_iter().map(|(tp, c)| {
                            let weakest = j.weakest == Some(tp);
                            view! {
                                <li class="journey-step" class:weakest=weakest data-testid="journey-step" data-weakest=weakest.to_string()>
                                    <strong>{locale.texts().touchpoints[tp as usize]}</strong>
                                    <span class="num kpi-value">{c.mean_hundredths().map(|h| format!("{}.{:02}", h / 100, h % 100)).unwrap_or_else(|| "—".into())}</span>
                                    <span class="muted">{i().csat_mean}</span>
                                    <span class="num">{c.satisfied_tenths().map(|s| format!("{}.{} %", s / 10, s % 10)).unwrap_or_default()} " " {i().satisfied_share}</span>
                                    <span class="muted num">{fmt::int(i64::from(c.count))} " " {i().responses}</span>
                                    {weakest.then(|| view! { <span class="pill pill-warn" data-testid="weakest">{i().weakest}</span> })}
                                </li>
                            }
                        }).collect_view()
                    }}
                </ol>
            </section>
            <div class="two-cols">
                {move || {
                    let rows = by_tier.get().into_iter().map(|(k, n)| (i().tiers[k].to_string(), n)).collect();
                    table(i().by_tier, "nps-by-tier", rows)
                }}
                {move || {
                    let rows = by_industry.get().into_iter().map(|(k, n)| (if k.is_empty() { i().no_industry.to_string() } else { k }, n)).collect();
                    table(i().by_industry, "nps-by-industry", rows)
                }}
            </div>
            {move || {
                let names = people.get();
                let mut rows: Vec<(String, NpsCount)> = by_owner
                    .get()
                    .into_iter()
                    .map(|(k, n)| (k.and_then(|id| names.get(&id).cloned()).unwrap_or_else(|| i().no_owner.to_string()), n))
                    .collect::<BTreeMap<_, _>>()
                    .into_iter()
                    .collect();
                rows.sort_by(|a, b| b.1.total().cmp(&a.1.total()));
                table(i().by_owner, "nps-by-owner", rows)
            }}
            <SurveyImport/>
        </div>
    }
}
