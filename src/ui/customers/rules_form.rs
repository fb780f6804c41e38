//! The editable tier, lifecycle and cross-sell rules (`settings.customers`).

use leptos::prelude::*;

use crate::domain::customers::rules_edit::{input_from, save, RulesError, FIELDS};
use crate::domain::customers::{CustomerField, CustomerSettings, CustomerSettingsError};
use crate::i18n::InsightsTexts;
use crate::store::Change;
use crate::ui::actions::commit_then;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

fn label(i: &InsightsTexts, f: CustomerField) -> String {
    match f {
        CustomerField::ChurnedMaxR => i.churned_max_r.into(),
        CustomerField::ChurnedAfterDays => i.churned_after_days.into(),
        CustomerField::HighValueMin(k) => format!("{} ({})", i.high_value_min, ["R", "F", "M"].get(k).copied().unwrap_or("")),
        CustomerField::PotentialMinR => i.potential_min_r.into(),
        CustomerField::PotentialFmBelow => i.potential_fm_below.into(),
        CustomerField::EngagedDays => i.engaged_days.into(),
        CustomerField::NewMonths => i.new_months.into(),
        CustomerField::MatureOrders => i.mature_orders.into(),
        CustomerField::ActiveDays => i.active_days.into(),
        CustomerField::ChurnDays => i.churn_days.into(),
        CustomerField::DeclinePercent => i.decline_percent.into(),
        CustomerField::MinSupport => i.min_support.into(),
        CustomerField::MinConfidence => i.min_confidence.into(),
        CustomerField::MinLift => i.min_lift.into(),
    }
}

fn message(i: &InsightsTexts, e: RulesError) -> String {
    match e {
        RulesError::NotANumber(f) => (i.err_not_number)(&label(i, f)),
        RulesError::Invalid(CustomerSettingsError::OutOfRange { field }) => {
            let (lo, hi) = field.range();
            (i.err_out_of_range)(&label(i, field), lo, hi)
        }
        RulesError::Invalid(CustomerSettingsError::ActiveNotBeforeChurn) => i.err_active_before_churn.into(),
        RulesError::Invalid(CustomerSettingsError::TemplateWithoutIndustry { .. }) => i.verticals_title.into(),
    }
}

#[component]
pub fn RulesForm() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let texts = RwSignal::new(data.db.settings().with_untracked(|s| input_from(&s.customers)));
    let errors = RwSignal::new(Vec::<String>::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let current = data.db.settings().get_untracked();
        match save(&texts.get_untracked(), &current.customers) {
            Err(es) => errors.set(es.into_iter().map(|e| message(&t.insights, e)).collect()),
            Ok(customers) => {
                errors.set(Vec::new());
                let mut settings = current;
                settings.customers = customers;
                settings.updated_at = Some(clock.now_untracked());
                let change = Change { settings: Some(settings), ..Change::default() };
                commit_then(data, notices, t, change, Some(t.insights.rules_saved.into()), || ());
            }
        }
    };
    let i = move || &locale.texts().insights;
    view! {
        <section class="card" id="rules" data-testid="customer-rules">
            <h2>{move || i().rules_title}</h2>
            <p class="muted">{move || i().rules_intro}</p>
            <form class="form-grid" on:submit=submit>
                {FIELDS.iter().enumerate().map(|(k, &f)| view! {
                    <label class="field">
                        <span>{move || label(i(), f)}</span>
                        <input class="input num" inputmode="decimal" data-testid=format!("rule-{k}")
                            prop:value=move || texts.with(|t| t.get(k).cloned().unwrap_or_default())
                            on:input=move |ev| { let v = event_target_value(&ev); texts.update(|t| if let Some(x) = t.get_mut(k) { *x = v }); }/>
                    </label>
                }).collect_view()}
                <div class="row wide">
                    <button class="btn btn-primary" type="submit" data-testid="rules-save">{move || i().save_rules}</button>
                    <button class="btn-ghost" type="button" on:click=move |_| texts.set(input_from(&CustomerSettings::default()))>{move || i().reset_rules}</button>
                </div>
            </form>
            <Show when=move || !errors.get().is_empty()>
                <ul class="field-error" role="alert" data-testid="rules-errors">{move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
            </Show>
        </section>
    }
}
