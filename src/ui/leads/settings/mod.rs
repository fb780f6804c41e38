//! `/leads/settings`: the lead rules as one form — scoring and grades,
//! response SLA and follow-up, ideal customer profile, title keywords,
//! engagement, assignment. Checked as typed by the domain command
//! (`leads::edit::save`); Save writes the settings and any changed
//! availability in one transaction, or nothing. The list rescores from the
//! stored settings, so grades and countdowns follow at once.

mod assignment;
mod errors;
mod form;
mod profile;
mod scoring;

use leptos::prelude::*;

use crate::domain::leads::edit::{self, defaults_input, input_from};
use crate::domain::{Id, Record};
use crate::store::Change;
use crate::ui::focus::focus_soon;
use crate::ui::ops::use_ops;
use crate::ui::state::{use_locale, DbStoreFields};
use assignment::AssignmentSection;
use form::Form;
use profile::{EngagementSection, IcpSection, TitlesSection};
use scoring::{ResponseSection, ScoringSection};

#[component]
pub fn LeadSettingsPage() -> impl IntoView {
    let ops = use_ops();
    let data = ops.data;
    let locale = ops.locale;
    let s = move || &locale.texts().lead_settings;
    let input = RwSignal::new(input_from(&data.db.settings().get_untracked(), &data.db.people().get_untracked()));
    // Checked against the stored settings and team as they are now; the
    // timestamp only stamps what a save would write.
    let checked_at = ops.now();
    let problems = Memo::new(move |_| {
        let settings = data.db.settings().read();
        let people = data.db.people().read();
        input.with(|i| edit::save(i, &settings, &people, checked_at).err().unwrap_or_default())
    });
    let people = Memo::new(move |_| crate::domain::people::lead_owners(&data.db.people().read()));
    let name_of = move |id: Id| data.db.people().with_untracked(|p| p.iter().find(|x| x.id == id).map(|x| x.name.clone()).unwrap_or_default());
    let worded = Memo::new(move |_| {
        let t = locale.texts();
        let currency = data.db.settings().with(|x| x.currency);
        problems.with(|ps| ps.iter().map(|e| errors::describe(t, e, currency, &name_of)).collect::<Vec<_>>())
    });
    let bad = Memo::new(move |_| worded.with(|w| w.iter().flat_map(|(_, ids)| ids.iter().cloned()).collect::<Vec<String>>()));
    let form = Form { input, bad, people };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = ops.t();
        let settings = data.db.settings().get_untracked();
        let team = data.db.people().get_untracked();
        match edit::save(&input.get_untracked(), &settings, &team, ops.now()) {
            // The list of problems beside Save says why; focus takes the
            // reader there (a toast would cover Save on a phone).
            Err(_) => focus_soon("[data-testid=ls-errors]".into()),
            Ok(out) => {
                let change = Change {
                    settings: Some(out.settings),
                    upserts: out.people.into_iter().map(Record::from).collect(),
                    ..Change::default()
                };
                ops.write(change, Some(t.saved.to_string()));
            }
        }
    };
    let reset = move |_| {
        input.set(defaults_input(&data.db.settings().get_untracked(), &data.db.people().get_untracked()));
        ops.notices.show(ops.t().lead_settings.reset_done, crate::ui::toast::Tone::Success);
    };
    view! {
        <div class="page lead-settings" data-testid="lead-settings">
            <header class="page-head page-head-actions">
                <div>
                    <h1>{move || s().title}</h1>
                    <p class="muted">{move || s().intro}</p>
                </div>
                <a class="btn-ghost" href="/leads" data-testid="ls-back">{move || locale.texts().leads.back_to_leads}</a>
            </header>
            <form class="stack ls-form" on:submit=save novalidate>
                <ScoringSection form/>
                <ResponseSection form/>
                <IcpSection form/>
                <TitlesSection form/>
                <EngagementSection form/>
                <AssignmentSection form/>
                <div class="card ls-actions">
                    {move || {
                        let w = worded.get();
                        (!w.is_empty()).then(|| view! {
                            <div class="field-error" aria-live="polite" tabindex="-1" data-testid="ls-errors">
                                <p>{s().not_saved}</p>
                                <ul>{w.into_iter().map(|(m, _)| view! { <li>{m}</li> }).collect_view()}</ul>
                            </div>
                        })
                    }}
                    <div class="row wrap">
                        <button class="btn btn-primary" type="submit" data-testid="ls-save">{move || locale.texts().save}</button>
                        <button class="btn-ghost" type="button" data-testid="ls-reset" on:click=reset>{move || s().reset}</button>
                    </div>
                </div>
            </form>
        </div>
    }
}

/// The Settings page's way in.
#[component]
pub fn LeadSettingsCard() -> impl IntoView {
    let locale = use_locale();
    let s = move || &locale.texts().lead_settings;
    view! {
        <section class="card" aria-labelledby="lead-settings-card-h" data-testid="lead-settings-card">
            <h2 id="lead-settings-card-h">{move || s().title}</h2>
            <p class="muted">{move || s().card_body}</p>
            <a class="btn" href="/leads/settings" data-testid="lead-settings-open">{move || s().card_link}</a>
        </section>
    }
}
