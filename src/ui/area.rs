//! The six area pages. For now each lists its stored records by kind (tabs);
//! Pipeline and Performance add their headline figures.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::state::DbStoreFields;
use super::state::{count, use_data, use_locale};
use super::areas::{kind_label, Area};
use super::not_found::NotFound;
use super::customers::{CustomerPage, CustomerPageTabs};
use super::table::RecordTable;
use crate::domain::pipeline::{column_totals, Stage};
use crate::domain::EntityKind;
use crate::i18n::format as fmt;

/// `/:area` and `/:area/:kind`.
#[component]
pub fn AreaPage() -> impl IntoView {
    let params = use_params_map();
    let locale = use_locale();
    let data = use_data();
    let area = Memo::new(move |_| params.read().get("area").and_then(|s| Area::from_slug(&s)));
    let kind = Memo::new(move |_| {
        let a = area.get()?;
        let wanted = params.read().get("kind").and_then(|k| EntityKind::from_store_name(&k));
        Some(wanted.filter(|k| a.kinds().contains(k)).unwrap_or(a.kinds()[0]))
    });
    move || {
        let Some(a) = area.get() else { return NotFound().into_any() };
        let t = locale.texts();
        let empty = move || a.kinds().iter().all(|k| count(data.db, *k) == 0) && count(data.db, EntityKind::Deal) == 0;
        view! {
            <div class="page" data-testid=format!("area-{}", a.slug())>
                <header class="page-head">
                    <h1>{t.nav[a.index()]}</h1>
                    <p class="muted">{t.area_intro[a.index()]}</p>
                </header>
                {(a == Area::Performance).then(|| view! {
                    <crate::ui::performance::PerformanceLinks/>
                    <KpiTiles/><StageTotals/>
                })}
                <Show when=empty>
                    <div class="empty-state" data-testid="area-empty">
                        <p>{t.area_empty}</p>
                        <a class="btn" href="/">{t.area_empty_action}</a>
                    </div>
                </Show>
                {(a.kinds().len() > 1).then(|| view! { <KindTabs area=a current=kind/> })}
                {move || kind.get().map(|k| view! { <RecordTable kind=k/> })}
            </div>
        }
        .into_any()
    }
}

/// The area's record kinds as tabs; also used by pages that replace one
/// kind's generic list (people).
#[component]
pub fn KindTabs(
    area: Area,
    current: Memo<Option<EntityKind>>,
    /// The Customers area's own page being shown, if any.
    #[prop(optional)]
    page: Option<CustomerPage>,
) -> impl IntoView {
    let locale = use_locale();
    let data = use_data();
    // Accounts, complaints, cases and events have their own pages in the Customers area.
    let own_page = move |k: &EntityKind| area == Area::Customers && matches!(k, EntityKind::Account | EntityKind::Complaint | EntityKind::SuccessCase | EntityKind::CommunityEvent);
    view! {
        <nav class="tabs" aria-label=move || locale.texts().nav[area.index()]>
            {(area == Area::Customers).then(|| view! { <CustomerPageTabs current=page/> })}
            {(area == Area::Pipeline).then(|| view! {
                <a href="/pipeline" class="tab" data-testid="tab-board">{move || locale.texts().view_board}</a>
                <a href="/pipeline/forecast" class="tab" data-testid="tab-forecast">{move || locale.texts().forecast}</a>
            })}
            {area.kinds().iter().filter(|k| !own_page(k)).map(|&k| {
                let href = format!("/{}/{}", area.slug(), k.store_name());
                view! {
                    <a href=href
                        class="tab"
                        aria-current=move || (current.get() == Some(k)).then_some("page")
                        data-testid=format!("tab-{}", k.store_name())>
                        {move || kind_label(locale.texts(), k)}
                        " "
                        <span class="badge num">{move || fmt::int(count(data.db, k) as i64)}</span>
                    </a>
                }
            }).collect_view()}
        </nav>
    }
}

