//! `/customers`: every account with its industry, region, owner, orders and
//! open balance, searchable and paged.

use std::collections::HashMap;

use leptos::prelude::*;

use super::CustomerPage;
use crate::domain::customers::ledger::open_balances;
use crate::domain::{sorting, Account, Id, Money};
use crate::i18n::format as fmt;
use crate::ui::area::KindTabs;
use crate::ui::areas::Area;
use crate::ui::pager::Pager;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};

const PAGE: usize = 50;

/// Per account: orders placed and open balance in the workspace currency.
type Figures = HashMap<Id, (usize, i64)>;

#[component]
pub fn AccountsPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let page = RwSignal::new(0usize);
    let query = RwSignal::new(String::new());
    let figures = Memo::new(move |_| {
        let today = clock.now().date_naive();
        let currency = data.db.settings().with(|s| s.currency);
        let mut out: Figures = HashMap::new();
        data.db.orders().with(|os| os.iter().for_each(|o| out.entry(o.account_id).or_default().0 += 1));
        let balances = data.db.invoices().with(|i| data.db.payments().with(|p| open_balances(currency, i, p, today)));
        for (account, owed) in balances {
            out.entry(account).or_default().1 = owed;
        }
        out
    });
    let owners = Memo::new(move |_| data.db.people().with(|p| p.iter().map(|p| (p.id, p.name.clone())).collect::<HashMap<Id, String>>()));
    let shown = Memo::new(move |_| {
        let q = query.get().trim().to_lowercase();
        let mut v: Vec<Account> = data.db.accounts().with(|a| {
            a.iter()
                .filter(|a| q.is_empty() || a.name.to_lowercase().contains(&q) || a.industry.to_lowercase().contains(&q) || a.region.to_lowercase().contains(&q))
                .cloned()
                .collect()
        });
        sorting::sort_by(&mut v, |a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        v
    });
    let total = Signal::derive(move || shown.read().len());
    let visible = move || shown.read().iter().skip(page.get() * PAGE).take(PAGE).cloned().collect::<Vec<_>>();
    let current = Memo::new(|_| None);
    let c = move || &locale.texts().customers;
    view! {
        <div class="page" data-testid="accounts-page">
            <header class="page-head">
                <h1>{move || c().accounts_title}</h1>
                <p class="muted">{move || c().accounts_intro}</p>
            </header>
            <KindTabs area=Area::Customers current page=CustomerPage::Accounts/>
            <div class="toolbar">
                <label class="field">
                    <span>{move || c().search_accounts}</span>
                    <input type="search" class="input" data-testid="account-search" autocomplete="off"
                        prop:value=move || query.get() on:input=move |ev| { query.set(event_target_value(&ev)); page.set(0); }/>
                </label>
            </div>
            <Show when=move || { total.get() > 0 } fallback=move || view! {
                <div class="empty-state" data-testid="accounts-empty"><p>{move || c().accounts_empty}</p></div>
            }>
                <section class="card" aria-label=move || c().accounts_title>
                    <div class="table-wrap">
                        <table class="table" data-testid="accounts-table">
                            <thead><tr>
                                <th scope="col">{move || locale.texts().col_name}</th>
                                <th scope="col" class="hide-sm">{move || c().col_industry}</th>
                                <th scope="col" class="hide-sm">{move || c().col_region}</th>
                                <th scope="col" class="hide-sm">{move || c().col_owner}</th>
                                <th scope="col" class="num">{move || c().col_orders}</th>
                                <th scope="col" class="num">{move || c().col_balance}</th>
                            </tr></thead>
                            <tbody>
                                <For each=visible key=|a| (a.id, a.updated_at) let:a>
                                    <AccountRow a figures owners/>
                                </For>
                            </tbody>
                        </table>
                    </div>
                    <Pager page total per_page=PAGE/>
                </section>
            </Show>
        </div>
    }
}

#[component]
fn AccountRow(a: Account, figures: Memo<Figures>, owners: Memo<HashMap<Id, String>>) -> impl IntoView {
    let data = use_data();
    let id = a.id;
    let owner = a.owner_id;
    let owner_name = move || owner.and_then(|o| owners.with(|n| n.get(&o).cloned())).unwrap_or_default();
    let orders = move || figures.with(|f| f.get(&id).map_or(0, |x| x.0));
    let balance = move || {
        let minor = figures.with(|f| f.get(&id).map_or(0, |x| x.1));
        fmt::money(Money::new(minor, data.db.settings().with(|s| s.currency)))
    };
    view! {
        <tr data-testid="account-row" data-account=id.to_string()>
            <td><a href=format!("/accounts/{id}")>{a.name.clone()}</a></td>
            <td class="hide-sm">{a.industry.clone()}</td>
            <td class="hide-sm">{a.region.clone()}</td>
            <td class="hide-sm">{owner_name}</td>
            <td class="num" data-testid="account-orders">{move || fmt::int(orders() as i64)}</td>
            <td class="num" data-testid="account-balance">{balance}</td>
        </tr>
    }
}
