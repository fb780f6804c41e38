//! Survey answers from a CSV file, through the same reader and mapping
//! engine as the lead import: read, plan (accounts and contacts matched by
//! name, answers already stored skipped), show what will happen and every
//! problem by row and column, then write the new answers in one transaction.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::customers::{plan_survey_csv, SurveyField, SurveyOptions};
use crate::domain::mapping::{Mapping, Plan, RowError};
use crate::domain::{SurveyKind, SurveyResponse, Touchpoint};
use crate::store::csv::{import_change, read, ReadOptions};
use crate::ui::actions::commit_then;
use crate::ui::browser;
use crate::ui::leads::csv_import::messages::{column, read_problem, reason};
use crate::ui::leads::csv_import::ReadProblem;
use crate::ui::state::{use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

#[derive(Clone)]
enum State {
    Idle,
    Failed(String),
    Planned { create: usize, skipped: usize, invalid: usize, errors: Vec<RowError> },
}

#[component]
pub fn SurveyImport() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let ids = use_ids();
    let notices = use_notices();
    let state = RwSignal::new(State::Idle);
    let plan: StoredValue<Option<Arc<Plan<SurveyResponse>>>> = StoredValue::new(None);
    let on_file = move |ev: leptos::ev::Event| {
        let t = locale.texts();
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        leptos::task::spawn_local(async move {
            let bytes = match browser::read_bytes(&file).await {
                Ok(b) => b,
                Err(_) => return state.set(State::Failed(read_problem(t, ReadProblem::File, None))),
            };
            let file = match read(&bytes, ReadOptions::default()) {
                Ok(f) => f,
                Err(e) => return state.set(State::Failed(read_problem(t, ReadProblem::Csv(e), None))),
            };
            if file.table.is_empty() {
                return state.set(State::Failed(read_problem(t, ReadProblem::NoRows, None)));
            }
            let mapping = Mapping::<SurveyField>::suggest(file.table.headers(), &[]);
            let opts = SurveyOptions {
                kind_labels: [SurveyKind::Nps, SurveyKind::Csat].iter().map(|k| (*k, t.survey_kinds[*k as usize].to_string())).collect(),
                touchpoint_labels: [Touchpoint::PreSales, Touchpoint::Signing, Touchpoint::Delivery, Touchpoint::AfterSales]
                    .iter()
                    .map(|k| (*k, t.touchpoints[*k as usize].to_string()))
                    .collect(),
                ..SurveyOptions::default()
            };
            let now = clock.now_untracked();
            let db = data.db;
            let p = {
                let (existing, accounts, contacts) = (db.survey_responses().read_untracked(), db.accounts().read_untracked(), db.contacts().read_untracked());
                plan_survey_csv(&file.table, &mapping, &existing, &accounts, &contacts, opts, now, || ids.next(now))
            };
            let s = p.summary();
            state.set(State::Planned { create: s.create, skipped: s.skipped + s.unchanged, invalid: s.invalid, errors: p.errors.iter().take(50).cloned().collect() });
            plan.set_value(Some(Arc::new(p)));
        });
    };
    let commit = move |_| {
        let t = locale.texts();
        let Some(p) = plan.get_value() else { return };
        let p = Arc::unwrap_or_clone(p);
        let n = p.create.len();
        plan.set_value(None);
        if let Ok(change) = import_change(p, true) {
            commit_then(data, notices, t, change, Some((t.insights.import_done)(n)), move || state.set(State::Idle));
        }
    };
    let i = move || &locale.texts().insights;
    view! {
        <section class="card" data-testid="survey-import">
            <h2>{move || i().import_surveys}</h2>
            <p class="muted">{move || i().import_surveys_help}</p>
            <input type="file" accept=".csv,text/csv" class="input" data-testid="survey-file" aria-label=move || i().import_surveys on:change=on_file/>
            {move || match state.get() {
                State::Idle => ().into_any(),
                State::Failed(msg) => view! { <p class="field-error" role="alert" data-testid="survey-import-error">{msg}</p> }.into_any(),
                State::Planned { create, skipped, invalid, errors } => {
                    let t = locale.texts();
                    view! {
                        <p data-testid="survey-import-summary">{(i().import_ready)(create, skipped, invalid)}</p>
                        {(!errors.is_empty()).then(|| view! {
                            <p><strong>{i().import_rows}</strong></p>
                            <ul class="field-error" data-testid="survey-import-problems">
                                {errors.iter().map(|e| view! { <li>{(i().import_problem)(e.row, &column(t, e), &reason(t, e.reason))}</li> }).collect_view()}
                            </ul>
                        })}
                        {if create > 0 {
                            view! { <button class="btn btn-primary" type="button" data-testid="survey-import-commit" on:click=commit>{i().import_commit}</button> }.into_any()
                        } else {
                            view! { <p class="muted">{i().import_nothing}</p> }.into_any()
                        }}
                    }.into_any()
                }
            }}
        </section>
    }
}
