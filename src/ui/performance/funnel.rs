//! `/performance/funnel`: funnel-leak diagnosis (漏斗流失诊断) per rep against
//! the team and the top quartile, the leaking step highlighted with its
//! suggested action, each count opening the deals behind it.

use leptos::prelude::*;

use super::actions::{ActionForm, ActionList};
use super::drill::Records;
use super::pickers::{period, PeriodPicker, Span};
use super::shared::{in_view, names, use_workspace, ScopeNote};
use crate::domain::performance::funnel::{diagnose, Diagnosis, FunnelStats, Leak, STEPS};
use crate::domain::performance::{Book, Ctx, KpiKey};
use crate::domain::{ActionSource, EntityKind, Id};
use crate::ui::charts::{ChartData, ChartFrame, ChartKind, Series, ValueFormat};
use crate::ui::state::{use_acting, use_clock, use_locale};
use chrono::Datelike;

/// A funnel row: whose, its figures, its leak (reps only).
#[derive(Clone)]
struct Line {
    person: Option<Id>,
    label: String,
    stats: FunnelStats,
    leak: Option<Leak>,
}

fn pct(v: Option<f64>) -> String {
    v.map_or("—".into(), |v| format!("{v:.1} %"))
}

fn days(v: Option<f64>) -> String {
    v.map_or("—".into(), |v| format!("{v:.1}"))
}

