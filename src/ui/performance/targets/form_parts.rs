//! Parts of the plan form: the split choices, and the preview tree in which
//! manual weights are typed. Preview rows are built once per organisation;
//! only their figures follow the typing, so a weight input keeps focus.

use std::collections::HashMap;

use leptos::prelude::*;

use super::value_text;
use crate::domain::performance::plan::{check, Plan, PlanInput, PlanRow};
use crate::domain::performance::targets::Node;
use crate::domain::{Id, TargetMetric, Workspace};
use crate::ui::state::use_locale;

type Built = Memo<Result<(PlanInput, Plan), String>>;

#[component]
pub fn Splits(time: RwSignal<usize>, quarters: RwSignal<[String; 4]>, org: RwSignal<usize>) -> impl IntoView {
    let locale = use_locale();
    let t = move || &locale.texts().targets;
    let choice = move |sig: RwSignal<usize>, testid: &'static str, options: fn(&crate::i18n::TargetTexts) -> [&'static str; 3]| {
        view! {
            <select class="input" data-testid=testid prop:value=move || sig.get().to_string()
                on:change=move |ev| { if let Ok(i) = event_target_value(&ev).parse::<usize>() { sig.set(i.min(2)) } }>
                {(0..3).map(|i| view! { <option value=i.to_string()>{move || options(t())[i]}</option> }).collect_view()}
            </select>
        }
    };
    view! {
        <div class="row wrap plan-splits">
            <label class="field">
                <span>{move || t().time_split}</span>
                {choice(time, "plan-time", |t| t.time_options)}
            </label>
            <label class="field">
                <span>{move || t().org_split}</span>
                {choice(org, "plan-org", |t| t.org_options)}
            </label>
        </div>
        <Show when=move || time.get() == 2>
            <div class="row wrap quarter-weights">
                {(0..4).map(|q| view! {
                    <label class="field">
                        <span>{move || (t().weight_of)(&(t().quarter)(q as u32 + 1))}</span>
                        <input class="input input-num" inputmode="decimal" data-testid=format!("plan-q{}", q + 1)
                            prop:value=move || quarters.with(|w| w[q].clone())
                            on:input=move |ev| { let v = event_target_value(&ev); quarters.update(|w| w[q] = v) }/>
                    </label>
                }).collect_view()}
            </div>
        </Show>
        <Show when=move || org.get() == 1>
            <p class="muted small">{move || t().last_year_note}</p>
        </Show>
    }
}

#[component]
pub fn Preview(
    ws: Memo<std::sync::Arc<Workspace>>,
    built: Built,
    tree: Memo<(Vec<(Node, usize)>, HashMap<Id, String>)>,
    metric: RwSignal<TargetMetric>,
    org: RwSignal<usize>,
    weights: RwSignal<HashMap<Node, String>>,
    /// After a refused save the form's alert says why; the note would repeat it.
    submitted: RwSignal<bool>,
) -> impl IntoView {
    let locale = use_locale();
    let t = move || &locale.texts().targets;
    let manual = move || org.get() == 2 && metric.get() != TargetMetric::ConversionRate;
    let figure = move |n: Node, pick: fn(&PlanRow) -> i64| {
        let cur = ws.with(|w| w.settings.currency);
        built.with(|b| {
            let (input, p) = b.as_ref().ok()?;
            p.rows.iter().find(|r| r.node == n).map(|r| value_text(input.metric, pick(r), cur))
        })
    };
    let raw_year = move |n: Node| built.with(|b| b.as_ref().ok().and_then(|(_, p)| p.rows.iter().find(|r| r.node == n)).map(|r| r.year.to_string()));
    const QUARTER: [fn(&PlanRow) -> i64; 4] = [|r| r.quarters[0], |r| r.quarters[1], |r| r.quarters[2], |r| r.quarters[3]];
    let row = move |n: Node, depth: usize, name: String| {
        let (key, kind) = match n {
            Node::Unit(u) => (u.to_string(), "unit"),
            Node::Person(p) => (p.to_string(), "person"),
        };
        let label = (t().weight_of)(&name);
        let indent = format!("depth-{}", depth.min(6));
        view! {
            <tr data-testid="preview-row" data-node=key data-kind=kind data-depth=depth.to_string() data-year=move || raw_year(n).unwrap_or_default()>
                <th scope="row" class=indent>{name}</th>
                {move || manual().then(|| view! {
                    <td>{(depth > 0).then(|| view! {
                        <input class="input input-weight" inputmode="decimal" data-testid="plan-weight" aria-label=label.clone()
                            prop:value=move || weights.with(|w| w.get(&n).cloned().unwrap_or_else(|| "1".into()))
                            on:input=move |ev| { let v = event_target_value(&ev); weights.update(|w| { w.insert(n, v); }) }/>
                    })}</td>
                })}
                <td class="num" data-testid="preview-year">{move || figure(n, |r| r.year).unwrap_or_else(|| "—".into())}</td>
                {QUARTER.into_iter().map(|q| view! { <td class="num">{move || figure(n, q).unwrap_or_else(|| "—".into())}</td> }).collect_view()}
            </tr>
        }
    };
    let check_line = move || {
        let ws = ws.get();
        built.with(|b| match b {
            Ok((input, p)) => {
                let ok = adds_up(input, p);
                let text = if ok { (t().check_ok)(&shown_total(input, &ws)) } else { t().check_bad.to_string() };
                let fell = p.time_fell_back.then(|| t().time_fell_back);
                view! { <p class="plan-check" data-testid="plan-check" data-ok=ok.to_string()>
                    <span aria-hidden="true">{if ok { "✓ " } else { "✗ " }}</span>{text}
                </p>{fell.map(|f| view! { <p class="muted small">{f}</p> })} }
                .into_any()
            }
            Err(_) if submitted.get() => ().into_any(),
            Err(e) => view! { <p class="muted" data-testid="plan-preview-note">{if e == t().err_total_empty { t().preview_empty.to_string() } else { e.clone() }}</p> }.into_any(),
        })
    };
    view! {
        <section aria-labelledby="plan-preview-title" class="plan-preview">
            <h3 id="plan-preview-title">{move || t().preview}</h3>
            {check_line}
            <div class="table-wrap">
                <table class="table" data-testid="plan-preview">
                    <thead><tr>
                        <th scope="col">{move || t().col_name}</th>
                        {move || manual().then(|| view! { <th scope="col">{t().col_weight}</th> })}
                        <th scope="col" class="num">{move || t().year}</th>
                        {(1..=4).map(|q| view! { <th scope="col" class="num">{move || (t().quarter)(q)}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {move || tree.with(|(nodes, names)| nodes.iter().map(|&(n, depth)| {
                            let id = match n { Node::Unit(u) | Node::Person(u) => u };
                            row(n, depth, names.get(&id).cloned().unwrap_or_default())
                        }).collect_view())}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Preview check: every level and every quarter and month add up to the total.
pub fn adds_up(input: &PlanInput, p: &Plan) -> bool {
    let c = check(p);
    let rate = input.metric == TargetMetric::ConversionRate;
    c.children_add_up && (rate || (c.quarters == input.total && c.months == input.total && c.reps == input.total))
}

pub fn shown_total(input: &PlanInput, ws: &Workspace) -> String {
    value_text(input.metric, input.total, ws.settings.currency)
}
