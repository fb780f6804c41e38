//! `/customers/tiers`: customer value tiers (RFM) with their distribution,
//! the accounts of a chosen tier, the named RFM segments, lifecycle stages,
//! industry verticals, and the editable rules behind them.

use leptos::prelude::*;

use super::bars::{Bar, Bars};
use super::insights::{lifecycle_memo, rfm_memo};
use super::rules_form::RulesForm;
use super::CustomerPage;
use crate::domain::customers::{by_industry, template_for, LifecycleStage, RfmScore, Segment, Tier};
use crate::domain::{sorting, Money};
use crate::i18n::format as fmt;
use crate::ui::area::KindTabs;
use crate::ui::areas::Area;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};

const TIER_CLASS: [&str; 4] = ["bar-1", "bar-2", "bar-3", "bar-4"];
const LIST: usize = 50;

#[component]
pub fn TiersPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let rfm = rfm_memo(data, clock);
    let stages = lifecycle_memo(data, clock);
    let chosen = RwSignal::new(Tier::HighValue);
    let currency = move || data.db.settings().with(|s| s.currency);
    let money = move |minor: i64| fmt::money_compact(Money::new(minor, currency()), locale.0.get());
    let i = move || &locale.texts().insights;
    let dist = Memo::new(move |_| rfm.with(|r| r.distribution()));
    let bars = Signal::derive(move || {
        dist.get()
            .iter()
            .enumerate()
            .map(|(k, t)| Bar { label: i().tiers[k].into(), value: t.accounts as f64, shown: fmt::int(t.accounts as i64), class: TIER_CLASS[k] })
            .collect::<Vec<_>>()
    });
    let members = Memo::new(move |_| {
        let tier = chosen.get();
        let mut v: Vec<RfmScore> = rfm.with(|r| r.scored.iter().filter(|s| s.tier == tier).copied().collect());
        sorting::sort_by(&mut v, |a, b| b.values.monetary_minor.cmp(&a.values.monetary_minor));
        v
    });
    let names = Memo::new(move |_| data.db.accounts().with(|a| a.iter().map(|a| (a.id, a.name.clone())).collect::<std::collections::HashMap<_, _>>()));
    let segments = Memo::new(move |_| {
        let mut n = [0usize; 11];
        rfm.with(|r| r.scored.iter().for_each(|s| n[s.segment.index()] += 1));
        n
    });
    let stage_counts = Memo::new(move |_| {
        let mut n = [0usize; 5];
        stages.with(|s| s.values().for_each(|l| n[l.stage.index()] += 1));
        n
    });
    let verticals = Memo::new(move |_| {
        let cur = currency();
        let mut v = rfm.with(|r| data.db.accounts().with(|a| data.db.orders().with(|o| by_industry(a, o, cur, r))));
        sorting::sort_by(&mut v, |a, b| b.revenue_minor.cmp(&a.revenue_minor));
        v
    });
    let current = Memo::new(|_| None);
    view! {
        <div class="page" data-testid="tiers-page">
            <header class="page-head">
                <h1>{move || i().tiers_title}</h1>
                <p class="muted">{move || i().tiers_intro}</p>
            </header>
            <KindTabs area=Area::Customers current page=CustomerPage::Tiers/>
            <section class="card" data-testid="tier-distribution">
                <h2>{move || i().distribution}</h2>
                <div class="chart-and-table">
                    <Bars bars title=Signal::derive(move || i().distribution.to_string()) testid="tier-chart"/>
                    <div class="table-wrap">
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{move || i().tab_tiers}</th>
                                <th scope="col" class="num">{move || i().col_accounts}</th>
                                <th scope="col" class="num">{move || i().col_spend}</th>
                                <th scope="col" class="hide-sm">{move || i().col_strategy}</th>
                            </tr></thead>
                            <tbody>
                                {Tier::ALL.into_iter().map(|tier| view! {
                                    <tr data-testid="tier-row" data-tier=tier.key() class:selected=move || chosen.get() == tier>
                                        <th scope="row">
                                            <button class="btn-link" type="button" aria-pressed=move || (chosen.get() == tier).to_string()
                                                on:click=move |_| chosen.set(tier)>{move || i().tiers[tier.index()]}</button>
                                        </th>
                                        <td class="num" data-testid="tier-count">{move || fmt::int(dist.get()[tier.index()].accounts as i64)}</td>
                                        <td class="num">{move || money(dist.get()[tier.index()].monetary_minor)}</td>
                                        <td class="hide-sm muted">{move || i().tier_strategies[tier.index()]}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </div>
                <p class="muted" data-testid="tier-unscored">{move || (i().no_orders)(rfm.with(|r| r.no_orders.len()))}</p>
            </section>
            <section class="card" data-testid="tier-members">
                <h2>{move || (i().accounts_in)(i().tiers[chosen.get().index()], members.with(Vec::len))}</h2>
                <div class="table-wrap">
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{move || locale.texts().col_name}</th>
                            <th scope="col" class="num">{move || i().col_scores}</th>
                            <th scope="col" class="num hide-sm">{move || i().col_recency}</th>
                            <th scope="col" class="num">{move || i().col_frequency}</th>
                            <th scope="col" class="num">{move || i().col_monetary}</th>
                            <th scope="col" class="hide-sm">{move || i().segments_title}</th>
                        </tr></thead>
                        <tbody>
                            {move || members.get().into_iter().take(LIST).map(|s| {
                                let id = s.values.account_id;
                                view! {
                                    <tr data-testid="tier-member">
                                        <td><a href=format!("/accounts/{id}")>{move || names.with(|n| n.get(&id).cloned()).unwrap_or_default()}</a></td>
                                        <td class="num">{format!("{} · {} · {}", s.r, s.f, s.m)}</td>
                                        <td class="num hide-sm">{(i().days)(s.values.recency_days)}</td>
                                        <td class="num">{fmt::int(i64::from(s.values.frequency))}</td>
                                        <td class="num">{money(s.values.monetary_minor)}</td>
                                        <td class="hide-sm">{i().segments[s.segment.index()]}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
            <div class="two-cols">
                <section class="card" data-testid="segments">
                    <h2>{move || i().segments_title}</h2>
                    <table class="table">
                        <tbody>
                            {Segment::ALL.into_iter().map(|seg| view! {
                                <tr>
                                    <th scope="row">{move || i().segments[seg.index()]}</th>
                                    <td class="num">{move || fmt::int(segments.get()[seg.index()] as i64)}</td>
                                    <td class="muted hide-sm">{move || i().segment_strategies[seg.index()]}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
                <section class="card" data-testid="lifecycle">
                    <h2>{move || i().lifecycle_title}</h2>
                    <table class="table">
                        <tbody>
                            {LifecycleStage::ALL.into_iter().map(|st| view! {
                                <tr data-testid="stage-row">
                                    <th scope="row">{move || i().stages[st.index()]}</th>
                                    <td class="num">{move || fmt::int(stage_counts.get()[st.index()] as i64)}</td>
                                    <td class="muted hide-sm">{move || i().approaches[st.index()]}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
            </div>
            <section class="card" data-testid="verticals">
                <h2>{move || i().verticals_title}</h2>
                <div class="table-wrap">
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{move || i().col_industry}</th>
                            <th scope="col" class="num">{move || i().col_accounts}</th>
                            <th scope="col" class="num">{move || i().col_customers}</th>
                            <th scope="col" class="num">{move || i().col_spend}</th>
                            <th scope="col" class="num hide-sm">{move || i().col_avg_order}</th>
                            <th scope="col" class="hide-sm">{move || i().tab_tiers}</th>
                            <th scope="col" class="hide-sm">{move || i().template_pitch}</th>
                        </tr></thead>
                        <tbody>
                            {move || {
                                let templates = data.db.settings().with(|s| s.customers.templates.clone());
                                verticals.get().into_iter().map(|v| {
                                    let pitch = template_for(&templates, &v.industry).map(|t| t.pitch.clone()).unwrap_or_default();
                                    let mix = Tier::ALL.iter().map(|t| format!("{} {}", i().tiers[t.index()], v.tiers[t.index()])).collect::<Vec<_>>().join(" · ");
                                    view! {
                                        <tr data-testid="vertical-row">
                                            <th scope="row">{if v.industry.is_empty() { i().no_industry.to_string() } else { v.industry.clone() }}</th>
                                            <td class="num">{fmt::int(v.accounts as i64)}</td>
                                            <td class="num">{fmt::int(v.customers as i64)}</td>
                                            <td class="num">{money(v.revenue_minor)}</td>
                                            <td class="num hide-sm">{v.average_order_minor().map(money).unwrap_or_default()}</td>
                                            <td class="hide-sm muted">{mix}</td>
                                            <td class="hide-sm">{pitch}</td>
                                        </tr>
                                    }
                                }).collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </section>
            <RulesForm/>
        </div>
    }
}
