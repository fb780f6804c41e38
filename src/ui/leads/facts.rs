//! What is known about a lead, and its consent state by the app clock.

use leptos::prelude::*;

use super::messages;
use crate::domain::leads::outreach_block;
use crate::domain::{Channel, Lead};
use crate::i18n::format as fmt;
use crate::ui::browser;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};

#[component]
pub fn Facts(lead: Memo<Option<Lead>>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let rows = move || {
        let t = locale.texts();
        let l = &t.leads;
        let loc = locale.0.get();
        let offset = browser::local_offset();
        let now = clock.now();
        lead.with(|lead| {
            let Some(x) = lead else { return Vec::new() };
            let owner = x.owner_id.and_then(|o| data.db.people().with(|p| p.iter().find(|p| p.id == o).map(|p| p.name.clone())));
            let source = match x.channel_detail.as_str() {
                "" => t.channels[x.channel as usize].to_string(),
                d => format!("{} · {d}", t.channels[x.channel as usize]),
            };
            let engagement = match x.engagement.iter().map(|e| e.at).max() {
                Some(last) => (l.engagement_count)(x.engagement.len(), &fmt::relative(last, now, offset, loc)),
                None => l.engagement_none.to_string(),
            };
            let place: Vec<&str> = [x.region.as_str(), x.city.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
            vec![
                ("owner", l.field_owner, owner.unwrap_or_else(|| l.unassigned.to_string())),
                ("email", l.field_email, x.email.clone()),
                ("phone", l.field_phone, x.phone.clone()),
                ("source", l.section_source, source),
                ("industry", l.field_industry, x.industry.clone()),
                ("employees", l.field_employees, x.employees.map(|n| fmt::int(n as i64)).unwrap_or_default()),
                ("place", l.field_place, place.join(" · ")),
                ("budget", l.section_qualification, budget_line(x, t)),
                ("engagement", l.engagement, engagement),
                ("created", l.created, fmt::datetime_short(x.created_at, offset, loc)),
                ("first-contact", l.first_contact, x.first_contact_at.map_or_else(|| l.not_contacted.to_string(), |a| fmt::datetime_short(a, offset, loc))),
            ]
        })
    };
    view! {
        <section class="card" aria-labelledby="lead-facts-h" data-testid="lead-facts">
            <h2 id="lead-facts-h">{move || locale.texts().leads.details}</h2>
            <dl class="fields">
                {move || rows().into_iter().map(|(key, label, value)| view! {
                    <dt>{label}</dt>
                    <dd data-testid=format!("lead-fact-{key}")>{if value.is_empty() { "—".to_string() } else { value }}</dd>
                }).collect_view()}
            </dl>
        </section>
    }
}

/// "¥1,200,000 · within 6 months", either part alone, or empty.
fn budget_line(x: &Lead, t: &crate::i18n::Texts) -> String {
    let parts: Vec<String> = [x.budget.map(fmt::money), x.timeline_months.map(|m| (t.leads.timeline_months)(m as usize))].into_iter().flatten().collect();
    parts.join(" · ")
}

#[component]
pub fn ConsentCard(lead: Memo<Option<Lead>>) -> impl IntoView {
    let locale = use_locale();
    let clock = use_clock();
    let state = move || {
        let t = locale.texts();
        let loc = locale.0.get();
        let now = clock.now();
        lead.with(|lead| {
            let x = lead.as_ref()?;
            let record = x.consent.as_ref().map(|c| {
                ((t.leads.consent_vendor_line)(&c.vendor, &fmt::date(c.acquired_on, loc)), c.basis.clone())
            });
            let (line, ok) = match outreach_block(x, now) {
                Some(b) => (messages::block(t, b), false),
                None => match x.consent.as_ref() {
                    Some(c) => (c.expires_on.map_or_else(|| t.leads.consent_no_expiry.to_string(), |d| (t.leads.consent_valid_until)(&fmt::date(d, loc))), true),
                    None if x.channel != Channel::PurchasedList => (t.leads.consent_not_needed.to_string(), true),
                    None => return None,
                },
            };
            Some((record, line, ok))
        })
    };
    view! {
        <section class="card" aria-labelledby="lead-consent-h" data-testid="lead-consent">
            <h2 id="lead-consent-h">{move || locale.texts().leads.consent}</h2>
            {move || state().map(|(record, line, ok)| view! {
                {record.map(|(vendor, basis)| view! { <p>{vendor}</p><p class="muted">{basis}</p> })}
                <p class=if ok { "consent-ok" } else { "notice notice-error" } data-testid="lead-consent-state">
                    {if ok { "✓ " } else { "⚠ " }} {line}
                </p>
            })}
        </section>
    }
}
