//! `/performance/dashboard`: charts for a rep, a manager or a director.
//! The role defaults from the acting person (`roles::default_role`) and can
//! be switched; the period is a year, quarter or month as on the KPI page.
//! Every figure is over the people the acting person may see, by the app
//! clock. One memo computes the chosen role's figures; each chart reads
//! its slot of it.

mod figures;
mod roles;
mod tiles;

use chrono::Datelike;
use leptos::prelude::*;

use super::pickers::{parse_span, period, span_value, Span};
use crate::domain::performance::roles::{default_role, DashRole};
use crate::domain::performance::{allowed_owners, Book, Ctx, Kpi, Scope};
use crate::domain::Workspace;
use crate::ui::charts::{ChartData, ChartFrame};
use crate::ui::state::{use_acting, use_clock, use_locale};
use figures::In;
use roles::Charts;

#[derive(Clone, Debug, Default, PartialEq)]
struct Board {
    tiles: Vec<Kpi>,
    charts: Charts,
}

fn compute(ws: &Workspace, index: std::rc::Rc<crate::domain::performance::Index>, role: DashRole, p: crate::domain::performance::ReportPeriod, now: crate::domain::Timestamp, acting: Option<crate::domain::Id>, t: &'static crate::i18n::Texts) -> Board {
    let book = Book::with_index(ws, index);
    let allowed = allowed_owners(&ws.data.people, &ws.data.org_units, Scope::Company, acting);
    let slice = book.select(&allowed);
    let cx = Ctx::new(&book, p, now);
    let scope = figures::own_scope(ws, acting);
    let i = In { ws, cx, book: &book, slice, allowed, scope, t };
    let charts = match role {
        DashRole::Rep => roles::rep(&i),
        DashRole::Manager => roles::manager(&i),
        DashRole::Director => roles::director(&i),
    };
    Board { tiles: figures::tiles(&i), charts }
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let year = RwSignal::new(clock.now_untracked().year());
    let span = RwSignal::new(Span::Year);
    let chosen = RwSignal::new(None::<DashRole>);
    let ws = super::shared::use_workspace();
    let kept = super::shared::KeptIndex::new();
    let role = Memo::new(move |_| chosen.get().unwrap_or_else(|| ws.with(|w| default_role(&w.data.people, acting.0.get()))));
    // A new acting person gets their own default dashboard.
    Effect::watch(move || acting.0.get(), move |_, _, _| chosen.set(None), false);
    let board = Memo::new(move |_| {
        let ws = ws.get();
        let p = period(year.get(), span.get(), None, None).ok()?;
        Some(compute(&ws, kept.of(&ws), role.get(), p, clock.now(), acting.0.get(), locale.texts()))
    });
    let d = move || &locale.texts().dashboards;
    let k = move || &locale.texts().kpis;
    let set_role = move |v: String| chosen.set(DashRole::ALL.into_iter().find(|r| r.key() == v));
    let charts = move || {
        let r = role.get();
        roles::layout(r, locale.texts()).into_iter().enumerate().map(|(n, (testid, kind))| {
            let data = Signal::derive(move || board.with(|b| b.as_ref().and_then(|b| b.charts.charts.get(n).cloned()).unwrap_or_else(ChartData::default)));
            view! { <ChartFrame data kind testid/> }
        }).collect_view()
    };
    view! {
        <div class="page dash-page" data-testid="dash-page" data-role=move || role.get().key()>
            <super::PerformanceTabs/>
            <header class="page-head">
                <h1>{move || d().title}</h1>
                <p class="muted">{move || d().intro}</p>
            </header>
            <div class="toolbar">
                <label class="field">
                    <span>{move || d().role}</span>
                    <select class="input" data-testid="dash-role" prop:value=move || role.get().key() on:change=move |ev| set_role(event_target_value(&ev))>
                        {DashRole::ALL.into_iter().enumerate().map(|(n, r)| view! { <option value=r.key()>{move || d().roles[n]}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || k().year}</span>
                    <input class="input num" type="number" min="2000" max="2100" data-testid="dash-year" prop:value=move || year.get().to_string()
                        on:change=move |ev| { if let Ok(y) = event_target_value(&ev).parse::<i32>() { year.set(y) } }/>
                </label>
                <label class="field">
                    <span>{move || k().period}</span>
                    <select class="input" data-testid="dash-span" prop:value=move || span_value(span.get()) on:change=move |ev| { if let Some(s) = parse_span(&event_target_value(&ev)) { span.set(s) } }>
                        <option value="y">{move || k().period_kinds[0]}</option>
                        {(1..=4).map(|q| view! { <option value=format!("q{q}")>{move || format!("{} Q{q}", k().period_kinds[1])}</option> }).collect_view()}
                        {(1..=12).map(|m| view! { <option value=format!("m{m}")>{move || format!("{} {m}", k().period_kinds[2])}</option> }).collect_view()}
                    </select>
                </label>
                <super::shared::ScopeNote testid="dash-scope"/>
            </div>
            <tiles::Tiles tiles=Signal::derive(move || board.with(|b| b.as_ref().map(|b| b.tiles.clone()).unwrap_or_default()))/>
            <div class="dash-grid">{charts}</div>
            {move || (role.get() == DashRole::Manager).then(|| {
                let c = Signal::derive(move || board.with(|b| b.as_ref().map(|b| b.charts.clone()).unwrap_or_default()));
                view! { <tiles::ManagerLists charts=c/> }
            })}
        </div>
    }
}
