//! Step 4: every file planned (after a frame, so the progress message
//! paints), the counts and problems per file, and the one button that
//! writes all files in one transaction. Afterwards the report can be
//! downloaded.

use std::sync::Arc;

use leptos::prelude::*;

use super::report::report_text;
use super::{snapshot, CheckState, Step, Wizard};
use crate::domain::migration::{plan, MigrationPlan};
use crate::i18n::{format as fmt, Texts};
use crate::store::csv::migration_change;
use crate::ui::actions::commit;
use crate::ui::browser;
use crate::ui::leads::csv_import::messages::{column, reason};
use crate::ui::ops::{use_ops, Ops};
use crate::ui::state::{use_locale, DbStoreFields};

/// Problems listed per file on screen; the report has them all.
const ERRORS_SHOWN: usize = 100;

fn start(w: Wizard, ops: Ops) {
    w.forget_check();
    let run = w.run.get_value();
    w.check.set(CheckState::Running);
    leptos::task::spawn_local(async move {
        browser::next_frame().await;
        if w.run.try_get_value() != Some(run) {
            return;
        }
        let t = ops.t();
        let ws = snapshot(ops.data);
        let (now, ids) = (ops.now(), ops.ids);
        let started = browser::now_ms();
        let p = plan(&w.sources(), &ws, &w.options(t), now, &mut || ids.next(now));
        leptos::logging::log!("migration plan: {:.0} ms", browser::now_ms() - started);
        if w.run.try_get_value() == Some(run) {
            w.check.set(CheckState::Ready(Arc::new(p)));
        }
    });
}

fn import(w: Wizard, ops: Ops) {
    let CheckState::Ready(p) = w.check.get_untracked() else { return };
    let t = ops.t();
    let skip = w.skip_invalid.get_untracked();
    let report = report_text(t, &p);
    let n = p.records.len();
    let Ok(mut change) = migration_change(MigrationPlan::clone(&p), skip) else { return };
    let currency = w.currency.get_untracked();
    let mut settings = ops.data.db.settings().get_untracked();
    if w.make_default.get_untracked() && settings.currency != currency {
        settings.currency = currency;
        settings.updated_at = Some(ops.now());
        change.settings = Some(settings);
    }
    w.check.set(CheckState::Committing);
    leptos::task::spawn_local(async move {
        let started = browser::now_ms();
        if commit(ops.data, ops.notices, t, change).await.is_err() {
            return start(w, ops);
        }
        leptos::logging::log!("migration commit: {:.0} ms", browser::now_ms() - started);
        ops.notices.show((t.migrate.imported)(n), crate::ui::toast::Tone::Success);
        w.check.set(CheckState::Done(Arc::new(report)));
    });
}

#[component]
pub fn CheckStep(w: Wizard) -> impl IntoView {
    let locale = use_locale();
    let ops = use_ops();
    let t = move || locale.texts();
    if matches!(w.check.get_untracked(), CheckState::Idle) {
        start(w, ops);
    }
    let can_import = move || match w.check.get() {
        CheckState::Ready(p) => !p.records.is_empty() && (p.invalid() == 0 || w.skip_invalid.get()),
        _ => false,
    };
    let count = move || match w.check.get() {
        CheckState::Ready(p) => p.records.len(),
        _ => 0,
    };
    view! {
        <h2 id="mig-step-title" tabindex="-1" data-testid="mig-step-title">{move || t().migrate.steps[3]}</h2>
        {move || match w.check.get() {
            CheckState::Idle => ().into_any(),
            CheckState::Running => view! { <p role="status" data-testid="mig-checking">{t().migrate.checking}</p> }.into_any(),
            CheckState::Committing => view! { <p role="status">{t().working}</p> }.into_any(),
            CheckState::Ready(p) => preview(t(), w, &p).into_any(),
            CheckState::Done(report) => done(t(), w, report).into_any(),
        }}
        <Show when=move || !matches!(w.check.get(), CheckState::Done(_))>
            <div class="row csv-nav">
                <button class="btn btn-primary" data-testid="mig-import" disabled=move || !can_import() on:click=move |_| import(w, ops)>
                    {move || (t().migrate.import_n)(count())}
                </button>
                <button class="btn" data-testid="mig-back" on:click=move |_| w.go(Step::Relations)>{move || t().csv.back}</button>
            </div>
        </Show>
    }
}

