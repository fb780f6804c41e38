//! Leads → a CSV download: the list's filtered leads in its order, or the
//! selected ones. Headers, channels and statuses are written in the
//! current language; the importer reads either language back.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::domain::mapping::leads::{LeadExport, LeadField};
use crate::domain::{Id, Lead, Timestamp};
use crate::store::csv::export_leads;
use crate::ui::browser;
use crate::ui::ops::{use_ops, Ops};
use crate::ui::state::{use_locale, DbStoreFields};
use crate::ui::toast::Tone;

/// `leads-2026-11-27.csv`: the app clock's date where the user is.
pub fn file_name(now: Timestamp) -> String {
    format!("leads-{}.csv", now.with_timezone(&browser::local_offset()).date_naive())
}

/// Downloads the leads with these ids, in this order.
pub fn export(ops: Ops, ids: &[Id]) {
    let t = ops.t();
    let db = ops.data.db;
    let settings = db.settings().get_untracked();
    let people = db.people().read_untracked();
    let leads = db.leads().read_untracked();
    let by_id: HashMap<Id, &Lead> = leads.iter().map(|l| (l.id, l)).collect();
    let chosen = ids.iter().filter_map(|id| by_id.get(id).copied());
    let offset = browser::local_offset().local_minus_utc() / 60;
    let export = LeadExport::new(
        LeadField::export_columns(),
        &t.csv.fields,
        &t.channels,
        &t.lead_status,
        settings.currency,
        offset,
        &people,
    );
    let bytes = export_leads(chosen, &export);
    let name = file_name(ops.now());
    let n = ids.iter().filter(|id| by_id.contains_key(id)).count();
    match browser::download_bytes(&name, "text/csv;charset=utf-8", &bytes) {
        Ok(()) => ops.notices.show((t.csv.exported)(n, &name), Tone::Success),
        Err(e) => ops.refuse((t.save_failed)(&e)),
    }
}

/// The list as shown (filtered, in its order) and the number of leads,
/// provided by the list page for its export buttons.
#[derive(Clone, Copy)]
pub struct ListOrder {
    pub shown: Memo<Vec<Id>>,
    pub total: Memo<usize>,
}

/// The list header's "Import CSV" and, once there are leads, "Export CSV"
/// of the leads shown.
#[component]
pub fn CsvButtons() -> impl IntoView {
    let ops = use_ops();
    let locale = use_locale();
    let order = use_context::<ListOrder>();
    let c = move || &locale.texts().csv;
    let shown = move || order.map_or(0, |o| o.shown.with(Vec::len));
    view! {
        <div class="row lead-csv-actions">
            <a class="btn" href="/leads/import" data-testid="lead-import-csv">{move || c().import_csv}</a>
            <Show when=move || order.is_some_and(|o| o.total.get() > 0)>
                <button class="btn" data-testid="lead-export-csv" title=move || (c().export_csv_hint)(shown())
                    on:click=move |_| {
                        if let Some(o) = order {
                            export(ops, &o.shown.get_untracked());
                        }
                    }>
                    {move || c().export_csv}
                </button>
            </Show>
        </div>
    }
}

/// The bulk bar's "Export selected": the selected leads in the list's order.
#[component]
pub fn ExportSelected(selected: RwSignal<HashSet<Id>>) -> impl IntoView {
    let ops = use_ops();
    let locale = use_locale();
    let order = use_context::<ListOrder>();
    let run = move |_| {
        let ids: Vec<Id> = match order {
            Some(o) => selected.with_untracked(|sel| o.shown.with_untracked(|v| v.iter().copied().filter(|id| sel.contains(id)).collect())),
            None => selected.get_untracked().into_iter().collect(),
        };
        export(ops, &ids);
    };
    view! {
        <button class="btn" data-testid="bulk-export" on:click=run>{move || locale.texts().csv.export_selected}</button>
    }
}
