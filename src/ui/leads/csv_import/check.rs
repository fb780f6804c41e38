//! Step 3: what the import will do (counts), every problem by row and
//! column, the explicit choice to leave invalid rows out, and the one
//! button that writes.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::messages::{column, reason};
use super::run::{commit_plan, start_check};
use super::{CheckState, Checked, Step, Wizard};
use crate::i18n::{format as fmt, Texts};
use crate::ui::ops::Ops;
use crate::ui::state::use_locale;

#[component]
pub fn CheckStep(w: Wizard, ops: Ops, cancel: Callback<()>) -> impl IntoView {
    let locale = use_locale();
    let t = move || locale.texts();
    let navigate = use_navigate();
    // Entering the step checks, unless nothing changed since the last check.
    if matches!(w.check.get_untracked(), CheckState::Idle) {
        start_check(w, ops);
    }
    let ready = move || match w.check.get() {
        CheckState::Ready(c) => Some(c),
        _ => None,
    };
    let import = move |_| {
        let navigate = navigate.clone();
        commit_plan(w, ops, move || navigate("/leads", Default::default()));
    };
    let can_import = move || ready().is_some_and(|c| c.records > 0 && (c.summary.invalid == 0 || w.skip_invalid.get()));
    view! {
        <h2 id="csv-step-title" tabindex="-1" data-testid="csv-step-title">{move || t().csv.steps[2]}</h2>
        {move || match w.check.get() {
            CheckState::Idle => ().into_any(),
            CheckState::Running { done, total } => view! {
                <div class="csv-progress" role="status" data-testid="csv-checking">
                    <p>{t().csv.checking}</p>
                    <progress max=total.max(1).to_string() value=done.to_string() aria-label=t().csv.checking></progress>
                    <p class="muted num">{format!("{} / {}", fmt::int(done as i64), fmt::int(total as i64))}</p>
                </div>
            }.into_any(),
            CheckState::Committing => view! { <p role="status">{t().working}</p> }.into_any(),
            CheckState::Ready(c) => result(t(), w, c).into_any(),
        }}
        <div class="row csv-nav">
            <button class="btn btn-primary" data-testid="csv-import-commit" disabled=move || !can_import() on:click=import>
                {move || (t().csv.import_n)(ready().map_or(0, |c| c.records))}
            </button>
            <button class="btn" data-testid="csv-back" on:click=move |_| w.go(Step::Columns)>{move || t().csv.back}</button>
            <button class="btn-ghost" data-testid="csv-cancel" on:click=move |_| cancel.run(())>{move || t().cancel}</button>
        </div>
    }
}

fn count(label: &'static str, n: usize, key: &'static str) -> impl IntoView {
    view! {
        <div class="kpi">
            <dt class="kpi-label">{label}</dt>
            <dd class="kpi-value num" data-testid=format!("csv-count-{key}")>{fmt::int(n as i64)}</dd>
        </div>
    }
}

fn result(t: &'static Texts, w: Wizard, c: Arc<Checked>) -> impl IntoView {
    let s = c.summary;
    let invalid = s.invalid;
    let rows = c
        .errors
        .iter()
        .map(|e| {
            view! {
                <tr data-testid="csv-error" data-row=e.row.to_string()>
                    <th scope="row" class="csv-row-no" data-label=t.csv.col_row>{e.row}</th>
                    <td data-label=t.csv.col_column_name>{column(t, e)}</td>
                    <td class="csv-value" data-label=t.csv.col_value>{e.value.clone()}</td>
                    <td data-label=t.csv.col_problem>{reason(t, e.reason)}</td>
                </tr>
            }
        })
        .collect_view();
    let more = c.total_errors.saturating_sub(c.errors.len());
    view! {
        <h3>{t.csv.summary}</h3>
        <dl class="kpis csv-counts" data-testid="csv-counts">
            {count(t.csv.count_new, s.create, "new")}
            {count(t.csv.count_merged, s.update + s.merged_in_file, "merged")}
            {(s.unchanged > 0).then(|| count(t.csv.count_unchanged, s.unchanged, "unchanged"))}
            {count(t.csv.count_skipped, s.skipped, "skipped")}
            {count(t.csv.count_invalid, invalid, "invalid")}
        </dl>
        {(c.records == 0 && invalid == 0).then(|| view! { <p class="muted" data-testid="csv-nothing">{t.csv.nothing_to_import}</p> })}
        {(invalid > 0).then(|| view! {
            <div class="alert alert-error csv-problems" data-testid="csv-problems">
                <h3>{(t.csv.problems)(invalid)}</h3>
                <p>{t.csv.fix_hint}</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label=(t.csv.problems)(invalid)>
                    <table class="table csv-errors">
                        <thead><tr>
                            <th scope="col">{t.csv.col_row}</th>
                            <th scope="col">{t.csv.col_column_name}</th>
                            <th scope="col">{t.csv.col_value}</th>
                            <th scope="col">{t.csv.col_problem}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {(more > 0).then(|| view! { <p class="muted">{(t.csv.problems_more)(more)}</p> })}
                <label class="check-row">
                    <input type="checkbox" data-testid="csv-skip-invalid" prop:checked=move || w.skip_invalid.get()
                        on:change=move |ev| w.skip_invalid.set(event_target_checked(&ev))/>
                    <span>{(t.csv.skip_invalid)(invalid)}</span>
                </label>
            </div>
        })}
    }
}