/// Count, amount and weighted amount per stage over all deals.
#[component]
fn StageTotals() -> impl IntoView {
    let locale = use_locale();
    let data = use_data();
    let totals = Memo::new(move |_| {
        let settings = data.db.settings().read();
        column_totals(data.db.deals().read().iter(), &settings)
    });
    let currency = move || data.db.settings().read().currency;
    view! {
        <section class="card" aria-labelledby="totals-h" data-testid="stage-totals">
            <h2 id="totals-h">{move || locale.texts().pipeline_totals}</h2>
            <div class="table-wrap">
                <table class="table">
                    <thead>
                        <tr>
                            <th scope="col">{move || locale.texts().col_stage}</th>
                            <th scope="col" class="num">{move || locale.texts().total_count}</th>
                            <th scope="col" class="num">{move || locale.texts().total_sum}</th>
                            <th scope="col" class="num">{move || locale.texts().total_weighted}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {Stage::ALL.into_iter().map(|s| {
                            let c = move || totals.get()[s.index()];
                            let money = move |minor| crate::domain::Money::new(minor, currency());
                            view! {
                                <tr data-testid=format!("stage-row-{}", s.index())>
                                    <th scope="row">{move || locale.texts().stages[s.index()]}</th>
                                    <td class="num">{move || fmt::int(c().count as i64)}</td>
                                    <td class="num" title=move || fmt::money(money(c().sum_minor))>
                                        {move || fmt::money_compact(money(c().sum_minor), locale.0.get())}
                                    </td>
                                    <td class="num" title=move || fmt::money(money(c().weighted_minor))>
                                        {move || fmt::money_compact(money(c().weighted_minor), locale.0.get())}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn KpiTiles() -> impl IntoView {
    let locale = use_locale();
    let data = use_data();
    let totals = Memo::new(move |_| {
        let settings = data.db.settings().read();
        column_totals(data.db.deals().read().iter(), &settings)
    });
    let currency = move || data.db.settings().read().currency;
    let open = move || {
        let t = totals.get();
        Stage::ALL.iter().filter(|s| !s.is_closed()).fold((0usize, 0i64, 0i64), |acc, s| {
            let c = t[s.index()];
            (acc.0 + c.count, acc.1 + c.sum_minor, acc.2 + c.weighted_minor)
        })
    };
    let money = move |minor: i64| fmt::money_compact(crate::domain::Money::new(minor, currency()), locale.0.get());
    let exact = move |minor: i64| fmt::money(crate::domain::Money::new(minor, currency()));
    let win_rate = move || {
        let t = totals.get();
        let (w, l) = (t[Stage::Won.index()].count, t[Stage::Lost.index()].count);
        if w + l == 0 {
            "—".to_string()
        } else {
            fmt::percent(w as f64 / (w + l) as f64)
        }
    };
    let tile = move |label: Signal<&'static str>, value: Signal<String>, title: Signal<String>, id: &'static str| {
        view! {
            <div class="kpi" data-testid=format!("kpi-{id}")>
                <div class="kpi-label">{label}</div>
                <div class="kpi-value num" title=title>{value}</div>
            </div>
        }
    };
    let l = move |f: fn(&crate::i18n::Texts) -> &'static str| Signal::derive(move || f(locale.texts()));
    view! {
        <section class="kpis" data-testid="kpis">
            {tile(l(|t| t.kpi_open_pipeline), Signal::derive(move || money(open().1)), Signal::derive(move || exact(open().1)), "open")}
            {tile(l(|t| t.kpi_weighted), Signal::derive(move || money(open().2)), Signal::derive(move || exact(open().2)), "weighted")}
            {tile(l(|t| t.kpi_won), Signal::derive(move || money(totals.get()[Stage::Won.index()].sum_minor)), Signal::derive(move || exact(totals.get()[Stage::Won.index()].sum_minor)), "won")}
            {tile(l(|t| t.kpi_win_rate), Signal::derive(win_rate), Signal::derive(win_rate), "win-rate")}
            {tile(l(|t| t.kpi_open_deals), Signal::derive(move || fmt::int(open().0 as i64)), Signal::derive(move || fmt::int(open().0 as i64)), "open-deals")}
            {tile(l(|t| t.kpi_accounts), Signal::derive(move || fmt::int(count(data.db, EntityKind::Account) as i64)), Signal::derive(|| String::new()), "accounts")}
        </section>
    }
}
