//! `/performance/seasonal`: the seasonal forecast (季节性波动建模). Monthly
//! history from orders, won deals or an imported file, both Holt-Winters
//! models against the seasonal-naive baseline, the next 12 months with
//! their interval, and the months that fell outside their expected range.

mod chart;
mod import;
mod report;

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::domain::forecast::YearMonth;
use crate::domain::performance::history_csv::history_of;
use crate::domain::performance::seasonal::{analyse, History, SeasonalError};
use crate::domain::performance::{allowed_owners, Book, Scope};
use crate::domain::Currency;
use crate::ui::state::{snapshot, use_acting, use_clock, use_data, use_locale, DbStoreFields};

/// Where the history comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Source {
    Orders,
    WonDeals,
    Imported,
}

impl Source {
    fn key(self) -> &'static str {
        ["orders", "won", "imported"][self as usize]
    }
    fn from_key(k: &str) -> Option<Source> {
        [Source::Orders, Source::WonDeals, Source::Imported].into_iter().find(|s| s.key() == k)
    }
}

/// The last day of the month before `today`'s: a month still running would
/// read as a drop.
fn last_complete(today: NaiveDate) -> NaiveDate {
    today.with_day(1).and_then(|d| d.pred_opt()).unwrap_or(today)
}


#[component]
pub fn SeasonalPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let db = data.db;
    let imported_months = move || db.settings().with(|s| s.sales_history.months.len());
    let source = RwSignal::new(if imported_months() > 0 { Source::Imported } else { Source::Orders });
    let until = Memo::new(move |_| last_complete(clock.now().date_naive()));
    let from_records = Memo::new(move |_| {
        let src = source.get();
        if src == Source::Imported {
            return None;
        }
        match src {
            Source::Orders => db.orders().track(),
            _ => db.deals().track(),
        }
        db.people().track();
        db.org_units().track();
        db.settings().track();
        let ws = snapshot(db);
        let book = Book::new(&ws);
        let owners = allowed_owners(&ws.data.people, &ws.data.org_units, Scope::Company, acting.0.get());
        let slice = book.select(&owners);
        let (cur, day) = (ws.settings.currency, until.get());
        Some(Arc::new(match src {
            Source::Orders => History::from_orders(&slice, cur, day),
            _ => History::from_won_deals(&slice, cur, day),
        }))
    });
    let outcome = Memo::new(move |_| {
        let history = match from_records.get() {
            Some(h) => Arc::unwrap_or_clone(h),
            None => db.settings().with(|s| history_of(&s.sales_history)),
        };
        analyse(&history).map(|r| (history, r))
    });
    let currency = Signal::derive(move || {
        if source.get() == Source::Imported {
            db.settings().with(|s| s.sales_history.currency.unwrap_or(s.currency))
        } else {
            db.settings().with(|s| s.currency)
        }
    });
    let s = move || &locale.texts().seasonal;
    let imported_file = move || db.settings().with(|s| s.sales_history.source.clone());
    view! {
        <div class="page" data-testid="seasonal-page">
            <super::PerformanceTabs/>
            <header class="page-head">
                <h1>{move || s().title}</h1>
                <p class="muted">{move || s().intro}</p>
            </header>
            <div class="toolbar">
                <label class="field">
                    <span>{move || s().source}</span>
                    <select class="input" data-testid="seasonal-source" prop:value=move || source.get().key()
                        on:change=move |ev| { if let Some(x) = Source::from_key(&event_target_value(&ev)) { source.set(x) } }>
                        <option value="orders">{move || s().sources[0]}</option>
                        <option value="won">{move || s().sources[1]}</option>
                        <option value="imported" disabled=move || imported_months() == 0>{move || {
                            let n = imported_months();
                            if n == 0 { s().none_imported.to_string() } else { (s().imported_label)(n, &imported_file()) }
                        }}</option>
                    </select>
                </label>
                <p class="muted" data-testid="seasonal-until">{move || {
                    if source.get() == Source::Imported {
                        s().company_wide.to_string()
                    } else {
                        (s().until)(&YearMonth::of(until.get()).to_string())
                    }
                }}</p>
            </div>
            {move || match outcome.get() {
                Err(SeasonalError::TooShort { months, needed }) => view! {
                    <p class="notice" role="status" data-testid="seasonal-too-short">{(s().too_short)(months, needed)}</p>
                }.into_any(),
                Ok((history, report)) => view! { <report::Report history report currency=currency.get()/> }.into_any(),
            }}
            <import::HistoryImport/>
        </div>
    }
}

/// `value` minor units shown as money of `currency`, as the charts show it.
pub(super) fn money(value: f64, currency: Currency) -> String {
    crate::ui::charts::ValueFormat::Money(currency).text(Some(value))
}
