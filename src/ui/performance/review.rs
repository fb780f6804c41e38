//! `/performance/review`: the 12-KPI bi-weekly rep review (双周复盘). One
//! scorecard per rep in view for the chosen fortnight; reps below their
//! revenue goal in each of the last N fortnights are flagged and can get an
//! improvement plan recorded from their card.

use leptos::prelude::*;

use super::actions::{ActionForm, ActionList};
use super::shared::{in_view, names, use_workspace, ScopeNote};
use super::value_text;
use crate::domain::performance::fortnight::{ending_with, goals_for, last_complete, shift, GoalSource};
use crate::domain::performance::review::{review, scorecard, ScoreLine, Scorecard};
use crate::domain::performance::{Book, Ctx, Kpi, KpiKey, ReportPeriod};
use crate::domain::{ActionSource, Id};
use crate::i18n::format as fmt;
use crate::ui::state::{use_acting, use_clock, use_data, use_locale, DbStoreFields};

#[derive(Clone, PartialEq)]
struct RepCard {
    person: Id,
    name: String,
    card: Scorecard,
    sources: Vec<(KpiKey, GoalSource)>,
    /// Revenue goal met per fortnight, oldest first.
    history: Vec<(ReportPeriod, Option<bool>)>,
    flagged: Option<usize>,
}

/// A prorated count goal is usually fractional (4.6 visits a fortnight):
/// shown with one decimal, not rounded to a misleading whole number.
fn goal_text(key: KpiKey, goal: f64, currency: crate::domain::Currency) -> String {
    match key.unit() {
        crate::domain::performance::Unit::Count => format!("{goal:.1}"),
        _ => value_text(&Kpi::new(key, Some(goal), Vec::new()), currency),
    }
}

fn kpi_index(key: KpiKey) -> usize {
    KpiKey::ALL.iter().position(|k| *k == key).unwrap_or(0)
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let ws = use_workspace();
    let selected = RwSignal::new(last_complete(clock.now_untracked().date_naive()));
    let runs = RwSignal::new(3usize);
    let cards = Memo::new(move |_| {
        let ws = ws.get();
        let last = selected.get()?;
        let n = runs.get().max(1);
        let now = clock.now();
        let (owners, reps) = in_view(&ws, acting.0.get());
        let book = Book::new(&ws);
        let all = book.select(&owners);
        let periods = ending_with(last, n);
        let teams: Vec<Scorecard> = periods.iter().map(|p| scorecard(&Ctx::new(&book, *p, now), Id::from_u128(0), &all, &[])).collect();
        let goals = |r: Id, p: &ReportPeriod| {
            let i = periods.iter().position(|x| x == p).unwrap_or(0);
            goals_for(&Ctx::new(&book, *p, now), r, &teams[i])
        };
        let rv = review(&book, &reps, &periods, now, |r, p| goals(r, p).into_iter().map(|g| g.0).collect(), n);
        let who = names(&ws);
        let k = periods.len().checked_sub(1)?;
        let mut out: Vec<RepCard> = reps
            .iter()
            .enumerate()
            .map(|(i, r)| RepCard {
                person: *r,
                name: who.get(r).cloned().unwrap_or_default(),
                card: rv.cards[k][i].clone(),
                sources: goals(*r, &periods[k]).into_iter().map(|(g, s)| (g.key, s)).collect(),
                history: rv.cards.iter().map(|row| (row[i].period, row[i].line(KpiKey::Revenue).and_then(|l| l.met))).collect(),
                flagged: rv.flagged.iter().find(|f| f.person_id == *r).map(|f| f.periods),
            })
            .collect();
        out.sort_by_key(|c| c.flagged.is_none());
        Some(out)
    });
    let r = move || &locale.texts().reviews;
    let range = move |p: ReportPeriod| (r().range)(&fmt::date(p.start, locale.0.get()), &fmt::date(p.end, locale.0.get()));
    let flagged_count = move || cards.with(|c| c.as_ref().map_or(0, |c| c.iter().filter(|x| x.flagged.is_some()).count()));
    let step = move |n: i64| selected.update(|s| *s = s.and_then(|p| shift(p, n)));
    let currency = move || data.db.settings().with(|s| s.currency);
    view! {
        <div class="page" data-testid="review-page">
            <header class="page-head">
                <h1>{move || r().review_title}</h1>
                <p class="muted">{move || r().review_intro}</p>
            </header>
            <super::PerformanceTabs/>
            <div class="toolbar">
                <button class="btn" type="button" data-testid="fortnight-prev" on:click=move |_| step(-1)>{move || r().prev}</button>
                <p class="fortnight" aria-live="polite">
                    <span class="muted">{move || r().fortnight} ": "</span>
                    <strong data-testid="fortnight">{move || selected.get().map(range)}</strong>
                </p>
                <button class="btn" type="button" data-testid="fortnight-next" on:click=move |_| step(1)>{move || r().next}</button>
                <label class="field">
                    <span>{move || r().runs}</span>
                    <input class="input num" type="number" min="1" max="12" data-testid="review-runs" prop:value=move || runs.get().to_string()
                        on:change=move |ev| { if let Ok(n) = event_target_value(&ev).parse::<usize>() { runs.set(n.clamp(1, 12)) } }/>
                </label>
                <ScopeNote/>
            </div>
            <p class="review-summary" data-testid="review-summary" role="status">
                {move || match flagged_count() { 0 => r().none_flagged.to_string(), n => format!("⚠ {}", (r().flagged_summary)(n)) }}
            </p>
            {move || cards.get().filter(|c| c.is_empty()).map(|_| view! { <p class="muted">{r().no_reps}</p> })}
            <div class="review-cards">
                {move || {
                    let cur = currency();
                    cards.get().unwrap_or_default().into_iter().map(|c| view! { <RepScorecard c=c currency=cur range=Callback::new(range)/> }).collect_view()
                }}
            </div>
            <ActionList sources=vec![ActionSource::Review]/>
        </div>
    }
}

