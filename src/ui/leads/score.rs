//! "Why is this lead a B?": the score per factor with its weight, what it
//! contributes and the reasons behind its points; and a what-if that scores
//! the lead with other industry, size, title, budget or timeline, saving
//! nothing.

use leptos::prelude::*;

use super::messages;
use super::rules::Rules;
use crate::domain::input::{money_text, parse_money};
use crate::domain::leads::{FactorBreakdown, ScoreBreakdown};
use crate::domain::{Lead, Money, Timestamp};
use crate::ui::state::{use_data, use_locale, DbStoreFields};

fn tenths(t: u32) -> String {
    format!("{}.{}", t / 10, t % 10)
}

#[component]
pub fn ScorePanel(lead: Memo<Option<Lead>>, rules: Memo<Rules>, minute: Memo<Timestamp>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let breakdown = Memo::new(move |_| lead.with(|l| l.as_ref().map(|l| rules.read().0.explain(l, minute.get()))));
    let currency = move || data.db.settings().read().currency;
    view! {
        <section class="card" aria-labelledby="lead-score-h" data-testid="lead-score">
            {move || breakdown.get().map(|b| {
                let t = locale.texts();
                let grade = messages::grade(b.grade);
                let next = match b.points_to_next_grade() {
                    Some(p) => (t.leads.to_next_grade)(p, messages::grade(crate::domain::leads::Grade::ALL[b.grade.index().saturating_sub(1)])),
                    None => t.leads.top_grade.to_string(),
                };
                view! {
                    <h2 id="lead-score-h">{(t.leads.why_grade)(grade)}</h2>
                    <p class="score-head">
                        <span class=format!("grade-badge g-{}", b.grade.index()) data-testid="lead-grade">{grade}</span>
                        <span data-testid="lead-score-total">{(t.leads.score_of)(b.total, grade)}</span>
                        <span class="muted">" · " {next}</span>
                    </p>
                    <ol class="factors">
                        {b.factors.iter().enumerate().map(|(i, f)| factor_view(i, f, currency())).collect_view()}
                    </ol>
                }
            })}
            <WhatIf lead rules minute/>
        </section>
    }
}

fn factor_view(i: usize, f: &FactorBreakdown, currency: crate::domain::Currency) -> impl IntoView {
    let locale = use_locale();
    let t = locale.texts();
    let reasons: Vec<(String, String)> =
        f.reasons.iter().map(|r| ((t.leads.points)(r.points), messages::reason(t, r, currency))).collect();
    view! {
        <li class="factor" data-testid="score-factor" data-factor=i>
            <div class="factor-head">
                <strong>{t.leads.factors[i]}</strong>
                <span class="muted num" data-testid="score-factor-line">{(t.leads.factor_line)(f.score, f.weight, &tenths(f.contribution_tenths))}</span>
            </div>
            <div class="bar" aria-hidden="true"><span style:width=format!("{}%", f.score)></span></div>
            <ul class="reasons">
                {reasons.into_iter().map(|(p, text)| view! { <li><span class="num points">{p}</span> {text}</li> }).collect_view()}
            </ul>
        </li>
    }
}

/// What-if inputs, as typed.
#[derive(Clone, Default, PartialEq)]
struct Edits {
    industry: String,
    employees: String,
    title: String,
    budget: String,
    timeline: String,
}

impl Edits {
    fn of(l: &Lead) -> Edits {
        Edits {
            industry: l.industry.clone(),
            employees: l.employees.map(|n| n.to_string()).unwrap_or_default(),
            title: l.title.clone(),
            budget: l.budget.map(|m| money_text(m.minor, m.currency)).unwrap_or_default(),
            timeline: l.timeline_months.map(|n| n.to_string()).unwrap_or_default(),
        }
    }
    /// Applies what parses; a value that does not parse leaves the lead's own.
    fn apply(&self, l: &mut Lead, currency: crate::domain::Currency) {
        l.industry = self.industry.trim().to_string();
        l.title = self.title.trim().to_string();
        match self.employees.trim() {
            "" => l.employees = None,
            s => l.employees = s.parse().ok().or(l.employees),
        }
        if let Ok(b) = parse_money(&self.budget, currency) {
            l.budget = b.map(|m| Money::new(m, currency));
        }
        match self.timeline.trim() {
            "" => l.timeline_months = None,
            s => l.timeline_months = s.parse().ok().or(l.timeline_months),
        }
    }
}

#[component]
fn WhatIf(lead: Memo<Option<Lead>>, rules: Memo<Rules>, minute: Memo<Timestamp>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let edits = RwSignal::new(lead.with_untracked(|l| l.as_ref().map(Edits::of).unwrap_or_default()));
    let reset = move || edits.set(lead.with_untracked(|l| l.as_ref().map(Edits::of).unwrap_or_default()));
    let result = Memo::new(move |_| {
        let currency = data.db.settings().read().currency;
        let e = edits.get();
        lead.with(|l| {
            let l = l.as_ref()?;
            Some(rules.read().0.what_if(l, minute.get(), |x| e.apply(x, currency)))
        })
    });
    let l = move || &locale.texts().leads;
    let label = move |f: fn(&crate::i18n::LeadsTexts) -> &'static str| Signal::derive(move || f(l()).to_string());
    let input = move |label: Signal<String>, testid: &'static str, get: fn(&Edits) -> String, set: fn(&mut Edits, String)| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input class="input" data-testid=testid autocomplete="off" prop:value=move || edits.with(get)
                    on:input=move |ev| edits.update(|e| set(e, event_target_value(&ev)))/>
            </label>
        }
    };
    let delta = move |b: &ScoreBreakdown, a: &ScoreBreakdown| {
        let t = locale.texts();
        (t.leads.what_if_result)(b.total, messages::grade(b.grade), a.total, messages::grade(a.grade))
    };
    view! {
        <details class="what-if" data-testid="what-if">
            <summary>{move || l().what_if}</summary>
            <p class="muted small">{move || l().what_if_help}</p>
            <div class="form-grid">
                {input(label(|t| t.field_industry), "what-if-industry", |e| e.industry.clone(), |e, v| e.industry = v)}
                {input(label(|t| t.field_employees), "what-if-employees", |e| e.employees.clone(), |e, v| e.employees = v)}
                {input(label(|t| t.field_title), "what-if-title", |e| e.title.clone(), |e, v| e.title = v)}
                {input(Signal::derive(move || (l().field_budget)(data.db.settings().read().currency.code())), "what-if-budget", |e| e.budget.clone(), |e, v| e.budget = v)}
                {input(label(|t| t.field_timeline), "what-if-timeline", |e| e.timeline.clone(), |e, v| e.timeline = v)}
            </div>
            {move || result.get().map(|w| view! {
                <p class="what-if-result" role="status" data-testid="what-if-result"><strong>{delta(&w.before, &w.after)}</strong></p>
                <ul class="plain">
                    {w.before.factors.iter().zip(w.after.factors.iter()).enumerate().map(|(i, (b, a))| view! {
                        <li data-testid="what-if-factor">{l().factors[i]} ": " <span class="num">{b.score} " → " {a.score}</span></li>
                    }).collect_view()}
                </ul>
            })}
            <button class="btn-ghost" type="button" data-testid="what-if-reset" on:click=move |_| reset()>{move || l().what_if_reset}</button>
        </details>
    }
}
