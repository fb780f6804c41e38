//! `/deals/:id`: one opportunity — details, stage history, exit checklist,
//! activity timeline, contacts, quotes, contracts and negotiation.

mod case;
mod negotiation;
mod related;
mod support;
mod timeline;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::deal_rules::{days_in_stage, is_stale};
use crate::domain::Id;
use crate::i18n::format as fmt;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};

#[component]
pub fn DealPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let id = Memo::new(move |_| params.read().get("id").and_then(|i| Id::parse(&i)));
    let deal = Memo::new(move |_| {
        let id = id.get()?;
        data.db.deals().with(|d| d.iter().find(|x| x.id == id).cloned())
    });
    let exists = Memo::new(move |_| deal.with(Option::is_some));
    let field = move |f: fn(&crate::domain::Deal) -> String| move || deal.with(|d| d.as_ref().map(f).unwrap_or_default());
    move || {
        let t = locale.texts();
        let Some(deal_id) = id.get().filter(|_| exists.get()) else {
            return view! {
                <div class="center-state" role="alert" data-testid="record-missing">
                    <p>{t.detail_not_found}</p>
                    <a class="btn" href="/pipeline">{t.go_home}</a>
                </div>
            }
            .into_any();
        };
        let account = move || {
            let aid = deal.with(|d| d.as_ref().map(|d| d.account_id));
            aid.and_then(|aid| data.db.accounts().with(|a| a.iter().find(|x| x.id == aid).map(|a| (aid, a.name.clone()))))
        };
        let owner = move || {
            let oid = deal.with(|d| d.as_ref().map(|d| d.owner_id));
            oid.and_then(|oid| data.db.people().with(|p| p.iter().find(|x| x.id == oid).map(|p| p.name.clone()))).unwrap_or_default()
        };
        let stage_info = move || {
            let t = locale.texts();
            let now = clock.now();
            deal.with(|d| {
                let d = d.as_ref()?;
                let stale = data.db.settings().with(|s| is_stale(d, s, now));
                Some((t.stages[d.stage.index()], (t.days_in_stage)(days_in_stage(d, now) as usize), stale))
            })
        };
        let money = move |weighted: bool| {
            deal.with(|d| {
                d.as_ref().map(|d| {
                    if weighted {
                        data.db.settings().with(|s| fmt::money(crate::domain::pipeline::weighted(d.amount, d.stage, s)))
                    } else {
                        fmt::money(d.amount)
                    }
                })
            })
            .unwrap_or_default()
        };
        view! {
            <div class="page" data-testid="deal-page">
                <a class="back" href="/pipeline">"← " {t.view_board}</a>
                <header class="page-head">
                    <h1>{field(|d| d.name.clone())}</h1>
                    <p class="muted">
                        {move || account().map(|(aid, name)| view! { <a href=format!("/record/accounts/{aid}")>{name}</a> })}
                        " · " {owner}
                    </p>
                </header>
                <section class="kpis">
                    <div class="kpi"><div class="kpi-label">{t.col_amount}</div>
                        <div class="kpi-value num" data-testid="deal-amount">{move || money(false)}</div></div>
                    <div class="kpi"><div class="kpi-label">{t.col_stage}</div>
                        <div class="kpi-value" data-testid="deal-stage">{move || stage_info().map(|s| s.0)}</div>
                        <div class="muted small">{move || stage_info().map(|s| s.1)}
                            {move || stage_info().filter(|s| s.2).map(|_| view! { " · " <span class="stale-badge" data-testid="deal-stale">"⚠ " {locale.texts().stale_short}</span> })}</div></div>
                    <div class="kpi"><div class="kpi-label">{t.col_close}</div>
                        <div class="kpi-value">{move || deal.with(|d| d.as_ref().and_then(|d| d.expected_close)).map(|c| fmt::date(c, locale.0.get())).unwrap_or_else(|| "—".into())}</div></div>
                    <div class="kpi"><div class="kpi-label">{t.kpi_weighted}</div>
                        <div class="kpi-value num">{move || money(true)}</div></div>
                </section>
                <div class="two-col">
                    <div class="stack">
                        <related::Checklist deal_id/>
                        <timeline::Timeline deal_id/>
                        <negotiation::NegotiationForm deal_id/>
                        <support::SupportRequests deal_id/>
                        <case::SuccessCaseCard deal_id/>
                    </div>
                    <div class="stack">
                        <related::History deal_id/>
                        <related::Contacts deal_id/>
                        <related::Quotes deal_id/>
                        <related::Contracts deal_id/>
                    </div>
                </div>
            </div>
        }
        .into_any()
    }
}
