//! One lead in the grid. It reads only its own lead (keyed), so editing
//! another lead does not re-render it. Its link and checkbox are out of the
//! tab order: the row is the tab stop and handles the keys (see `grid.rs`).
//! The cells come from one closure over the lead, its score and the
//! language: rows are made and dropped by the dozen while scrolling, so
//! each costs few reactive nodes.

use std::collections::HashSet;

use leptos::prelude::*;

use super::messages;
use super::model::ListModel;
use crate::domain::{Id, Lead};
use crate::i18n::format as fmt;
use crate::ui::browser;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

#[component]
pub fn LeadRow(
    id: Id,
    pos: usize,
    top: Signal<f64>,
    model: ListModel,
    selected: RwSignal<HashSet<Id>>,
    active: RwSignal<usize>,
    toggle: Callback<Id>,
) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let lead = data.db.leads().at_key(id);
    let lead = Memo::new(move |_| lead.try_get());
    let is_selected = move || selected.with(|s| s.contains(&id));
    let name = move || lead.with(|l| l.as_ref().map(|l| l.name.clone()).unwrap_or_default());
    let cells = move || lead.with(|l| l.as_ref().map(|l| cells(l, id, model, locale.0.get())));
    view! {
        <div class="lg-row" role="row" data-testid="lead-row" data-lead=id.to_string() data-pos=pos
            aria-rowindex=(pos + 2).to_string()
            aria-selected=move || is_selected().to_string()
            class:selected=is_selected
            tabindex=move || if active.get() == pos { "0" } else { "-1" }
            style:transform=move || format!("translateY({}px)", top.get())
            on:focusin=move |_| active.set(pos)>
            <div role="gridcell" class="lg-cell lg-check">
                <input type="checkbox" tabindex="-1" data-testid="lead-select"
                    aria-label=move || (locale.texts().leads.select_row)(&name())
                    prop:checked=is_selected on:change=move |_| toggle.run(id)/>
            </div>
            {cells}
        </div>
    }
}

/// Everything but the checkbox, scored as of the list's minute (like its
/// filters and sorting).
fn cells(l: &Lead, id: Id, model: ListModel, locale: crate::i18n::Locale) -> impl IntoView {
    let t = locale.texts();
    let view = model.rules.read().0.view(l, model.minute.get());
    let grade = view.score.grade;
    let (sla, alert) = messages::sla(t, &view.sla);
    let sla_title = sla.clone();
    let owner = l.owner_id.map(|o| model.names.with(|n| n.get(&o).cloned().unwrap_or_default()));
    let created = fmt::timestamp_date(l.created_at, browser::local_offset(), locale);
    view! {
        <div role="gridcell" class="lg-cell lg-name">
            <a href=format!("/leads/{id}") tabindex="-1" data-testid="lead-name">{l.name.clone()}</a>
        </div>
        <div role="gridcell" class="lg-cell lg-company" data-testid="lead-company" title=l.company.clone()>{l.company.clone()}</div>
        <div role="gridcell" class="lg-cell lg-grade">
            <span class=format!("grade-badge g-{}", grade.index()) data-testid="lead-grade">
                {(t.leads.grade_score)(messages::grade(grade), view.score.total)}
            </span>
        </div>
        <div role="gridcell" class="lg-cell lg-sla" data-testid="lead-sla" title=sla_title>
            <span class:sla-alert=alert>{alert.then_some("⚠ ")}{sla}</span>
        </div>
        <div role="gridcell" class="lg-cell lg-status">
            <span class=format!("pill lead-status s-{}", l.status as usize) data-testid="lead-status">{t.lead_status[l.status as usize]}</span>
        </div>
        <div role="gridcell" class="lg-cell lg-owner" data-testid="lead-owner">
            {match owner {
                Some(name) => view! { <span>{name}</span> }.into_any(),
                None => view! { <span class="muted">{t.leads.unassigned}</span> }.into_any(),
            }}
        </div>
        <div role="gridcell" class="lg-cell lg-channel" data-testid="lead-channel">{t.channels[l.channel as usize]}</div>
        <div role="gridcell" class="lg-cell lg-created num">{created}</div>
    }
}
