//! What "need fit", "authority" and "engagement" compare a lead with: the
//! ideal customer profile, job-title keywords and their authority (rows
//! added and removed), and points per interaction with their half-life.

use leptos::prelude::*;

use super::errors::{points_id, title_key_id, title_weight_id};
use super::form::{labelled_number, number, text, Form};
use crate::domain::input::parse_money;
use crate::domain::Money;
use crate::i18n::format as fmt;
use crate::ui::focus::focus_soon;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

#[component]
pub fn IcpSection(form: Form) -> impl IntoView {
    let locale = use_locale();
    let data = use_data();
    let s = move || &locale.texts().lead_settings;
    let code = move || data.db.settings().with(|x| x.currency.code().to_string());
    let preview = move || {
        let currency = data.db.settings().with(|x| x.currency);
        match form.input.with(|f| parse_money(&f.budget_min, currency)) {
            Ok(Some(minor)) => fmt::money(Money::new(minor, currency)),
            _ => String::new(),
        }
    };
    let sig = |f: fn(&'static crate::i18n::LeadSettingsTexts) -> &'static str| Signal::derive(move || f(&locale.texts().lead_settings).to_string());
    view! {
        <section class="card" aria-labelledby="ls-icp-h" data-testid="ls-icp">
            <h2 id="ls-icp-h">{move || s().section_icp}</h2>
            <div class="field">
                <label for="ls-industries">{move || s().industries}</label>
                <textarea class="input textarea" id="ls-industries" data-testid="ls-industries" rows="3"
                    prop:value=move || form.input.with(|f| f.industries.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        form.edit(|f| f.industries = v);
                    }></textarea>
            </div>
            <div class="ls-grid">
                {labelled_number(form, "ls-emp-min", sig(|s| s.employees_min), |f, _| f.employees_min.clone(), |f, _, v| f.employees_min = v)}
                {labelled_number(form, "ls-emp-max", sig(|s| s.employees_max), |f, _| f.employees_max.clone(), |f, _, v| f.employees_max = v)}
                <div class="field">
                    <label for="ls-budget">{move || (s().budget_min)(&code())}</label>
                    <input class="input num" id="ls-budget" inputmode="decimal" autocomplete="off" data-testid="ls-budget"
                        aria-invalid=move || form.is_bad("ls-budget").to_string()
                        prop:value=move || form.input.with(|f| f.budget_min.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            form.edit(|f| f.budget_min = v);
                        }/>
                    // The amount as the app shows money, so a slip of a zero shows.
                    <span class="muted small num" data-testid="ls-budget-preview">{preview}</span>
                </div>
                {labelled_number(form, "ls-cycle", sig(|s| s.cycle_max), |f, _| f.cycle_max_months.clone(), |f, _, v| f.cycle_max_months = v)}
            </div>
        </section>
    }
}

#[component]
pub fn TitlesSection(form: Form) -> impl IntoView {
    let locale = use_locale();
    let s = move || &locale.texts().lead_settings;
    let rows = move || form.input.with(|f| f.titles.len());
    let add = move |_| {
        let n = rows();
        form.edit(|f| f.titles.push((String::new(), String::new())));
        focus_soon(format!("[data-testid={}]", title_key_id(n)));
    };
    let unknown = Signal::derive(move || locale.texts().lead_settings.unknown_title.to_string());
    view! {
        <section class="card" aria-labelledby="ls-titles-h" data-testid="ls-titles">
            <h2 id="ls-titles-h">{move || s().section_titles}</h2>
            <p class="muted small">{move || s().titles_help}</p>
            <div class="ls-scroll">
                <table class="table ls-table">
                    <thead><tr>
                        <th scope="col">{move || s().col_keyword}</th>
                        <th scope="col">{move || s().col_weight}</th>
                        <th scope="col"><span class="sr-only">{move || s().remove}</span></th>
                    </tr></thead>
                    <tbody>
                        // Rows by position: removing one shifts the values below it up.
                        <For each=move || 0..rows() key=|i| *i let:i>
                            {
                                let row = move || (locale.texts().lead_settings.title_row)(i + 1);
                                let key_label = Signal::derive(move || format!("{} · {}", row(), locale.texts().lead_settings.col_keyword));
                                let weight_label = Signal::derive(move || (locale.texts().lead_settings.field_title_weight)(i + 1));
                                view! {
                                    <tr data-testid="ls-title-row">
                                        <td>{text(form, title_key_id(i), key_label, i, |f, i| f.titles.get(i).map(|t| t.0.clone()).unwrap_or_default(), |f, i, v| if let Some(t) = f.titles.get_mut(i) { t.0 = v })}</td>
                                        <td>{number(form, title_weight_id(i), weight_label, i, |f, i| f.titles.get(i).map(|t| t.1.clone()).unwrap_or_default(), |f, i, v| if let Some(t) = f.titles.get_mut(i) { t.1 = v }, "narrow")}</td>
                                        <td>
                                            <button type="button" class="btn-ghost small" data-testid=format!("ls-title-remove-{i}")
                                                aria-label=move || (locale.texts().lead_settings.remove_row)(&row())
                                                on:click=move |_| form.edit(|f| if i < f.titles.len() { f.titles.remove(i); })>
                                                {move || s().remove}
                                            </button>
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
            <div class="row wrap">
                <button type="button" class="btn" data-testid="ls-title-add" on:click=add>{move || s().add_title}</button>
            </div>
            <div class="ls-grid ls-one">
                {labelled_number(form, "ls-unknown-title", unknown, |f, _| f.unknown_title_weight.clone(), |f, _, v| f.unknown_title_weight = v)}
            </div>
        </section>
    }
}

#[component]
pub fn EngagementSection(form: Form) -> impl IntoView {
    let locale = use_locale();
    let s = move || &locale.texts().lead_settings;
    let half = Signal::derive(move || locale.texts().lead_settings.half_life.to_string());
    view! {
        <section class="card" aria-labelledby="ls-eng-h" data-testid="ls-engagement">
            <h2 id="ls-eng-h">{move || s().section_engagement}</h2>
            <fieldset class="field">
                <legend>{move || s().points_label}</legend>
                <div class="ls-grid">
                    {(0..4).map(|i| {
                        let label = Signal::derive(move || locale.texts().lead_settings.kinds[i].to_string());
                        view! {
                            <div class="field">
                                <label for=points_id(i)>{move || label.get()}</label>
                                {number(form, points_id(i), label, i, |f, i| f.points[i].clone(), |f, i, v| f.points[i] = v, "")}
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="ls-grid ls-one">
                {labelled_number(form, "ls-half-life", half, |f, _| f.half_life_days.clone(), |f, _, v| f.half_life_days = v)}
            </div>
        </section>
    }
}
