//! CSV import of monthly sales history: the leads' CSV reader, the mapping
//! engine's header matching, then every row checked before anything is
//! stored; a good file replaces the history imported before in one write.

use leptos::prelude::*;

use crate::domain::mapping::{DateOrder, Mapping, RowError, Table, Target};
use crate::domain::performance::history_csv::{read_history, to_history, HistoryField, HistoryRead};
use crate::domain::{SalesHistory, Settings};
use crate::store::csv::{read, ReadOptions};
use crate::store::Change;
use crate::ui::actions::commit_then;
use crate::ui::browser;
use crate::ui::leads::csv_import::messages::{column, read_problem, reason};
use crate::ui::leads::csv_import::ReadProblem;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

#[derive(Clone)]
enum State {
    Idle,
    Failed(String),
    Read { name: String, read: HistoryRead },
}

/// The table read with `order`: missing columns are a message, not a read.
fn check(table: &Table, order: DateOrder, currency: crate::domain::Currency, t: &'static crate::i18n::Texts) -> Result<HistoryRead, String> {
    let mapping = Mapping::<HistoryField>::suggest(table.headers(), &[(HistoryField::Month, t.seasonal.col_month), (HistoryField::Amount, t.seasonal.col_actual)]);
    let missing = mapping.missing_required();
    if !missing.is_empty() {
        let names: Vec<&str> = missing.iter().map(|f| [t.seasonal.col_month, t.seasonal.col_amount][f.index()]).collect();
        return Err((t.seasonal.missing_columns)(&names.join(", "), &table.headers().join(", ")));
    }
    Ok(read_history(table, &mapping, currency, order))
}

#[component]
pub fn HistoryImport() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let db = data.db;
    let state = RwSignal::new(State::Idle);
    let order = RwSignal::new(DateOrder::DayFirst);
    let table: StoredValue<Option<(String, Table)>> = StoredValue::new(None);
    let reread = move || {
        let t = locale.texts();
        let Some((name, tb)) = table.get_value() else { return };
        let currency = db.settings().with_untracked(|s| s.currency);
        state.set(match check(&tb, order.get_untracked(), currency, t) {
            Ok(read) => State::Read { name, read },
            Err(msg) => State::Failed(msg),
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let t = locale.texts();
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        let name = file.name();
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
            table.set_value(Some((name, file.table)));
            reread();
        });
    };
    let save = move |history: SalesHistory, done: String| {
        let t = locale.texts();
        let mut settings: Settings = db.settings().get_untracked();
        settings.sales_history = history;
        settings.updated_at = Some(clock.now_untracked());
        let change = Change { settings: Some(settings), ..Change::default() };
        commit_then(data, notices, t, change, Some(done), move || {
            state.set(State::Idle);
            table.set_value(None);
        });
    };
    let import = move |_| {
        let t = locale.texts();
        let State::Read { name, read } = state.get_untracked() else { return };
        let currency = db.settings().with_untracked(|s| s.currency);
        if let Some(h) = to_history(&read, currency, &name, clock.now_untracked()) {
            save(h, (t.seasonal.imported)(read.months.len()));
        }
    };
    let stored = move || db.settings().with(|s| s.sales_history.months.len());
    let s = move || &locale.texts().seasonal;
    let problems = move |errors: &[RowError]| {
        let t = locale.texts();
        view! {
            <p role="alert" class="field-error">{(s().problems)(errors.len())}</p>
            <ul class="field-error" data-testid="history-problems">
                {errors.iter().take(50).map(|e| view! { <li>{(t.insights.import_problem)(e.row, &column(t, e), &reason(t, e.reason))}</li> }).collect_view()}
            </ul>
        }
    };
    view! {
        <section class="card" data-testid="history-import">
            <h2>{move || s().import_title}</h2>
            <p class="muted">{move || s().import_help}</p>
            <div class="toolbar">
                <label class="field">
                    <span>{move || s().file}</span>
                    <input type="file" accept=".csv,text/csv" class="input" data-testid="history-file" on:change=on_file/>
                </label>
                <label class="field">
                    <span>{move || s().date_order}</span>
                    <select class="input" data-testid="history-date-order" on:change=move |ev| {
                        order.set(if event_target_value(&ev) == "mdy" { DateOrder::MonthFirst } else { DateOrder::DayFirst });
                        reread();
                    }>
                        <option value="dmy">{move || s().date_orders[0]}</option>
                        <option value="mdy">{move || s().date_orders[1]}</option>
                    </select>
                </label>
            </div>
            {move || match state.get() {
                State::Idle => ().into_any(),
                State::Failed(msg) => view! { <p class="field-error" role="alert" data-testid="history-error">{msg}</p> }.into_any(),
                State::Read { read, .. } => {
                    let (first, last) = (read.months.first().copied(), read.months.last().copied());
                    let span = |m: Option<crate::domain::HistoryMonth>| m.map_or(String::new(), |m| format!("{}-{:02}", m.year, m.month));
                    view! {
                        {read.errors.is_empty().then(|| view! {
                            <p data-testid="history-summary">{(s().read_summary)(read.rows, read.months.len(), &span(first), &span(last), read.merged_rows)}</p>
                        })}
                        {(!read.errors.is_empty()).then(|| problems(&read.errors))}
                        {(read.errors.is_empty() && !read.months.is_empty()).then(|| view! {
                            {(stored() > 0).then(|| view! { <p class="muted">{(s().replace_note)(stored())}</p> })}
                            <button class="btn btn-primary" type="button" data-testid="history-commit" on:click=import>{s().import}</button>
                        })}
                    }.into_any()
                }
            }}
            {move || (stored() > 0).then(|| view! {
                <p>
                    <button class="btn" type="button" data-testid="history-remove"
                        on:click=move |_| save(SalesHistory::default(), s().removed.to_string())>{s().remove}</button>
                </p>
            })}
        </section>
    }
}
