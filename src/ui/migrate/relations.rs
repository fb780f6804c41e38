//! Step 3: the names no record matches (create, same as an existing or
//! planned record, or leave the rows out; a fuzzy match is offered
//! preselected), the stage values with their SalesFlow stage, and the
//! currency of amounts that name none.

use std::sync::Arc;

use leptos::prelude::*;

use super::{snapshot, Step, Wizard};
use crate::domain::migration::{scan, Resolution, Unmatched};
use crate::domain::pipeline::Stage;
use crate::domain::Currency;
use crate::i18n::format as fmt;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

/// Offered for amounts without a currency (the workspace's is added).
const CURRENCIES: [&str; 8] = ["CNY", "USD", "EUR", "GBP", "JPY", "HKD", "SGD", "AUD"];

/// Scans the files and fills in suggestions the user has not overridden.
fn rescan(w: Wizard, data: crate::ui::state::DataCtx, t: &'static crate::i18n::Texts) {
    let ws = snapshot(data);
    let sources = w.sources();
    let opts = w.options(t);
    let s = scan(&sources, &ws, &opts);
    let mut o = opts;
    o.accept_suggestions(&s);
    w.resolutions.set(o.resolutions);
    w.stages.set(o.stages);
    w.scan.set(Some(Arc::new(s)));
}

fn encode(r: &Resolution) -> String {
    match r {
        Resolution::Create => "create".into(),
        Resolution::SkipRows => "skip".into(),
        Resolution::MapTo(n) => format!("map:{n}"),
    }
}

fn decode(v: &str) -> Resolution {
    match v {
        "skip" => Resolution::SkipRows,
        v => v.strip_prefix("map:").map_or(Resolution::Create, |n| Resolution::MapTo(n.to_string())),
    }
}

#[component]
pub fn RelationsStep(w: Wizard) -> impl IntoView {
    let locale = use_locale();
    let data = use_data();
    let t = move || locale.texts();
    let first_visit = w.scan.get_untracked().is_none();
    rescan(w, data, t());
    let unmapped_stage = move || {
        w.scan.with(|s| s.as_ref().is_some_and(|s| s.stages.iter().any(|v| w.stages.with(|m| m.get(&v.value).is_none()))))
    };
    let mut currencies: Vec<String> = CURRENCIES.iter().map(|c| c.to_string()).collect();
    let workspace_currency = data.db.settings().with_untracked(|s| s.currency);
    // An empty pipeline has no sums to keep: offer its currency along.
    if first_visit && data.db.deals().with_untracked(Vec::is_empty) {
        w.make_default.set(true);
    }
    let own = workspace_currency.code().to_string();
    if !currencies.contains(&own) {
        currencies.insert(0, own);
    }
    view! {
        <h2 id="mig-step-title" tabindex="-1" data-testid="mig-step-title">{move || t().migrate.steps[2]}</h2>
        <h3>{move || t().migrate.unmatched_title}</h3>
        {move || w.scan.get().map(|s| unmatched_table(w, s))}
        <h3>{move || t().migrate.stages_title}</h3>
        <p class="muted">{move || t().migrate.stages_hint}</p>
        {move || w.scan.get().map(|s| stages_table(w, s))}
        <label class="field">
            <span>{move || t().migrate.currency}</span>
            <select class="input" data-testid="mig-currency" aria-describedby="mig-currency-hint" on:change=move |ev| {
                if let Some(c) = Currency::parse(&event_target_value(&ev)) {
                    w.currency.set(c);
                    w.forget_check();
                }
            }>
                {currencies.into_iter().map(|c| {
                    let (code, value) = (c.clone(), c.clone());
                    view! { <option value=value prop:selected=move || w.currency.get().code() == code>{c}</option> }
                }).collect_view()}
            </select>
        </label>
        <p class="muted" id="mig-currency-hint">{move || t().migrate.currency_hint}</p>
        <Show when=move || w.currency.get() != workspace_currency>
            <label class="check-row">
                <input type="checkbox" data-testid="mig-make-default" prop:checked=move || w.make_default.get()
                    on:change=move |ev| w.make_default.set(event_target_checked(&ev))/>
                <span>{move || (t().migrate.make_default)(w.currency.get().code())}</span>
            </label>
        </Show>
        <div class="row csv-nav">
            <button class="btn btn-primary" data-testid="mig-next" disabled=unmapped_stage on:click=move |_| {
                w.forget_check();
                w.go(Step::Check);
            }>{move || t().migrate.next}</button>
            <button class="btn" data-testid="mig-back" on:click=move |_| w.go(Step::Columns)>{move || t().csv.back}</button>
        </div>
    }
}

