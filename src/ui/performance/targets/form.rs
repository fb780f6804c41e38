//! "Set annual target": total, time split, organisation split (manual
//! weights typed inline in the preview tree), a live preview with a check
//! line, and Save, which replaces the year's plan for the metric in one
//! transaction and offers Undo.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::{metric_index, names};
use crate::domain::input::{parse_money, parse_percent_bp};
use crate::domain::money::parse_amount;
use crate::domain::performance::period::{visible_owners, Owners};
use crate::domain::performance::plan::{plan, replaced, targets, History, Plan, PlanError, PlanInput, TimeSplit};
use crate::domain::performance::target_tree::{history, nodes};
use crate::domain::performance::targets::Node;
use crate::domain::performance::Book;
use crate::domain::{EntityKind, TargetMetric, Weighting, Workspace};
use crate::i18n::TargetTexts;
use crate::store::Change;
use crate::ui::ops::use_ops;

const WEIGHTINGS: [Weighting; 3] = [Weighting::Equal, Weighting::LastYear, Weighting::Manual];

/// A weight as typed ("0.25", "1") in hundredths; empty or bad → `None`.
fn weight(text: &str) -> Option<u64> {
    parse_amount(text).ok().flatten().map(|h| h as u64)
}

fn total(t: &TargetTexts, metric: TargetMetric, text: &str, ws: &Workspace) -> Result<i64, String> {
    let bad = match metric {
        TargetMetric::Revenue => t.err_total,
        TargetMetric::ConversionRate => t.err_rate,
        _ => t.err_count,
    };
    let value = match metric {
        TargetMetric::Revenue => parse_money(text, ws.settings.currency).map_err(|_| bad)?,
        TargetMetric::ConversionRate => parse_percent_bp(text).map_err(|_| bad)?.map(i64::from),
        _ => match parse_amount(text).map_err(|_| bad)? {
            Some(h) if h % 100 != 0 => return Err(bad.into()),
            h => h.map(|h| h / 100),
        },
    };
    match value {
        None => Err(t.err_total_empty.into()),
        Some(v) if v <= 0 => Err(bad.into()),
        Some(v) => Ok(v),
    }
}

struct Fields {
    total: String,
    time: usize,
    quarters: [String; 4],
    org: usize,
    weights: HashMap<Node, String>,
}

fn build(t: &TargetTexts, ws: &Workspace, year: i32, metric: TargetMetric, f: &Fields, h: &History) -> Result<(PlanInput, Plan), String> {
    let total = total(t, metric, &f.total, ws)?;
    let name = names(ws);
    let node_name = |n: Node| match n {
        Node::Unit(u) | Node::Person(u) => name.get(&u).cloned().unwrap_or_default(),
    };
    let time = match f.time {
        1 => TimeSplit::LastYear,
        2 => {
            let mut w = [0u64; 4];
            for (q, text) in f.quarters.iter().enumerate() {
                w[q] = weight(text).ok_or_else(|| (t.err_weight)(&(t.quarter)(q as u32 + 1)))?;
            }
            TimeSplit::Manual(w)
        }
        _ => TimeSplit::Equal,
    };
    let org = WEIGHTINGS[f.org.min(2)];
    let mut manual = HashMap::new();
    if org == Weighting::Manual && metric != TargetMetric::ConversionRate {
        for (n, _) in nodes(&ws.data.org_units, &ws.data.people).into_iter().skip(1) {
            let text = f.weights.get(&n).map_or("1", |s| s.as_str());
            manual.insert(n, weight(text).ok_or_else(|| (t.err_weight)(&node_name(n)))?);
        }
    }
    let input = PlanInput { year, metric, total, time, org, manual };
    match plan(&input, &ws.data.org_units, &ws.data.people, h) {
        Ok(p) => Ok((input, p)),
        Err(PlanError::NotPositive) => Err(t.err_total.into()),
        Err(PlanError::NoCompany) => Err(t.err_no_company.into()),
        Err(PlanError::NoReps) => Err(t.err_no_reps.into()),
        Err(PlanError::QuarterWeightsZero) => Err(t.err_quarters_zero.into()),
        Err(PlanError::OrgWeightsZero(u)) => Err((t.err_weights_zero)(&node_name(Node::Unit(u)))),
        Err(PlanError::Rounding) => Err(t.err_rounding.into()),
    }
}

