//! The period and level pickers of the performance pages: a year with the
//! year, a quarter or a month of it, or a custom range of days; and the
//! level (company, an org unit, a person) among those the acting person
//! may see.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::performance::levels::levels;
use crate::domain::performance::{ReportPeriod, Scope};
use crate::domain::Id;
use crate::ui::state::{use_acting, use_data, use_locale, DbStoreFields};

/// Year, quarter or month of a year, or a custom range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    Year,
    Quarter(u32),
    Month(u32),
    Custom,
}

/// The period the pickers describe; `Err` names what is wrong with a custom range.
pub fn period(year: i32, span: Span, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<ReportPeriod, RangeProblem> {
    let p = match span {
        Span::Year => ReportPeriod::year(year),
        Span::Quarter(q) => ReportPeriod::quarter(year, q),
        Span::Month(m) => ReportPeriod::month(year, m),
        Span::Custom => {
            let (Some(a), Some(b)) = (from, to) else { return Err(RangeProblem::Missing) };
            if b < a {
                return Err(RangeProblem::EndBeforeStart);
            }
            ReportPeriod::custom(a, b)
        }
    };
    p.ok_or(RangeProblem::OutOfRange)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeProblem {
    Missing,
    EndBeforeStart,
    OutOfRange,
}

/// The `<option>` value of a span (and back, [`parse_span`]).
pub fn span_value(s: Span) -> String {
    match s {
        Span::Year => "y".into(),
        Span::Quarter(q) => format!("q{q}"),
        Span::Month(m) => format!("m{m}"),
        Span::Custom => "c".into(),
    }
}

pub fn parse_span(v: &str) -> Option<Span> {
    match v {
        "y" => Some(Span::Year),
        "c" => Some(Span::Custom),
        s if s.starts_with('q') => s[1..].parse().ok().map(Span::Quarter),
        s if s.starts_with('m') => s[1..].parse().ok().map(Span::Month),
        _ => None,
    }
}

/// Year, span and (for a custom span) the two dates.
#[component]
pub fn PeriodPicker(
    /// The year the year, quarter or month belongs to.
    year: RwSignal<i32>,
    span: RwSignal<Span>,
    /// First and last day of a custom range.
    from: RwSignal<Option<NaiveDate>>,
    to: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let locale = use_locale();
    let k = move || &locale.texts().kpis;
    let date_input = move |sig: RwSignal<Option<NaiveDate>>, label: fn(&'static crate::i18n::KpiTexts) -> &'static str, testid: &'static str| {
        view! {
            <label class="field">
                <span>{move || label(k())}</span>
                <input class="input" type="date" data-testid=testid prop:value=move || sig.get().map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| sig.set(NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d").ok())/>
            </label>
        }
    };
    view! {
        <Show when=move || span.get() != Span::Custom>
            <label class="field">
                <span>{move || k().year}</span>
                <input class="input num" type="number" min="2000" max="2100" data-testid="kpi-year" prop:value=move || year.get().to_string()
                    on:change=move |ev| { if let Ok(y) = event_target_value(&ev).parse::<i32>() { year.set(y) } }/>
            </label>
        </Show>
        <label class="field">
            <span>{move || k().period}</span>
            <select class="input" data-testid="kpi-span" prop:value=move || span_value(span.get())
                on:change=move |ev| {
                    let Some(s) = parse_span(&event_target_value(&ev)) else { return };
                    // A custom range starts as the period shown so far, to be narrowed.
                    if s == Span::Custom && from.get_untracked().is_none() && to.get_untracked().is_none() {
                        if let Ok(p) = period(year.get_untracked(), span.get_untracked(), None, None) {
                            from.set(Some(p.start));
                            to.set(Some(p.end));
                        }
                    }
                    span.set(s);
                }>
                <option value="y">{move || k().period_kinds[0]}</option>
                {(1..=4).map(|q| view! { <option value=format!("q{q}")>{move || format!("{} Q{q}", k().period_kinds[1])}</option> }).collect_view()}
                {(1..=12).map(|m| view! { <option value=format!("m{m}")>{move || format!("{} {m}", k().period_kinds[2])}</option> }).collect_view()}
                <option value="c">{move || k().custom}</option>
            </select>
        </label>
        <Show when=move || span.get() == Span::Custom>
            {date_input(from, |k| k.from, "kpi-from")}
            {date_input(to, |k| k.to, "kpi-to")}
        </Show>
    }
}

fn scope_value(s: Scope) -> String {
    match s {
        Scope::Company => "company".into(),
        Scope::OrgUnit(id) => format!("u{id}"),
        Scope::Person(id) => format!("p{id}"),
    }
}

fn parse_scope(v: &str) -> Option<Scope> {
    if v == "company" {
        return Some(Scope::Company);
    }
    let id = Id::parse;
    match v.split_at_checked(1)? {
        ("u", rest) => id(rest).map(Scope::OrgUnit),
        ("p", rest) => id(rest).map(Scope::Person),
        _ => None,
    }
}

/// Company, the org units and the people the acting person may see.
#[component]
pub fn LevelPicker(scope: RwSignal<Scope>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let acting = use_acting();
    let options = Memo::new(move |_| {
        let acting = acting.0.get();
        data.db.people().with(|p| data.db.org_units().with(|u| levels(p, u, acting)))
    });
    // A scope the acting person can no longer pick falls back to the company.
    Effect::new(move || {
        let s = scope.get();
        if !options.with(|o| o.iter().any(|l| l.scope == s)) {
            scope.set(Scope::Company);
        }
    });
    let k = move || &locale.texts().kpis;
    view! {
        <label class="field">
            <span>{move || k().level}</span>
            <select class="input" data-testid="kpi-level" prop:value=move || scope_value(scope.get())
                on:change=move |ev| { if let Some(s) = parse_scope(&event_target_value(&ev)) { scope.set(s) } }>
                {move || options.get().into_iter().map(|l| {
                    let label = match l.scope {
                        Scope::Company => k().everyone.to_string(),
                        _ => format!("{}{}", "\u{a0}\u{a0}".repeat(l.depth.saturating_sub(1)), l.name),
                    };
                    view! { <option value=scope_value(l.scope)>{label}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}
