//! Entering a survey response for the account: NPS (0–10) or satisfaction at
//! a touchpoint (1–5), with contact, date and comment.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::customers::surveys::{record_response, score_range, ResponseError, ResponseInput};
use crate::domain::{Id, SurveyKind, Touchpoint};
use crate::store::Change;
use crate::ui::actions::commit_then;
use crate::ui::state::{use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

const KINDS: [SurveyKind; 2] = [SurveyKind::Nps, SurveyKind::Csat];
const TOUCHPOINTS: [Touchpoint; 4] = [Touchpoint::PreSales, Touchpoint::Signing, Touchpoint::Delivery, Touchpoint::AfterSales];

#[component]
pub fn SurveyForm(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let ids = use_ids();
    let notices = use_notices();
    let kind = RwSignal::new(0usize);
    let touchpoint = RwSignal::new(3usize);
    let contact = RwSignal::new(String::new());
    let score = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    let date = RwSignal::new(clock.now_untracked().date_naive().to_string());
    let errors = RwSignal::new(Vec::<&'static str>::new());
    let contacts = move || data.db.contacts().with(|c| c.iter().filter(|x| x.account_id == account_id).map(|x| (x.id, x.name.clone())).collect::<Vec<_>>());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let c = &t.customers;
        let now = clock.now_untracked();
        let input = ResponseInput {
            contact_id: Id::parse(&contact.get_untracked()),
            kind: KINDS[kind.get_untracked().min(1)],
            touchpoint: TOUCHPOINTS[touchpoint.get_untracked().min(3)],
            score: score.get_untracked(),
            comment: comment.get_untracked(),
            responded_on: date.get_untracked().trim().parse::<NaiveDate>().ok(),
        };
        match record_response(account_id, &input, ids.next(now), now) {
            Err(es) => errors.set(
                es.iter()
                    .map(|e| match e {
                        ResponseError::NpsScore => c.err_score_nps,
                        ResponseError::CsatScore => c.err_score_csat,
                        ResponseError::DateRequired => c.err_date_required,
                        ResponseError::DateInFuture => c.err_date_future,
                    })
                    .collect(),
            ),
            Ok(r) => {
                errors.set(Vec::new());
                commit_then(data, notices, t, Change::upsert(r), Some(c.response_saved.into()), move || {
                    score.set(String::new());
                    comment.set(String::new());
                });
            }
        }
    };
    let c = move || &locale.texts().customers;
    let range = move || {
        let (lo, hi) = score_range(KINDS[kind.get().min(1)]);
        format!("{} ({lo}–{hi})", c().score)
    };
    view! {
        <section class="card" data-testid="survey-card">
            <h2>{move || c().add_response}</h2>
            <form class="form-grid" on:submit=submit data-testid="survey-form">
                <label class="field">
                    <span>{move || c().survey_kind}</span>
                    <select class="input" data-testid="survey-kind" on:change=move |ev| kind.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {KINDS.iter().enumerate().map(|(i, k)| view! {
                            <option value=i.to_string() selected=move || kind.get() == i>{move || locale.texts().survey_kinds[*k as usize]}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || c().touchpoint}</span>
                    <select class="input" data-testid="survey-touchpoint" on:change=move |ev| touchpoint.set(event_target_value(&ev).parse().unwrap_or(3))>
                        {TOUCHPOINTS.iter().enumerate().map(|(i, tp)| view! {
                            <option value=i.to_string() selected=move || touchpoint.get() == i>{move || locale.texts().touchpoints[*tp as usize]}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{range}</span>
                    <input class="input num" inputmode="numeric" data-testid="survey-score" prop:value=move || score.get() on:input=move |ev| score.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || c().contact_optional}</span>
                    <select class="input" data-testid="survey-contact" on:change=move |ev| contact.set(event_target_value(&ev))>
                        <option value="">"—"</option>
                        {move || contacts().into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || c().responded_on}</span>
                    <input class="input" type="date" data-testid="survey-date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || c().comment}</span>
                    <input class="input" data-testid="survey-comment" prop:value=move || comment.get() on:input=move |ev| comment.set(event_target_value(&ev))/>
                </label>
                <div><button class="btn btn-primary" type="submit" data-testid="survey-save">{move || c().save_response}</button></div>
            </form>
            <Show when=move || !errors.get().is_empty()>
                <ul class="field-error" role="alert" data-testid="survey-errors">
                    {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
