//! `/customers/community`: success cases kept from won deals, and community
//! events (seminars, user conferences) with the customers who came.

use std::collections::HashMap;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::CustomerPage;
use crate::domain::customers::community::{new_event, EventError, EventInput};
use crate::domain::{sorting, EventKind, Id};
use crate::i18n::format as fmt;
use crate::store::Change;
use crate::ui::actions::commit_then;
use crate::ui::area::KindTabs;
use crate::ui::areas::Area;
use crate::ui::state::{use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

#[component]
pub fn CommunityPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let current = Memo::new(|_| None);
    let accounts = Memo::new(move |_| data.db.accounts().with(|a| a.iter().map(|a| (a.id, a.name.clone())).collect::<HashMap<Id, String>>()));
    let events = move || {
        let mut v = data.db.community_events().get();
        sorting::sort_by(&mut v, |a, b| b.held_on.cmp(&a.held_on));
        v
    };
    let cases = move || {
        let mut v = data.db.success_cases().get();
        sorting::sort_by(&mut v, |a, b| b.created_at.cmp(&a.created_at));
        v
    };
    let c = move || &locale.texts().customers;
    view! {
        <div class="page" data-testid="community-page">
            <header class="page-head">
                <h1>{move || c().community_title}</h1>
                <p class="muted">{move || c().community_intro}</p>
            </header>
            <KindTabs area=Area::Customers current page=CustomerPage::Community/>
            <div class="account-grid">
                <div class="account-main">
                    <section class="card" data-testid="events">
                        <h2>{move || locale.texts().kinds[crate::domain::EntityKind::CommunityEvent as usize]}</h2>
                        <ul class="plain-list">
                            <For each=events key=|e| (e.id, e.updated_at) let:e>
                                {
                                    let names = e.attendees.iter().map(|a| a.account_id).collect::<Vec<_>>();
                                    let held = e.held_on;
                                    let n = names.len();
                                    view! {
                                        <li data-testid="event-item">
                                            <strong>{e.name.clone()}</strong>
                                            " · " <span class="pill">{move || locale.texts().event_kinds[e.kind as usize]}</span>
                                            " · " <span class="num">{move || fmt::date(held, locale.0.get())}</span>
                                            {(!e.location.is_empty()).then(|| format!(" · {}", e.location))}
                                            <br/>
                                            <span class="muted" data-testid="event-attendees">
                                                {move || (c().attendees_count)(n)} ": "
                                                {
                                                    let names = names.clone();
                                                    move || names.iter().filter_map(|id| accounts.with(|a| a.get(id).cloned())).collect::<Vec<_>>().join(", ")
                                                }
                                            </span>
                                        </li>
                                    }
                                }
                            </For>
                        </ul>
                    </section>
                    <section class="card" data-testid="cases">
                        <h2>{move || locale.texts().kinds[crate::domain::EntityKind::SuccessCase as usize]}</h2>
                        <ul class="plain-list">
                            <For each=cases key=|x| (x.id, x.updated_at) let:x>
                                <li data-testid="case-item">
                                    <a href=format!("/deals/{}", x.deal_id)><strong>{x.title.clone()}</strong></a>
                                    {(!x.industry.is_empty()).then(|| view! { " · " <span class="pill">{x.industry.clone()}</span> })}
                                    <br/><span class="muted">{x.summary.clone()}</span>
                                </li>
                            </For>
                        </ul>
                    </section>
                </div>
                <div class="account-side"><EventForm/></div>
            </div>
        </div>
    }
}

#[component]
fn EventForm() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let ids = use_ids();
    let notices = use_notices();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(0usize);
    let date = RwSignal::new(String::new());
    let location = RwSignal::new(String::new());
    let picked = RwSignal::new(Vec::<Id>::new());
    let pick_text = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<&'static str>::new());
    let accounts = Memo::new(move |_| {
        let mut v: Vec<(Id, String)> = data.db.accounts().with(|a| a.iter().map(|a| (a.id, a.name.clone())).collect());
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    });
    let add = move || {
        let text = pick_text.get_untracked();
        let found = accounts.with_untracked(|a| a.iter().find(|x| x.1 == text.trim()).map(|x| x.0));
        if let Some(id) = found {
            picked.update(|p| if !p.contains(&id) { p.push(id) });
            pick_text.set(String::new());
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let c = &t.customers;
        let now = clock.now_untracked();
        let input = EventInput {
            name: name.get_untracked(),
            kind: EventKind::ALL[kind.get_untracked().min(3)],
            held_on: date.get_untracked().parse::<NaiveDate>().ok(),
            location: location.get_untracked(),
            attendees: picked.get_untracked(),
        };
        match new_event(&input, ids.next(now), now) {
            Err(es) => errors.set(es.into_iter().map(|e| match e {
                EventError::NameRequired => c.err_event_name,
                EventError::DateRequired => c.err_date_required,
            }).collect()),
            Ok(e) => {
                errors.set(Vec::new());
                commit_then(data, notices, t, Change::upsert(e), Some(c.event_saved.into()), move || {
                    name.set(String::new());
                    picked.set(Vec::new());
                });
            }
        }
    };
    let c = move || &locale.texts().customers;
    view! {
        <section class="card" data-testid="event-card">
            <h2>{move || c().new_event}</h2>
            <form class="form-grid" on:submit=submit data-testid="event-form">
                <label class="field wide">
                    <span>{move || c().event_name}</span>
                    <input class="input" data-testid="event-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || c().event_kind}</span>
                    <select class="input" data-testid="event-kind" on:change=move |ev| kind.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {EventKind::ALL.iter().enumerate().map(|(i, k)| view! { <option value=i.to_string()>{move || locale.texts().event_kinds[*k as usize]}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || c().event_date}</span>
                    <input class="input" type="date" data-testid="event-date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                </label>
                <label class="field wide">
                    <span>{move || c().event_location}</span>
                    <input class="input" data-testid="event-location" prop:value=move || location.get() on:input=move |ev| location.set(event_target_value(&ev))/>
                </label>
                <label class="field wide">
                    <span>{move || c().add_attendee}</span>
                    <input class="input" list="event-accounts" data-testid="event-attendee" autocomplete="off" prop:value=move || pick_text.get()
                        on:input=move |ev| pick_text.set(event_target_value(&ev))
                        on:change=move |_| add()/>
                    <datalist id="event-accounts">
                        <For each=move || accounts.get() key=|a| a.0 let:a><option value=a.1.clone()></option></For>
                    </datalist>
                </label>
                <ul class="plain-list wide" data-testid="event-picked">
                    {move || picked.get().into_iter().map(|id| {
                        let label = accounts.with(|a| a.iter().find(|x| x.0 == id).map(|x| x.1.clone())).unwrap_or_default();
                        view! {
                            <li>{label.clone()} " "
                                <button class="btn-ghost" type="button" aria-label=move || format!("{} {}", c().remove_attendee, label)
                                    on:click=move |_| picked.update(|p| p.retain(|x| *x != id))>"×"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <div><button class="btn btn-primary" type="submit" data-testid="event-save">{move || c().save_event}</button></div>
            </form>
            <Show when=move || !errors.get().is_empty()>
                <ul class="field-error" role="alert">{move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
            </Show>
        </section>
    }
}
