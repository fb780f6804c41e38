//! First start: load demo data, start empty, or import a file.

use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_navigate;

use super::demo_form::DemoForm;
use super::import::ImportPanel;
use super::state::{total_count, use_data, use_locale};

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
