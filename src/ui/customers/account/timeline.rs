//! The account's whole history as one list, newest first, each entry
//! opening its record. Long histories show the latest first and grow on
//! demand.

use leptos::prelude::*;

use crate::domain::customers::timeline::{timeline, Entry, Sources, What};
use crate::domain::Id;
use crate::i18n::{format as fmt, Texts};
use crate::ui::areas::record_href;
use crate::ui::browser;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

const STEP: usize = 30;

fn label(t: &Texts, w: What) -> String {
    let c = &t.customers;
    match w {
        What::DealOpened => c.deal_opened.into(),
        What::DealWon => c.deal_won.into(),
        What::DealLost => c.deal_lost.into(),
        What::Quote(s) => format!("{} · {}", c.quote_word, t.quote_status[s as usize]),
        What::Contract(s) => format!("{} · {}", c.contract_word, t.contract_status[s as usize]),
        What::Order => c.order_word.into(),
        What::Invoice => c.invoice_word.into(),
        What::Payment => c.payment_word.into(),
        What::Activity(k) => t.activity_kinds[k as usize].into(),
        What::Survey(k, score) => format!("{} {score}", t.survey_kinds[k as usize]),
        What::Complaint(s) => format!("{} · {}", c.complaint_word, t.complaint_status[s as usize]),
        What::SuccessCase => c.success_case_word.into(),
        What::EventAttended => c.event_attended.into(),
    }
}

fn tone(w: What) -> &'static str {
    match w {
        What::DealWon | What::Payment => "pill pill-ok",
        What::DealLost | What::Complaint(_) => "pill pill-warn",
        _ => "pill",
    }
}

#[component]
pub fn AccountTimeline(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let shown = RwSignal::new(STEP);
    let entries = Memo::new(move |_| {
        let db = data.db;
        let (deals, quotes, contracts, orders, invoices) = (db.deals().read(), db.quotes().read(), db.contracts().read(), db.orders().read(), db.invoices().read());
        let (payments, activities, surveys, complaints) = (db.payments().read(), db.activities().read(), db.survey_responses().read(), db.complaints().read());
        let (cases, events) = (db.success_cases().read(), db.community_events().read());
        let s = Sources {
            deals: &deals,
            quotes: &quotes,
            contracts: &contracts,
            orders: &orders,
            invoices: &invoices,
            payments: &payments,
            activities: &activities,
            surveys: &surveys,
            complaints: &complaints,
            cases: &cases,
            events: &events,
        };
        timeline(account_id, &s)
    });
    let visible = move || entries.with(|e| e.iter().take(shown.get()).cloned().collect::<Vec<Entry>>());
    let more = move || entries.with(Vec::len) > shown.get();
    let c = move || &locale.texts().customers;
    view! {
        <section class="card" data-testid="account-timeline">
            <h2>{move || c().timeline} " " <span class="badge num" data-testid="timeline-count">{move || entries.with(Vec::len)}</span></h2>
            <Show when=move || entries.with(|e| !e.is_empty()) fallback=move || view! { <p class="muted">{c().timeline_empty}</p> }>
                <ol class="timeline account-timeline">
                    <For each=visible key=|e| (e.id, format!("{:?}", e.what)) let:e>
                        {
                            let what = e.what;
                            let when = move || if e.date_only { fmt::date(e.at.date_naive(), locale.0.get()) } else { fmt::datetime_short(e.at, browser::local_offset(), locale.0.get()) };
                            view! {
                                <li data-testid="timeline-entry" data-kind=e.kind.store_name()>
                                    <span class=tone(what)>{move || label(locale.texts(), what)}</span>
                                    " " <a href=record_href(e.kind, e.id)>{if e.title.is_empty() { "—".to_string() } else { e.title.clone() }}</a>
                                    {e.amount.map(|m| view! { " · " <span class="num">{fmt::money(m)}</span> })}
                                    " · " <span class="muted num">{when}</span>
                                </li>
                            }
                        }
                    </For>
                </ol>
                <Show when=more>
                    <button class="btn-ghost" type="button" data-testid="timeline-more" on:click=move |_| shown.update(|n| *n += STEP)>{move || c().timeline_more}</button>
                </Show>
            </Show>
        </section>
    }
}
