//! A lead's status and owner: change status, reopen, assign, and
//! disqualify with a required reason (asked in a modal dialog).

use crate::domain::sorting;
use leptos::prelude::*;

use crate::domain::lead_actions::set_status;
use crate::domain::leads::{disqualify, reassign};
use crate::domain::lead_list::{is_closed, STATUSES};
use crate::domain::{Id, Lead, LeadStatus};
use crate::store::Change;
use crate::ui::focus::focus_soon;
use crate::ui::ops::use_ops;
use crate::ui::state::{use_locale, DbStoreFields};

const SETTABLE: [LeadStatus; 4] = [LeadStatus::New, LeadStatus::Contacted, LeadStatus::Qualified, LeadStatus::Nurture];

#[component]
pub fn StatusOwner(lead_id: Id, lead: Memo<Option<Lead>>) -> impl IntoView {
    let ops = use_ops();
    let locale = use_locale();
    let current = Memo::new(move |_| lead.with(|l| l.as_ref().map(|l| (l.status, l.owner_id, l.disqualify_reason.clone()))));
    let status = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    // The pickers start from the stored values, and follow them after a save.
    Effect::new(move || {
        if let Some((s, o, _)) = current.get() {
            status.set((s as usize).to_string());
            owner.set(o.map(|o| o.to_string()).unwrap_or_default());
        }
    });
    let stored = move || ops.data.db.leads().with_untracked(|v| v.iter().find(|l| l.id == lead_id).cloned());
    let apply_status = move |to: LeadStatus| {
        let Some(l) = stored() else { return };
        let t = ops.t();
        if let Ok(Some(next)) = set_status(&l, to, ops.now()) {
            ops.write(Change::upsert(next), Some((t.leads.status_changed)(t.lead_status[to as usize])));
        }
    };
    let apply_owner = move |_| {
        let Some(l) = stored() else { return };
        let t = ops.t();
        let to = Id::parse(&owner.get_untracked());
        let name = to.and_then(|o| ops.data.db.people().with_untracked(|p| p.iter().find(|p| p.id == o).map(|p| p.name.clone())));
        if let Ok(next) = reassign(&l, to, ops.acting_id(), "", ops.now()) {
            let msg = name.map_or_else(|| t.leads.owner_cleared.to_string(), |n| (t.leads.owner_changed)(&n));
            ops.write(Change::upsert(next), Some(msg));
        }
    };
    let people = Memo::new(move |_| {
        let mut v: Vec<(Id, String)> = ops.data.db.people().read().iter().filter(|p| p.active).map(|p| (p.id, p.name.clone())).collect();
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    });
    let dialog_open = RwSignal::new(false);
    let l = move || &locale.texts().leads;
    let state = move || current.get().map(|c| c.0);
    view! {
        <section class="card" aria-labelledby="lead-status-h" data-testid="lead-status-owner">
            <h2 id="lead-status-h">{move || l().status_owner}</h2>
            {move || match current.get() {
                Some((LeadStatus::Converted, _, _)) => view! { <p data-testid="lead-converted">{l().converted_final}</p> }.into_any(),
                Some((LeadStatus::Disqualified, _, reason)) => view! {
                    <p data-testid="lead-disqualified">{(l().disqualified_because)(&reason.unwrap_or_default())}</p>
                    <button class="btn" data-testid="lead-reopen" on:click=move |_| apply_status(LeadStatus::New)>{l().reopen}</button>
                }.into_any(),
                _ => view! {
                    <div class="row align-end">
                        <label class="field">
                            <span>{l().change_status}</span>
                            <select class="input" data-testid="lead-status-select" prop:value=move || status.get()
                                on:change=move |ev| status.set(event_target_value(&ev))>
                                {SETTABLE.iter().map(|s| {
                                    let i = *s as usize;
                                    view! { <option value=i.to_string() selected=move || status.get() == i.to_string()>{move || locale.texts().lead_status[i]}</option> }
                                }).collect_view()}
                            </select>
                        </label>
                        <button class="btn" data-testid="lead-status-apply"
                            disabled=move || state().map(|s| (s as usize).to_string()) == Some(status.get())
                            on:click=move |_| {
                                if let Some(to) = status.get_untracked().parse::<usize>().ok().and_then(|i| STATUSES.get(i).copied()) {
                                    apply_status(to);
                                }
                            }>{l().apply}</button>
                        <button class="btn-ghost danger-text" data-testid="lead-disqualify" on:click=move |_| dialog_open.set(true)>{l().disqualify}</button>
                    </div>
                }.into_any(),
            }}
            // Closed leads keep the owner they closed with.
            <Show when=move || state().is_some_and(|s| !is_closed(s))>
            <div class="row align-end">
                    <label class="field">
                        <span>{move || l().field_owner}</span>
                        <select class="input" data-testid="lead-owner-select" on:change=move |ev| owner.set(event_target_value(&ev))>
                            <option value="" selected=move || owner.get().is_empty()>{move || l().unassigned}</option>
                            <For each=move || people.get() key=|p| p.0 let:p>
                                <option value=p.0.to_string() selected=move || owner.get() == p.0.to_string()>{p.1.clone()}</option>
                            </For>
                        </select>
                    </label>
                    <button class="btn" data-testid="lead-assign"
                        disabled=move || current.get().map(|c| c.1.map(|o| o.to_string()).unwrap_or_default()) == Some(owner.get())
                        on:click=apply_owner>{move || l().assign}</button>
                </div>
            </Show>
            <DisqualifyDialog lead_id open=dialog_open/>
        </section>
    }
}

