//! Quick add on the lead list: name, company, email or phone, channel (and
//! the partner or event those channels need). Enter saves and starts the
//! next lead with the same channel, so a stack of business cards from one
//! fair goes in fast. Purchased-list leads need consent details, which only
//! the full form has.

use leptos::prelude::*;

use super::dupes::DupeWarning;
use super::messages::form_error;
use super::placing::place_new;
use crate::domain::lead_form::{split_contact, validate_lead, LeadError, LeadInput, Target};
use crate::domain::leads::DupeKeys;
use crate::domain::lead_list::CHANNELS;
use crate::domain::{Channel, Id, Lead};
use crate::ui::focus::focus_soon;
use crate::ui::ops::use_ops;
use crate::ui::state::{use_locale, DbStoreFields};

#[derive(Clone, Copy)]
struct Quick {
    name: RwSignal<String>,
    company: RwSignal<String>,
    contact: RwSignal<String>,
    channel: RwSignal<Channel>,
    detail: RwSignal<String>,
}

impl Quick {
    fn input(&self) -> LeadInput {
        let (email, phone) = split_contact(&self.contact.get());
        LeadInput {
            name: self.name.get(),
            company: self.company.get(),
            email,
            phone,
            channel: self.channel.get(),
            channel_detail: self.detail.get(),
            ..LeadInput::default()
        }
    }
    /// The typed values as a query for the full form (`/leads/new?…`).
    fn handover(&self) -> String {
        let enc = |s: String| String::from(js_sys::encode_uri_component(&s));
        format!(
            "/leads/new?name={}&company={}&contact={}&channel={}",
            enc(self.name.get()),
            enc(self.company.get()),
            enc(self.contact.get()),
            self.channel.get() as usize
        )
    }
}

const NAME: &[LeadError] = &[LeadError::NameRequired];
const CONTACT: &[LeadError] = &[LeadError::ContactRequired, LeadError::EmailInvalid, LeadError::PhoneInvalid];
const DETAIL: &[LeadError] = &[LeadError::PartnerRequired, LeadError::EventRequired];

/// Whether a key press is typing into a field (and so not a shortcut).
fn typing(ev: &leptos::ev::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable"))
}