#[component]
fn RepScorecard(c: RepCard, currency: crate::domain::Currency, range: Callback<ReportPeriod, String>) -> impl IntoView {
    let locale = use_locale();
    let r = move || &locale.texts().reviews;
    let k = move || &locale.texts().kpis;
    let planning = RwSignal::new(false);
    let flagged = c.flagged;
    let person = c.person;
    let until = fmt::date(c.card.period.end, locale.0.get_untracked());
    let source_of = |key: KpiKey| c.sources.iter().find(|(k, _)| *k == key).map(|(_, s)| *s);
    let line = move |l: &ScoreLine, source: Option<GoalSource>| {
        let i = kpi_index(l.kpi.key);
        let goal = l.goal.map(|g| goal_text(l.kpi.key, g, currency));
        let (cls, mark, word) = match l.met {
            Some(true) => ("result met", "✓", r().met),
            Some(false) => ("result missed", "✗", r().not_met),
            None => ("result none", "–", r().no_goal),
        };
        view! {
            <tr data-testid="review-line" data-kpi=l.kpi.key.key() data-met=format!("{:?}", l.met)>
                <th scope="row"><span title=k().definitions[i]>{k().names[i]}</span></th>
                <td class="num" data-testid="review-actual">{value_text(&l.kpi, currency)}</td>
                <td class="num">
                    {goal.unwrap_or_else(|| "—".into())}
                    {source.map(|s| view! { <br/><span class="muted small">{r().goal_sources[s as usize]}</span> })}
                </td>
                <td class=cls><span aria-hidden="true">{mark}</span> " " {word}</td>
            </tr>
        }
    };
    let rows = c.card.lines.iter().map(|l| line(l, source_of(l.kpi.key))).collect_view();
    let history = c
        .history
        .iter()
        .map(|(p, met)| {
            let (mark, word) = match met {
                Some(true) => ("✓", r().met),
                Some(false) => ("✗", r().not_met),
                None => ("–", r().no_goal),
            };
            let label = format!("{}: {word}", range.run(*p));
            view! { <li class=if *met == Some(false) { "missed" } else { "" } title=label.clone()><span aria-hidden="true">{mark}</span><span class="sr-only">{label.clone()}</span></li> }
        })
        .collect_view();
    view! {
        <section class="card review-card" class:flagged=flagged.is_some() data-testid="review-card" data-person=person.to_string() data-flagged=flagged.is_some().to_string()>
            <h2>
                {c.name.clone()}
                {flagged.map(|n| view! { " " <span class="pill pill-warn" data-testid="review-flag">"⚠ " {(r().flagged)(n)}</span> })}
            </h2>
            <div class="review-history"><span class="muted small">{r().history}</span><ol class="history-marks">{history}</ol></div>
            <div class="table-wrap">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{move || r().col_kpi}</th>
                        <th scope="col" class="num">{move || r().col_actual}</th>
                        <th scope="col" class="num">{move || r().col_goal}</th>
                        <th scope="col">{move || r().col_result}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {flagged.map(|n| {
                let diagnosis = (r().plan_diagnosis)(n, &until);
                view! {
                    <Show when=move || !planning.get() fallback=move || view! {
                        <ActionForm person_id=Some(person) source=ActionSource::Review diagnosis=diagnosis.clone() action=r().plan_action.to_string()
                            on_close=Callback::new(move |_| planning.set(false))/>
                    }>
                        <button class="btn btn-primary" type="button" data-testid="create-plan" on:click=move |_| planning.set(true)>{r().create_plan}</button>
                    </Show>
                }
            })}
        </section>
    }
}
