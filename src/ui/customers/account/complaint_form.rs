//! Filing a complaint from the account page; it opens on the complaint's
//! own page once stored.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::customers::complaints::{file, ComplaintInput};
use crate::domain::{sorting, ComplaintCategory, Id, Severity};
use crate::store::Change;
use crate::ui::actions::commit_then;
use crate::ui::customers::complaint::complaint_message;
use crate::ui::state::{use_acting, use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

const CATEGORIES: [ComplaintCategory; 3] = [ComplaintCategory::Product, ComplaintCategory::Service, ComplaintCategory::Process];
const SEVERITIES: [Severity; 3] = [Severity::Normal, Severity::Urgent, Severity::Major];

#[component]
pub fn ComplaintForm(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let ids = use_ids();
    let notices = use_notices();
    let navigate = use_navigate();
    let default_owner = data.db.accounts().with_untracked(|a| a.iter().find(|x| x.id == account_id).and_then(|a| a.owner_id));
    let title = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let category = RwSignal::new(0usize);
    let severity = RwSignal::new(0usize);
    let owner = RwSignal::new(default_owner.map(|o| o.to_string()).unwrap_or_default());
    let errors = RwSignal::new(Vec::<&'static str>::new());
    let people = Memo::new(move |_| {
        let mut v: Vec<(Id, String)> = data.db.people().with(|p| p.iter().filter(|p| p.active).map(|p| (p.id, p.name.clone())).collect());
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let now = clock.now_untracked();
        let input = ComplaintInput {
            account_id: Some(account_id),
            title: title.get_untracked(),
            description: description.get_untracked(),
            category: CATEGORIES[category.get_untracked().min(2)],
            severity: SEVERITIES[severity.get_untracked().min(2)],
            owner_id: Id::parse(&owner.get_untracked()),
        };
        match file(&input, ids.next(now), acting.0.get_untracked(), now) {
            Err(es) => errors.set(es.iter().map(|e| complaint_message(&t.customers, *e)).collect()),
            Ok(complaint) => {
                errors.set(Vec::new());
                let href = format!("/complaints/{}", complaint.id);
                let navigate = navigate.clone();
                commit_then(data, notices, t, Change::upsert(complaint), Some(t.customers.complaint_filed.into()), move || {
                    navigate(&href, Default::default())
                });
            }
        }
    };
    let c = move || &locale.texts().customers;
    view! {
        <section class="card" data-testid="complaint-card">
            <h2>{move || c().file_complaint}</h2>
            <form class="form-grid" on:submit=submit data-testid="complaint-form">
                <label class="field wide">
                    <span>{move || c().complaint_title}</span>
                    <input class="input" data-testid="complaint-title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || c().category}</span>
                    <select class="input" data-testid="complaint-category" on:change=move |ev| category.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {CATEGORIES.iter().enumerate().map(|(i, k)| view! {
                            <option value=i.to_string()>{move || locale.texts().complaint_categories[*k as usize]}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || c().severity}</span>
                    <select class="input" data-testid="complaint-severity" on:change=move |ev| severity.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {SEVERITIES.iter().enumerate().map(|(i, k)| view! {
                            <option value=i.to_string()>{move || locale.texts().severities[*k as usize]}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || c().owner}</span>
                    <select class="input" data-testid="complaint-owner" on:change=move |ev| owner.set(event_target_value(&ev))>
                        <option value="">{move || c().no_owner}</option>
                        <For each=move || people.get() key=|p| p.0 let:p>
                            <option value=p.0.to_string() selected=move || owner.get() == p.0.to_string()>{p.1.clone()}</option>
                        </For>
                    </select>
                </label>
                <label class="field wide">
                    <span>{move || c().complaint_description}</span>
                    <textarea class="input" rows="3" data-testid="complaint-description" prop:value=move || description.get()
                        on:input=move |ev| description.set(event_target_value(&ev))></textarea>
                </label>
                <div><button class="btn btn-primary" type="submit" data-testid="complaint-save">{move || c().save_complaint}</button></div>
            </form>
            <Show when=move || !errors.get().is_empty()>
                <ul class="field-error" role="alert" data-testid="complaint-errors">
                    {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
