//! `/team/people/:id`: the person form. Everything stays as typed and is
//! checked by `domain::people::validate_person` on every change; problems are
//! shown from the first save attempt on, and a save writes the person only
//! when there are none.

use crate::domain::sorting;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::domain::people::{manager_candidates, validate_person, PersonError, PersonInput, Target};
use crate::domain::{Id, Person, Role, Timestamp};
use crate::i18n::Texts;
use crate::store::Change;
use crate::ui::actions::save_then;
use crate::ui::focus::focus_soon;
use crate::ui::state::{use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

#[component]
pub fn PersonEditPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_data();
    let locale = use_locale();
    move || {
        let wanted = params.read().get("id").unwrap_or_default();
        if wanted == "new" {
            return view! { <PersonForm existing=None/> }.into_any();
        }
        // Untracked: saving this person must not rebuild the form under the user.
        let found = Id::parse(&wanted).and_then(|id| data.db.people().with_untracked(|v| v.iter().find(|p| p.id == id).cloned()));
        match found {
            Some(p) => view! { <PersonForm existing=Some(p)/> }.into_any(),
            None => view! {
                <div class="center-state" role="alert" data-testid="person-missing">
                    <p>{move || locale.texts().people.person_not_found}</p>
                    <a class="btn" href="/team/people">{move || locale.texts().people.back_to_people}</a>
                </div>
            }
            .into_any(),
        }
    }
}

pub fn message(t: &Texts, e: PersonError) -> &'static str {
    let c = &t.people;
    match e {
        PersonError::NameRequired => c.err_name_required,
        PersonError::EmailInvalid => c.err_email_invalid,
        PersonError::ManagerSelf => c.err_manager_self,
        PersonError::ManagerCycle => c.err_manager_cycle,
        PersonError::ManagerUnknown => c.err_manager_unknown,
        PersonError::OrgUnitUnknown => c.err_org_unit_unknown,
    }
}

/// Select values: a role by its position in the enum (what `Texts::roles`
/// is indexed by), an optional id as its text or "" for none.
fn role_from_value(v: &str) -> Option<Role> {
    let n: usize = v.parse().ok()?;
    Role::ALL.into_iter().find(|r| *r as usize == n)
}

