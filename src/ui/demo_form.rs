//! Generate the seeded demo company (welcome screen and Settings).

use leptos::prelude::*;

use super::actions::load_demo;
use super::state::{total_count, use_clock, use_data, use_locale};
use super::toast::use_notices;
use crate::domain::demo::{DemoSize, Lang};
use crate::i18n::Locale;

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
