//! The check (the import planned in slices, so the page keeps painting
//! its progress bar and answering input) and the commit (one transaction,
//! then Undo).

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use super::{CheckState, Checked, Wizard};
use crate::domain::mapping::leads::{lead_planner, LeadOptions};
use crate::domain::{EntityKind, Id, Lead};
use crate::i18n::Texts;
use crate::store::csv::import_change;
use crate::store::Change;
use crate::ui::actions::commit;
use crate::ui::browser;
use crate::ui::ops::Ops;
use crate::ui::state::DbStoreFields;

/// Rows planned between looks at the clock.
const ROWS_PER_STEP: usize = 200;
/// Work between two yields to the browser, well below a long task (50 ms).
const SLICE_MS: f64 = 12.0;
/// Existing leads copied between yields.
const COPY_SLICE: usize = 10_000;
/// Problems listed on screen; the rest are counted.
const ERRORS_SHOWN: usize = 200;

fn options(t: &'static Texts, w: &Wizard, ops: &Ops) -> LeadOptions {
    let other = t.locale.other().texts();
    let currency = ops.data.db.settings().with_untracked(|s| s.currency);
    let mut o = LeadOptions::new(currency)
        .with_labels(&t.channels, &t.lead_status)
        .with_labels(&other.channels, &other.lead_status);
    o.date_order = w.date_order.get_untracked();
    o.utc_offset_minutes = browser::local_offset().local_minus_utc() / 60;
    o.unknown_owner_unassigned = w.unknown_owner_unassigned.get_untracked();
    o
}

/// Plans the import of the read file with the current choices. Abandoned
/// (nothing kept) when the wizard moves on meanwhile.
pub fn start_check(w: Wizard, ops: Ops) {
    w.forget_check();
    let Some(file) = w.table() else { return };
    let run = w.run.get_value();
    let (mapping, policy) = (w.mapping.get_untracked(), w.policy.get_untracked());
    let opts = options(ops.t(), &w, &ops);
    let current = move || w.run.try_get_value() == Some(run);
    w.check.set(CheckState::Running { done: 0, total: file.table.len() });
    leptos::task::spawn_local(async move {
        browser::next_frame().await;
        if !current() {
            return;
        }
        let db = ops.data.db;
        // Copies, since the store must stay writable while the plan is made;
        // in slices, so 100,000 leads are not one long task.
        let total = db.leads().with_untracked(Vec::len);
        let mut existing: Vec<Lead> = Vec::with_capacity(total);
        while existing.len() < total {
            let from = existing.len();
            db.leads().with_untracked(|v| existing.extend_from_slice(v.get(from..(from + COPY_SLICE).min(v.len())).unwrap_or_default()));
            if existing.len() == from {
                break;
            }
            browser::yield_now().await;
            if !current() {
                return;
            }
        }
        let people = db.people().get_untracked();
        let (now, ids) = (ops.now(), ops.ids);
        let mut planner = lead_planner(&file.table, &mapping, policy, &existing, &people, opts, now, move || ids.next(now));
        let mut slice = browser::now_ms();
        while !planner.step(ROWS_PER_STEP) {
            if browser::now_ms() - slice < SLICE_MS {
                continue;
            }
            let (done, total) = planner.progress();
            w.check.try_set(CheckState::Running { done, total });
            browser::yield_now().await;
            if !current() {
                return;
            }
            slice = browser::now_ms();
        }
        let plan = planner.finish();
        let summary = plan.summary();
        let checked = Checked {
            summary,
            errors: plan.errors.iter().take(ERRORS_SHOWN).cloned().collect(),
            total_errors: plan.errors.len(),
            records: plan.create.len() + plan.update.len(),
        };
        w.plan.set_value(Some(plan));
        w.check.set(CheckState::Ready(Arc::new(checked)));
    });
}

/// Writes the checked plan in one transaction. On success: a toast with
/// Undo (which deletes the new leads and puts back the merged ones as they
/// were) and `done`. On failure the error toast has been shown and the
/// rows are checked again, since the plan was spent.
pub fn commit_plan(w: Wizard, ops: Ops, done: impl FnOnce() + 'static) {
    let t = ops.t();
    let skip_invalid = w.skip_invalid.get_untracked();
    let allowed = matches!(w.check.get_untracked(), CheckState::Ready(c) if c.records > 0 && (c.summary.invalid == 0 || skip_invalid));
    let plan = match allowed {
        true => w.plan.try_update_value(Option::take).flatten(),
        false => None,
    };
    let Some(plan) = plan else { return };
    let created: Vec<(EntityKind, Id)> = plan.create.iter().map(|l| (EntityKind::Lead, l.id)).collect();
    let merged: HashSet<Id> = plan.update.iter().map(|l| l.id).collect();
    let previous: Vec<Lead> = ops.data.db.leads().with_untracked(|v| v.iter().filter(|l| merged.contains(&l.id)).cloned().collect());
    let message = (t.csv.imported)(created.len(), merged.len());
    let change = match import_change(plan, skip_invalid) {
        Ok(c) => c,
        Err(_) => return start_check(w, ops),
    };
    w.check.set(CheckState::Committing);
    leptos::task::spawn_local(async move {
        if commit(ops.data, ops.notices, t, change).await.is_err() {
            start_check(w, ops);
            return;
        }
        let undo = Callback::new(move |_| {
            let now = ops.now();
            let restore = previous.iter().cloned().map(|l| Lead { updated_at: now, ..l }.into());
            let change = Change { deletes: created.clone(), ..Change::upsert_all(restore) };
            ops.write(change, Some(t.csv.import_undone.to_string()));
        });
        ops.notices.show_with_action(message, t.undo, undo);
        done();
    });
}
