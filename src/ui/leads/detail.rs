//! `/leads/:id`: one lead — every field, status and owner, consent, notes,
//! the outreach log, and where conversion goes.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::convert::{convertible, ConvertDialog};
use super::facts::{ConsentCard, Facts};
use super::form::LeadEditPage;
use super::notes::Notes;
use super::outreach::OutreachLog;
use super::response::{AssignmentHistory, SlaCard};
use super::rules::{use_minute, use_rules};
use super::score::ScorePanel;
use super::status::StatusOwner;
use crate::domain::{Id, Lead};
use crate::ui::state::{use_data, use_locale, DbStoreFields};

#[component]
pub fn LeadPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_data();
    let locale = use_locale();
    let raw = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let id = Memo::new(move |_| Id::parse(&raw.get()));
    let lead = Memo::new(move |_| {
        let id = id.get()?;
        data.db.leads().with(|v| v.iter().find(|l| l.id == id).cloned())
    });
    let exists = Memo::new(move |_| lead.with(Option::is_some));
    move || {
        if raw.get() == "new" {
            return view! { <LeadEditPage/> }.into_any();
        }
        let t = locale.texts();
        let Some(lead_id) = id.get().filter(|_| exists.get()) else {
            return view! {
                <div class="center-state" role="alert" data-testid="lead-missing">
                    <p>{t.leads.lead_not_found}</p>
                    <a class="btn" href="/leads">{t.leads.back_to_leads}</a>
                </div>
            }
            .into_any();
        };
        view! { <LeadView lead_id lead/> }.into_any()
    }
}

#[component]
fn LeadView(lead_id: Id, lead: Memo<Option<Lead>>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let field = move |f: fn(&Lead) -> String| move || lead.with(|l| l.as_ref().map(f).unwrap_or_default());
    let subtitle = move || {
        lead.with(|l| {
            let l = l.as_ref()?;
            let parts: Vec<&str> = [l.title.as_str(), l.company.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
            Some(parts.join(" · "))
        })
    };
    let status = move || lead.with(|l| l.as_ref().map(|l| l.status as usize)).unwrap_or(0);
    let deal = move || lead.with(|l| l.as_ref().and_then(|l| l.converted_deal_id));
    let deal_exists = move || deal().is_some_and(|d| data.db.deals().with(|v| v.iter().any(|x| x.id == d)));
    let rules = use_rules();
    let minute = use_minute();
    let converting = RwSignal::new(false);
    let can_convert = move || lead.with(|l| l.as_ref().is_some_and(convertible));
    let l = move || &locale.texts().leads;
    view! {
        <div class="page lead-page" data-testid="lead-page" data-lead=lead_id.to_string()>
            <a class="back" href="/leads">"← " {move || l().back_to_leads}</a>
            <header class="page-head page-head-actions">
                <div>
                    <h1>
                        <span data-testid="lead-title">{field(|l| l.name.clone())}</span> " "
                        <span class=move || format!("pill lead-status s-{}", status()) data-testid="lead-page-status">
                            {move || locale.texts().lead_status[status()]}
                        </span>
                    </h1>
                    <p class="muted">{subtitle}</p>
                </div>
                <a class="btn" href=format!("/leads/{lead_id}/edit") data-testid="lead-edit">{move || l().edit}</a>
            </header>
            <div class="two-col">
                <div class="stack">
                    <ScorePanel lead rules minute/>
                    <Facts lead/>
                    <OutreachLog lead_id lead/>
                    <Notes lead_id lead/>
                </div>
                <div class="stack">
                    <StatusOwner lead_id lead/>
                    <SlaCard lead rules minute/>
                    <ConsentCard lead/>
                    <section class="card" aria-labelledby="lead-convert-h" data-testid="lead-convert">
                        <h2 id="lead-convert-h">{move || l().convert}</h2>
                        {move || match deal().filter(|_| deal_exists()) {
                            Some(d) => view! {
                                <p>{l().converted_final}</p>
                                <a class="btn" href=format!("/deals/{d}") data-testid="lead-deal-link">{l().open_deal}</a>
                            }.into_any(),
                            None => view! {
                                <p class="muted">{l().convert_body}</p>
                                <button class="btn btn-primary" data-testid="lead-convert-open" disabled=move || !can_convert()
                                    on:click=move |_| converting.set(true)>{l().convert}</button>
                            }.into_any(),
                        }}
                    </section>
                    <AssignmentHistory lead/>
                </div>
            </div>
            <ConvertDialog lead_id open=converting rules/>
        </div>
    }
}
