//! Step 1: choose every file at once; each is read (encoding and separator
//! detected by `store::csv`) and its kind guessed from its headers. The
//! kind, the export preset and the date order can be changed.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Entry, Step, Wizard};
use crate::domain::mapping::DateOrder;
use crate::domain::migration::{FileKind, FileMapping, Preset};
use crate::i18n::format as fmt;
use crate::store::csv::{read, ReadOptions};
use crate::store::prefs;
use crate::ui::browser;
use crate::ui::leads::csv_import::messages::read_problem;
use crate::ui::leads::csv_import::ReadProblem;
use crate::ui::state::use_locale;

const DATE_ORDERS: [DateOrder; 2] = [DateOrder::DayFirst, DateOrder::MonthFirst];

/// Every file's mapping suggested again (the preset or a kind changed).
fn resuggest(w: Wizard) {
    let preset = w.preset.get_untracked();
    w.files.update(|v| {
        for e in v.iter_mut() {
            e.mapping = FileMapping::suggest_preset(e.mapping.kind(), e.table.headers(), preset);
        }
    });
    w.forget_check();
}

/// The saved mapping of each file's kind, where there is one.
fn use_saved(w: Wizard) {
    let saved = prefs::migration_mappings();
    w.files.update(|v| {
        for e in v.iter_mut() {
            let kind = e.mapping.kind();
            if let Some((_, pairs)) = saved.iter().find(|(k, _)| FileKind::from_key(k) == Some(kind)) {
                e.mapping = FileMapping::from_saved(kind, e.table.headers(), pairs);
            }
        }
    });
    w.forget_check();
}

#[component]
pub fn FilesStep(w: Wizard) -> impl IntoView {
    let locale = use_locale();
    let t = move || locale.texts();
    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(list) = input.files() else { return };
        let chosen: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        w.read_error.set(None);
        leptos::task::spawn_local(async move {
            let t = locale.0.get_untracked().texts();
            let preset = w.preset.get_untracked();
            let mut entries = Vec::new();
            for file in chosen {
                let name = file.name();
                let problem = match browser::read_bytes(&file).await {
                    Err(_) => Some(read_problem(t, ReadProblem::File, None)),
                    Ok(bytes) => match read(&bytes, ReadOptions::default()) {
                        Err(e) => Some(read_problem(t, ReadProblem::Csv(e), None)),
                        Ok(f) if f.table.rows().all(|r| r.is_blank()) => Some(read_problem(t, ReadProblem::NoRows, None)),
                        Ok(f) => {
                            let kind = FileKind::guess(f.table.headers());
                            let mapping = FileMapping::suggest_preset(kind, f.table.headers(), preset);
                            entries.push(Entry { name: name.clone(), table: Arc::new(f.table), mapping });
                            None
                        }
                    },
                };
                if let Some(p) = problem {
                    w.read_error.set(Some(format!("{name}: {p}")));
                }
            }
            w.files.update(|v| {
                v.retain(|e| !entries.iter().any(|n| n.name == e.name));
                v.extend(entries);
            });
            w.forget_check();
        });
    };
    let set_preset = move |ev: leptos::ev::Event| {
        if let Some(p) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Preset::ALL.get(i).copied()) {
            w.preset.set(p);
            resuggest(w);
        }
    };
    let set_order = move |ev: leptos::ev::Event| {
        if let Some(o) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| DATE_ORDERS.get(i).copied()) {
            w.date_order.set(o);
            w.forget_check();
        }
    };
    let has_saved = !prefs::migration_mappings().is_empty();
    view! {
        <h2 id="mig-step-title" tabindex="-1" data-testid="mig-step-title">{move || t().migrate.steps[0]}</h2>
        <label class="field">
            <span>{move || t().migrate.choose_files}</span>
            <input type="file" multiple class="input" accept=".csv,.txt,text/csv,text/plain" data-testid="mig-files"
                aria-describedby="mig-files-hint" on:change=on_files/>
        </label>
        <p class="muted" id="mig-files-hint">{move || t().migrate.files_hint}</p>
        {move || w.read_error.get().map(|e| view! { <p class="alert alert-error" role="alert" data-testid="mig-read-error">{e}</p> })}
        <Show when=move || w.files.with(|v| !v.is_empty())>
            <div class="form-grid csv-options">
                <label class="field">
                    <span>{move || t().migrate.preset}</span>
                    <select class="input" data-testid="mig-preset" on:change=set_preset>
                        {Preset::ALL.iter().map(|p| {
                            let (p, i) = (*p, p.index());
                            view! { <option value=i.to_string() prop:selected=move || w.preset.get() == p>{move || t().migrate.presets[i]}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || t().csv.date_order}</span>
                    <select class="input" data-testid="mig-date-order" on:change=set_order>
                        {DATE_ORDERS.iter().enumerate().map(|(i, o)| {
                            let o = *o;
                            view! { <option value=i.to_string() prop:selected=move || w.date_order.get() == o>{move || t().csv.date_orders[i]}</option> }
                        }).collect_view()}
                    </select>
                </label>
            </div>
            {has_saved.then(|| view! {
                <button class="btn" data-testid="mig-use-saved" on:click=move |_| use_saved(w)>{move || t().migrate.saved_mapping}</button>
            })}
            <div class="table-wrap">
                <table class="table mig-files" data-testid="mig-file-list">
                    <thead><tr>
                        <th scope="col">{move || t().migrate.col_file}</th>
                        <th scope="col">{move || t().migrate.col_kind}</th>
                        <th scope="col" class="num">{move || t().migrate.col_rows}</th>
                        <th scope="col"><span class="sr-only">{move || t().migrate.remove}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || w.files.get().into_iter().enumerate().map(|(i, e)| file_row(w, i, e)).collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>
        <div class="row csv-nav">
            <button class="btn btn-primary" data-testid="mig-next" disabled=move || w.files.with(Vec::is_empty)
                on:click=move |_| w.go(Step::Columns)>{move || t().migrate.next}</button>
        </div>
    }
}

fn file_row(w: Wizard, i: usize, e: Entry) -> impl IntoView {
    let locale = use_locale();
    let t = move || locale.texts();
    let kind = e.mapping.kind();
    let rows = e.table.rows().filter(|r| !r.is_blank()).count();
    let label = e.name.clone();
    let set_kind = move |ev: leptos::ev::Event| {
        let Some(k) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| FileKind::ALL.get(i).copied()) else { return };
        let preset = w.preset.get_untracked();
        w.files.update(|v| {
            if let Some(e) = v.get_mut(i) {
                e.mapping = FileMapping::suggest_preset(k, e.table.headers(), preset);
            }
        });
        w.forget_check();
    };
    let remove = move |_| {
        w.files.update(|v| {
            if i < v.len() {
                v.remove(i);
            }
        });
        w.forget_check();
    };
    view! {
        <tr data-testid="mig-file" data-file=e.name.clone()>
            <th scope="row">{e.name.clone()}</th>
            <td data-label=move || t().migrate.col_kind>
                <select class="input" data-testid="mig-kind" aria-label=move || format!("{} — {}", label, t().migrate.col_kind) on:change=set_kind>
                    {FileKind::ALL.iter().map(|k| {
                        let (k, i) = (*k, k.index());
                        view! { <option value=i.to_string() selected=k == kind>{move || t().migrate.file_kinds[i]}</option> }
                    }).collect_view()}
                </select>
            </td>
            <td class="num" data-label=move || t().migrate.col_rows>{fmt::int(rows as i64)}</td>
            <td><button class="btn-ghost" data-testid="mig-remove" on:click=remove>{move || t().migrate.remove}</button></td>
        </tr>
    }
}
