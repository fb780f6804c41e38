//! Step 2: per file, each column with the field it feeds (suggested from
//! the headers and the preset), as in the leads importer; the mapping can
//! be saved on this device and reused.

use leptos::prelude::*;

use super::{Step, Wizard};
use crate::domain::migration::FileKind;
use crate::i18n::Texts;
use crate::store::prefs;
use crate::ui::state::use_locale;
use crate::ui::toast::{use_notices, Tone};

/// Rows searched for an example value of each column.
const SAMPLE_ROWS: usize = 50;

/// The field labels of a kind, indexed like its `Target::ALL`.
pub fn field_labels(t: &'static Texts, kind: FileKind) -> &'static [&'static str] {
    let m = &t.migrate;
    match kind {
        FileKind::People => &m.person_fields,
        FileKind::Accounts => &m.account_fields,
        FileKind::Contacts => &m.contact_fields,
        FileKind::Products => &m.product_fields,
        FileKind::Deals => &m.deal_fields,
        FileKind::Activities => &m.activity_fields,
        FileKind::Orders => &m.order_fields,
        FileKind::Invoices => &m.invoice_fields,
        FileKind::Payments => &m.payment_fields,
    }
}

/// Labels of the required fields no column feeds, over every file.
fn missing(t: &'static Texts, w: Wizard) -> Vec<String> {
    w.files.with(|v| {
        v.iter()
            .flat_map(|e| {
                let kind = e.mapping.kind();
                let keys = e.mapping.field_keys();
                let labels = field_labels(t, kind);
                e.mapping.missing_required().into_iter().map(move |k| {
                    let label = keys.iter().position(|x| *x == k).and_then(|i| labels.get(i)).copied().unwrap_or(k);
                    format!("{} ({})", label, e.name)
                })
            })
            .collect()
    })
}

fn save(w: Wizard) {
    let mut saved = prefs::migration_mappings();
    w.files.with_untracked(|v| {
        for e in v {
            let key = e.mapping.kind().key().to_string();
            saved.retain(|(k, _)| *k != key);
            saved.push((key, e.mapping.to_saved(e.table.headers())));
        }
    });
    prefs::set_migration_mappings(&saved);
}

#[component]
pub fn ColumnsStep(w: Wizard) -> impl IntoView {
    let locale = use_locale();
    let notices = use_notices();
    let t = move || locale.texts();
    let gaps = move || missing(t(), w);
    let files = w.files.get_untracked();
    let tables = files.into_iter().enumerate().map(|(i, e)| file_table(w, i, e)).collect_view();
    view! {
        <h2 id="mig-step-title" tabindex="-1" data-testid="mig-step-title">{move || t().migrate.steps[1]}</h2>
        <p class="muted">{move || t().csv.mapping_hint}</p>
        {tables}
        {move || {
            let g = gaps();
            (!g.is_empty()).then(|| view! {
                <p class="field-error" role="alert" data-testid="mig-missing">{(t().migrate.missing_fields)(&g.join(", "))}</p>
            })
        }}
        <div class="row csv-nav">
            <button class="btn btn-primary" data-testid="mig-next" disabled=move || !gaps().is_empty() on:click=move |_| w.go(Step::Relations)>
                {move || t().migrate.next}
            </button>
            <button class="btn" data-testid="mig-save-mapping" on:click=move |_| {
                save(w);
                notices.show(t().migrate.mapping_saved, Tone::Success);
            }>{move || t().migrate.save_mapping}</button>
            <button class="btn" data-testid="mig-back" on:click=move |_| w.go(Step::Files)>{move || t().csv.back}</button>
        </div>
    }
}

fn file_table(w: Wizard, i: usize, e: super::Entry) -> impl IntoView {
    let locale = use_locale();
    let t = move || locale.texts();
    let kind = e.mapping.kind();
    let keys = e.mapping.field_keys();
    let table = e.table.clone();
    let rows = table
        .headers()
        .iter()
        .enumerate()
        .map(|(c, header)| {
            let sample = table.rows().take(SAMPLE_ROWS).map(|r| r.get(c).trim()).find(|v| !v.is_empty()).unwrap_or("").to_string();
            let keys = keys.clone();
            let on_change = move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev);
                w.files.update(|v| {
                    if let Some(e) = v.get_mut(i) {
                        e.mapping.set_key(c, Some(value.as_str()).filter(|k| !k.is_empty()));
                    }
                });
                w.forget_check();
            };
            let selected = move |key: &'static str| w.files.with(|v| v.get(i).and_then(|e| e.mapping.key_at(c)) == Some(key));
            let label = header.clone();
            view! {
                <tr data-testid="mig-map-row" data-column=header.clone()>
                    <th scope="row">{header.clone()}</th>
                    <td class="csv-sample" data-label=move || t().csv.col_sample>{sample}</td>
                    <td data-label=move || t().csv.col_field>
                        <select class="input" data-testid="mig-map-select" data-column=header.clone()
                            aria-label=move || (t().csv.field_for)(&label) on:change=on_change>
                            <option value="" prop:selected=move || w.files.with(|v| v.get(i).and_then(|e| e.mapping.key_at(c)).is_none())>
                                {move || t().csv.ignore}
                            </option>
                            {keys.iter().enumerate().map(|(fi, k)| {
                                let k = *k;
                                view! {
                                    <option value=k prop:selected=move || selected(k)>
                                        {move || field_labels(t(), kind).get(fi).copied().unwrap_or(k)}
                                    </option>
                                }
                            }).collect_view()}
                        </select>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 data-testid="mig-map-file">{e.name.clone()} " — " {move || t().migrate.file_kinds[kind.index()]}</h3>
        <table class="table csv-map" data-testid="mig-map" data-file=e.name.clone()>
            <thead><tr>
                <th scope="col">{move || t().csv.col_column}</th>
                <th scope="col">{move || t().csv.col_sample}</th>
                <th scope="col">{move || t().csv.col_field}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
