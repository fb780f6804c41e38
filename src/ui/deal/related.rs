//! Read-mostly sections of the deal page: exit checklist, stage history,
//! contacts, quotes and contracts.

use crate::domain::sorting;
use leptos::prelude::*;

use crate::domain::checklist::{exit_items, is_met};
use crate::domain::deal_rules::set_checklist_item;
use crate::domain::signature::{verify, SignatureCheck};
use crate::domain::quote_rules::new_quote;
use crate::domain::{pricing, Deal, Id, QuoteStatus};
use crate::i18n::format as fmt;
use crate::store::Change;
use crate::ui::actions::commit;
use crate::ui::browser;
use crate::ui::ops::use_ops;
use leptos_router::hooks::use_navigate;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

fn find_deal(deal_id: Id) -> impl Fn() -> Option<Deal> + Copy {
    let data = use_data();
    move || data.db.deals().with(|d| d.iter().find(|x| x.id == deal_id).cloned())
}

#[component]
pub fn Checklist(deal_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let deal = find_deal(deal_id);
    let items = move || {
        let d = deal()?;
        let activities: Vec<_> = data.db.activities().with(|a| a.iter().filter(|x| x.deal_id == Some(deal_id)).cloned().collect());
        let quotes: Vec<_> = data.db.quotes().with(|q| q.iter().filter(|x| x.deal_id == deal_id).cloned().collect());
        Some(exit_items(d.stage).iter().map(|i| (i.key, i.manual, is_met(i, &d, &activities, &quotes))).collect::<Vec<_>>())
    };
    let toggle = move |key: &'static str, done: bool| {
        let Some(d) = deal() else { return };
        let next = set_checklist_item(&d, key, done, clock.now_untracked());
        let t = locale.texts();
        leptos::task::spawn_local(async move {
            let _ = commit(data, notices, t, Change::upsert(next)).await;
        });
    };
    view! {
        <section class="card" data-testid="deal-checklist">
            <h2>{move || locale.texts().exit_checklist}</h2>
            {move || match items() {
                Some(list) if !list.is_empty() => view! {
                    <ul class="checklist">
                        {list.into_iter().map(|(key, manual, met)| view! {
                            <li>
                                <label>
                                    <input type="checkbox" prop:checked=met disabled=!manual data-testid=format!("check-{key}")
                                        on:change=move |ev| toggle(key, event_target_checked(&ev))/>
                                    " " {(locale.texts().checklist_items)(key)}
                                    {(!manual).then(|| view! { " " <span class="muted small">{locale.texts().auto_item}</span> })}
                                </label>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
                _ => view! { <p class="muted">{locale.texts().none_yet}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
pub fn History(deal_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let deal = find_deal(deal_id);
    view! {
        <section class="card" data-testid="deal-history">
            <h2>{move || locale.texts().stage_history}</h2>
            <ol class="history">
                {move || {
                    let t = locale.texts();
                    let d = deal()?;
                    let people = data.db.people().read();
                    let who = |id: Option<Id>| id.and_then(|id| people.iter().find(|p| p.id == id).map(|p| p.name.clone())).unwrap_or_default();
                    Some(d.stage_history.iter().rev().map(|c| {
                        let from = c.from.map(|s| t.stages[s.index()]).unwrap_or(t.created);
                        let when = fmt::datetime_short(c.at, browser::local_offset(), locale.0.get());
                        view! { <li>{(t.history_entry)(from, t.stages[c.to.index()], &when, &who(c.by))}</li> }
                    }).collect_view())
                }}
            </ol>
        </section>
    }
}

#[component]
pub fn Contacts(deal_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let deal = find_deal(deal_id);
    let contacts = move || {
        let account = deal()?.account_id;
        Some(data.db.contacts().with(|c| c.iter().filter(|x| x.account_id == account).cloned().collect::<Vec<_>>()))
    };
    view! {
        <section class="card" data-testid="deal-contacts">
            <h2>{move || locale.texts().contacts}</h2>
            {move || {
                let t = locale.texts();
                let list = contacts().unwrap_or_default();
                if list.is_empty() {
                    return view! { <p class="muted">{t.none_yet}</p> }.into_any();
                }
                view! {
                    <ul class="plain">
                        {list.into_iter().map(|c| view! {
                            <li><a href=format!("/record/contacts/{}", c.id)>{c.name.clone()}</a>
                                " · " {c.title.clone()} " · " <span class="pill">{t.buying_roles[c.buying_role as usize]}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
pub fn Quotes(deal_id: Id) -> impl IntoView {
    let ops = use_ops();
    let data = ops.data;
    let locale = ops.locale;
    let navigate = use_navigate();
    let create = move |_| {
        let Some(d) = data.db.deals().with_untracked(|d| d.iter().find(|x| x.id == deal_id).cloned()) else { return };
        let settings = data.db.settings().get_untracked();
        let q = new_quote(&d, &data.db.quotes().get_untracked(), &settings, ops.new_id(), ops.now());
        let path = format!("/quotes/{}", q.id);
        let navigate = navigate.clone();
        ops.write_then(Change::upsert(q), None, move || navigate(&path, Default::default()));
    };
    view! {
        <section class="card" data-testid="deal-quotes">
            <h2>{move || locale.texts().quotes}</h2>
            {move || {
                let t = locale.texts();
                let products = data.db.products().read();
                let mut quotes: Vec<_> = data.db.quotes().with(|q| q.iter().filter(|x| x.deal_id == deal_id).cloned().collect());
                sorting::sort_by_key(&mut quotes, |q| std::cmp::Reverse(q.version));
                if quotes.is_empty() {
                    return view! { <p class="muted">{t.none_yet}</p> }.into_any();
                }
                view! {
                    <ul class="plain">
                        {quotes.into_iter().map(|q| {
                            let total = pricing::price_quote(&q, &products).map(|p| fmt::money(p.total)).unwrap_or_else(|_| "—".into());
                            let accepted = q.status == QuoteStatus::Accepted;
                            view! {
                                <li data-testid="quote-item"><a href=format!("/quotes/{}", q.id)>{(t.quote_total)(q.version, &total)}</a>
                                    " " <span class=if accepted { "pill ok" } else { "pill" }>{accepted.then_some("✓ ")}{t.quote_status[q.status as usize]}</span></li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <button class="btn" data-testid="new-quote" on:click=create>{move || locale.texts().docs.new_quote}</button>
        </section>
    }
}

#[component]
pub fn Contracts(deal_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    view! {
        <section class="card" data-testid="deal-contracts">
            <h2>{move || locale.texts().contracts}</h2>
            {move || {
                let t = locale.texts();
                let list: Vec<_> = data.db.contracts().with(|c| c.iter().filter(|x| x.deal_id == Some(deal_id)).cloned().collect());
                if list.is_empty() {
                    return view! { <p class="muted">{t.none_yet}</p> }.into_any();
                }
                view! {
                    <ul class="plain">
                        {list.into_iter().map(|c| {
                            let sig = match verify(&c) {
                                SignatureCheck::Unsigned => t.unsigned,
                                SignatureCheck::Valid => t.signature_valid,
                                SignatureCheck::Tampered => t.signature_tampered,
                            };
                            view! {
                                <li data-testid="contract-item"><a href=format!("/contracts/{}", c.id)>{c.title.clone()}</a>
                                    " · " <span class="num">{fmt::money(c.amount)}</span>
                                    " " <span class="pill">{t.contract_status[c.status as usize]}</span>
                                    " " <span class="muted small">{sig}</span></li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
