//! `/leads/new` and `/leads/:id/edit`: the full lead form. Everything stays
//! as typed and is checked by `domain::lead_form::validate_lead` on every
//! change; problems show from the first save attempt on, next to their
//! field and in a summary, and a save writes the lead only when there are
//! none. A new lead can arrive prefilled from quick add (`?name=…`).

use crate::domain::sorting;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use super::dupes::DupeWarning;
use super::field::TextField;
use super::form_source::{ConsentSection, SourceSection};
use super::messages::form_error;
use super::placing::place_new;
use crate::domain::lead_actions::owner_edit;
use crate::domain::leads::DupeKeys;
use crate::domain::lead_form::{split_contact, validate_lead, LeadError, LeadInput, Target};
use crate::domain::lead_list::CHANNELS;
use crate::domain::{Id, Lead};
use crate::store::Change;
use crate::ui::focus::focus_soon;
use crate::ui::ops::use_ops;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

#[component]
pub fn LeadEditPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_data();
    let locale = use_locale();
    move || {
        // `/leads/new` has no id; `/leads/:id` hands "new" over too.
        let wanted = params.read().get("id").unwrap_or_else(|| "new".into());
        if wanted == "new" {
            return view! { <LeadForm existing=None/> }.into_any();
        }
        // Untracked: saving this lead must not rebuild the form under the user.
        let found = Id::parse(&wanted).and_then(|id| data.db.leads().with_untracked(|v| v.iter().find(|l| l.id == id).cloned()));
        match found {
            Some(l) => view! { <LeadForm existing=Some(l)/> }.into_any(),
            None => view! {
                <div class="center-state" role="alert" data-testid="lead-missing">
                    <p>{move || locale.texts().leads.lead_not_found}</p>
                    <a class="btn" href="/leads">{move || locale.texts().leads.back_to_leads}</a>
                </div>
            }
            .into_any(),
        }
    }
}

/// A new lead's form, prefilled from the query quick add hands over.
fn prefilled() -> LeadInput {
    let q = use_query_map().get_untracked();
    let get = |k: &str| q.get(k).unwrap_or_default();
    let (email, phone) = split_contact(&get("contact"));
    let channel = get("channel").parse::<usize>().ok().and_then(|i| CHANNELS.get(i).copied());
    let base = LeadInput::default();
    LeadInput { name: get("name"), company: get("company"), email, phone, channel: channel.unwrap_or(base.channel), ..base }
}

