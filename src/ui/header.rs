//! Top bar: brand, the six areas + settings, acting-as, clock, language.

use crate::domain::sorting;
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::areas::Area;
use super::browser;
use super::state::DbStoreFields;
use super::state::{use_acting, use_clock, use_data, use_locale};
use crate::domain::{ClockMode, Id};
use crate::i18n::format as fmt;

#[component]
pub fn Header() -> impl IntoView {
    let locale = use_locale();
    let clock = use_clock();
    let location = use_location();
    let current = move |slug: &'static str| {
        let path = location.pathname.get();
        (path == format!("/{slug}") || path.starts_with(&format!("/{slug}/"))).then_some("page")
    };
    // `/` focuses the search box of the current page, as in most web apps.
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
            .unwrap_or(false);
        if typing {
            return;
        }
        let search = document().query_selector("[data-search]").ok().flatten();
        if let Some(el) = search.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
            ev.prevent_default();
            let _ = el.focus();
        }
    });
    on_cleanup(move || handle.remove());
    let online = RwSignal::new(browser::is_online());
    let h1 = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let h2 = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        h1.remove();
        h2.remove();
    });

    view! {
        <header class="topbar">
            <div class="topbar-row">
                <a class="brand" href="/" data-testid="brand">
                    <svg class="logo" viewBox="0 0 64 64" aria-hidden="true">
                        <rect width="64" height="64" rx="14" fill="currentColor"></rect>
                        <path d="M14 44 L26 30 L34 38 L50 20" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"></path>
                    </svg>
                    <span>{move || locale.texts().app_name}</span>
                </a>
                <div class="tools">
                    <ActingAs/>
                    <crate::ui::leads::Reminders/>
                    <ClockControl/>
                    <button
                        class="btn-ghost"
                        data-testid="lang-toggle"
                        lang=move || locale.0.get().other().tag()
                        aria-label=move || format!("{}: {}", locale.texts().language, locale.0.get().other().texts().locale_name)
                        on:click=move |_| locale.0.update(|l| *l = l.other())
                    >
                        {move || locale.texts().switch_language_to}
                    </button>
                </div>
            </div>
            <nav class="mainnav" aria-label=move || locale.texts().main_nav>
                {Area::ALL.into_iter().map(|a| view! {
                    <a href=format!("/{}", a.slug()) aria-current=move || current(a.slug()) data-testid=format!("nav-{}", a.slug())>
                        {move || locale.texts().nav[a.index()]}
                    </a>
                }).collect_view()}
                <a href="/settings" aria-current=move || current("settings") data-testid="nav-settings">
                    {move || locale.texts().nav[6]}
                </a>
            </nav>
        </header>
        <Show when=move || clock.mode.get().is_simulated()>
            <div class="banner banner-sim" role="status" data-testid="sim-banner">
                <svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"></circle><path d="M12 7v5l3 3" fill="none" stroke="currentColor" stroke-width="2"></path></svg>
                {move || (locale.texts().clock_banner)(&fmt::datetime_short(clock.now(), browser::local_offset(), locale.0.get()))}
            </div>
        </Show>
        <Show when=move || !online.get()>
            <div class="banner banner-offline" role="status" data-testid="offline-banner">
                {move || locale.texts().offline_now}
            </div>
        </Show>
    }
}

#[component]
fn ActingAs() -> impl IntoView {
    let locale = use_locale();
    let data = use_data();
    let acting = use_acting();
    let people = Memo::new(move |_| {
        let mut p: Vec<(Id, String, usize)> =
            data.db.people().read().iter().filter(|p| p.active).map(|p| (p.id, p.name.clone(), p.role as usize)).collect();
        sorting::sort_by_key(&mut p, |x| x.2);
        p
    });
    let role = move || {
        let id = acting.0.get()?;
        let people = data.db.people().read();
        people.iter().find(|p| p.id == id).map(|p| locale.texts().roles[p.role as usize])
    };
    view! {
        <label class="acting">
            <span class="label-sm">{move || locale.texts().acting_as}</span>
            <select
                class="input"
                data-testid="acting-as"
                on:change=move |ev| acting.0.set(Id::parse(&event_target_value(&ev)))
                prop:value=move || acting.0.get().map(|i| i.to_string()).unwrap_or_default()
            >
                <option value="">{move || locale.texts().acting_nobody}</option>
                <For each=move || people.get() key=|p| p.0 let:p>
                    <option value=p.0.to_string() selected=move || acting.0.get() == Some(p.0)>
                        {format!("{} · {}", p.1, locale.texts().roles[p.2])}
                    </option>
                </For>
            </select>
            <span class="pill role-pill" data-testid="acting-role">{role}</span>
        </label>
    }
}

#[component]
fn ClockControl() -> impl IntoView {
    let locale = use_locale();
    let clock = use_clock();
    let advance = move |d: Duration| clock.mode.set(clock.mode.get_untracked().advance(clock.real_now.get_untracked(), d));
    let date_value = move || clock.now().date_naive().to_string();
    let set_date = move |value: String| {
        if let Ok(d) = value.parse::<NaiveDate>() {
            // Keep the time of day so "now" moves by whole days.
            let now = clock.now_untracked();
            let at = Utc.from_utc_datetime(&d.and_time(now.time()));
            clock.mode.set(ClockMode::Simulated { at });
        }
    };
    view! {
        <details class="clock" data-testid="clock">
            <summary class="btn-ghost">
                <svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"></circle><path d="M12 7v5l3 3" fill="none" stroke="currentColor" stroke-width="2"></path></svg>
                <span>{move || if clock.mode.get().is_simulated() { locale.texts().clock_simulated } else { locale.texts().clock_real }}</span>
            </summary>
            <div class="popover">
                <p class="num" data-testid="clock-now">{move || fmt::datetime_short(clock.now(), browser::local_offset(), locale.0.get())}</p>
                <div class="row">
                    <button class="btn" data-testid="clock-hour" on:click=move |_| advance(Duration::hours(1))>{move || locale.texts().clock_add_hour}</button>
                    <button class="btn" data-testid="clock-day" on:click=move |_| advance(Duration::days(1))>{move || locale.texts().clock_add_day}</button>
                    <button class="btn" data-testid="clock-week" on:click=move |_| advance(Duration::weeks(1))>{move || locale.texts().clock_add_week}</button>
                </div>
                <label class="field">
                    <span>{move || locale.texts().clock_set_date}</span>
                    <input type="date" class="input" data-testid="clock-date" prop:value=date_value on:change=move |ev| set_date(event_target_value(&ev))/>
                </label>
                <Show when=move || clock.mode.get().is_simulated()>
                    <button class="btn-ghost" data-testid="clock-real" on:click=move |_| clock.mode.set(ClockMode::Real)>
                        {move || locale.texts().clock_back_to_real}
                    </button>
                </Show>
            </div>
        </details>
    }
}
