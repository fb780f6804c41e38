//! A stage column: header figures over all filtered deals, and a virtualised
//! list that renders only the cards in view.

use leptos::prelude::*;

use super::card::Card;
use super::model::CARD_H;
use super::drag::DragCtx;
use super::model::BoardModel;
use super::moves::Mover;
use crate::domain::pipeline::Stage;
use crate::domain::{Id, Money};
use crate::i18n::format as fmt;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

/// Cards rendered above and below the visible ones, so fast scrolling stays smooth.
const OVERSCAN: usize = 4;

#[component]
pub fn Column(index: usize, model: BoardModel, mover: Mover, drag: DragCtx) -> impl IntoView {
    let stage = Stage::ALL[index];
    let data = use_data();
    let locale = use_locale();
    let scroll_top = RwSignal::new(0.0f64);
    let view_h = window().inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(900.0);
    let ids = Memo::new(move |_| model.columns.with(|c| c[index].clone()));
    let window_ids = Memo::new(move |_| {
        let first = (scroll_top.get() / CARD_H).floor() as usize;
        let start = first.saturating_sub(OVERSCAN);
        let end = first + (view_h / CARD_H).ceil() as usize + OVERSCAN;
        ids.with(|v| v.iter().skip(start).take(end.saturating_sub(start)).copied().collect::<Vec<Id>>())
    });
    let totals = move || model.totals.with(|t| t[index]);
    let currency = move || data.db.settings().with(|s| s.currency);
    let money = move |minor: i64| Money::new(minor, currency());
    let limit = move || data.db.settings().with(|s| s.wip_limit[index]);
    let all_in_stage = move || model.stage_counts.with(|c| c[index]);
    let over_wip = move || limit() > 0 && all_in_stage() > limit() as usize;
    let stale_rule = move || {
        let t = locale.texts();
        match data.db.settings().with(|s| s.stale_days[index]) {
            0 => t.stale_never.to_string(),
            n => (t.stale_rule)(n as usize),
        }
    };
    let is_target = move || drag.state.with(|s| s.and_then(|s| s.over).map(|o| o.0) == Some(index));
    let drop_line = move || drag.state.with(|s| s.and_then(|s| s.over).filter(|o| o.0 == index).map(|o| o.1));
    view! {
        <section
            class="column"
            class:drop-target=is_target
            class:over-wip=over_wip
            data-drop-col=index
            data-testid=format!("column-{index}")
            aria-labelledby=format!("col-h-{index}")
        >
            <header class="col-head" title=stale_rule>
                <h2 id=format!("col-h-{index}")>{move || locale.texts().stages[index]}</h2>
                <div class="col-figures">
                    <span class="num" data-testid="col-count">{move || fmt::int(totals().count as i64)}</span>
                    {move || (limit() > 0).then(|| view! {
                        <span class="wip num" class:wip-bad=over_wip data-testid="col-wip">
                            {move || (locale.texts().wip_label)(all_in_stage(), limit())}
                            {move || over_wip().then(|| view! {
                                <svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><path d="M12 3 2 21h20L12 3z" fill="none" stroke="currentColor" stroke-width="2"></path><path d="M12 10v5M12 17.5v.5" stroke="currentColor" stroke-width="2"></path></svg>
                                <span>{locale.texts().wip_over}</span>
                            })}
                        </span>
                    })}
                </div>
                <div class="col-sums">
                    <span class="num" data-testid="col-sum" title=move || fmt::money(money(totals().sum_minor))>
                        {move || fmt::money_compact(money(totals().sum_minor), locale.0.get())}
                    </span>
                    <span class="muted num" data-testid="col-weighted" title=move || fmt::money(money(totals().weighted_minor))>
                        {move || format!("{} {}", locale.texts().total_weighted, fmt::money_compact(money(totals().weighted_minor), locale.0.get()))}
                    </span>
                </div>
                {move || (totals().other_currency > 0).then(|| view! {
                    <div class="muted small">{(locale.texts().other_currency_short)(totals().other_currency)}</div>
                })}
            </header>
            <div class="col-scroll" on:scroll=move |ev| {
                let el: web_sys::Element = event_target(&ev);
                scroll_top.set(el.scroll_top() as f64);
            }>
                <div class="col-inner" role="list" aria-labelledby=format!("col-h-{index}")
                    style:height=move || format!("{}px", (ids.with(Vec::len) as f64 * CARD_H).max(CARD_H))>
                    <Show when=move || ids.with(Vec::is_empty)>
                        <p class="col-empty muted">{move || locale.texts().column_empty}</p>
                    </Show>
                    {move || drop_line().map(|p| view! {
                        <div class="drop-line" style:transform=format!("translateY({}px)", p as f64 * CARD_H - 4.0)></div>
                    })}
                    <For each=move || window_ids.get() key=|id| *id let:id>
                        <Card id stage pos=Signal::derive(move || ids.with(|v| v.iter().position(|x| *x == id).unwrap_or(0))) model mover drag/>
                    </For>
                </div>
            </div>
        </section>
    }
}
