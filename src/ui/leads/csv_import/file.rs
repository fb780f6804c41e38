//! Step 1: choose the file; it is read at once (encoding and separator
//! detected, both can be overridden) and its first rows are shown.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::messages::read_problem;
use super::{FileState, ReadProblem, Step, Wizard, ENCODINGS};
use crate::domain::mapping::DateOrder;
use crate::store::csv::{Delimiter, ReadFile};
use crate::ui::browser;
use crate::ui::state::use_locale;

/// Rows in the preview.
const PREVIEW_ROWS: usize = 5;
const DATE_ORDERS: [DateOrder; 2] = [DateOrder::DayFirst, DateOrder::MonthFirst];

#[component]
pub fn FileStep(w: Wizard, cancel: Callback<()>) -> impl IntoView {
    let locale = use_locale();
    let t = move || locale.texts();
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        w.forget_check();
        w.file.set(FileState::Reading);
        leptos::task::spawn_local(async move {
            match browser::read_bytes(&file).await {
                Ok(bytes) => {
                    w.set_bytes(file.name(), bytes);
                    w.reread(locale.0.get_untracked().texts());
                }
                Err(_) => w.file.set(FileState::Failed(ReadProblem::File)),
            }
        });
    };
    // Options stay offered after a failed read, so a wrong choice can be undone.
    let has_text = move || matches!(w.file.get(), FileState::Read(_) | FileState::Failed(ReadProblem::Csv(_) | ReadProblem::NoRows));
    let set_encoding = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev).parse::<usize>().ok().and_then(|i| ENCODINGS.get(i).copied());
        w.encoding.set(chosen);
        w.reread(locale.0.get_untracked().texts());
    };
    let set_delimiter = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Delimiter::ALL.get(i).copied());
        w.delimiter.set(chosen);
        w.reread(locale.0.get_untracked().texts());
    };
    let set_order = move |ev: leptos::ev::Event| {
        if let Some(o) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| DATE_ORDERS.get(i).copied()) {
            w.date_order.set(o);
            w.forget_check();
        }
    };
    view! {
        <h2 id="csv-step-title" tabindex="-1" data-testid="csv-step-title">{move || t().csv.steps[0]}</h2>
        <label class="field">
            <span>{move || t().csv.choose_file}</span>
            <input type="file" class="input" accept=".csv,.txt,text/csv,text/plain" data-testid="csv-file"
                aria-describedby="csv-file-hint" on:change=on_file/>
        </label>
        <p class="muted" id="csv-file-hint">{move || t().csv.file_hint}</p>
        <Show when=has_text>
            <div class="form-grid csv-options">
                <label class="field">
                    <span>{move || t().csv.encoding}</span>
                    <select class="input" data-testid="csv-encoding" on:change=set_encoding>
                        {ENCODINGS.iter().enumerate().map(|(i, e)| {
                            let e = *e;
                            view! {
                                <option value=i.to_string() prop:selected=move || w.encoding.get().unwrap_or(w.used.get().0) == e>
                                    {move || t().csv.encodings[i]}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || t().csv.separator}</span>
                    <select class="input" data-testid="csv-separator" on:change=set_delimiter>
                        {Delimiter::ALL.iter().enumerate().map(|(i, d)| {
                            let d = *d;
                            view! {
                                <option value=i.to_string() prop:selected=move || w.delimiter.get().unwrap_or(w.used.get().1) == d>
                                    {move || t().csv.separators[i]}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || t().csv.date_order}</span>
                    <select class="input" data-testid="csv-date-order" aria-describedby="csv-date-hint" on:change=set_order>
                        {DATE_ORDERS.iter().enumerate().map(|(i, o)| {
                            let o = *o;
                            view! {
                                <option value=i.to_string() prop:selected=move || w.date_order.get() == o>{move || t().csv.date_orders[i]}</option>
                            }
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <p class="muted" id="csv-date-hint">{move || t().csv.date_order_hint}</p>
        </Show>
        {move || match w.file.get() {
            FileState::Empty => ().into_any(),
            FileState::Reading => view! { <p role="status">{t().csv.reading}</p> }.into_any(),
            FileState::Failed(p) => view! {
                <div class="alert alert-error" role="alert" data-testid="csv-read-error">
                    <strong>{t().csv.cannot_read}</strong>
                    <p>{read_problem(t(), p, w.encoding.get_untracked())}</p>
                </div>
            }.into_any(),
            FileState::Read(f) => preview(t(), &w.file_name.get_untracked(), &f),
        }}
        <div class="row csv-nav">
            <button class="btn btn-primary" data-testid="csv-next"
                disabled=move || !matches!(w.file.get(), FileState::Read(_)) on:click=move |_| w.go(Step::Columns)>
                {move || t().csv.next_columns}
            </button>
            <button class="btn-ghost" data-testid="csv-cancel" on:click=move |_| cancel.run(())>{move || t().cancel}</button>
        </div>
    }
}

fn preview(t: &'static crate::i18n::Texts, name: &str, f: &ReadFile) -> AnyView {
    let table = &f.table;
    let filled: Vec<_> = table.rows().filter(|r| !r.is_blank()).collect();
    let width = table.headers().len();
    let shown = filled.len().min(PREVIEW_ROWS);
    let rows = filled
        .iter()
        .take(PREVIEW_ROWS)
        .map(|r| {
            let cells = (0..width).map(|c| view! { <td>{r.get(c).trim().to_string()}</td> }).collect_view();
            view! { <tr><th scope="row" class="csv-row-no">{r.number}</th>{cells}</tr> }
        })
        .collect_view();
    let caption = (t.csv.preview)(shown, filled.len());
    let region = caption.clone();
    view! {
        <p class="num" data-testid="csv-file-info">{(t.csv.file_info)(name, filled.len())}</p>
        <div class="table-wrap csv-preview-wrap" tabindex="0" role="region" aria-label=region>
            <table class="table csv-preview" data-testid="csv-preview">
                <caption class="muted">{caption}</caption>
                <thead><tr>
                    <th scope="col">{t.csv.col_row}</th>
                    {table.headers().iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
