//! `/team/people`: the people list, and the editor at `/team/people/:id`
//! (`new` for a new person). Replaces the generic record list for people so
//! an empty workspace can get the approvers that contract approval needs.

mod form;

use crate::domain::sorting;
use std::collections::HashMap;

use leptos::prelude::*;

pub use form::PersonEditPage;

use super::area::KindTabs;
use super::areas::Area;
use super::pager::Pager;
use super::state::{use_data, use_locale, DbStoreFields};
use crate::domain::{EntityKind, Id, Person};

const PAGE: usize = 50;

#[component]
pub fn PeoplePage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let page = RwSignal::new(0usize);
    let sorted = Memo::new(move |_| {
        let mut v = data.db.people().get();
        sorting::sort_by(&mut v, |a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        v
    });
    // Names for the "reports to" and territory cells, looked up once per change
    // rather than by scanning the lists for every row.
    let names = Memo::new(move |_| {
        let people: HashMap<Id, String> = data.db.people().read().iter().map(|p| (p.id, p.name.clone())).collect();
        let units: HashMap<Id, String> = data.db.org_units().read().iter().map(|u| (u.id, u.name.clone())).collect();
        (people, units)
    });
    let total = Signal::derive(move || sorted.read().len());
    let visible = move || sorted.read().iter().skip(page.get() * PAGE).take(PAGE).cloned().collect::<Vec<_>>();
    let current = Memo::new(|_| Some(EntityKind::Person));
    let c = move || &locale.texts().people;
    view! {
        <div class="page" data-testid="people-page">
            <header class="page-head page-head-actions">
                <div>
                    <h1>{move || c().people_title}</h1>
                    <p class="muted">{move || c().people_intro}</p>
                </div>
                <a class="btn btn-primary" href="/team/people/new" data-testid="new-person">{move || c().new_person}</a>
            </header>
            <KindTabs area=Area::Team current/>
            <crate::ui::migrate::MigrateLink/>
            <Show when=move || { total.get() > 0 } fallback=move || view! {
                <div class="empty-state" data-testid="people-empty"><p>{move || c().people_empty}</p></div>
            }>
                <section class="card" aria-label=move || c().people_title>
                    <div class="table-wrap">
                        <table class="table" data-testid="people-table">
                            <thead><tr>
                                <th scope="col">{move || locale.texts().col_name}</th>
                                <th scope="col">{move || c().col_role}</th>
                                <th scope="col" class="hide-sm">{move || c().col_title}</th>
                                <th scope="col" class="hide-sm">{move || c().col_manager}</th>
                                <th scope="col" class="hide-sm">{move || c().col_org_unit}</th>
                                <th scope="col" class="hide-sm">{move || c().col_email}</th>
                                <th scope="col">{move || c().col_status}</th>
                            </tr></thead>
                            <tbody>
                                <For each=visible key=|p| (p.id, p.updated_at) let:p>
                                    <PersonRow p names/>
                                </For>
                            </tbody>
                        </table>
                    </div>
                    <Pager page total per_page=PAGE/>
                </section>
            </Show>
        </div>
    }
}

#[component]
fn PersonRow(p: Person, names: Memo<(HashMap<Id, String>, HashMap<Id, String>)>) -> impl IntoView {
    let locale = use_locale();
    let c = move || &locale.texts().people;
    let href = format!("/team/people/{}", p.id);
    let (role, manager, unit) = (p.role, p.manager_id, p.org_unit_id);
    let manager_name = move || manager.and_then(|m| names.with(|n| n.0.get(&m).cloned())).unwrap_or_default();
    let unit_name = move || unit.and_then(|u| names.with(|n| n.1.get(&u).cloned())).unwrap_or_default();
    let (available, active) = (p.available, p.active);
    let status = move || match (active, available) {
        (false, _) => c().status_inactive,
        (true, true) => c().status_available,
        (true, false) => c().status_unavailable,
    };
    view! {
        <tr data-testid="person-row" data-person=p.id.to_string()>
            <td><a href=href>{p.name.clone()}</a></td>
            <td data-testid="person-role">{move || locale.texts().roles[role as usize]}</td>
            <td class="hide-sm">{p.title.clone()}</td>
            <td class="hide-sm" data-testid="person-manager">{manager_name}</td>
            <td class="hide-sm">{unit_name}</td>
            <td class="hide-sm">{p.email.clone()}</td>
            <td data-testid="person-status"><span class="pill">{status}</span></td>
        </tr>
    }
}