#[component]
fn DisqualifyDialog(lead_id: Id, open: RwSignal<bool>) -> impl IntoView {
    let ops = use_ops();
    let locale = use_locale();
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The native modal traps focus and closes on Esc.
    Effect::new(move || {
        let Some(d) = dialog.get() else { return };
        if open.get() && !d.open() {
            reason.set(String::new());
            error.set(false);
            let _ = d.show_modal();
            focus_soon("[data-testid=disqualify-reason]".into());
        } else if !open.get() && d.open() {
            d.close();
        }
    });
    let confirm = move || {
        let Some(l) = ops.data.db.leads().with_untracked(|v| v.iter().find(|l| l.id == lead_id).cloned()) else { return };
        let t = ops.t();
        match disqualify(&l, &reason.get_untracked(), ops.now()) {
            Ok(next) => {
                let msg = (t.leads.disqualified)(&next.name);
                ops.write_then(Change::upsert(next), Some(msg), move || open.set(false));
            }
            Err(_) => {
                error.set(true);
                focus_soon("[data-testid=disqualify-reason]".into());
            }
        }
    };
    let l = move || &locale.texts().leads;
    view! {
        <dialog node_ref=dialog class="dialog" data-testid="disqualify-dialog" aria-labelledby="dq-h" on:close=move |_| open.set(false)>
            <form method="dialog" class="stack" on:submit=move |ev| { ev.prevent_default(); confirm(); }>
                <h2 id="dq-h">{move || l().disqualify_title}</h2>
                <label class="field">
                    <span>{move || l().disqualify_reason}</span>
                    <textarea class="input textarea" data-testid="disqualify-reason" aria-required="true"
                        aria-invalid=move || error.get().to_string() aria-describedby=move || error.get().then_some("dq-err")
                        prop:value=move || reason.get() on:input=move |ev| { reason.set(event_target_value(&ev)); error.set(false); }></textarea>
                </label>
                {move || error.get().then(|| view! { <p class="field-error" id="dq-err" role="alert" data-testid="disqualify-error">{l().disqualify_reason_required}</p> })}
                <div class="row">
                    <button type="button" class="btn-ghost" on:click=move |_| open.set(false)>{move || locale.texts().cancel}</button>
                    <button type="submit" class="btn btn-danger" data-testid="disqualify-confirm">{move || l().disqualify_title}</button>
                </div>
            </form>
        </dialog>
    }
}
