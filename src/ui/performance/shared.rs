//! What the review screens share: the workspace snapshot they compute from,
//! the reps in view, and the year + quarter/month picker of the KPI page.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::Span;
use crate::domain::performance::{allowed_owners, Owners, Scope};
use crate::domain::{Id, Role, Workspace};
use crate::ui::state::{snapshot, use_acting, use_data, use_locale, DbStoreFields};

/// The workspace, copied once per change of a kind the figures read.
pub fn use_workspace() -> Memo<Arc<Workspace>> {
    let data = use_data();
    Memo::new(move |_| {
        let db = data.db;
        db.deals().track();
        db.leads().track();
        db.activities().track();
        db.orders().track();
        db.invoices().track();
        db.payments().track();
        db.contracts().track();
        db.complaints().track();
        db.survey_responses().track();
        db.visits().track();
        db.training_records().track();
        db.accounts().track();
        db.people().track();
        db.org_units().track();
        db.targets().track();
        db.settings().track();
        Arc::new(snapshot(db))
    })
}

pub fn names(ws: &Workspace) -> HashMap<Id, String> {
    ws.data.people.iter().map(|p| (p.id, p.name.clone())).collect()
}

/// Whose records the acting person may see, and the reps among them by name.
pub fn in_view(ws: &Workspace, acting: Option<Id>) -> (Owners, Vec<Id>) {
    let owners = allowed_owners(&ws.data.people, &ws.data.org_units, Scope::Company, acting);
    let mut reps: Vec<_> = ws.data.people.iter().filter(|p| p.role == Role::Rep && p.active && owners.admits(Some(p.id))).collect();
    reps.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    let ids = reps.iter().map(|p| p.id).collect();
    (owners, ids)
}

/// Who the figures are for, as the KPI page says it.
#[component]
pub fn ScopeNote() -> impl IntoView {
    let data = use_data();
    let acting = use_acting();
    let locale = use_locale();
    let k = move || &locale.texts().kpis;
    let who = move || {
        let me = acting.0.get()?;
        data.db.people().with(|p| p.iter().find(|x| x.id == me).map(|x| x.name.clone()))
    };
    view! { <p class="muted" data-testid="review-scope">{move || (k().scope_note)(&who().unwrap_or_else(|| k().everyone.to_string()))}</p> }
}

/// Year and year / quarter / month, as on the KPI page.
#[component]
pub fn PeriodPicker(year: RwSignal<i32>, span: RwSignal<Span>) -> impl IntoView {
    let locale = use_locale();
    let k = move || &locale.texts().kpis;
    let span_value = move || match span.get() {
        Span::Year => "y".to_string(),
        Span::Quarter(q) => format!("q{q}"),
        Span::Month(m) => format!("m{m}"),
    };
    let set_span = move |v: String| {
        let parsed = match v.as_str() {
            "y" => Some(Span::Year),
            s if s.starts_with('q') => s[1..].parse().ok().map(Span::Quarter),
            s if s.starts_with('m') => s[1..].parse().ok().map(Span::Month),
            _ => None,
        };
        if let Some(s) = parsed {
            span.set(s);
        }
    };
    view! {
        <label class="field">
            <span>{move || k().year}</span>
            <input class="input num" type="number" min="2000" max="2100" data-testid="period-year" prop:value=move || year.get().to_string()
                on:change=move |ev| { if let Ok(y) = event_target_value(&ev).parse::<i32>() { year.set(y) } }/>
        </label>
        <label class="field">
            <span>{move || k().period}</span>
            <select class="input" data-testid="period-span" prop:value=span_value on:change=move |ev| set_span(event_target_value(&ev))>
                <option value="y">{move || k().period_kinds[0]}</option>
                {(1..=4).map(|q| view! { <option value=format!("q{q}")>{move || format!("{} Q{q}", k().period_kinds[1])}</option> }).collect_view()}
                {(1..=12).map(|m| view! { <option value=format!("m{m}")>{move || format!("{} {m}", k().period_kinds[2])}</option> }).collect_view()}
            </select>
        </label>
    }
}
