//! Import a workspace file: read → validate everything → preview → one commit.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::actions::{commit, export, replace_all};
use super::areas::kind_label;
use super::browser;
use super::state::{count, snapshot, use_clock, use_data, use_locale};
use super::toast::{use_notices, Busy, Tone};
use crate::domain::{EntityKind, Workspace};
use crate::i18n::{format as fmt, Texts};
use crate::store::import::{parse_with_pauses, ImportFailure, IssueKind};
use crate::store::merge::{plan, MergePlan};
use crate::store::Change;

#[derive(Clone, Debug, PartialEq)]
enum View {
    Idle,
    Reading,
    Failed(Vec<String>),
    Ready { file: String, records: usize, merge: Option<MergePlan> },
}

pub fn describe_issues(t: &Texts, f: &ImportFailure) -> Vec<String> {
    let mut out: Vec<String> = f
        .issues
        .iter()
        .map(|i| {
            let msg = match &i.kind {
                IssueKind::NotJson { line, column, .. } => (t.issue_not_json)(*line, *column),
                IssueKind::NotAnExport => t.issue_not_export.to_string(),
                IssueKind::WrongFormat { found } => (t.issue_wrong_format)(found),
                IssueKind::NewerVersion { found, supported } => (t.issue_newer)(*found, *supported),
                IssueKind::UnknownKind { name } => (t.issue_unknown_kind)(name),
                IssueKind::InvalidValue { detail } => (t.issue_invalid)(detail),
                IssueKind::DuplicateId { id } => (t.issue_duplicate)(&id.to_string()),
                IssueKind::Dangling { target, id } => (t.issue_dangling)(kind_label(t, *target), &id.to_string()),
            };
            if i.path.is_empty() {
                msg
            } else {
                format!("{} — {msg}", i.path)
            }
        })
        .collect();
    if f.total > f.issues.len() {
        out.push((t.import_more)(f.total - f.issues.len()));
    }
    out
}

