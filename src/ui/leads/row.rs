//! One lead in the grid. It reads only its own lead (keyed), so editing
//! another lead does not re-render it. Its link and checkbox are out of the
//! tab order: the row is the tab stop and handles the keys (see `grid.rs`).

use std::collections::HashSet;

use leptos::prelude::*;

use super::messages;
use super::model::ListModel;
use crate::domain::Id;
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
    let text = move |f: fn(&crate::domain::Lead) -> String| move || lead.with(|l| l.as_ref().map(f).unwrap_or_default());
    let is_selected = move || selected.with(|s| s.contains(&id));
    let owner = move || {
        let owner = lead.with(|l| l.as_ref().and_then(|l| l.owner_id));
        owner.map(|o| model.names.with(|n| n.get(&o).cloned().unwrap_or_default()))
    };
    let status = move || lead.with(|l| l.as_ref().map(|l| l.status as usize)).unwrap_or(0);
    let channel = move || lead.with(|l| l.as_ref().map(|l| l.channel as usize)).unwrap_or(0);
    let created = move || {
        let at = lead.with(|l| l.as_ref().map(|l| l.created_at));
        at.map(|at| fmt::timestamp_date(at, browser::local_offset(), locale.0.get())).unwrap_or_default()
    };
    // Scored as of the minute, like the list's filters and sorting.
    let view = Memo::new(move |_| lead.with(|l| l.as_ref().map(|l| model.rules.read().0.view(l, model.minute.get()))));
    let grade = move || view.get().map(|v| (v.score.grade.index(), (locale.texts().leads.grade_score)(messages::grade(v.score.grade), v.score.total)));
    let sla = move || view.get().map(|v| messages::sla(locale.texts(), &v.sla));
    let href = format!("/leads/{id}");
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
                    aria-label=move || (locale.texts().leads.select_row)(&text(|l| l.name.clone())())
                    prop:checked=is_selected on:change=move |_| toggle.run(id)/>
            </div>
            <div role="gridcell" class="lg-cell lg-name">
                <a href=href tabindex="-1" data-testid="lead-name">{text(|l| l.name.clone())}</a>
            </div>
            <div role="gridcell" class="lg-cell lg-company" data-testid="lead-company">{text(|l| l.company.clone())}</div>
            <div role="gridcell" class="lg-cell lg-grade">
                {move || grade().map(|(g, text)| view! { <span class=format!("grade-badge g-{g}") data-testid="lead-grade">{text}</span> })}
            </div>
            <div role="gridcell" class="lg-cell lg-sla" data-testid="lead-sla">
                {move || sla().map(|(text, alert)| view! { <span class:sla-alert=alert>{alert.then_some("⚠ ")}{text}</span> })}
            </div>
            <div role="gridcell" class="lg-cell lg-status">
                <span class=move || format!("pill lead-status s-{}", status()) data-testid="lead-status">
                    {move || locale.texts().lead_status[status()]}
                </span>
            </div>
            <div role="gridcell" class="lg-cell lg-owner" data-testid="lead-owner">
                {move || match owner() {
                    Some(name) => view! { <span>{name}</span> }.into_any(),
                    None => view! { <span class="muted">{locale.texts().leads.unassigned}</span> }.into_any(),
                }}
            </div>
            <div role="gridcell" class="lg-cell lg-channel" data-testid="lead-channel">{move || locale.texts().channels[channel()]}</div>
            <div role="gridcell" class="lg-cell lg-created num">{created}</div>
        </div>
    }
}
