use leptos::prelude::*;

use super::state::use_locale;

#[component]
pub fn NotFound() -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="center-state" data-testid="not-found">
            <h1>{move || locale.texts().not_found_title}</h1>
            <p>{move || locale.texts().not_found_body}</p>
            <a class="btn" href="/pipeline">{move || locale.texts().go_home}</a>
        </div>
    }
}
