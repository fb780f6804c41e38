//! `/customers/complaints`: the complaints desk — every complaint with its
//! response state by the app clock, overdue ones first and highlighted.

use leptos::prelude::*;

use super::complaint::sla_pill;
use super::CustomerPage;
use crate::domain::customers::complaints::{breaches_by_owner, compliance_percent, sla, Sla};
use crate::domain::{sorting, Complaint, ComplaintStatus};
use crate::i18n::format as fmt;
use crate::ui::area::KindTabs;
use crate::ui::areas::Area;
use crate::ui::browser;
use crate::ui::pager::Pager;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};

const PAGE: usize = 50;

#[component]
pub fn ComplaintsPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let page = RwSignal::new(0usize);
    let only_open = RwSignal::new(true);
    let rows = Memo::new(move |_| {
        let now = clock.now();
        let open_only = only_open.get();
        let settings = data.db.settings().get();
        let mut v: Vec<(Complaint, Sla)> = data.db.complaints().with(|c| {
            c.iter()
                .filter(|c| !open_only || c.status != ComplaintStatus::Closed)
                .map(|c| (c.clone(), sla(c, &settings, now)))
                .collect()
        });
        // Overdue first (most overdue on top), then newest.
        let rank = |s: &Sla| match s {
            Sla::Overdue { hours_over } => (0, -hours_over),
            _ => (1, 0),
        };
        sorting::sort_by(&mut v, |a, b| rank(&a.1).cmp(&rank(&b.1)).then(b.0.opened_at.cmp(&a.0.opened_at)));
        v
    });
    let overdue = move || rows.with(|r| r.iter().filter(|x| matches!(x.1, Sla::Overdue { .. })).count());
    let total = Signal::derive(move || rows.read().len());
    let visible = move || rows.read().iter().skip(page.get() * PAGE).take(PAGE).cloned().collect::<Vec<_>>();
    let accounts = Memo::new(move |_| data.db.accounts().with(|a| a.iter().map(|a| (a.id, a.name.clone())).collect::<std::collections::HashMap<_, _>>()));
    let current = Memo::new(|_| None);
    let c = move || &locale.texts().customers;
    // Breaches count against the owner (complaint SLA is one of their KPIs).
    let by_owner = Memo::new(move |_| {
        let now = clock.now();
        let settings = data.db.settings().get();
        let names: std::collections::HashMap<_, _> = data.db.people().with(|p| p.iter().map(|p| (p.id, p.name.clone())).collect());
        data.db.complaints().with(|cs| {
            let mut rows: Vec<(String, usize, usize)> = breaches_by_owner(cs, &settings, now)
                .into_iter()
                .map(|(o, b, n)| (o.and_then(|o| names.get(&o).cloned()).unwrap_or_default(), b, n))
                .collect();
            sorting::sort_by(&mut rows, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            (rows, compliance_percent(cs, &settings, now))
        })
    });
    view! {
        <div class="page" data-testid="complaints-page">
            <header class="page-head">
                <h1>{move || c().complaints_title}</h1>
                <p class="muted">{move || c().complaints_intro}</p>
            </header>
            <KindTabs area=Area::Customers current page=CustomerPage::Complaints/>
            <div class="toolbar">
                <label class="check">
                    <input type="checkbox" data-testid="complaints-open-only" prop:checked=move || only_open.get()
                        on:change=move |ev| { only_open.set(event_target_checked(&ev)); page.set(0); }/>
                    {move || c().only_open}
                </label>
                <span class="pill pill-danger" data-testid="complaints-overdue" hidden=move || overdue() == 0>{move || (c().overdue_count)(overdue())}</span>
            </div>
            <Show when=move || { total.get() > 0 } fallback=move || view! { <div class="empty-state"><p>{move || c().complaints_empty}</p></div> }>
                <section class="card">
                    <div class="table-wrap">
                        <table class="table" data-testid="complaints-table">
                            <thead><tr>
                                <th scope="col">{move || c().complaint_title}</th>
                                <th scope="col" class="hide-sm">{move || c().col_account}</th>
                                <th scope="col" class="hide-sm">{move || c().severity}</th>
                                <th scope="col">{move || c().col_status}</th>
                                <th scope="col">{move || c().col_sla}</th>
                                <th scope="col" class="hide-sm">{move || c().col_opened}</th>
                            </tr></thead>
                            <tbody>
                                <For each=visible key=|r| (r.0.id, r.0.updated_at, r.1) let:r>
                                    {
                                        let (x, s) = r;
                                        let overdue = matches!(s, Sla::Overdue { .. });
                                        let account = x.account_id;
                                        let (opened, severity, status) = (x.opened_at, x.severity, x.status);
                                        view! {
                                            <tr data-testid="complaint-row" class:row-overdue=overdue>
                                                <td><a href=format!("/complaints/{}", x.id)>{x.title.clone()}</a></td>
                                                <td class="hide-sm"><a href=format!("/accounts/{account}")>{move || accounts.with(|a| a.get(&account).cloned()).unwrap_or_default()}</a></td>
                                                <td class="hide-sm">{move || locale.texts().severities[severity as usize]}</td>
                                                <td><span class="pill">{move || locale.texts().complaint_status[status as usize]}</span></td>
                                                <td data-testid="complaint-row-sla">{move || { let (text, cls) = sla_pill(c(), s); view! { <span class=cls>{text}</span> } }}</td>
                                                <td class="hide-sm num">{move || fmt::datetime_short(opened, browser::local_offset(), locale.0.get())}</td>
                                            </tr>
                                        }
                                    }
                                </For>
                            </tbody>
                        </table>
                    </div>
                    <Pager page total per_page=PAGE/>
                </section>
            </Show>
            <section class="card" data-testid="complaint-owners">
                <h2>{move || c().breaches_title}</h2>
                <p data-testid="complaint-compliance">
                    {move || c().compliance} ": "
                    <strong class="num">{move || by_owner.with(|b| b.1.map(|p| format!("{p:.1} %")).unwrap_or_else(|| "—".into()))}</strong>
                </p>
                <table class="table">
                    <thead><tr>
                        <th scope="col">{move || c().owner}</th>
                        <th scope="col" class="num">{move || c().breaches}</th>
                        <th scope="col" class="num">{move || c().complaints_title}</th>
                    </tr></thead>
                    <tbody>
                        {move || by_owner.get().0.into_iter().map(|(name, b, n)| view! {
                            <tr data-testid="owner-breaches">
                                <th scope="row">{if name.is_empty() { c().no_owner.to_string() } else { name }}</th>
                                <td class="num">{b}</td>
                                <td class="num">{n}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        </div>
    }
}