/// Open at first on wide screens; folded on phones so the list is in view.
#[component]
pub fn QuickAdd(wide: bool) -> impl IntoView {
    let ops = use_ops();
    let locale = use_locale();
    let open = RwSignal::new(wide);
    // N opens quick add and puts the cursor in its first field, as "/" does for search.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if matches!(ev.key().as_str(), "n" | "N") && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() && !typing(&ev) {
            ev.prevent_default();
            open.set(true);
            focus_soon("[data-testid=quick-name]".into());
        }
    });
    on_cleanup(move || keys.remove());
    let q = Quick {
        name: RwSignal::new(String::new()),
        company: RwSignal::new(String::new()),
        contact: RwSignal::new(String::new()),
        channel: RwSignal::new(Channel::WebForm),
        detail: RwSignal::new(String::new()),
    };
    let submitted = RwSignal::new(false);
    let build = move |id: Id| -> Result<Lead, Vec<LeadError>> {
        let people = ops.data.db.people().read_untracked();
        let currency = ops.data.db.settings().read_untracked().currency;
        validate_lead(&q.input(), Target::New(id), &people, currency, ops.now())
    };
    let errors = Memo::new(move |_| if submitted.get() { build(Id::from_u128(0)).err().unwrap_or_default() } else { Vec::new() });
    let first = move |which: &'static [LeadError]| errors.with(|e| e.iter().find(|x| which.contains(x)).copied());
    let purchased = move || q.channel.get() == Channel::PurchasedList;
    let detail_label = move || match q.channel.get() {
        Channel::PartnerReferral => Some(locale.texts().leads.field_partner),
        Channel::TradeShow => Some(locale.texts().leads.field_event),
        _ => None,
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        if purchased() {
            focus_soon("[data-testid=quick-full-form]".into());
            return;
        }
        let Ok(lead) = build(ops.new_id()) else {
            focus_soon("[data-testid=quick-add] [aria-invalid=true]".into());
            return;
        };
        let (change, msg) = place_new(&ops, lead);
        ops.write_then(change, Some(msg), move || {
            for s in [q.name, q.company, q.contact, q.detail] {
                s.set(String::new());
            }
            submitted.set(false);
            focus_soon("[data-testid=quick-name]".into());
        });
    };
    let l = move || &locale.texts().leads;
    let error_line = move |which: &'static [LeadError], dom_id: &'static str| {
        move || first(which).map(|e| view! { <span class="field-error" id=dom_id>{form_error(locale.texts(), e)}</span> })
    };
    let invalid = move |which: &'static [LeadError]| move || first(which).is_some().to_string();
    let described = move |which: &'static [LeadError], dom_id: &'static str| move || first(which).map(|_| dom_id);
    view! {
        <details class="card quick-add" data-testid="quick-add" prop:open=move || open.get()
            on:toggle=move |ev| open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
            <summary><h2 id="quick-add-h">{move || l().quick_add}</h2></summary>
            <form class="quick-grid" novalidate=true on:submit=submit>
                <div class="field">
                    <label class="field">
                        <span>{move || l().field_name}</span>
                        <input class="input" data-testid="quick-name" aria-required="true" autocomplete="off"
                            aria-invalid=invalid(NAME) aria-describedby=described(NAME, "quick-name-err")
                            prop:value=move || q.name.get() on:input=move |ev| q.name.set(event_target_value(&ev))/>
                    </label>
                    {error_line(NAME, "quick-name-err")}
                </div>
                <label class="field">
                    <span>{move || l().field_company}</span>
                    <input class="input" data-testid="quick-company" autocomplete="off"
                        prop:value=move || q.company.get() on:input=move |ev| q.company.set(event_target_value(&ev))/>
                </label>
                <div class="field">
                    <label class="field">
                        <span>{move || l().field_contact}</span>
                        <input class="input" data-testid="quick-contact" aria-required="true" autocomplete="off"
                            aria-invalid=invalid(CONTACT) aria-describedby=described(CONTACT, "quick-contact-err")
                            prop:value=move || q.contact.get() on:input=move |ev| q.contact.set(event_target_value(&ev))/>
                    </label>
                    {error_line(CONTACT, "quick-contact-err")}
                </div>
                <label class="field">
                    <span>{move || l().field_channel}</span>
                    <select class="input" data-testid="quick-channel"
                        on:change=move |ev| {
                            let i = event_target_value(&ev).parse::<usize>().unwrap_or(Channel::WebForm as usize);
                            q.channel.set(CHANNELS.get(i).copied().unwrap_or(Channel::WebForm));
                        }>
                        {CHANNELS.iter().map(|c| {
                            let (c, i) = (*c, *c as usize);
                            view! { <option value=i.to_string() selected=move || q.channel.get() == c>{move || locale.texts().channels[i]}</option> }
                        }).collect_view()}
                    </select>
                </label>
                {move || detail_label().map(|label| view! {
                    <div class="field">
                        <label class="field">
                            <span>{label}</span>
                            <input class="input" data-testid="quick-detail" aria-required="true" autocomplete="off"
                                aria-invalid=invalid(DETAIL) aria-describedby=described(DETAIL, "quick-detail-err")
                                prop:value=move || q.detail.get() on:input=move |ev| q.detail.set(event_target_value(&ev))/>
                        </label>
                        {error_line(DETAIL, "quick-detail-err")}
                    </div>
                })}
                <div class="quick-submit">
                    <button class="btn btn-primary" type="submit" data-testid="quick-save">{move || l().quick_add_button}</button>
                </div>
            </form>
            <DupeWarning keys=Signal::derive(move || {
                let (email, phone) = split_contact(&q.contact.get());
                DupeKeys::new(&email, &phone, &q.company.get())
            })/>
            <Show when=purchased>
                <p class="notice" data-testid="quick-purchased">
                    {move || l().quick_purchased_note} " "
                    <a href=move || q.handover() data-testid="quick-full-form">{move || l().open_full_form}</a>
                </p>
            </Show>
            <p class="muted small">{move || l().quick_help}</p>
        </details>
    }
}