fn unmatched_table(w: Wizard, s: Arc<crate::domain::migration::Scan>) -> AnyView {
    let locale = use_locale();
    let t = locale.texts();
    if s.unmatched.is_empty() {
        return view! { <p class="muted" data-testid="mig-none-unmatched">{t.migrate.none_unmatched}</p> }.into_any();
    }
    let rows = s.unmatched.iter().map(|u| unmatched_row(w, &s, u)).collect_view();
    view! {
        <p class="muted">{t.migrate.unmatched_hint}</p>
        <div class="table-wrap">
            <table class="table mig-unmatched" data-testid="mig-unmatched">
                <thead><tr>
                    <th scope="col">{t.migrate.col_value}</th>
                    <th scope="col">{t.migrate.col_what}</th>
                    <th scope="col" class="num">{t.migrate.col_rows}</th>
                    <th scope="col">{t.migrate.col_choice}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn unmatched_row(w: Wizard, s: &crate::domain::migration::Scan, u: &Unmatched) -> impl IntoView {
    let locale = use_locale();
    let t = locale.texts();
    let key = (u.kind, u.key.clone());
    let current = {
        let key = key.clone();
        move || w.resolutions.with(|r| r.get(&key).map(encode).unwrap_or_else(|| "create".into()))
    };
    let on_change = {
        let key = key.clone();
        move |ev: leptos::ev::Event| {
            let r = decode(&event_target_value(&ev));
            w.resolutions.update(|m| {
                m.insert(key.clone(), r);
            });
            w.forget_check();
        }
    };
    let value = if u.value.is_empty() { t.migrate.blank.to_string() } else { u.value.clone() };
    let names = s.names.get(u.kind.index()).cloned().unwrap_or_default();
    let options = names
        .into_iter()
        .map(|n| {
            let v = format!("map:{n}");
            let cur = current.clone();
            let sel = v.clone();
            view! { <option value=v prop:selected=move || cur() == sel>{(t.migrate.map_to)(&n)}</option> }
        })
        .collect_view();
    let (c1, c2) = (current.clone(), current);
    view! {
        <tr data-testid="mig-unmatched-row" data-value=u.value.clone() data-kind=format!("{:?}", u.kind)>
            <th scope="row">
                {value.clone()}
                {u.suggestion.clone().map(|n| view! { <span class="muted csv-suggested" data-testid="mig-suggestion">" " {(t.migrate.suggestion)(&n)}</span> })}
            </th>
            <td data-label=t.migrate.col_what>{t.migrate.ref_kinds[u.kind.index()]}</td>
            <td class="num" data-label=t.migrate.col_rows>{fmt::int(u.rows as i64)}</td>
            <td data-label=t.migrate.col_choice>
                <select class="input" data-testid="mig-resolution" aria-label=format!("{} — {}", value, t.migrate.col_choice) on:change=on_change>
                    <option value="create" prop:selected=move || c1() == "create">{t.migrate.create}</option>
                    <option value="skip" prop:selected=move || c2() == "skip">{t.migrate.skip_rows}</option>
                    {options}
                </select>
            </td>
        </tr>
    }
}

fn stages_table(w: Wizard, s: Arc<crate::domain::migration::Scan>) -> impl IntoView {
    let locale = use_locale();
    let t = locale.texts();
    let rows = s
        .stages
        .iter()
        .map(|v| {
            let value = v.value.clone();
            let current = {
                let value = value.clone();
                move || w.stages.with(|m| m.get(&value))
            };
            let on_change = {
                let value = value.clone();
                move |ev: leptos::ev::Event| {
                    let stage = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Stage::ALL.get(i).copied());
                    if let Some(stage) = stage {
                        w.stages.update(|m| m.set(&value, stage));
                        w.forget_check();
                    }
                }
            };
            let none = current.clone();
            view! {
                <tr data-testid="mig-stage-row" data-value=value.clone()>
                    <th scope="row">{value.clone()}</th>
                    <td class="num" data-label=t.migrate.col_rows>{fmt::int(v.rows as i64)}</td>
                    <td data-label=t.migrate.stages_title>
                        <select class="input" data-testid="mig-stage" aria-label=format!("{} — {}", value, t.migrate.stages_title) on:change=on_change>
                            <option value="" disabled prop:selected=move || none().is_none()>{t.migrate.choose_stage}</option>
                            {Stage::ALL.iter().map(|s| {
                                let (s, i) = (*s, s.index());
                                let cur = current.clone();
                                view! { <option value=i.to_string() prop:selected=move || cur() == Some(s)>{t.stages[i]}</option> }
                            }).collect_view()}
                        </select>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table mig-stages" data-testid="mig-stages">
            <thead><tr>
                <th scope="col">{t.migrate.col_value}</th>
                <th scope="col" class="num">{t.migrate.col_rows}</th>
                <th scope="col">{t.migrate.stages_title}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
