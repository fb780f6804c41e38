//! "Showing 1–25 of 643" with previous/next buttons, for paged lists.

use leptos::prelude::*;

use super::state::use_locale;

#[component]
pub fn Pager(page: RwSignal<usize>, #[prop(into)] total: Signal<usize>, per_page: usize) -> impl IntoView {
    let locale = use_locale();
    let last_page = move || total.get().div_ceil(per_page).max(1) - 1;
    view! {
        <div class="pager">
            <span class="muted num" data-testid="showing">
                {move || {
                    let start = page.get() * per_page;
                    let total = total.get();
                    (locale.texts().showing)((start + 1).min(total), (start + per_page).min(total), total)
                }}
            </span>
            <button class="btn-ghost" disabled=move || page.get() == 0 on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>
                {move || locale.texts().prev_page}
            </button>
            <button class="btn-ghost" disabled=move || { page.get() >= last_page() } on:click=move |_| page.update(|p| *p += 1)>
                {move || locale.texts().next_page}
            </button>
        </div>
    }
}