#[component]
fn LeadForm(existing: Option<Lead>) -> impl IntoView {
    let ops = use_ops();
    let locale = use_locale();
    let navigate = use_navigate();
    let initial = existing.as_ref().map_or_else(prefilled, LeadInput::from_lead);
    // A new lead's id is minted now, so saving twice cannot make two leads.
    let id = existing.as_ref().map_or_else(|| ops.new_id(), |l| l.id);
    let is_new = existing.is_none();
    let existing = StoredValue::new(existing);
    let fields = RwSignal::new(initial);
    let submitted = RwSignal::new(false);
    let db = ops.data.db;
    let validate = move |input: &LeadInput| {
        let people = db.people().read_untracked();
        let currency = db.settings().read_untracked().currency;
        existing.with_value(|e| validate_lead(input, e.as_ref().map_or(Target::New(id), Target::Edit), &people, currency, ops.now()))
    };
    let result = Memo::new(move |_| {
        db.people().track();
        validate(&fields.get())
    });
    let errors = Memo::new(move |_| if submitted.get() { result.get().err().unwrap_or_default() } else { Vec::new() });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        match validate(&fields.get_untracked()) {
            Ok(lead) => {
                let navigate = navigate.clone();
                let href = format!("/leads/{}", lead.id);
                let (change, msg) = match existing.get_value() {
                    None => place_new(&ops, lead),
                    Some(before) => (Change::upsert(owner_edit(&before, lead, ops.acting_id(), ops.now())), ops.t().saved.to_string()),
                };
                ops.write_then(change, Some(msg), move || navigate(&href, Default::default()));
            }
            Err(_) => focus_soon("[data-testid=lead-form] [aria-invalid=true]".into()),
        }
    };
    let people = Memo::new(move |_| {
        let mut v: Vec<(Id, String)> = db.people().read().iter().filter(|p| p.active).map(|p| (p.id, p.name.clone())).collect();
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    });
    // Values already in use, offered as suggestions (typing anything else is fine).
    let suggestions = Memo::new(move |_| {
        let mut industries = std::collections::BTreeSet::new();
        let mut regions = std::collections::BTreeSet::new();
        for l in db.leads().read_untracked().iter() {
            industries.insert(l.industry.clone());
            regions.insert(l.region.clone());
        }
        industries.remove("");
        regions.remove("");
        (industries.into_iter().collect::<Vec<_>>(), regions.into_iter().collect::<Vec<_>>())
    });
    let l = move || &locale.texts().leads;
    let s = move |f: fn(&crate::i18n::LeadsTexts) -> &'static str| Signal::derive(move || f(l()).to_string());
    let currency = move || db.settings().read().currency.code().to_string();
    let back = if is_new { "/leads".to_string() } else { format!("/leads/{id}") };
    view! {
        <div class="page product-page lead-form-page" data-testid="lead-form-page">
            <a class="back" href=back.clone()>"← " {move || if is_new { l().back_to_leads } else { l().details }}</a>
            <h1>{move || if is_new { l().new_lead_title } else { l().edit_lead_title }}</h1>
            <form class="stack" on:submit=submit novalidate=true data-testid="lead-form">
                <section class="card" aria-labelledby="lf-contact">
                    <h2 id="lf-contact">{move || l().section_contact}</h2>
                    <div class="form-grid">
                        <TextField fields errors label=s(|t| t.field_name) get=|f| &f.name set=|f, v| f.name = v testid="lead-name-input" which=&[LeadError::NameRequired] required=true/>
                        <TextField fields errors label=s(|t| t.field_title) get=|f| &f.title set=|f, v| f.title = v testid="lead-title-input"/>
                        <TextField fields errors label=s(|t| t.field_company) get=|f| &f.company set=|f, v| f.company = v testid="lead-company-input"/>
                        <TextField fields errors label=s(|t| t.field_email) get=|f| &f.email set=|f, v| f.email = v testid="lead-email-input" kind="email"
                            which=&[LeadError::EmailInvalid, LeadError::ContactRequired] help=Signal::derive(move || l().contact_help)/>
                        <TextField fields errors label=s(|t| t.field_phone) get=|f| &f.phone set=|f, v| f.phone = v testid="lead-phone-input" kind="tel"
                            which=&[LeadError::PhoneInvalid]/>
                    </div>
                </section>
                <section class="card" aria-labelledby="lf-company">
                    <h2 id="lf-company">{move || l().section_company}</h2>
                    <div class="form-grid">
                        <TextField fields errors label=s(|t| t.field_industry) get=|f| &f.industry set=|f, v| f.industry = v testid="lead-industry-input" list="lf-industries"/>
                        <TextField fields errors label=s(|t| t.field_employees) get=|f| &f.employees set=|f, v| f.employees = v testid="lead-employees-input"
                            which=&[LeadError::EmployeesInvalid] inputmode="numeric"/>
                        <TextField fields errors label=s(|t| t.field_region) get=|f| &f.region set=|f, v| f.region = v testid="lead-region-input" list="lf-regions"/>
                        <TextField fields errors label=s(|t| t.field_city) get=|f| &f.city set=|f, v| f.city = v testid="lead-city-input"/>
                    </div>
                    <datalist id="lf-industries">{move || suggestions.with(|s| s.0.iter().map(|v| view! { <option value=v.clone()/> }).collect_view())}</datalist>
                    <datalist id="lf-regions">{move || suggestions.with(|s| s.1.iter().map(|v| view! { <option value=v.clone()/> }).collect_view())}</datalist>
                </section>
                <DupeWarning keys=Signal::derive(move || fields.with(|f| DupeKeys::new(&f.email, &f.phone, &f.company))) except=id/>
                <SourceSection fields errors/>
                <ConsentSection fields errors/>
                <section class="card" aria-labelledby="lf-qual">
                    <h2 id="lf-qual">{move || l().section_qualification}</h2>
                    <div class="form-grid">
                        <TextField fields errors label=Signal::derive(move || (l().field_budget)(&currency())) get=|f| &f.budget set=|f, v| f.budget = v
                            testid="lead-budget-input" which=&[LeadError::BudgetInvalid] inputmode="decimal"/>
                        <TextField fields errors label=s(|t| t.field_timeline) get=|f| &f.timeline_months set=|f, v| f.timeline_months = v
                            testid="lead-timeline-input" which=&[LeadError::TimelineInvalid] inputmode="numeric"/>
                    </div>
                </section>
                <section class="card" aria-labelledby="lf-owner">
                    <h2 id="lf-owner">{move || l().section_owner}</h2>
                    <div class="form-grid">
                        <label class="field">
                            <span>{move || l().field_owner}</span>
                            <select class="input" data-testid="lead-owner-input" aria-invalid=move || errors.with(|e| e.contains(&LeadError::OwnerUnknown)).to_string()
                                on:change=move |ev| fields.update(|f| f.owner_id = Id::parse(&event_target_value(&ev)))>
                                <option value="" selected=move || fields.with(|f| f.owner_id.is_none())>{move || l().unassigned}</option>
                                <For each=move || people.get() key=|p| p.0 let:p>
                                    <option value=p.0.to_string() selected=move || fields.with(|f| f.owner_id == Some(p.0))>{p.1.clone()}</option>
                                </For>
                            </select>
                        </label>
                    </div>
                    <label class="field">
                        <span>{move || l().field_notes}</span>
                        <textarea class="input textarea" data-testid="lead-notes-input" prop:value=move || fields.with(|f| f.notes.clone())
                            on:input=move |ev| fields.update(|f| f.notes = event_target_value(&ev))></textarea>
                    </label>
                </section>
                {move || {
                    let e = errors.get();
                    (!e.is_empty()).then(|| view! {
                        <div class="alert alert-error form-errors" role="alert" data-testid="lead-errors">
                            <p>{l().fix_these}</p>
                            <ul>{e.into_iter().map(|x| view! { <li>{form_error(locale.texts(), x)}</li> }).collect_view()}</ul>
                        </div>
                    })
                }}
                <div class="row">
                    <button class="btn btn-primary" type="submit" data-testid="lead-save">{move || l().save_lead}</button>
                    <a class="btn-ghost" href=back>{move || locale.texts().cancel}</a>
                </div>
            </form>
        </div>
    }
}
