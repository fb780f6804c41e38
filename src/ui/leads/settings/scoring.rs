//! Scoring (factor weights with their running total, grade cut-offs) and the
//! response table (first-contact hours and follow-up days per grade).

use leptos::prelude::*;

use super::errors::{cutoff_id, follow_id, sla_id, weight_id};
use super::form::{number, Form};
use crate::domain::leads::Grade;
use crate::ui::leads::messages::grade;
use crate::ui::state::use_locale;

#[component]
pub fn ScoringSection(form: Form) -> impl IntoView {
    let locale = use_locale();
    let s = move || &locale.texts().lead_settings;
    // Blank or half-typed weights count as 0 in the running total.
    let total = move || form.input.with(|f| f.weights.iter().map(|w| w.trim().parse::<u32>().unwrap_or(0)).sum::<u32>());
    view! {
        <section class="card" aria-labelledby="ls-scoring-h" data-testid="ls-scoring">
            <h2 id="ls-scoring-h">{move || s().section_scoring}</h2>
            <fieldset class="field">
                <legend>{move || s().weights_label}</legend>
                <div class="ls-grid">
                    {(0..4).map(|i| {
                        let label = Signal::derive(move || locale.texts().leads.factors[i].to_string());
                        view! {
                            <div class="field">
                                <label for=weight_id(i)>{move || label.get()}</label>
                                {number(form, weight_id(i), label, i, |f, i| f.weights[i].clone(), |f, i, v| f.weights[i] = v, "")}
                            </div>
                        }
                    }).collect_view()}
                </div>
                <p class="ls-total num" data-testid="ls-weights-total" class:sla-alert={move || total() != 100}>
                    {move || (total() != 100).then_some("⚠ ")}
                    {move || (s().weights_total)(total())}
                </p>
            </fieldset>
            <fieldset class="field">
                <legend>{move || s().cutoffs_label}</legend>
                <div class="ls-grid">
                    {Grade::ALL[..3].iter().map(|&g| {
                        let label = Signal::derive(move || (locale.texts().lead_settings.grade)(grade(g)));
                        view! {
                            <div class="field">
                                <label for=cutoff_id(g)>{move || label.get()}</label>
                                {number(form, cutoff_id(g), label, g.index(), |f, i| f.cutoffs[i].clone(), |f, i, v| f.cutoffs[i] = v, "")}
                            </div>
                        }
                    }).collect_view()}
                </div>
                <p class="muted small">{move || s().grade_d}</p>
            </fieldset>
        </section>
    }
}

#[component]
pub fn ResponseSection(form: Form) -> impl IntoView {
    let locale = use_locale();
    let s = move || &locale.texts().lead_settings;
    view! {
        <section class="card" aria-labelledby="ls-response-h" data-testid="ls-response">
            <h2 id="ls-response-h">{move || s().section_response}</h2>
            <p class="muted small" id="ls-response-help">{move || s().response_help}</p>
            <div class="table-wrap">
                <table class="table ls-table" aria-describedby="ls-response-help">
                    <thead><tr>
                        <th scope="col">{move || locale.texts().leads.col_grade}</th>
                        <th scope="col">{move || s().col_sla}</th>
                        <th scope="col">{move || s().col_follow_up}</th>
                    </tr></thead>
                    <tbody>
                        {Grade::ALL.iter().map(|&g| {
                            let name = move || if g == Grade::D { s().grade_d_nurture.to_string() } else { (s().grade)(grade(g)) };
                            let sla_label = Signal::derive(move || (locale.texts().lead_settings.field_sla)(grade(g)));
                            let follow_label = Signal::derive(move || (locale.texts().lead_settings.field_follow_up)(grade(g)));
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td>
                                        {if g == Grade::D {
                                            view! { <span class="muted">{move || s().nurture}</span> }.into_any()
                                        } else {
                                            number(form, sla_id(g), sla_label, g.index(), |f, i| f.sla_hours[i].clone(), |f, i, v| f.sla_hours[i] = v, "narrow").into_any()
                                        }}
                                    </td>
                                    <td>{number(form, follow_id(g), follow_label, g.index(), |f, i| f.follow_up_days[i].clone(), |f, i, v| f.follow_up_days[i] = v, "narrow")}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
