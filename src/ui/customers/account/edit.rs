//! Editing the account's details, owner and credit status (blacklist,
//! credit limit), and adding a contact.

use leptos::prelude::*;

use crate::domain::customers::account_edit::{edit_account, input_from, new_contact, AccountError, AccountInput, ContactError, ContactInput};
use crate::domain::{BuyingRole, Id};
use crate::store::Change;
use crate::ui::customers::options::{people_options, ErrorList};
use crate::ui::actions::commit_then;
use crate::ui::state::{use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

const ROLES: [BuyingRole; 6] =
    [BuyingRole::DecisionMaker, BuyingRole::Influencer, BuyingRole::Champion, BuyingRole::User, BuyingRole::Gatekeeper, BuyingRole::Other];

#[component]
pub fn AccountEdit(account_id: Id, editing: RwSignal<bool>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let start = data.db.accounts().with_untracked(|a| a.iter().find(|x| x.id == account_id).map(input_from)).unwrap_or_default();
    let form = RwSignal::new(start);
    let errors = RwSignal::new(Vec::<&'static str>::new());
    let people = people_options(data);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let c = &t.customers;
        let Some(account) = data.db.accounts().with_untracked(|a| a.iter().find(|x| x.id == account_id).cloned()) else { return };
        let currency = data.db.settings().with_untracked(|s| s.currency);
        match edit_account(&account, &form.get_untracked(), currency, clock.now_untracked()) {
            Err(es) => errors.set(
                es.into_iter()
                    .map(|e| match e {
                        AccountError::NameRequired => c.err_account_name,
                        AccountError::EmployeesInvalid => c.err_employees,
                        AccountError::CreditLimitInvalid => c.err_amount_invalid,
                    })
                    .collect(),
            ),
            Ok(next) => {
                errors.set(Vec::new());
                commit_then(data, notices, t, Change::upsert(next), Some(t.saved.into()), move || editing.set(false));
            }
        }
    };
    let c = move || &locale.texts().customers;
    let text = move |get: fn(&AccountInput) -> String, set: fn(&mut AccountInput, String)| {
        (move || form.with(get), move |ev: leptos::ev::Event| { let v = event_target_value(&ev); form.update(|f| set(f, v)); })
    };
    let (name, set_name) = text(|f| f.name.clone(), |f, v| f.name = v);
    let (industry, set_industry) = text(|f| f.industry.clone(), |f, v| f.industry = v);
    let (employees, set_employees) = text(|f| f.employees.clone(), |f, v| f.employees = v);
    let (region, set_region) = text(|f| f.region.clone(), |f, v| f.region = v);
    let (city, set_city) = text(|f| f.city.clone(), |f, v| f.city = v);
    let (website, set_website) = text(|f| f.website.clone(), |f, v| f.website = v);
    let (limit, set_limit) = text(|f| f.credit_limit.clone(), |f, v| f.credit_limit = v);
    view! {
        <section class="card" data-testid="account-edit">
            <form class="form-grid" on:submit=submit>
                <label class="field"><span>{move || locale.texts().col_name}</span><input class="input" data-testid="edit-name" prop:value=name on:input=set_name/></label>
                <label class="field"><span>{move || c().col_industry}</span><input class="input" data-testid="edit-industry" prop:value=industry on:input=set_industry/></label>
                <label class="field"><span>{move || c().employees}</span><input class="input num" inputmode="numeric" data-testid="edit-employees" prop:value=employees on:input=set_employees/></label>
                <label class="field"><span>{move || c().col_region}</span><input class="input" data-testid="edit-region" prop:value=region on:input=set_region/></label>
                <label class="field"><span>{move || c().city}</span><input class="input" data-testid="edit-city" prop:value=city on:input=set_city/></label>
                <label class="field"><span>{move || c().website}</span><input class="input" data-testid="edit-website" prop:value=website on:input=set_website/></label>
                <label class="field">
                    <span>{move || c().col_owner}</span>
                    <select class="input" data-testid="edit-owner" on:change=move |ev| { let v = Id::parse(&event_target_value(&ev)); form.update(|f| f.owner_id = v); }>
                        <option value="">{move || c().no_owner}</option>
                        <For each=move || people.get() key=|p| p.0 let:p>
                            <option value=p.0.to_string() selected=move || form.with(|f| f.owner_id == Some(p.0))>{p.1.clone()}</option>
                        </For>
                    </select>
                </label>
                <label class="field"><span>{move || c().credit_limit}</span><input class="input num" inputmode="decimal" data-testid="edit-credit-limit" prop:value=limit on:input=set_limit/></label>
                <label class="check field">
                    <input type="checkbox" data-testid="edit-blacklisted" prop:checked=move || form.with(|f| f.blacklisted)
                        on:change=move |ev| { let on = event_target_checked(&ev); form.update(|f| f.blacklisted = on); }/>
                    {move || c().blacklisted}
                </label>
                <div class="row wide">
                    <button class="btn btn-primary" type="submit" data-testid="edit-save">{move || locale.texts().save}</button>
                    <button class="btn-ghost" type="button" on:click=move |_| editing.set(false)>{move || locale.texts().cancel}</button>
                </div>
            </form>
            <ErrorList errors=Signal::derive(move || errors.get().into_iter().map(String::from).collect::<Vec<String>>()) testid="edit-errors"/>
        </section>
    }
}

#[component]
pub fn ContactForm(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let ids = use_ids();
    let notices = use_notices();
    let open = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(0usize);
    let errors = RwSignal::new(Vec::<&'static str>::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let c = &t.customers;
        let now = clock.now_untracked();
        let input = ContactInput {
            name: name.get_untracked(),
            title: title.get_untracked(),
            buying_role: ROLES[role.get_untracked().min(5)],
            email: email.get_untracked(),
            phone: String::new(),
        };
        match new_contact(account_id, &input, ids.next(now), now) {
            Err(es) => errors.set(es.into_iter().map(|e| match e { ContactError::NameRequired => c.err_contact_name, ContactError::EmailInvalid => c.err_email }).collect()),
            Ok(contact) => {
                errors.set(Vec::new());
                commit_then(data, notices, t, Change::upsert(contact), Some(t.saved.into()), move || {
                    name.set(String::new());
                    title.set(String::new());
                    email.set(String::new());
                    open.set(false);
                });
            }
        }
    };
    let c = move || &locale.texts().customers;
    view! {
        <Show when=move || open.get() fallback=move || view! {
            <button class="btn-ghost" type="button" data-testid="contact-add" on:click=move |_| open.set(true)>{move || c().add_contact}</button>
        }>
            <form class="form-grid" on:submit=submit data-testid="contact-form">
                <label class="field"><span>{move || locale.texts().col_name}</span><input class="input" data-testid="contact-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/></label>
                <label class="field"><span>{move || c().contact_title}</span><input class="input" data-testid="contact-title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/></label>
                <label class="field">
                    <span>{move || c().buying_role}</span>
                    <select class="input" data-testid="contact-role" on:change=move |ev| role.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {ROLES.iter().enumerate().map(|(k, r)| view! { <option value=k.to_string()>{move || locale.texts().buying_roles[*r as usize]}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field"><span>{move || c().contact_email}</span><input class="input" type="email" data-testid="contact-email" prop:value=move || email.get() on:input=move |ev| email.set(event_target_value(&ev))/></label>
                <div class="row wide">
                    <button class="btn btn-primary" type="submit" data-testid="contact-save">{move || locale.texts().save}</button>
                    <button class="btn-ghost" type="button" on:click=move |_| open.set(false)>{move || locale.texts().cancel}</button>
                </div>
            </form>
            <ErrorList errors=Signal::derive(move || errors.get().into_iter().map(String::from).collect::<Vec<String>>())/>
        </Show>
    }
}
