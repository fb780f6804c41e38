//! Who gets new leads: rules (region or city, industry specialty → reps, in
//! order), the territory fallback, the default cap, and per rep whether they
//! take new leads and their own cap.

use leptos::prelude::*;

use super::errors::{cap_id, rule_id};
use super::form::{labelled_number, number, text, Form};
use crate::domain::leads::edit::RuleInput;
use crate::domain::Id;
use crate::ui::focus::focus_soon;
use crate::ui::state::use_locale;

#[component]
pub fn AssignmentSection(form: Form) -> impl IntoView {
    let locale = use_locale();
    let s = move || &locale.texts().lead_settings;
    let rules = move || form.input.with(|f| f.rules.len());
    let add = move |_| {
        let n = rules();
        form.edit(|f| f.rules.push(RuleInput::default()));
        focus_soon(format!("[data-testid=ls-rule-region-{n}]"));
    };
    let cap = Signal::derive(move || locale.texts().lead_settings.default_cap.to_string());
    view! {
        <section class="card" aria-labelledby="ls-assign-h" data-testid="ls-assignment">
            <h2 id="ls-assign-h">{move || s().section_assignment}</h2>
            <p class="muted small">{move || s().rules_help}</p>
            <Show when=move || rules() == 0>
                <p class="muted" data-testid="ls-no-rules">{move || s().no_rules}</p>
            </Show>
            <ol class="ls-rules">
                <For each=move || 0..rules() key=|i| *i let:i>
                    <RuleRow form i/>
                </For>
            </ol>
            <div class="row wrap">
                <button type="button" class="btn" data-testid="ls-rule-add" on:click=add>{move || s().add_rule}</button>
            </div>
            <label class="ls-check">
                <input type="checkbox" data-testid="ls-by-territory"
                    prop:checked=move || form.input.with(|f| f.by_territory)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        form.edit(|f| f.by_territory = on);
                    }/>
                " " {move || s().by_territory}
            </label>
            <div class="ls-grid ls-one">
                {labelled_number(form, "ls-default-cap", cap, |f, _| f.default_cap.clone(), |f, _, v| f.default_cap = v)}
            </div>
            <RepsTable form/>
        </section>
    }
}

#[component]
fn RuleRow(form: Form, i: usize) -> impl IntoView {
    let locale = use_locale();
    let s = move || &locale.texts().lead_settings;
    let name = move || (locale.texts().lead_settings.rule)(i + 1);
    let region = Signal::derive(move || format!("{} · {}", name(), locale.texts().lead_settings.col_region));
    let industry = Signal::derive(move || format!("{} · {}", name(), locale.texts().lead_settings.col_industry));
    let chosen = move |id: Id| form.input.with(|f| f.rules.get(i).is_some_and(|r| r.reps.contains(&id)));
    let toggle = move |id: Id, on: bool| {
        form.edit(|f| {
            if let Some(r) = f.rules.get_mut(i) {
                r.reps.retain(|x| *x != id);
                if on {
                    r.reps.push(id);
                }
            }
        })
    };
    view! {
        <li class="ls-rule" data-testid=rule_id(i) class:ls-bad=move || form.is_bad(&rule_id(i))>
            <div class="ls-rule-head">
                <strong>{name}</strong>
                <button type="button" class="btn-ghost small" data-testid=format!("ls-rule-remove-{i}")
                    aria-label=move || (locale.texts().lead_settings.remove_row)(&name())
                    on:click=move |_| form.edit(|f| if i < f.rules.len() { f.rules.remove(i); })>
                    {move || s().remove}
                </button>
            </div>
            <div class="ls-grid">
                <div class="field">
                    <span aria-hidden="true">{move || s().col_region}</span>
                    {text(form, format!("ls-rule-region-{i}"), region, i, |f, i| f.rules.get(i).map(|r| r.region.clone()).unwrap_or_default(), |f, i, v| if let Some(r) = f.rules.get_mut(i) { r.region = v })}
                </div>
                <div class="field">
                    <span aria-hidden="true">{move || s().col_industry}</span>
                    {text(form, format!("ls-rule-industry-{i}"), industry, i, |f, i| f.rules.get(i).map(|r| r.industry.clone()).unwrap_or_default(), |f, i, v| if let Some(r) = f.rules.get_mut(i) { r.industry = v })}
                </div>
            </div>
            <fieldset class="pick" data-testid=format!("ls-rule-reps-{i}")>
                <legend>{move || s().col_reps}</legend>
                <Show when=move || !form.people.with(Vec::is_empty) fallback=move || view! { <p class="muted small">{move || s().no_people}</p> }>
                    <ul class="pick-list">
                        <For each=move || form.people.get() key=|p| p.0 let:p>
                            <li>
                                <label>
                                    <input type="checkbox" value=p.0.to_string()
                                        prop:checked=move || chosen(p.0)
                                        on:change=move |ev| toggle(p.0, event_target_checked(&ev))/>
                                    <span>{p.1.clone()}</span>
                                </label>
                            </li>
                        </For>
                    </ul>
                </Show>
            </fieldset>
        </li>
    }
}

#[component]
fn RepsTable(form: Form) -> impl IntoView {
    let locale = use_locale();
    let s = move || &locale.texts().lead_settings;
    let names = move |id: Id| form.people.with(|p| p.iter().find(|x| x.0 == id).map(|x| x.1.clone()).unwrap_or_default());
    let any = move || form.input.with(|f| !f.reps.is_empty());
    view! {
        <h3>{move || s().reps_title}</h3>
        <Show when=any fallback=move || view! { <p class="muted">{move || s().no_reps}</p> }>
            <div class="table-wrap">
                <table class="table ls-table" data-testid="ls-reps">
                    <thead><tr>
                        <th scope="col">{move || s().col_rep}</th>
                        <th scope="col">{move || s().col_available}</th>
                        <th scope="col">{move || s().col_cap}</th>
                    </tr></thead>
                    <tbody>
                        <For each=move || form.input.with(|f| f.reps.iter().map(|r| r.person_id).collect::<Vec<_>>()) key=|id| *id let:id>
                            {
                                let pos = move || form.input.with(|f| f.reps.iter().position(|r| r.person_id == id));
                                let cap_label = Signal::derive(move || (locale.texts().lead_settings.cap_for)(&names(id)));
                                let i = pos().unwrap_or(0);
                                view! {
                                    <tr data-testid="ls-rep-row" data-person=id.to_string()>
                                        <th scope="row">{move || names(id)}</th>
                                        <td>
                                            <input type="checkbox" data-testid=format!("ls-available-{id}")
                                                aria-label=move || (locale.texts().lead_settings.available_for)(&names(id))
                                                prop:checked=move || form.input.with(|f| f.reps.get(i).is_some_and(|r| r.available))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    form.edit(|f| if let Some(r) = f.reps.get_mut(i) { r.available = on });
                                                }/>
                                        </td>
                                        <td>{number(form, cap_id(id), cap_label, i, |f, i| f.reps.get(i).map(|r| r.cap.clone()).unwrap_or_default(), |f, i, v| if let Some(r) = f.reps.get_mut(i) { r.cap = v }, "narrow")}</td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
        </Show>
    }
}
