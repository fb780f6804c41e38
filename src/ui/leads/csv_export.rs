//! Leads → a CSV download: the list's filtered leads in its order, or the
//! selected ones. Headers, channels and statuses are written in the
//! current language; the importer reads either language back.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::mapping::leads::{LeadExport, LeadField};
use crate::domain::{Id, Lead, Timestamp};
use crate::store::csv::export_leads;
use crate::ui::browser;
use crate::ui::ops::Ops;
use crate::ui::state::DbStoreFields;
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
