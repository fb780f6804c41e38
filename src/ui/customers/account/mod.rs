//! `/accounts/:id`: one customer — details and credit, contacts, invoices
//! with payments, new orders, survey responses, complaints, and the whole
//! history as one timeline.

mod complaint_form;
mod invoices;
mod order_form;
mod survey_form;
mod timeline;
mod value;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::credit::{assess, RiskLevel};
use crate::domain::{Account, Id};
use crate::i18n::format as fmt;
use crate::ui::contract::SignedArchive;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};

#[component]
pub fn AccountPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_data();
    let locale = use_locale();
    let id = Memo::new(move |_| params.read().get("id").and_then(|i| Id::parse(&i)));
    let exists = Memo::new(move |_| id.get().is_some_and(|id| data.db.accounts().with(|a| a.iter().any(|x| x.id == id))));
    move || {
        let c = &locale.texts().customers;
        let Some(account_id) = id.get().filter(|_| exists.get()) else {
            return view! {
                <div class="center-state" role="alert" data-testid="account-missing">
                    <p>{c.account_not_found}</p>
                    <a class="btn" href="/customers">{c.back_to_accounts}</a>
                </div>
            }
            .into_any();
        };
        view! {
            <div class="page account-page" data-testid="account-page">
                <AccountHead account_id/>
                <div class="account-grid">
                    <div class="account-main">
                        <invoices::Invoices account_id/>
                        <timeline::AccountTimeline account_id/>
                    </div>
                    <div class="account-side">
                        <value::ValueCard account_id/>
                        <Contacts account_id/>
                        <order_form::OrderForm account_id/>
                        <survey_form::SurveyForm account_id/>
                        <complaint_form::ComplaintForm account_id/>
                        <SignedArchive account_id/>
                    </div>
                </div>
            </div>
        }
        .into_any()
    }
}

fn find(data: crate::ui::state::DataCtx, id: Id) -> Option<Account> {
    data.db.accounts().with(|a| a.iter().find(|x| x.id == id).cloned())
}

#[component]
fn AccountHead(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let account = Memo::new(move |_| find(data, account_id));
    let text = move |f: fn(&Account) -> String| move || account.with(|a| a.as_ref().map(f).unwrap_or_default());
    let owner = move || {
        let o = account.with(|a| a.as_ref().and_then(|a| a.owner_id))?;
        data.db.people().with(|p| p.iter().find(|x| x.id == o).map(|p| p.name.clone()))
    };
    let risk = move || {
        let a = account.get()?;
        let now = clock.now();
        let level = data.db.invoices().with(|i| data.db.payments().with(|p| assess(&a, i, p, now).level));
        Some(level)
    };
    let c = move || &locale.texts().customers;
    view! {
        <header class="page-head">
            <a class="back" href="/customers">{move || c().back_to_accounts}</a>
            <h1 data-testid="account-name">{text(|a| a.name.clone())}</h1>
            <p class="muted">
                {text(|a| [a.industry.as_str(), a.region.as_str(), a.city.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · "))}
            </p>
        </header>
        <section class="card account-facts" aria-label=move || c().facts>
            <dl class="facts">
                <div><dt>{move || c().col_owner}</dt><dd data-testid="account-owner">{owner}</dd></div>
                <div><dt>{move || c().employees}</dt><dd class="num">{move || account.with(|a| a.as_ref().and_then(|a| a.employees).map(|n| fmt::int(n as i64)).unwrap_or_default())}</dd></div>
                <div><dt>{move || c().website}</dt><dd>{text(|a| a.website.clone())}</dd></div>
                <div>
                    <dt>{move || c().credit}</dt>
                    <dd data-testid="account-credit">
                        {move || risk().map(|r| {
                            let cls = match r { RiskLevel::Low => "pill", RiskLevel::Medium => "pill pill-warn", RiskLevel::High => "pill pill-danger" };
                            view! { <span class=cls>{c().risk_levels[r as usize]}</span> }
                        })}
                        {move || account.with(|a| a.as_ref().is_some_and(|a| a.credit.blacklisted)).then(|| view! {
                            " " <span class="pill pill-danger" data-testid="account-blacklisted">{c().blacklisted}</span>
                        })}
                    </dd>
                </div>
                <div>
                    <dt>{move || c().credit_limit}</dt>
                    <dd class="num">{move || account.with(|a| a.as_ref().and_then(|a| a.credit.credit_limit).map(fmt::money)).unwrap_or_else(|| c().no_limit.to_string())}</dd>
                </div>
            </dl>
        </section>
    }
}

#[component]
fn Contacts(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let list = move || data.db.contacts().with(|c| c.iter().filter(|x| x.account_id == account_id).cloned().collect::<Vec<_>>());
    let c = move || &locale.texts().customers;
    view! {
        <section class="card" data-testid="account-contacts">
            <h2>{move || c().contacts}</h2>
            <Show when=move || !list().is_empty() fallback=move || view! { <p class="muted">{c().no_contacts}</p> }>
                <ul class="plain-list">
                    <For each=list key=|x| (x.id, x.updated_at) let:x>
                        <li data-testid="contact-item">
                            <strong>{x.name.clone()}</strong>
                            {(!x.title.is_empty()).then(|| format!(" · {}", x.title))}
                            " · " <span class="pill">{move || locale.texts().buying_roles[x.buying_role as usize]}</span>
                            {(!x.email.is_empty()).then(|| view! { <br/><span class="muted">{x.email.clone()}</span> })}
                        </li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}
