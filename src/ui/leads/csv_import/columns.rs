//! Step 2: one row per column of the file with the lead field it feeds
//! (suggested from the header names, changed by hand), what to do with
//! unknown owners, and what to do with leads already there.

use leptos::prelude::*;

use super::{Step, Wizard};
use crate::domain::mapping::leads::LeadField;
use crate::domain::mapping::{DupePolicy, Target};
use crate::i18n::CsvTexts;
use crate::ui::state::use_locale;

/// Rows searched for an example value of each column.
const SAMPLE_ROWS: usize = 50;

type PolicyText = fn(&CsvTexts) -> (&'static str, &'static str);

const POLICIES: [(DupePolicy, &str, PolicyText); 3] = [
    (DupePolicy::Skip, "skip", |c| (c.dupe_skip, c.dupe_skip_hint)),
    (DupePolicy::Merge, "merge", |c| (c.dupe_merge, c.dupe_merge_hint)),
    (DupePolicy::Create, "create", |c| (c.dupe_create, c.dupe_create_hint)),
];

#[component]
pub fn ColumnsStep(w: Wizard, cancel: Callback<()>) -> impl IntoView {
    let locale = use_locale();
    let t = move || locale.texts();
    let (headers, samples) = match w.table() {
        Some(f) => {
            let t = &f.table;
            let sample = |c: usize| t.rows().take(SAMPLE_ROWS).map(|r| r.get(c).trim()).find(|v| !v.is_empty()).unwrap_or("").to_string();
            (t.headers().to_vec(), (0..t.headers().len()).map(sample).collect::<Vec<_>>())
        }
        None => (Vec::new(), Vec::new()),
    };
    let missing = Memo::new(move |_| w.mapping.with(|m| !m.missing_required().is_empty()));
    let rows = headers
        .into_iter()
        .zip(samples)
        .enumerate()
        .map(|(c, (header, sample))| column_row(w, c, header, sample))
        .collect_view();
    view! {
        <h2 id="csv-step-title" tabindex="-1" data-testid="csv-step-title">{move || t().csv.mapping}</h2>
        <p class="muted">{move || t().csv.mapping_hint}</p>
        <table class="table csv-map" data-testid="csv-map">
            <thead><tr>
                <th scope="col">{move || t().csv.col_column}</th>
                <th scope="col">{move || t().csv.col_sample}</th>
                <th scope="col">{move || t().csv.col_field}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <Show when=move || missing.get()>
            <p class="field-error" role="alert" data-testid="csv-missing">{move || t().csv.missing_name}</p>
        </Show>
        <label class="check-row">
            <input type="checkbox" data-testid="csv-unknown-owner" prop:checked=move || w.unknown_owner_unassigned.get()
                on:change=move |ev| {
                    w.unknown_owner_unassigned.set(event_target_checked(&ev));
                    w.forget_check();
                }/>
            <span>{move || t().csv.unknown_owner}</span>
        </label>
        <fieldset class="radio-row" data-testid="csv-dupes">
            <legend>{move || t().csv.dupes}</legend>
            {POLICIES.into_iter().map(|(p, key, text)| view! {
                <label>
                    <input type="radio" name="csv-dupes" data-testid=format!("csv-dupe-{key}") prop:checked=move || w.policy.get() == p
                        on:change=move |_| {
                            w.policy.set(p);
                            w.forget_check();
                        }/>
                    <span><strong>{move || text(&t().csv).0}</strong> " — " {move || text(&t().csv).1}</span>
                </label>
            }).collect_view()}
        </fieldset>
        <div class="row csv-nav">
            <button class="btn btn-primary" data-testid="csv-next" disabled=move || missing.get() on:click=move |_| w.go(Step::Check)>
                {move || t().csv.next_check}
            </button>
            <button class="btn" data-testid="csv-back" on:click=move |_| w.go(Step::File)>{move || t().csv.back}</button>
            <button class="btn-ghost" data-testid="csv-cancel" on:click=move |_| cancel.run(())>{move || t().cancel}</button>
        </div>
    }
}

fn column_row(w: Wizard, c: usize, header: String, sample: String) -> impl IntoView {
    let locale = use_locale();
    let t = move || locale.texts();
    let on_change = move |ev: leptos::ev::Event| {
        let field = event_target_value(&ev).parse::<usize>().ok().and_then(|i| LeadField::ALL.get(i).copied());
        w.mapping.update(|m| m.set(c, field));
        w.forget_check();
    };
    let suggested = move || w.mapping.with(|m| m.field_at(c)).is_some_and(|f| w.suggested.with(|s| s.field_at(c) == Some(f)));
    let options = LeadField::ALL
        .iter()
        .map(|f| {
            let (f, i) = (*f, f.index());
            view! {
                <option value=i.to_string() prop:selected=move || w.mapping.with(|m| m.field_at(c) == Some(f))>
                    {move || t().csv.fields[i]}
                </option>
            }
        })
        .collect_view();
    let (label, row_key, select_key) = (header.clone(), header.clone(), header.clone());
    view! {
        <tr data-testid="csv-map-row" data-column=row_key>
            <th scope="row">{header}</th>
            <td class="csv-sample" data-label=move || t().csv.col_sample>{sample}</td>
            <td data-label=move || t().csv.col_field>
                <select class="input" data-testid="csv-map-select" data-column=select_key
                    aria-label=move || (t().csv.field_for)(&label) on:change=on_change>
                    <option value="" prop:selected=move || w.mapping.with(|m| m.field_at(c).is_none())>{move || t().csv.ignore}</option>
                    {options}
                </select>
                <Show when=suggested>
                    <span class="muted csv-suggested" data-testid="csv-suggested">{move || t().csv.suggested}</span>
                </Show>
            </td>
        </tr>
    }
}