#[component]
pub fn ImportPanel(#[prop(optional)] on_done: Option<Callback<()>>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let merge_mode = RwSignal::new(false);
    let view_state = RwSignal::new(View::Idle);
    // The parsed file can be large: kept out of the reactive graph.
    let parsed = StoredValue::new(None::<Workspace>);
    // Shared, not copied, each time the mode changes and the file is re-checked.
    let text = StoredValue::new(None::<(String, Arc<String>)>);
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let analyze = move || async move {
        let Some((name, body)) = text.get_value() else { return };
        let t = locale.texts();
        let merge = merge_mode.get_untracked();
        let existing = if merge { snapshot(data.db).data } else { Default::default() };
        let busy = notices.busy;
        let big = body.len() > 2_000_000;
        // The parser offers a pause often; the page gets one every ~25 ms.
        let last = std::cell::Cell::new(browser::now_ms());
        let last = &last;
        let result = parse_with_pauses(&body, &existing, move |done, total| async move {
            if big && browser::now_ms() - last.get() > 25.0 {
                busy.set(Some(Busy { label: t.import_reading.into(), done, total }));
                browser::yield_now().await;
                last.set(browser::now_ms());
            }
        })
        .await;
        busy.set(None);
        match result {
            Err(f) => {
                parsed.set_value(None);
                view_state.set(View::Failed(describe_issues(t, &f)));
            }
            Ok(p) => {
                let records = p.workspace.data.len();
                let merge_plan = merge.then(|| plan(&existing, &p.workspace.data));
                parsed.set_value(Some(p.workspace));
                view_state.set(View::Ready { file: name, records, merge: merge_plan });
            }
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        view_state.set(View::Reading);
        leptos::task::spawn_local(async move {
            browser::next_frame().await;
            match browser::read_file(&file).await {
                Ok(body) => {
                    // Wrapped, not copied into an `Arc<str>`: 50 MB copy is a long task.
                    text.set_value(Some((file.name(), Arc::new(body))));
                    browser::yield_now().await;
                    analyze().await;
                }
                Err(_) => view_state.set(View::Failed(vec![locale.texts().issue_read_failed.to_string()])),
            }
        });
    };

    let reset = move || {
        view_state.set(View::Idle);
        parsed.set_value(None);
        text.set_value(None);
        if let Some(i) = input_ref.get() {
            i.set_value("");
        }
    };

    let do_import = move || {
        let t = locale.texts();
        let (change, replace) = match view_state.get_untracked() {
            View::Ready { merge: Some(p), .. } if parsed.with_value(Option::is_some) => (p.change, false),
            // Moved, not copied: a failed import starts over from the file.
            View::Ready { merge: None, .. } => match parsed.try_update_value(Option::take).flatten() {
                Some(ws) => (Change::replace(ws), true),
                None => return,
            },
            _ => return,
        };
        let n = change.upserts.len() + change.bulk_len();
        leptos::task::spawn_local(async move {
            let ok = if replace {
                replace_all(data, notices, t, change, (t.import_done)(n)).await
            } else {
                let ok = commit(data, notices, t, change).await.is_ok();
                if ok {
                    notices.show((t.import_done)(n), Tone::Success);
                }
                ok
            };
            if ok || replace {
                reset();
            }
            if ok {
                if let Some(cb) = on_done {
                    cb.run(());
                }
            }
        });
    };

    view! {
        <div class="import" data-testid="import-panel">
            <fieldset class="radio-row">
                <legend>{move || locale.texts().import_mode}</legend>
                <label>
                    <input type="radio" name="import-mode" data-testid="import-replace" prop:checked=move || !merge_mode.get()
                        on:change=move |_| { merge_mode.set(false); leptos::task::spawn_local(analyze()); }/>
                    <span><strong>{move || locale.texts().import_replace}</strong> " — " {move || locale.texts().import_replace_hint}</span>
                </label>
                <label>
                    <input type="radio" name="import-mode" data-testid="import-merge" prop:checked=move || merge_mode.get()
                        on:change=move |_| { merge_mode.set(true); leptos::task::spawn_local(analyze()); }/>
                    <span><strong>{move || locale.texts().import_merge}</strong> " — " {move || locale.texts().import_merge_hint}</span>
                </label>
            </fieldset>
            <label class="field">
                <span>{move || locale.texts().import_choose}</span>
                <input type="file" accept="application/json,.json" class="input" node_ref=input_ref data-testid="import-file" on:change=on_file/>
            </label>
            {move || match view_state.get() {
                View::Idle => ().into_any(),
                View::Reading => view! { <p role="status">{locale.texts().import_reading}</p> }.into_any(),
                View::Failed(issues) => view! {
                    <div class="alert alert-error" role="alert" data-testid="import-errors">
                        <strong>{locale.texts().import_failed}</strong>
                        <p>{locale.texts().import_nothing_changed}</p>
                        <ul>{issues.into_iter().map(|i| view! { <li data-testid="import-issue">{i}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
                View::Ready { file, records, merge } => {
                    let t = locale.texts();
                    let file_kinds = parsed.with_value(|w| w.as_ref().map(|w| EntityKind::ALL.iter().map(|k| (*k, w.data.count(*k))).collect::<Vec<_>>())).unwrap_or_default();
                    let is_replace = merge.is_none();
                    let body = match merge {
                        Some(p) => {
                            let totals = p.totals();
                            view! {
                                <table class="table" data-testid="merge-preview">
                                    <thead><tr>
                                        <th scope="col">{t.col_kind}</th>
                                        <th scope="col" class="num">{t.import_added}</th>
                                        <th scope="col" class="num">{t.import_updated}</th>
                                        <th scope="col" class="num">{t.import_unchanged}</th>
                                        <th scope="col" class="num">{t.import_conflicts}</th>
                                    </tr></thead>
                                    <tbody>
                                        {p.per_kind.iter().map(|(k, c)| view! {
                                            <tr><th scope="row">{kind_label(t, *k)}</th>
                                            <td class="num">{c.added}</td><td class="num">{c.updated}</td>
                                            <td class="num">{c.unchanged}</td><td class="num">{c.conflicts}</td></tr>
                                        }).collect_view()}
                                        <tr class="total-row" data-testid="merge-totals"><th scope="row">"Σ"</th>
                                            <td class="num">{totals.added}</td><td class="num">{totals.updated}</td>
                                            <td class="num">{totals.unchanged}</td><td class="num">{totals.conflicts}</td></tr>
                                    </tbody>
                                </table>
                                {(totals.conflicts > 0).then(|| view! { <p class="muted">{t.import_conflicts_hint}</p> })}
                            }.into_any()
                        }
                        None => view! {
                            <table class="table" data-testid="replace-preview">
                                <thead><tr>
                                    <th scope="col">{t.col_kind}</th>
                                    <th scope="col" class="num">{t.import_added}</th>
                                    <th scope="col" class="num">{t.import_removed}</th>
                                </tr></thead>
                                <tbody>
                                    {file_kinds.into_iter().filter(|(k, n)| *n > 0 || count(data.db, *k) > 0).map(|(k, n)| view! {
                                        <tr><th scope="row">{kind_label(t, k)}</th>
                                        <td class="num">{fmt::int(n as i64)}</td>
                                        <td class="num">{fmt::int(count(data.db, k) as i64)}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                    };
                    view! {
                        <div class="preview" data-testid="import-preview">
                            <h3>{t.import_preview}</h3>
                            <p class="num">{(t.import_file_info)(&file, records)}</p>
                            {body}
                            <div class="row">
                                {is_replace.then(|| view! {
                                    <button class="btn-ghost" data-testid="import-backup"
                                        on:click=move |_| { export(data, notices, locale.texts(), clock.now_untracked()); }>
                                        {t.import_backup}
                                    </button>
                                })}
                                <button class="btn btn-primary" data-testid="import-commit" on:click=move |_| do_import()>{t.import_commit}</button>
                                <button class="btn-ghost" on:click=move |_| reset()>{t.cancel}</button>
                            </div>
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}
