//! Negotiation notes: BATNA, concessions given and received, deadline.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::{Id, Negotiation};
use crate::store::Change;
use crate::ui::actions::save;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

#[component]
pub fn NegotiationForm(deal_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let current = data.db.deals().with_untracked(|d| d.iter().find(|x| x.id == deal_id).map(|d| d.negotiation.clone())).unwrap_or_default();
    let batna = RwSignal::new(current.batna.clone());
    let given = RwSignal::new(current.concessions_given.join("\n"));
    let received = RwSignal::new(current.concessions_received.join("\n"));
    let deadline = RwSignal::new(current.deadline.map(|d| d.to_string()).unwrap_or_default());
    let date_error = move || {
        let d = deadline.get();
        (!d.trim().is_empty() && d.trim().parse::<NaiveDate>().is_err()).then(|| locale.texts().date_invalid)
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if date_error().is_some() {
            return;
        }
        let Some(mut deal) = data.db.deals().with_untracked(|d| d.iter().find(|x| x.id == deal_id).cloned()) else { return };
        deal.negotiation = Negotiation {
            batna: batna.get_untracked().trim().to_string(),
            concessions_given: lines(&given.get_untracked()),
            concessions_received: lines(&received.get_untracked()),
            deadline: deadline.get_untracked().trim().parse::<NaiveDate>().ok(),
        };
        deal.updated_at = clock.now_untracked();
        save(data, notices, locale.texts(), Change::upsert(deal));
    };
    view! {
        <section class="card" data-testid="deal-negotiation">
            <h2>{move || locale.texts().negotiation}</h2>
            <form class="stack" on:submit=save>
                <label class="field">
                    <span>{move || locale.texts().batna}</span>
                    <input class="input" data-testid="neg-batna" prop:value=move || batna.get() on:input=move |ev| batna.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || locale.texts().concessions_given}</span>
                    <textarea class="input textarea" data-testid="neg-given" prop:value=move || given.get() on:input=move |ev| given.set(event_target_value(&ev))></textarea>
                </label>
                <label class="field">
                    <span>{move || locale.texts().concessions_received}</span>
                    <textarea class="input textarea" data-testid="neg-received" prop:value=move || received.get() on:input=move |ev| received.set(event_target_value(&ev))></textarea>
                </label>
                <label class="field">
                    <span>{move || locale.texts().deadline}</span>
                    <input class="input" type="date" data-testid="neg-deadline" prop:value=move || deadline.get() on:input=move |ev| deadline.set(event_target_value(&ev))/>
                    {move || date_error().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
                </label>
                <div><button class="btn btn-primary" type="submit" data-testid="neg-save">{move || locale.texts().save}</button></div>
            </form>
        </section>
    }
}
