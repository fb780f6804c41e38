//! One deal card. It reads only its own deal (keyed), so moving another
//! card does not re-render it.

use leptos::prelude::*;

use super::drag::DragCtx;
use super::model::CARD_H;
use super::model::BoardModel;
use super::moves::{Mover, Target};
use crate::domain::deal_rules::{days_in_stage, days_without_activity, is_stale};
use crate::domain::pipeline::Stage;
use crate::domain::Id;
use crate::i18n::format as fmt;
use crate::ui::browser;
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};

#[component]
pub fn Card(id: Id, stage: Stage, pos: Signal<usize>, model: BoardModel, mover: Mover, drag: DragCtx) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let deal = data.db.deals().at_key(id);
    let settings = data.db.settings();
    let view_deal = move || deal.try_get();
    let dragging = move || drag.dragging_id() == Some(id);
    let navigate = leptos_router::hooks::use_navigate();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        let shift = ev.shift_key();
        let pos = pos.get_untracked();
        let col = stage.index();
        let move_to = |to: usize, index: usize| {
            ev.prevent_default();
            mover.request(Target { id, to: Stage::ALL[to], index });
            drag.refocus(id);
        };
        match key.as_str() {
            "ArrowLeft" if shift && col > 0 => move_to(col - 1, usize::MAX),
            "ArrowRight" if shift && col < 5 => move_to(col + 1, usize::MAX),
            "ArrowUp" if shift && pos > 0 => move_to(col, pos - 1),
            "ArrowDown" if shift => move_to(col, pos + 1),
            "1" | "2" | "3" | "4" | "5" | "6" => {
                let to = key.parse::<usize>().unwrap_or(1) - 1;
                if to != col {
                    move_to(to, usize::MAX);
                }
            }
            "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" => {
                ev.prevent_default();
                let (c, p) = match key.as_str() {
                    "ArrowUp" => (col, pos.saturating_sub(1)),
                    "ArrowDown" => (col, pos + 1),
                    "ArrowLeft" => (col.saturating_sub(1), pos),
                    _ => ((col + 1).min(5), pos),
                };
                drag.focus_at(c, p);
            }
            "Enter" => {
                ev.prevent_default();
                navigate(&format!("/deals/{id}"), Default::default());
            }
            _ => {}
        }
    };
    move || {
        let d = view_deal()?;
        let t = locale.texts();
        let now = clock.now();
        let stale = settings.with(|s| is_stale(&d, s, now));
        let idle = days_without_activity(&d, now);
        let in_stage = days_in_stage(&d, now);
        let account = model.accounts.with(|a| a.get(&d.account_id).cloned()).unwrap_or_default();
        let owner = model.names.with(|n| n.get(&d.owner_id).cloned()).unwrap_or_default();
        let next = model.next_due.with(|m| m.get(&id).copied());
        let amount = fmt::money_compact(d.amount, locale.0.get());
        let label = (t.card_label)(&d.name, t.stages[d.stage.index()], &fmt::money(d.amount));
        Some(view! {
            <div
                class="deal-card"
                class:stale=stale
                class:dragging=dragging
                role="listitem"
                tabindex="0"
                aria-label=label
                aria-roledescription=t.view_board
                data-testid="deal-card"
                data-deal=id.to_string()
                data-col=stage.index()
                data-pos=move || pos.get()
                style:transform=move || format!("translateY({}px)", pos.get() as f64 * CARD_H)
                on:pointerdown=move |ev| drag.pointer_down(ev, id, stage)
                on:keydown=on_key.clone()
            >
                <a class="deal-title" href=format!("/deals/{id}") draggable="false"
                    on:click=move |ev| if drag.just_dropped() { ev.prevent_default() }>{d.name.clone()}</a>
                <div class="deal-account muted">{account}</div>
                <div class="deal-row">
                    <span class="num deal-amount" title=fmt::money(d.amount)>{amount}</span>
                    <span class="muted deal-owner">{owner}</span>
                </div>
                <div class="deal-meta muted">
                    <span class="num days" title=(t.days_in_stage)(in_stage as usize)>
                        <svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"></circle><path d="M12 7v5l3 3" fill="none" stroke="currentColor" stroke-width="2"></path></svg>
                        <span aria-hidden="true">{(t.days_short)(in_stage as usize)}</span>
                        <span class="sr-only">{(t.days_in_stage)(in_stage as usize)}</span>
                    </span>
                    {stale.then(|| view! {
                        <span class="stale-badge" data-testid="stale-badge">
                            <svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><path d="M12 3 2 21h20L12 3z" fill="none" stroke="currentColor" stroke-width="2"></path><path d="M12 10v5M12 17.5v.5" stroke="currentColor" stroke-width="2"></path></svg>
                            {(t.stale_badge)(idle as usize)}
                        </span>
                    })}
                    {(!stale && !d.stage.is_closed()).then(|| view! {
                        <span>{match next {
                            Some(due) => (t.next_activity)(&fmt::timestamp_date(due, browser::local_offset(), locale.0.get())),
                            None => t.no_next_activity.to_string(),
                        }}</span>
                    })}
                </div>
            </div>
        })
    }
}
