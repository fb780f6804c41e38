//! Improvement actions (流程持续改进): the form that records one against a
//! finding, the list with "mark done", and `/performance/actions`.

use chrono::{Duration, NaiveDate};
use leptos::prelude::*;

use crate::domain::performance::improve::{complete, new_action, sorted, ActionError, ActionInput};
use crate::domain::{ActionSource, ActionStatus, Id, ImprovementAction};
use crate::i18n::format as fmt;
use crate::store::Change;
use crate::ui::actions::commit_then;
use crate::ui::customers::options::ErrorList;
use crate::ui::state::{use_acting, use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;


/// Records one action. `person_id`: the rep it is about (`None`: team-wide).
#[component]
pub fn ActionForm(person_id: Option<Id>, source: ActionSource, diagnosis: String, action: String, on_close: Callback<()>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let ids = use_ids();
    let notices = use_notices();
    let r = move || &locale.texts().reviews;
    let people = data.db.people().get_untracked();
    let manager = person_id.and_then(|p| people.iter().find(|x| x.id == p).and_then(|x| x.manager_id));
    let default_owner = acting.0.get_untracked().or(manager).or(person_id).or(people.first().map(|p| p.id));
    let diagnosis = RwSignal::new(diagnosis);
    let action = RwSignal::new(action);
    let owner = RwSignal::new(default_owner.map(|o| o.to_string()).unwrap_or_default());
    let today = clock.now_untracked().date_naive();
    let due = RwSignal::new((today + Duration::days(14)).to_string());
    let errors = RwSignal::new(Vec::<ActionError>::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let now = clock.now_untracked();
        let input = ActionInput {
            person_id,
            source,
            diagnosis: diagnosis.get_untracked(),
            action: action.get_untracked(),
            owner_id: Id::parse(&owner.get_untracked()),
            due_on: NaiveDate::parse_from_str(&due.get_untracked(), "%Y-%m-%d").ok(),
        };
        let people = data.db.people().get_untracked();
        match new_action(&input, &people, ids.next(now), now) {
            Err(es) => errors.set(es),
            Ok(a) => {
                errors.set(Vec::new());
                commit_then(data, notices, t, Change::upsert(a), Some(t.reviews.saved.into()), move || on_close.run(()));
            }
        }
    };
    let has = move |e: ActionError| errors.with(|x| x.contains(&e)).to_string();
    view! {
        <form class="form-grid action-form" on:submit=submit data-testid="action-form">
            <label class="field wide">
                <span>{move || r().f_diagnosis}</span>
                <textarea class="input" rows="2" data-testid="action-diagnosis" aria-invalid=move || has(ActionError::DiagnosisRequired)
                    prop:value=move || diagnosis.get() on:input=move |ev| diagnosis.set(event_target_value(&ev))></textarea>
            </label>
            <label class="field wide">
                <span>{move || r().f_action}</span>
                <textarea class="input" rows="2" data-testid="action-text" aria-invalid=move || has(ActionError::ActionRequired)
                    prop:value=move || action.get() on:input=move |ev| action.set(event_target_value(&ev))></textarea>
            </label>
            <label class="field">
                <span>{move || r().f_owner}</span>
                <select class="input" data-testid="action-owner" prop:value=move || owner.get() on:change=move |ev| owner.set(event_target_value(&ev))>
                    <option value="">"—"</option>
                    {people.iter().filter(|p| p.active).map(|p| view! { <option value=p.id.to_string()>{p.name.clone()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{move || r().f_due}</span>
                <input class="input" type="date" data-testid="action-due" aria-invalid=move || has(ActionError::DueInPast)
                    prop:value=move || due.get() on:change=move |ev| due.set(event_target_value(&ev))/>
            </label>
            <div class="wide row-actions">
                <button class="btn btn-primary" type="submit" data-testid="action-save">{move || r().save}</button>
                " "
                <button class="btn" type="button" data-testid="action-cancel" on:click=move |_| on_close.run(())>{move || r().cancel}</button>
            </div>
            <ErrorList testid="action-errors" errors=Signal::derive(move || errors.get().into_iter().map(|e| r().errors[e as usize].to_string()).collect::<Vec<String>>())/>
        </form>
    }
}

/// Actions found by any of `sources` (all when empty), those about people
/// outside the acting person's view left out.
#[component]
pub fn ActionList(#[prop(optional)] sources: Vec<ActionSource>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let r = move || &locale.texts().reviews;
    let rows = Memo::new(move |_| {
        let all = data.db.improvement_actions().get();
        let people = data.db.people().get();
        let units = data.db.org_units().get();
        let owners = crate::domain::performance::allowed_owners(&people, &units, crate::domain::performance::Scope::Company, acting.0.get());
        let shown: Vec<ImprovementAction> =
            all.into_iter().filter(|a| sources.is_empty() || sources.contains(&a.source)).filter(|a| a.person_id.is_none() || owners.admits(a.person_id)).collect();
        sorted(&shown)
    });
    let name = move |id: Option<Id>| id.and_then(|id| data.db.people().with(|p| p.iter().find(|x| x.id == id).map(|x| x.name.clone())));
    let open = RwSignal::new(None::<Id>);
    view! {
        <section class="card" data-testid="action-list">
            <h2>{move || r().actions_title}</h2>
            <Show when=move || rows.with(|x| !x.is_empty()) fallback=move || view! { <p class="muted" data-testid="no-actions">{r().no_actions}</p> }>
                <div class="table-wrap">
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{move || r().f_rep}</th>
                            <th scope="col">{move || r().col_source}</th>
                            <th scope="col">{move || r().f_diagnosis}</th>
                            <th scope="col">{move || r().f_action}</th>
                            <th scope="col">{move || r().col_owner}</th>
                            <th scope="col">{move || r().col_due}</th>
                            <th scope="col">{move || r().col_status}</th>
                        </tr></thead>
                        <tbody>
                            {move || rows.get().into_iter().map(|a| {
                                let id = a.id;
                                let today = clock.now().date_naive();
                                let late = a.status == ActionStatus::Open && a.due_on < today;
                                let done = a.status == ActionStatus::Done;
                                view! {
                                    <tr data-testid="action-row" data-id=id.to_string() data-status=if done { "done" } else { "open" }>
                                        <td>{name(a.person_id).unwrap_or_else(|| r().team_wide.to_string())}</td>
                                        <td>{r().sources[a.source as usize]}</td>
                                        <td>{a.diagnosis.clone()}</td>
                                        <td>{a.action.clone()}</td>
                                        <td>{name(Some(a.owner_id)).unwrap_or_default()}</td>
                                        <td>
                                            {fmt::date(a.due_on, locale.0.get())}
                                            {late.then(|| view! { <br/><span class="pill pill-warn">"⚠ " {r().overdue}</span> })}
                                        </td>
                                        <td>
                                            <span class=if done { "pill pill-ok" } else { "pill" }>{if done { "✓ " } else { "○ " }}{r().action_status[a.status as usize]}</span>
                                            {done.then(|| view! { <br/><span class="muted" data-testid="action-outcome">{a.outcome.clone()}</span> })}
                                            {(!done).then(|| view! {
                                                <br/><button class="btn-link" type="button" data-testid="action-mark-done" aria-expanded=move || (open.get() == Some(id)).to_string()
                                                    on:click=move |_| open.update(|o| *o = if *o == Some(id) { None } else { Some(id) })>{r().mark_done}</button>
                                            })}
                                        </td>
                                    </tr>
                                    {move || (open.get() == Some(id)).then(|| view! { <tr><td colspan="7"><DoneForm action=a.clone() on_close=Callback::new(move |_| open.set(None))/></td></tr> })}
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn DoneForm(action: ImprovementAction, on_close: Callback<()>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let r = move || &locale.texts().reviews;
    let outcome = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<ActionError>::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        match complete(&action, &outcome.get_untracked(), clock.now_untracked()) {
            Err(es) => errors.set(es),
            Ok(a) => commit_then(data, notices, t, Change::upsert(a), Some(t.reviews.done_saved.into()), move || on_close.run(())),
        }
    };
    view! {
        <form class="form-grid" on:submit=submit data-testid="done-form">
            <label class="field wide">
                <span>{move || r().outcome}</span>
                <textarea class="input" rows="2" data-testid="action-outcome-input" prop:value=move || outcome.get() on:input=move |ev| outcome.set(event_target_value(&ev))></textarea>
            </label>
            <div class="wide"><button class="btn btn-primary" type="submit" data-testid="action-done-save">{move || r().save_done}</button></div>
            <ErrorList testid="done-errors" errors=Signal::derive(move || errors.get().into_iter().map(|e| r().errors[e as usize].to_string()).collect::<Vec<String>>())/>
        </form>
    }
}

/// `/performance/actions`.
#[component]
pub fn ActionsPage() -> impl IntoView {
    let locale = use_locale();
    let r = move || &locale.texts().reviews;
    view! {
        <div class="page" data-testid="actions-page">
            <header class="page-head">
                <h1>{move || r().actions_title}</h1>
                <p class="muted">{move || r().actions_intro}</p>
            </header>
            <super::PerformanceTabs/>
            <ActionList/>
        </div>
    }
}