#[component]
pub fn PlanForm(ws: Memo<Arc<Workspace>>, year: RwSignal<i32>, metric: RwSignal<TargetMetric>) -> impl IntoView {
    let ops = use_ops();
    let locale = ops.locale;
    let t = move || &locale.texts().targets;
    let total_text = RwSignal::new(String::new());
    let time = RwSignal::new(0usize);
    let quarters = RwSignal::new([(); 4].map(|_| "1".to_string()));
    let org = RwSignal::new(0usize);
    let weights = RwSignal::new(HashMap::<Node, String>::new());
    let submitted = RwSignal::new(false);
    let may_plan = move || ws.with(|w| visible_owners(&w.data.people, ops.acting.get()) == Owners::All);
    let rate = move || metric.get() == TargetMetric::ConversionRate;
    // Last year's actuals, only when a "last year" split is chosen.
    let hist = Memo::new(move |_| {
        let wanted = time.get() == 1 || org.get() == 1;
        let ws = ws.get();
        if !wanted {
            return History::default();
        }
        history(&Book::new(&ws), metric.get(), year.get() - 1, ops.clock.now())
    });
    let built = Memo::new(move |_| {
        let f = Fields { total: total_text.get(), time: time.get(), quarters: quarters.get(), org: org.get(), weights: weights.get() };
        let ws = ws.get();
        hist.with(|h| build(&locale.texts().targets, &ws, year.get(), metric.get(), &f, h))
    });
    let tree = Memo::new(move |_| ws.with(|w| (nodes(&w.data.org_units, &w.data.people), names(w))));
    let replacing = move || ws.with(|w| replaced(&w.data.targets, year.get(), metric.get()).len());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let tt = &ops.t().targets;
        submitted.set(true);
        // A refused plan shows its message (live below) and writes nothing.
        let Ok((input, p)) = built.get_untracked() else { return };
        let ws = ws.get_untracked();
        let before: Vec<_> = replaced(&ws.data.targets, input.year, input.metric).into_iter().cloned().collect();
        let now = ops.now();
        let fresh = targets(&p, &input, &ws.data.people, now, || ops.new_id());
        let n = fresh.len();
        let new_ids: Vec<_> = fresh.iter().map(|x| (EntityKind::Target, x.id)).collect();
        let change = Change {
            upserts: fresh.into_iter().map(Into::into).collect(),
            deletes: before.iter().map(|x| (EntityKind::Target, x.id)).collect(),
            ..Change::default()
        };
        let t_all = ops.t();
        ops.write_then(change, None, move || {
            let undo = Callback::new(move |_| {
                let now = ops.now();
                let restore = before.iter().cloned().map(|x| crate::domain::Target { updated_at: now, ..x }.into());
                let back = Change { upserts: restore.collect(), deletes: new_ids.clone(), ..Change::default() };
                ops.write(back, Some(t_all.targets.undone.to_string()));
            });
            ops.notices.show_with_action((tt.saved)(n), t_all.undo, undo);
        });
    };
    view! {
        <section class="card plan-form" data-testid="plan-form">
            <h2>{move || format!("{} · {} {}", t().form_title, t().metrics[metric_index(metric.get())], year.get())}</h2>
            <p class="muted">{move || t().form_intro}</p>
            <Show when=may_plan fallback=move || view! { <p class="alert" data-testid="plan-read-only">{t().read_only}</p> }>
                <form class="stack" on:submit=save novalidate>
                    <label class="field">
                        <span>{move || t().total}</span>
                        <input class="input input-num" inputmode="decimal" data-testid="plan-total" aria-describedby="plan-total-hint"
                            prop:value=move || total_text.get() on:input=move |ev| total_text.set(event_target_value(&ev))/>
                        <span class="muted small" id="plan-total-hint">{move || (t().total_hint)(metric_index(metric.get()), ws.with(|w| w.settings.currency.code().to_string()).as_str())}</span>
                    </label>
                    {move || rate().then(|| view! { <p class="note" data-testid="plan-rate-note">{t().rate_note}</p> })}
                    <Show when=move || !rate()>
                        <super::form_parts::Splits time quarters org/>
                    </Show>
                    {move || submitted.get().then(|| built.with(|b| b.as_ref().err().cloned())).flatten().map(|e| view! { <div class="alert alert-error" role="alert" data-testid="plan-error">{e}</div> })}
                    <super::form_parts::Preview ws built tree metric org weights submitted/>
                    <p class="muted small" data-testid="plan-replaces">{move || (t().replaces)(replacing())}</p>
                    <div class="row"><button class="btn btn-primary" type="submit" data-testid="plan-save">{move || t().save}</button></div>
                </form>
            </Show>
        </section>
    }
}