#[component]
fn PersonForm(existing: Option<Person>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let navigate = use_navigate();
    let initial = existing.as_ref().map(PersonInput::from_person).unwrap_or_default();
    // A new person's id is minted now so the reporting-line rules can refer to it.
    let id = existing.as_ref().map_or_else(|| use_ids().next(clock.now_untracked()), |p| p.id);
    let is_new = existing.is_none();
    let existing = StoredValue::new(existing);
    let fields = RwSignal::new(initial);
    let submitted = RwSignal::new(false);

    let validate = move |input: &PersonInput, now: Timestamp| {
        let people = data.db.people().read_untracked();
        let units = data.db.org_units().read_untracked();
        existing.with_value(|e| validate_person(input, e.as_ref().map_or(Target::New(id), Target::Edit), &people, &units, now))
    };
    let result = Memo::new(move |_| {
        // Tracked so a reporting line changed elsewhere is re-checked.
        data.db.people().track();
        data.db.org_units().track();
        validate(&fields.get(), clock.now_untracked())
    });
    let errors = move || if submitted.get() { result.get().err().unwrap_or_default() } else { Vec::new() };
    let has = move |e: &[PersonError]| errors().iter().any(|x| e.contains(x));

    let managers = Signal::derive(move || {
        let people = data.db.people().read();
        let mut v: Vec<(Id, String)> = manager_candidates(id, &people).into_iter().map(|p| (p.id, p.name.clone())).collect();
        // A stored choice that is no longer allowed stays visible, so the
        // select shows it and the error explains why it is refused.
        if let Some(m) = fields.with(|f| f.manager_id).filter(|m| !v.iter().any(|(c, _)| c == m)) {
            let name = people.iter().find(|p| p.id == m).map_or_else(|| m.to_string(), |p| p.name.clone());
            v.push((m, name));
        }
        v
    });
    let units = Signal::derive(move || {
        let t = locale.texts();
        let mut v: Vec<(Id, String)> =
            data.db.org_units().read().iter().map(|u| (u.id, format!("{} · {}", u.name, t.org_levels[u.level as usize]))).collect();
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        match validate(&fields.get_untracked(), clock.now_untracked()) {
            Ok(person) => {
                let navigate = navigate.clone();
                save_then(data, notices, locale.texts(), Change::upsert(person), move || navigate("/team/people", Default::default()));
            }
            Err(_) => focus_soon("[data-testid=person-form] [aria-invalid=true]".into()),
        }
    };

    let c = move || &locale.texts().people;
    // One inline message per field, tied to its input by aria-describedby.
    let field_error = move |which: &'static [PersonError], dom_id: &'static str| {
        move || {
            errors().into_iter().find(|e| which.contains(e)).map(|e| view! {
                <span class="field-error" id=dom_id>{message(locale.texts(), e)}</span>
            })
        }
    };
    let described = move |which: &'static [PersonError], dom_id: &'static str| move || has(which).then_some(dom_id);
    const NAME: &[PersonError] = &[PersonError::NameRequired];
    const EMAIL: &[PersonError] = &[PersonError::EmailInvalid];
    const MANAGER: &[PersonError] = &[PersonError::ManagerSelf, PersonError::ManagerCycle, PersonError::ManagerUnknown];
    const UNIT: &[PersonError] = &[PersonError::OrgUnitUnknown];
    let text = move |label: fn(&Texts) -> &'static str, get: fn(&PersonInput) -> &String, set: fn(&mut PersonInput, String), testid: &'static str, kind: &'static str| {
        view! {
            <label class="field">
                <span>{move || label(locale.texts())}</span>
                <input class="input" type=kind data-testid=testid
                    prop:value=move || fields.with(|f| get(f).clone())
                    on:input=move |ev| fields.update(|f| set(f, event_target_value(&ev)))/>
            </label>
        }
    };
    let opt_id = |v: String| Id::parse(&v);
    view! {
        <div class="page product-page person-page" data-testid="person-form-page">
            <a class="back" href="/team/people">"← " {move || c().back_to_people}</a>
            <h1>{move || if is_new { c().new_person } else { c().edit_person }}</h1>
            <form class="stack" on:submit=submit novalidate=true data-testid="person-form">
                <section class="card form-grid">
                    <div class="field"><label class="field">
                        <span>{move || c().field_name}</span>
                        <input class="input" data-testid="person-name" aria-required="true" autocomplete="name"
                            aria-invalid=move || has(NAME).to_string() aria-describedby=described(NAME, "person-name-err")
                            prop:value=move || fields.with(|f| f.name.clone()) on:input=move |ev| fields.update(|f| f.name = event_target_value(&ev))/>
                    </label>{field_error(NAME, "person-name-err")}</div>
                    <label class="field">
                        <span>{move || c().field_role}</span>
                        <select class="input" data-testid="person-role"
                            on:change=move |ev| if let Some(r) = role_from_value(&event_target_value(&ev)) { fields.update(|f| f.role = r) }>
                            {Role::ALL.into_iter().map(|r| view! {
                                <option value=(r as usize).to_string() selected=move || fields.with(|f| f.role == r)>
                                    {move || locale.texts().roles[r as usize]}
                                </option>
                            }).collect_view()}
                        </select>
                    </label>
                    {text(|t| t.people.field_title, |f| &f.title, |f, v| f.title = v, "person-title", "text")}
                    <div class="field"><label class="field">
                        <span>{move || c().field_email}</span>
                        <input class="input" type="email" data-testid="person-email" autocomplete="off"
                            aria-invalid=move || has(EMAIL).to_string() aria-describedby=described(EMAIL, "person-email-err")
                            prop:value=move || fields.with(|f| f.email.clone()) on:input=move |ev| fields.update(|f| f.email = event_target_value(&ev))/>
                    </label>{field_error(EMAIL, "person-email-err")}</div>
                    {text(|t| t.people.field_phone, |f| &f.phone, |f, v| f.phone = v, "person-phone", "tel")}
                </section>
                <section class="card form-grid">
                    <div class="field"><label class="field">
                        <span>{move || c().field_manager}</span>
                        <select class="input" data-testid="person-manager"
                            aria-invalid=move || has(MANAGER).to_string()
                            aria-describedby=move || if has(MANAGER) { "person-manager-help person-manager-err" } else { "person-manager-help" }
                            on:change=move |ev| fields.update(|f| f.manager_id = opt_id(event_target_value(&ev)))>
                            <option value="" selected=move || fields.with(|f| f.manager_id.is_none())>{move || c().manager_none}</option>
                            <For each=move || managers.get() key=|o| o.clone() let:o>
                                <option value=o.0.to_string() selected=move || fields.with(|f| f.manager_id == Some(o.0))>{o.1.clone()}</option>
                            </For>
                        </select>
                    </label>
                    <span class="muted small" id="person-manager-help">{move || c().manager_help}</span>
                    {field_error(MANAGER, "person-manager-err")}</div>
                    <div class="field"><label class="field">
                        <span>{move || c().field_org_unit}</span>
                        <select class="input" data-testid="person-org-unit"
                            aria-invalid=move || has(UNIT).to_string() aria-describedby=described(UNIT, "person-unit-err")
                            on:change=move |ev| fields.update(|f| f.org_unit_id = opt_id(event_target_value(&ev)))>
                            <option value="" selected=move || fields.with(|f| f.org_unit_id.is_none())>{move || c().org_unit_none}</option>
                            <For each=move || units.get() key=|o| o.clone() let:o>
                                <option value=o.0.to_string() selected=move || fields.with(|f| f.org_unit_id == Some(o.0))>{o.1.clone()}</option>
                            </For>
                        </select>
                    </label>{field_error(UNIT, "person-unit-err")}</div>
                    <div class="field"><label class="field">
                        <span>{move || c().field_specialties}</span>
                        <input class="input" data-testid="person-specialties" aria-describedby="person-specialties-help"
                            prop:value=move || fields.with(|f| f.specialties.clone()) on:input=move |ev| fields.update(|f| f.specialties = event_target_value(&ev))/>
                    </label>
                    <span class="muted small" id="person-specialties-help">{move || c().specialties_help}</span></div>
                </section>
                <section class="card">
                    <ul class="checklist">
                        <li><label>
                            <input type="checkbox" data-testid="person-available" prop:checked=move || fields.with(|f| f.available)
                                on:change=move |ev| fields.update(|f| f.available = event_target_checked(&ev))/>
                            <span>{move || c().available} <span class="muted small">" — " {move || c().available_help}</span></span>
                        </label></li>
                        <li><label>
                            <input type="checkbox" data-testid="person-active" prop:checked=move || fields.with(|f| f.active)
                                on:change=move |ev| fields.update(|f| f.active = event_target_checked(&ev))/>
                            <span>{move || c().active} <span class="muted small">" — " {move || c().active_help}</span></span>
                        </label></li>
                    </ul>
                </section>
                {move || {
                    let e = errors();
                    (!e.is_empty()).then(|| view! {
                        <div class="alert alert-error form-errors" role="alert" data-testid="person-errors">
                            <p>{c().fix_these}</p>
                            <ul>{e.into_iter().map(|x| view! { <li>{message(locale.texts(), x)}</li> }).collect_view()}</ul>
                        </div>
                    })
                }}
                <div class="row">
                    <button class="btn btn-primary" type="submit" data-testid="person-save">{move || c().save_person}</button>
                    <a class="btn-ghost" href="/team/people">{move || locale.texts().cancel}</a>
                </div>
            </form>
        </div>
    }
}
