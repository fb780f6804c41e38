//! `/pipeline/deals`: the board's deals as a sortable list, with the same
//! filters and the same move action (a stage picker per row).

use leptos::prelude::*;

use super::filters::FilterBar;
use crate::ui::pager::Pager;
use super::model::{board_model, Filters};
use super::moves::{Mover, Target};
use super::{MoveDialogs, PipelineTabs};
use crate::domain::deal_rules::{days_in_stage, is_stale};
use crate::domain::pipeline::Stage;
use crate::domain::Deal;
use crate::i18n::format as fmt;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};

const PAGE: usize = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sort {
    Name,
    Account,
    Owner,
    Amount,
    Stage,
    Close,
    Days,
}

#[component]
pub fn DealListPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let filters = Filters::new();
    let model = board_model(filters);
    let mover = Mover::new(model);
    let sort = RwSignal::new((Sort::Amount, false));
    let page = RwSignal::new(0usize);
    let rows = Memo::new(move |_| {
        let ids = model.shown_ids();
        let now = clock.now();
        let names = model.names.get();
        let accounts = model.accounts.get();
        let mut deals: Vec<Deal> = data.db.deals().with(|d| d.iter().filter(|x| ids.contains(&x.id)).cloned().collect());
        let (key, asc) = sort.get();
        let name_of = |m: &std::collections::HashMap<_, String>, id| m.get(&id).cloned().unwrap_or_default();
        deals.sort_by(|a, b| {
            let o = match key {
                Sort::Name => a.name.cmp(&b.name),
                Sort::Account => name_of(&accounts, a.account_id).cmp(&name_of(&accounts, b.account_id)),
                Sort::Owner => name_of(&names, a.owner_id).cmp(&name_of(&names, b.owner_id)),
                Sort::Amount => a.amount.minor.cmp(&b.amount.minor),
                Sort::Stage => a.stage.cmp(&b.stage),
                Sort::Close => a.expected_close.cmp(&b.expected_close),
                Sort::Days => days_in_stage(a, now).cmp(&days_in_stage(b, now)),
            };
            if asc { o } else { o.reverse() }
        });
        deals
    });
    let total = move || rows.with(Vec::len);
    let header = move |key: Sort, label: fn(&crate::i18n::Texts) -> &'static str, num: bool| {
        view! {
            <th scope="col" class:num=num
                aria-sort=move || match sort.get() { (k, true) if k == key => "ascending", (k, false) if k == key => "descending", _ => "none" }>
                <button class="th-sort" data-testid=format!("sort-{key:?}").to_lowercase()
                    aria-label=move || (locale.texts().sort_by)(label(locale.texts()))
                    on:click=move |_| sort.update(|s| *s = if s.0 == key { (key, !s.1) } else { (key, true) })>
                    {move || label(locale.texts())}
                    {move || match sort.get() { (k, true) if k == key => " ▲", (k, false) if k == key => " ▼", _ => "" }}
                </button>
            </th>
        }
    };
    view! {
        <div class="page" data-testid="deal-list-page">
            <header class="page-head"><h1>{move || locale.texts().nav[2]}</h1></header>
            <PipelineTabs list=true/>
            <FilterBar filters model/>
            <section class="card">
                <div class="table-wrap">
                    <table class="table" data-testid="deal-list">
                        <thead><tr>
                            {header(Sort::Name, |t| t.col_name, false)}
                            {header(Sort::Account, |t| t.col_account, false)}
                            {header(Sort::Owner, |t| t.col_owner, false)}
                            {header(Sort::Amount, |t| t.col_amount, true)}
                            {header(Sort::Stage, |t| t.col_stage, false)}
                            {header(Sort::Close, |t| t.col_close, false)}
                            {header(Sort::Days, |t| t.col_days, true)}
                        </tr></thead>
                        <tbody>
                            <For each=move || rows.with(|r| r.iter().skip(page.get() * PAGE).take(PAGE).map(|d| d.id).collect::<Vec<_>>())
                                key=|id| *id let:id>
                                {move || {
                                    let d = data.db.deals().with(|v| v.iter().find(|x| x.id == id).cloned())?;
                                    let t = locale.texts();
                                    let now = clock.now();
                                    let stale = data.db.settings().with(|s| is_stale(&d, s, now));
                                    let name = d.name.clone();
                                    Some(view! {
                                        <tr data-testid="deal-row" data-deal=id.to_string()>
                                            <td><a href=format!("/deals/{id}")>{d.name.clone()}</a></td>
                                            <td>{model.accounts.with(|a| a.get(&d.account_id).cloned()).unwrap_or_default()}</td>
                                            <td>{model.names.with(|a| a.get(&d.owner_id).cloned()).unwrap_or_default()}</td>
                                            <td class="num" title=fmt::money(d.amount)>{fmt::money_compact(d.amount, locale.0.get())}</td>
                                            <td>
                                                <select class="input" data-testid="row-stage" aria-label=(t.move_to_stage)(&name)
                                                    on:change=move |ev| {
                                                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                                                            mover.request(Target { id, to: Stage::ALL[i.min(5)], index: usize::MAX });
                                                        }
                                                    }>
                                                    {Stage::ALL.iter().map(|s| view! {
                                                        <option value=s.index().to_string() selected=*s == d.stage>{t.stages[s.index()]}</option>
                                                    }).collect_view()}
                                                </select>
                                            </td>
                                            <td class="num">{d.expected_close.map(|c| fmt::date(c, locale.0.get())).unwrap_or_default()}</td>
                                            <td class="num">
                                                {days_in_stage(&d, now)}
                                                {stale.then(|| view! { " " <span class="stale-badge">"⚠ " {t.stale_short}</span> })}
                                            </td>
                                        </tr>
                                    })
                                }}
                            </For>
                        </tbody>
                    </table>
                </div>
                <Pager page total=Signal::derive(total) per_page=PAGE/>
            </section>
            <div class="sr-only" role="status" aria-live="polite" data-testid="board-announce">{move || mover.announce.get()}</div>
            <MoveDialogs mover/>
        </div>
    }
}
