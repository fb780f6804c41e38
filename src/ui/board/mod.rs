//! `/pipeline`: the drag-and-drop board.

mod card;
mod column;
mod dialogs;
mod drag;
mod filters;
mod forecast;
mod list;
mod model;
mod moves;
mod new_deal;

use leptos::prelude::*;

use column::Column;
pub use dialogs::MoveDialogs;
pub use forecast::ForecastPage;
pub use list::DealListPage;
use drag::DragCtx;
use filters::FilterBar;
use model::{board_model, Filters};
use moves::Mover;
use new_deal::NewDealDialog;

use crate::domain::pipeline::Stage;
use crate::ui::areas::{kind_label, Area};
use crate::ui::state::{use_data, use_locale, DbStoreFields};

/// Board | List | other pipeline records.
#[component]
pub fn PipelineTabs(list: bool, #[prop(optional)] forecast: bool, #[prop(optional)] products: bool) -> impl IntoView {
    let locale = use_locale();
    view! {
        <nav class="tabs" aria-label=move || locale.texts().nav[Area::Pipeline.index()]>
            <a class="tab" href="/pipeline" aria-current=(!list && !forecast && !products).then_some("page") data-testid="tab-board">{move || locale.texts().view_board}</a>
            <a class="tab" href="/pipeline/forecast" aria-current=forecast.then_some("page") data-testid="tab-forecast">{move || locale.texts().forecast}</a>
            {Area::Pipeline.kinds().iter().map(|&k| {
                let is_list = k == crate::domain::EntityKind::Deal;
                let current = (is_list && list) || (k == crate::domain::EntityKind::Product && products);
                view! {
                    <a class="tab" href=format!("/pipeline/{}", k.store_name())
                        aria-current=current.then_some("page")
                        data-testid=format!("tab-{}", k.store_name())>
                        {move || if is_list { locale.texts().view_list } else { kind_label(locale.texts(), k) }}
                    </a>
                }
            }).collect_view()}
        </nav>
    }
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let locale = use_locale();
    let data = use_data();
    let filters = Filters::new();
    let model = board_model(filters);
    let mover = Mover::new(model);
    let drag = DragCtx::new();
    let new_deal = RwSignal::new(false);

    let h1 = window_event_listener(leptos::ev::pointermove, move |ev| drag.pointer_move(&ev));
    let h2 = window_event_listener(leptos::ev::pointerup, move |_| drag.pointer_up(mover));
    let h3 = window_event_listener(leptos::ev::pointercancel, move |_| drag.cancel());
    let h4 = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            drag.cancel();
        }
    });
    on_cleanup(move || {
        h1.remove();
        h2.remove();
        h3.remove();
        h4.remove();
    });

    let ghost = move || {
        let s = drag.state.get().filter(|s| s.active)?;
        let name = mover.deal(s.id).map(|d| d.name).unwrap_or_default();
        Some(view! {
            <div class="drag-ghost" aria-hidden="true" style:transform=format!("translate({}px, {}px)", s.at.0 + 8.0, s.at.1 + 8.0)>
                {name}
            </div>
        })
    };

    view! {
        <div class="page board-page" data-testid="board-page">
            <header class="page-head page-head-actions">
                <div>
                    <h1>{move || locale.texts().nav[Area::Pipeline.index()]}</h1>
                    <p class="muted">{move || locale.texts().area_intro[Area::Pipeline.index()]}</p>
                </div>
                <button class="btn btn-primary" data-testid="new-deal" on:click=move |_| new_deal.set(true)>
                    {move || locale.texts().catalog.new_deal}
                </button>
            </header>
            <PipelineTabs list=false/>
            <FilterBar filters model/>
            <Show when=move || data.db.deals().with(Vec::is_empty)>
                <div class="empty-state" data-testid="area-empty">
                    <p>{move || locale.texts().area_empty}</p>
                    <a class="btn" href="/">{move || locale.texts().area_empty_action}</a>
                </div>
            </Show>
            <p class="muted small board-help" id="board-help">{move || locale.texts().board_help}</p>
            <div class="board" data-testid="board" aria-describedby="board-help"
                on:touchmove=move |ev| if drag.dragging_id().is_some() { ev.prevent_default() }>
                {Stage::ALL.iter().map(|s| view! { <Column index=s.index() model mover drag/> }).collect_view()}
            </div>
            {ghost}
            <div class="sr-only" role="status" aria-live="polite" data-testid="board-announce">{move || mover.announce.get()}</div>
            <MoveDialogs mover/>
            <NewDealDialog open=new_deal/>
        </div>
    }
}
