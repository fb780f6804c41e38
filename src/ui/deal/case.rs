//! A won deal can be kept as a success case (成功案例) for reuse in sales
//! conversations with similar customers.

use leptos::prelude::*;

use crate::domain::customers::community::{mark_case, CaseError};
use crate::domain::pipeline::Stage;
use crate::domain::Id;
use crate::store::Change;
use crate::ui::actions::commit_then;
use crate::ui::state::{use_acting, use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

#[component]
pub fn SuccessCaseCard(deal_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let ids = use_ids();
    let notices = use_notices();
    let won = Memo::new(move |_| data.db.deals().with(|d| d.iter().any(|x| x.id == deal_id && x.stage == Stage::Won)));
    let case = Memo::new(move |_| data.db.success_cases().with(|c| c.iter().find(|x| x.deal_id == deal_id).cloned()));
    let title = RwSignal::new(String::new());
    let summary = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<&'static str>::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let c = &t.customers;
        let Some(deal) = data.db.deals().with_untracked(|d| d.iter().find(|x| x.id == deal_id).cloned()) else { return };
        let account = data.db.accounts().with_untracked(|a| a.iter().find(|x| x.id == deal.account_id).cloned());
        let now = clock.now_untracked();
        let existing = data.db.success_cases().get_untracked();
        match mark_case(&deal, account.as_ref(), &existing, &title.get_untracked(), &summary.get_untracked(), acting.0.get_untracked(), ids.next(now), now) {
            Err(es) => errors.set(
                es.into_iter()
                    .map(|e| match e {
                        CaseError::NotWon => c.err_case_not_won,
                        CaseError::AlreadyMarked => c.err_case_marked,
                        CaseError::TitleRequired => c.err_title_required,
                    })
                    .collect(),
            ),
            Ok(case) => {
                errors.set(Vec::new());
                commit_then(data, notices, t, Change::upsert(case), Some(c.case_saved.into()), || ());
            }
        }
    };
    let c = move || &locale.texts().customers;
    view! {
        <Show when=move || won.get()>
            <section class="card" data-testid="success-case">
                <h2>{move || c().success_case_word}</h2>
                {move || match case.get() {
                    Some(x) => view! {
                        <p data-testid="success-case-title"><strong>{x.title.clone()}</strong></p>
                        <p class="muted">{x.summary.clone()}</p>
                    }.into_any(),
                    None => view! {
                        <form class="form-grid" on:submit=submit data-testid="success-case-form">
                            <p class="muted wide">{c().case_intro}</p>
                            <label class="field wide">
                                <span>{c().case_title}</span>
                                <input class="input" data-testid="case-title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
                            </label>
                            <label class="field wide">
                                <span>{c().case_summary}</span>
                                <textarea class="input" rows="2" data-testid="case-summary" prop:value=move || summary.get() on:input=move |ev| summary.set(event_target_value(&ev))></textarea>
                            </label>
                            <div><button class="btn btn-primary" type="submit" data-testid="case-save">{c().mark_case}</button></div>
                            <Show when=move || !errors.get().is_empty()>
                                <ul class="field-error wide" role="alert">{move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                            </Show>
                        </form>
                    }.into_any(),
                }}
            </section>
        </Show>
    }
}
