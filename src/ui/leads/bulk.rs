//! Actions on the selected leads: assign to a person (or back to the
//! unassigned queue), change status, export as CSV. Each change is one
//! transaction over every lead it changes, offered for Undo afterwards.

use crate::domain::sorting;
use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::domain::lead_actions::{bulk_assign, bulk_auto_assign, bulk_status, Bulk};
use crate::domain::leads::Assigner;
use crate::domain::lead_list::STATUSES;
use crate::domain::{Id, Lead, LeadStatus, Settings};
use crate::store::Change;
use super::csv_export::ExportSelected;
use crate::ui::ops::{use_ops, Ops};
use crate::ui::state::{use_locale, DbStoreFields};
use crate::ui::toast::Tone;

/// The assign select's value for "back to the unassigned queue".
const UNASSIGN: &str = "none";
/// Statuses a bulk change may set; disqualifying needs a reason per lead
/// and converting is its own action.
const SETTABLE: [LeadStatus; 4] = [LeadStatus::New, LeadStatus::Contacted, LeadStatus::Qualified, LeadStatus::Nurture];

#[component]
pub fn BulkBar(selected: RwSignal<HashSet<Id>>, names: Memo<HashMap<Id, String>>) -> impl IntoView {
    let ops = use_ops();
    let locale = use_locale();
    let assignee = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let l = move || &locale.texts().leads;
    let people = Memo::new(move |_| {
        let mut v: Vec<(Id, String)> =
            ops.data.db.people().read().iter().filter(|p| p.active).map(|p| (p.id, p.name.clone())).collect();
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    });
    let chosen = move || {
        let ids = selected.get_untracked();
        ops.data.db.leads().with_untracked(|v| v.iter().filter(|l| ids.contains(&l.id)).cloned().collect::<Vec<Lead>>())
    };
    let assign = move |_| {
        let owner = match assignee.get_untracked().as_str() {
            "" => return,
            UNASSIGN => None,
            v => match Id::parse(v) {
                Some(id) => Some(id),
                None => return,
            },
        };
        let t = ops.t();
        let done = match owner {
            Some(o) => {
                let name = names.with_untracked(|n| n.get(&o).cloned().unwrap_or_default());
                Box::new(move |n| (t.leads.bulk_assigned)(n, &name)) as Box<dyn Fn(usize) -> String>
            }
            None => Box::new(t.leads.bulk_unassigned),
        };
        let before = chosen();
        run(ops, selected, before.clone(), bulk_assign(&before, owner, ops.acting_id(), ops.now()), None, done);
    };
    // Round-robin over the selected unassigned leads, as if each had just come in.
    let auto = move |_| {
        let t = ops.t();
        let db = ops.data.db;
        let now = ops.now();
        let before = chosen();
        let settings = db.settings().get_untracked();
        let (people, units, leads) = (db.people().read_untracked(), db.org_units().read_untracked(), db.leads().read_untracked());
        let mut assigner = Assigner::new(&settings.leads.assignment, &people, &units, &leads);
        let bulk = bulk_auto_assign(&before, &mut assigner, now);
        let left = bulk.refused;
        if bulk.changed.is_empty() {
            ops.notices.show((t.leads.bulk_auto_done)(0, left), Tone::Success);
            return;
        }
        let cursors = assigner.settings_with_cursors(&settings, now);
        run(ops, selected, before, Bulk { refused: 0, ..bulk }, Some(cursors), Box::new(move |n| (t.leads.bulk_auto_done)(n, left)));
    };
    let set_status = move |_| {
        let Some(to) = status.get_untracked().parse::<usize>().ok().and_then(|i| STATUSES.get(i).copied()) else { return };
        let t = ops.t();
        let label = t.lead_status[to as usize];
        let before = chosen();
        run(ops, selected, before.clone(), bulk_status(&before, to, ops.now()), None, Box::new(move |n| (t.leads.bulk_status_done)(n, label)));
    };
    view! {
        <section class="bulk-bar" role="region" aria-label=move || l().bulk_actions data-testid="bulk-bar">
            <span class="num bulk-count" data-testid="bulk-count">{move || (l().selected)(selected.with(HashSet::len))}</span>
            <div class="row">
                <label class="field">
                    <span>{move || l().bulk_assign_to}</span>
                    <select class="input" data-testid="bulk-owner" on:change=move |ev| assignee.set(event_target_value(&ev))>
                        <option value="" selected=move || assignee.get().is_empty()>{move || l().choose}</option>
                        <option value=UNASSIGN>{move || l().unassigned}</option>
                        <For each=move || people.get() key=|p| p.0 let:p>
                            <option value=p.0.to_string()>{p.1.clone()}</option>
                        </For>
                    </select>
                </label>
                <button class="btn" data-testid="bulk-assign" disabled=move || assignee.get().is_empty() on:click=assign>
                    {move || l().bulk_assign}
                </button>
            </div>
            <div class="row">
                <label class="field">
                    <span>{move || l().bulk_set_status}</span>
                    <select class="input" data-testid="bulk-status" on:change=move |ev| status.set(event_target_value(&ev))>
                        <option value="" selected=move || status.get().is_empty()>{move || l().choose}</option>
                        {SETTABLE.iter().map(|s| {
                            let i = *s as usize;
                            view! { <option value=i.to_string()>{move || locale.texts().lead_status[i]}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <button class="btn" data-testid="bulk-apply-status" disabled=move || status.get().is_empty() on:click=set_status>
                    {move || l().bulk_apply}
                </button>
            </div>
            <button class="btn" data-testid="bulk-auto-assign" on:click=auto>{move || l().bulk_auto}</button>
            <ExportSelected selected/>
            <button class="btn-ghost" data-testid="bulk-clear" on:click=move |_| selected.set(HashSet::new())>
                {move || l().clear_selection}
            </button>
        </section>
    }
}

/// Commits a bulk result (with `settings`, when round-robin moved on) in one
/// transaction; on success says how many changed (and how many were
/// refused) and offers Undo, which writes back the previous versions of
/// exactly those leads.
fn run(ops: Ops, selected: RwSignal<HashSet<Id>>, before: Vec<Lead>, bulk: Bulk, settings: Option<Settings>, done: Box<dyn Fn(usize) -> String>) {
    let t = ops.t();
    if bulk.changed.is_empty() {
        let msg = if bulk.refused > 0 { (t.leads.bulk_refused)(bulk.refused) } else { t.leads.bulk_nothing.to_string() };
        ops.notices.show(msg, Tone::Success);
        return;
    }
    let changed: HashSet<Id> = bulk.changed.iter().map(|l| l.id).collect();
    let previous: Vec<Lead> = before.into_iter().filter(|l| changed.contains(&l.id)).collect();
    let mut text = done(bulk.changed.len());
    if bulk.refused > 0 {
        text = format!("{text} {}", (t.leads.bulk_refused)(bulk.refused));
    }
    let change = Change { settings, ..Change::upsert_all(bulk.changed.into_iter().map(Into::into)) };
    ops.write_then(change, None, move || {
        selected.set(HashSet::new());
        let undo = Callback::new(move |_| {
            let now = ops.now();
            let restore = previous.iter().cloned().map(|l| Lead { updated_at: now, ..l }.into());
            ops.write(Change::upsert_all(restore), Some(t.leads.bulk_undone.to_string()));
        });
        ops.notices.show_with_action(text, t.undo, undo);
    });
}