#[component]
pub fn FunnelPage() -> impl IntoView {
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let ws = use_workspace();
    let year = RwSignal::new(clock.now_untracked().year());
    let span = RwSignal::new(Span::Year);
    let (from, to) = (RwSignal::new(None), RwSignal::new(None));
    let diag = Memo::new(move |_| {
        let ws = ws.get();
        let p = period(year.get(), span.get(), from.get(), to.get()).ok()?;
        let (owners, _) = in_view(&ws, acting.0.get());
        let book = Book::new(&ws);
        let d: Diagnosis = diagnose(&Ctx::new(&book, p, clock.now()), &book.select(&owners));
        Some((d, names(&ws)))
    });
    let r = move || &locale.texts().reviews;
    let stage = move |i: usize| locale.texts().stages[STEPS[i].index()];
    let drill = RwSignal::new(None::<(String, Vec<Id>)>);
    let recording = RwSignal::new(None::<(Id, String, String)>);
    let lines = move || {
        let (d, who) = diag.get()?;
        let mut v = vec![
            Line { person: None, label: r().team.to_string(), stats: d.team, leak: None },
            Line { person: None, label: r().top_quartile.to_string(), stats: d.top_quartile, leak: None },
        ];
        v.extend(d.reps.into_iter().map(|x| Line { person: Some(x.person_id), label: who.get(&x.person_id).cloned().unwrap_or_default(), stats: x.stats, leak: x.leak }));
        Some(v)
    };
    let top_names = move || {
        let (d, who) = diag.get()?;
        (!d.top_reps.is_empty()).then(|| (r().top_reps)(&d.top_reps.iter().filter_map(|p| who.get(p).cloned()).collect::<Vec<_>>().join(", ")))
    };
    let conv_row = move |l: Line| {
        let leak_step = l.leak.as_ref().map(|k| k.from.index());
        let cells = (0..4)
            .map(|k| {
                let leaking = leak_step == Some(k);
                let (n0, n1) = (l.stats.reached[k], l.stats.reached[k + 1]);
                let ids = l.stats.reached_ids[k].clone();
                let title = (r().reached_of)(&l.label, stage(k), n0);
                let width = l.stats.conversion[k].unwrap_or(0.0).clamp(0.0, 100.0);
                view! {
                    <td class="num funnel-cell" class:leak=leaking data-testid=if leaking { "leak-cell" } else { "funnel-cell"}>
                        {leaking.then(|| view! { <span class="pill pill-warn">"⚠ " {r().leak_word}</span><br/> })}
                        <span class="cell-bar" aria-hidden="true"><span style:width=format!("{width:.0}%")></span></span>
                        {pct(l.stats.conversion[k])}
                        <br/>
                        <button class="btn-link small" type="button" data-testid="funnel-drill" on:click=move |_| drill.set(Some((title.clone(), ids.clone())))>
                            {format!("{n1} / {n0}")}
                        </button>
                    </td>
                }
            })
            .collect_view();
        let leak_cell = l.person.map(|person| match l.leak.clone() {
            None => view! { <td class="muted">{r().no_leak}</td> }.into_any(),
            Some(k) => {
                let step = k.from.index();
                let found = (r().leak_text)(stage(step), stage(step + 1), k.gap_points);
                let advice = r().funnel_actions[step.min(3)];
                let diagnosis = format!("{} — {found}", l.label);
                view! {
                    <td data-testid="leak-advice">
                        <strong>{found}</strong><br/>
                        {r().suggested} ": " {advice}<br/>
                        <button class="btn-link" type="button" data-testid="leak-record" on:click=move |_| recording.set(Some((person, diagnosis.clone(), advice.to_string())))>{r().record_action}</button>
                    </td>
                }.into_any()
            }
        });
        let reached = l.stats.reached.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(",");
        view! {
            <tr data-testid="funnel-row" data-person=l.person.map(|p| p.to_string()).unwrap_or_default() data-reached=reached>
                <th scope="row">{l.label.clone()}</th>
                {cells}
                {leak_cell.unwrap_or_else(|| view! { <td></td> }.into_any())}
            </tr>
        }
    };
    let days_row = move |l: Line| {
        view! {
            <tr>
                <th scope="row">{l.label.clone()}</th>
                {(0..4).map(|k| view! { <td class="num">{days(l.stats.median_days[k])}</td> }).collect_view()}
            </tr>
        }
    };
    let chart = Signal::derive(move || {
        let Some((d, _)) = diag.get() else { return ChartData::default() };
        ChartData {
            title: r().team_funnel.to_string(),
            format: ValueFormat::Count,
            category_label: r().col_stage.to_string(),
            categories: (0..5).map(|k| stage(k).to_string()).collect(),
            series: vec![Series::new(r().team, d.team.reached.iter().map(|n| Some(*n as f64)).collect(), d.team.reached_ids.to_vec())],
            record_kinds: vec![EntityKind::Deal],
        }
    });
    let step_heads = move || (0..4).map(|k| view! { <th scope="col" class="num">{format!("{} → {}", stage(k), stage(k + 1))}</th> }).collect_view();
    view! {
        <div class="page" data-testid="funnel-page">
            <header class="page-head">
                <h1>{move || r().funnel_title}</h1>
                <p class="muted">{move || r().funnel_intro}</p>
            </header>
            <super::PerformanceTabs/>
            <div class="toolbar"><PeriodPicker year span from to/><ScopeNote/></div>
            <p class="muted" data-testid="top-reps">{top_names}</p>
            {move || diag.with(|d| d.as_ref().is_some_and(|(d, _)| d.team.deals.is_empty())).then(|| view! { <p class="muted">{r().no_closed}</p> })}
            <ChartFrame data=chart kind=ChartKind::Funnel testid="team-funnel"/>
            <section class="card">
                <h2>{move || r().conversion_h}</h2>
                <div class="table-wrap">
                    <table class="table" data-testid="funnel-table">
                        <thead><tr><th scope="col">{move || r().col_rep}</th>{step_heads}<th scope="col">{move || r().leak_h}</th></tr></thead>
                        <tbody>{move || lines().unwrap_or_default().into_iter().map(conv_row).collect_view()}</tbody>
                    </table>
                </div>
            </section>
            {move || recording.get().map(|(person, diagnosis, action)| view! {
                <section class="card" data-testid="leak-action">
                    <h2>{r().record_action}</h2>
                    <ActionForm person_id=Some(person) source=ActionSource::FunnelLeak diagnosis action on_close=Callback::new(move |_| recording.set(None))/>
                </section>
            })}
            {move || drill.get().map(|(title, ids)| view! { <Records title key=KpiKey::WinRate ids/> })}
            <section class="card">
                <h2>{move || r().days_h}</h2>
                <div class="table-wrap">
                    <table class="table" data-testid="days-table">
                        <thead><tr><th scope="col">{move || r().col_rep}</th>{(0..4).map(|k| view! { <th scope="col" class="num">{move || stage(k)}</th> }).collect_view()}</tr></thead>
                        <tbody>{move || lines().unwrap_or_default().into_iter().map(days_row).collect_view()}</tbody>
                    </table>
                </div>
            </section>
            <ActionList sources=vec![ActionSource::FunnelLeak]/>
        </div>
    }
}
