//! Headline KPI tiles, and the manager's lists: overdue invoices of the
//! team and the action for each rep's quadrant.

use leptos::prelude::*;

use super::roles::Charts;
use crate::domain::performance::{Kpi, KpiKey};
use crate::domain::Money;
use crate::i18n::format as fmt;
use crate::ui::areas::record_href;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

/// Overdue invoices listed before "and N more".
const OVERDUE_SHOWN: usize = 10;

#[component]
pub fn Tiles(#[prop(into)] tiles: Signal<Vec<Kpi>>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let k = move || &locale.texts().kpis;
    view! {
        <section class="dash-tiles" data-testid="dash-tiles" aria-label=move || locale.texts().dashboards.headline>
            {move || tiles.get().into_iter().map(|kpi| {
                let i = KpiKey::ALL.iter().position(|x| *x == kpi.key).unwrap_or(0);
                let value = super::super::value_text(&kpi, data.db.settings().with(|s| s.currency));
                view! {
                    <div class="card dash-tile" data-testid="dash-tile" data-kpi=kpi.key.key()>
                        <span class="dash-tile-name" title=k().definitions[i]>{k().names[i]}</span>
                        <strong class="dash-tile-value" data-testid="dash-tile-value">{value}</strong>
                        <span class="muted dash-tile-count" data-testid="dash-tile-count">{(locale.texts().dashboards.records)(kpi.records.len())}</span>
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

#[component]
pub fn ManagerLists(#[prop(into)] charts: Signal<Charts>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let d = move || &locale.texts().dashboards;
    let overdue = move || {
        let c = charts.get();
        let total = c.overdue.len();
        let rows = c.overdue.into_iter().take(OVERDUE_SHOWN).map(|o| {
            let number = data.db.invoices().with(|v| v.iter().find(|x| x.id == o.invoice_id).map(|x| x.number.clone())).unwrap_or_default();
            let account = data.db.accounts().with(|v| v.iter().find(|x| x.id == o.account_id).map(|x| x.name.clone())).unwrap_or_default();
            let owner = o.owner_id.and_then(|p| data.db.people().with(|v| v.iter().find(|x| x.id == p).map(|x| x.name.clone()))).unwrap_or_default();
            let balance = fmt::money(Money::new(o.balance_minor, data.db.settings().with(|s| s.currency)));
            let href = record_href(crate::domain::EntityKind::Invoice, o.invoice_id);
            view! {
                <tr data-testid="dash-overdue-row">
                    <th scope="row"><a href=href>{number}</a></th>
                    <td>{account}</td>
                    <td>{owner}</td>
                    <td class="num">{o.days_overdue}</td>
                    <td class="num">{balance}</td>
                </tr>
            }
        }).collect_view();
        (total, rows)
    };
    view! {
        <section class="card" data-testid="dash-overdue">
            <h2>{move || d().overdue}</h2>
            {move || {
                let (total, rows) = overdue();
                if total == 0 {
                    return view! { <p class="muted">{d().no_overdue}</p> }.into_any();
                }
                view! {
                    <div class="table-wrap">
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{d().col_invoice}</th>
                                <th scope="col">{d().col_account}</th>
                                <th scope="col">{d().rep}</th>
                                <th scope="col" class="num">{d().col_days}</th>
                                <th scope="col" class="num">{d().col_balance}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    {(total > OVERDUE_SHOWN).then(|| view! { <p class="muted">{(d().more)(total - OVERDUE_SHOWN)}</p> })}
                }.into_any()
            }}
        </section>
        <section class="card" data-testid="dash-quadrants">
            <h2>{move || d().quadrant}</h2>
            <div class="table-wrap">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{move || d().rep}</th>
                        <th scope="col">{move || d().col_quadrant}</th>
                        <th scope="col">{move || d().col_action}</th>
                    </tr></thead>
                    <tbody>
                        {move || charts.get().quadrants.into_iter().map(|(name, q)| view! {
                            <tr data-testid="dash-quadrant-row">
                                <th scope="row">{name}</th>
                                <td>{d().quadrants[q as usize]}</td>
                                <td>{d().actions[q as usize]}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
