//! The lead form's source fields: the channel and what it needs (partner for
//! referrals, event for trade shows), and for purchased or rented lists the
//! consent record: vendor, acquisition date, lawful basis and expiry.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::field::TextField;
use crate::domain::lead_form::{LeadError, LeadInput};
use crate::domain::lead_list::CHANNELS;
use crate::domain::Channel;
use crate::i18n::format as fmt;
use crate::ui::state::{use_clock, use_locale};

#[component]
pub fn SourceSection(fields: RwSignal<LeadInput>, errors: Memo<Vec<LeadError>>) -> impl IntoView {
    let locale = use_locale();
    let l = move || &locale.texts().leads;
    let channel = Memo::new(move |_| fields.with(|f| f.channel));
    let detail = move || match channel.get() {
        Channel::PartnerReferral => Some((l().field_partner, true)),
        Channel::TradeShow => Some((l().field_event, true)),
        Channel::PurchasedList => None,
        _ => Some((l().field_detail, false)),
    };
    view! {
        <section class="card" aria-labelledby="lf-source">
            <h2 id="lf-source">{move || l().section_source}</h2>
            <div class="form-grid">
                <label class="field">
                    <span>{move || l().field_channel}</span>
                    <select class="input" data-testid="lead-channel-input"
                        on:change=move |ev| {
                            let i = event_target_value(&ev).parse::<usize>().unwrap_or(Channel::WebForm as usize);
                            fields.update(|f| f.channel = CHANNELS.get(i).copied().unwrap_or(Channel::WebForm));
                        }>
                        {CHANNELS.iter().map(|c| {
                            let (c, i) = (*c, *c as usize);
                            view! { <option value=i.to_string() selected=move || channel.get() == c>{move || locale.texts().channels[i]}</option> }
                        }).collect_view()}
                    </select>
                </label>
                // Rebuilt per channel so the label and the required mark follow it.
                {move || detail().map(|(label, required)| view! {
                    <TextField fields errors label=label.to_string() get=|f| &f.channel_detail set=|f, v| f.channel_detail = v
                        testid="lead-detail-input" which=&[LeadError::PartnerRequired, LeadError::EventRequired] required/>
                })}
            </div>
        </section>
    }
}

#[component]
pub fn ConsentSection(fields: RwSignal<LeadInput>, errors: Memo<Vec<LeadError>>) -> impl IntoView {
    let locale = use_locale();
    let clock = use_clock();
    let l = move || &locale.texts().leads;
    let s = move |f: fn(&crate::i18n::LeadsTexts) -> &'static str| Signal::derive(move || f(l()).to_string());
    let listed = Memo::new(move |_| fields.with(|f| f.channel == Channel::PurchasedList));
    // Saving an expired consent is allowed (it is what the vendor gave), but
    // the user should know outreach will then be blocked.
    let expired = move || {
        let text = fields.with(|f| f.expires_on.clone());
        text.trim().parse::<NaiveDate>().ok().filter(|d| *d < clock.now().date_naive())
    };
    view! {
        <Show when=move || listed.get()>
            <section class="card" aria-labelledby="lf-consent" data-testid="lead-consent-section">
                <h2 id="lf-consent">{move || l().section_consent}</h2>
                <p class="muted small">{move || l().consent_help}</p>
                <div class="form-grid">
                    <TextField fields errors label=s(|t| t.field_vendor) get=|f| &f.vendor set=|f, v| f.vendor = v
                        testid="lead-vendor-input" which=&[LeadError::VendorRequired] required=true/>
                    <TextField fields errors label=s(|t| t.field_acquired) get=|f| &f.acquired_on set=|f, v| f.acquired_on = v kind="date"
                        testid="lead-acquired-input" which=&[LeadError::AcquiredRequired, LeadError::AcquiredInvalid, LeadError::AcquiredInFuture] required=true/>
                    <TextField fields errors label=s(|t| t.field_basis) get=|f| &f.basis set=|f, v| f.basis = v
                        testid="lead-basis-input" which=&[LeadError::BasisRequired] required=true help=Signal::derive(move || l().basis_help)/>
                    <TextField fields errors label=s(|t| t.field_expires) get=|f| &f.expires_on set=|f, v| f.expires_on = v kind="date"
                        testid="lead-expires-input" which=&[LeadError::ExpiryRequired, LeadError::ExpiryInvalid, LeadError::ExpiryBeforeAcquired] required=true/>
                </div>
                {move || expired().map(|d| view! {
                    <p class="notice notice-warn" role="status" data-testid="lead-consent-expired">
                        {(l().consent_expired_warning)(&fmt::date(d, locale.0.get()))}
                    </p>
                })}
            </section>
        </Show>
    }
}
