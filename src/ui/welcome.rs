//! First start: load demo data, start empty, or import a file.

use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_navigate;

use super::actions::load_demo;
use super::import::ImportPanel;
use super::state::{total_count, use_clock, use_data, use_locale};
use super::toast::use_notices;
use crate::domain::demo::{DemoSize, Lang};
use crate::i18n::Locale;

/// `/`: the welcome screen while the workspace is empty, else the pipeline.
#[component]
pub fn Home() -> impl IntoView {
    let data = use_data();
    let started_empty = RwSignal::new(false);
    move || {
        if total_count(data.db) == 0 && !started_empty.get() {
            view! { <Welcome started_empty/> }.into_any()
        } else {
            view! { <Redirect path="/pipeline"/> }.into_any()
        }
    }
}

#[component]
pub fn DemoForm() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let size = RwSignal::new(0usize);
    let lang = RwSignal::new(locale.0.get_untracked());
    let busy = RwSignal::new(false);
    let go = move |_| {
        let s = [DemoSize::Small, DemoSize::Medium, DemoSize::Large][size.get_untracked().min(2)];
        let l = match lang.get_untracked() {
            Locale::Zh => Lang::Zh,
            Locale::En => Lang::En,
        };
        // Replacing stored data is destructive: ask first.
        if total_count(data.db) > 0 {
            let ok = window().confirm_with_message(locale.texts().demo_replace_warning).unwrap_or(false);
            if !ok {
                return;
            }
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            load_demo(data, notices, locale.texts(), s, l, clock.now_untracked()).await;
            busy.set(false);
        });
    };
    view! {
        <div class="form-grid">
            <label class="field">
                <span>{move || locale.texts().demo_size}</span>
                <select class="input" data-testid="demo-size" on:change=move |ev| size.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {(0..3).map(|i| view! { <option value=i.to_string() selected=move || size.get() == i>{move || locale.texts().demo_sizes[i]}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{move || locale.texts().demo_language}</span>
                <select class="input" data-testid="demo-lang" on:change=move |ev| lang.set(if event_target_value(&ev) == "en" { Locale::En } else { Locale::Zh })>
                    <option value="zh-CN" selected=move || lang.get() == Locale::Zh>"中文"</option>
                    <option value="en" selected=move || lang.get() == Locale::En>"English"</option>
                </select>
            </label>
        </div>
        <button class="btn btn-primary" data-testid="demo-load" disabled=move || busy.get() on:click=go>
            {move || locale.texts().welcome_demo}
        </button>
    }
}

#[component]
fn Welcome(started_empty: RwSignal<bool>) -> impl IntoView {
    let locale = use_locale();
    let navigate = use_navigate();
    let nav2 = navigate.clone();
    let show_import = RwSignal::new(false);
    view! {
        <div class="page welcome" data-testid="welcome">
            <header class="page-head">
                <h1>{move || locale.texts().welcome_title}</h1>
                <p class="lead">{move || locale.texts().welcome_body}</p>
            </header>
            <div class="cards">
                <section class="card choice">
                    <h2>{move || locale.texts().welcome_demo}</h2>
                    <p class="muted">{move || locale.texts().welcome_demo_hint}</p>
                    <DemoForm/>
                </section>
                <section class="card choice">
                    <h2>{move || locale.texts().welcome_empty}</h2>
                    <p class="muted">{move || locale.texts().welcome_empty_hint}</p>
                    <button class="btn" data-testid="start-empty" on:click=move |_| {
                        started_empty.set(true);
                        navigate("/pipeline", Default::default());
                    }>{move || locale.texts().welcome_empty}</button>
                </section>
                <section class="card choice">
                    <h2>{move || locale.texts().welcome_import}</h2>
                    <p class="muted">{move || locale.texts().welcome_import_hint}</p>
                    <Show when=move || show_import.get() fallback=move || view! {
                        <button class="btn" data-testid="welcome-import" on:click=move |_| show_import.set(true)>
                            {move || locale.texts().welcome_import}
                        </button>
                    }>
                        <ImportPanel on_done=Callback::new({ let n = nav2.clone(); move |_| n("/pipeline", Default::default()) })/>
                    </Show>
                </section>
            </div>
        </div>
    }
}