fn preview(t: &'static Texts, w: Wizard, p: &MigrationPlan) -> impl IntoView {
    let m = &t.migrate;
    let files = p
        .files
        .iter()
        .map(|f| {
            let s = f.summary;
            view! {
                <tr data-testid="mig-report-file" data-file=f.name.clone()>
                    <th scope="row">{f.name.clone()} <span class="muted">" · " {m.file_kinds[f.kind.index()]}</span></th>
                    <td class="num" data-label=m.col_rows>{fmt::int(f.rows as i64)}</td>
                    <td class="num" data-label=m.col_new data-testid="mig-new">{fmt::int(s.create as i64)}</td>
                    <td class="num" data-label=m.col_updated data-testid="mig-updated">{fmt::int((s.update + s.merged_in_file) as i64)}</td>
                    <td class="num" data-label=m.col_unchanged data-testid="mig-unchanged">{fmt::int(s.unchanged as i64)}</td>
                    <td class="num" data-label=m.col_skipped data-testid="mig-skipped">{fmt::int((s.skipped + s.excluded) as i64)}</td>
                    <td class="num" data-label=m.col_invalid data-testid="mig-invalid">{fmt::int(s.invalid as i64)}</td>
                </tr>
            }
        })
        .collect_view();
    let problems = p
        .files
        .iter()
        .filter(|f| !f.errors.is_empty())
        .map(|f| {
            let rows = f
                .errors
                .iter()
                .take(ERRORS_SHOWN)
                .map(|e| {
                    view! {
                        <tr data-testid="mig-error" data-row=e.row.to_string()>
                            <th scope="row" class="csv-row-no" data-label=t.csv.col_row>{e.row}</th>
                            <td data-label=t.csv.col_column_name>{column(t, e)}</td>
                            <td class="csv-value" data-label=t.csv.col_value>{e.value.clone()}</td>
                            <td data-label=t.csv.col_problem>{reason(t, e.reason)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h3>{(m.problems_in)(&f.name, f.summary.invalid)}</h3>
                <div class="table-wrap" tabindex="0" role="region" aria-label=f.name.clone()>
                    <table class="table csv-errors"><tbody>{rows}</tbody></table>
                </div>
            }
        })
        .collect_view();
    let created: usize = p.created_by_resolution.iter().map(|c| c.1).sum();
    let invalid = p.invalid();
    let nothing = p.records.is_empty() && invalid == 0;
    view! {
        <div class="table-wrap">
            <table class="table mig-report" data-testid="mig-report">
                <thead><tr>
                    <th scope="col">{m.col_file}</th>
                    <th scope="col" class="num">{m.col_rows}</th>
                    <th scope="col" class="num">{m.col_new}</th>
                    <th scope="col" class="num">{m.col_updated}</th>
                    <th scope="col" class="num">{m.col_unchanged}</th>
                    <th scope="col" class="num">{m.col_skipped}</th>
                    <th scope="col" class="num">{m.col_invalid}</th>
                </tr></thead>
                <tbody>{files}</tbody>
            </table>
        </div>
        {(created > 0).then(|| view! { <p data-testid="mig-created-by-choice">{(m.created_by_choice)(created)}</p> })}
        {nothing.then(|| view! { <p class="muted" data-testid="mig-nothing">{m.nothing}</p> })}
        {(invalid > 0).then(|| view! {
            <div class="alert alert-error csv-problems" data-testid="mig-problems">
                {problems}
                <label class="check-row">
                    <input type="checkbox" data-testid="mig-skip-invalid" prop:checked=move || w.skip_invalid.get()
                        on:change=move |ev| w.skip_invalid.set(event_target_checked(&ev))/>
                    <span>{(t.csv.skip_invalid)(invalid)}</span>
                </label>
            </div>
        })}
    }
}

fn done(t: &'static Texts, w: Wizard, report: Arc<String>) -> impl IntoView {
    let text = report.clone();
    view! {
        <div data-testid="mig-done">
            <h3>{t.migrate.report_title}</h3>
            <pre class="mig-report-text" data-testid="mig-report-text">{report.to_string()}</pre>
            <div class="row csv-nav">
                <button class="btn btn-primary" data-testid="mig-download" on:click=move |_| {
                    let _ = browser::download(t.migrate.report_file, "text/plain;charset=utf-8", &text);
                }>{t.migrate.download_report}</button>
                <a class="btn" href="/pipeline" data-testid="mig-to-board">{t.nav[2]}</a>
                <button class="btn" data-testid="mig-again" on:click=move |_| {
                    w.files.set(Vec::new());
                    w.scan.set(None);
                    w.forget_check();
                    w.go(Step::Files);
                }>{t.migrate.again}</button>
            </div>
        </div>
    }
}
