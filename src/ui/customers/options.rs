//! What the customer forms offer to pick from, and how they list problems.

use leptos::prelude::*;

use crate::domain::{sorting, Id};
use crate::ui::state::{DataCtx, DbStoreFields};

/// Active people by name, for owner pickers.
pub fn people_options(data: DataCtx) -> Memo<Vec<(Id, String)>> {
    Memo::new(move |_| {
        let mut v: Vec<(Id, String)> = data.db.people().with(|p| p.iter().filter(|p| p.active).map(|p| (p.id, p.name.clone())).collect());
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    })
}

/// Active products by name, with their list price.
pub fn product_options(data: DataCtx) -> Memo<Vec<(Id, String)>> {
    Memo::new(move |_| {
        let mut v: Vec<(Id, String)> = data.db.products().with(|p| p.iter().filter(|p| p.active).map(|p| (p.id, p.name.clone())).collect());
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    })
}

/// A form's problems, announced when they appear; nothing when there are none.
#[component]
pub fn ErrorList(#[prop(into)] errors: Signal<Vec<String>>, #[prop(optional)] testid: &'static str) -> impl IntoView {
    view! {
        <Show when=move || errors.with(|e| !e.is_empty())>
            <ul class="field-error" role="alert" data-testid=testid>
                {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
        </Show>
    }
}
