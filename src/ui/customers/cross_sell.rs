//! `/customers/cross-sell`: association rules mined from order lines, with
//! the thresholds they were mined at (editable on the tiers page's rules).

use leptos::prelude::*;

use super::insights::{pct, product_names, rules_memo};
use super::CustomerPage;
use crate::i18n::format as fmt;
use crate::ui::area::KindTabs;
use crate::ui::areas::Area;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

#[component]
pub fn CrossSellPage() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let rules = rules_memo(data);
    let names = product_names(data);
    let name = move |id| names.with(|n| n.get(&id).cloned()).unwrap_or_default();
    let thresholds = move || {
        let b = data.db.settings().with(|s| s.customers.basket.clone());
        let i = &locale.texts().insights;
        format!(
            "{} ≥ {} · {} ≥ {} · {} ≥ {}.{:02}",
            i.support,
            pct(f64::from(b.min_support_bp) / 10_000.0),
            i.confidence,
            pct(f64::from(b.min_confidence_bp) / 10_000.0),
            i.lift,
            b.min_lift_hundredths / 100,
            b.min_lift_hundredths % 100
        )
    };
    let current = Memo::new(|_| None);
    let i = move || &locale.texts().insights;
    view! {
        <div class="page" data-testid="cross-sell-page">
            <header class="page-head">
                <h1>{move || i().cross_sell_title}</h1>
                <p class="muted">{move || i().cross_sell_intro}</p>
            </header>
            <KindTabs area=Area::Customers current page=CustomerPage::CrossSell/>
            <section class="card">
                <p class="muted num" data-testid="cross-sell-thresholds">{thresholds} " · " <a href="/customers/tiers#rules">{move || i().rules_title}</a></p>
                <Show when=move || rules.with(|r| !r.is_empty()) fallback=move || view! { <p class="muted" data-testid="no-rules">{i().no_rules}</p> }>
                    <div class="table-wrap">
                        <table class="table" data-testid="rules-table">
                            <thead><tr>
                                <th scope="col">{move || i().if_bought}</th>
                                <th scope="col">{move || i().also_bought}</th>
                                <th scope="col" class="num">{move || i().support}</th>
                                <th scope="col" class="num">{move || i().confidence}</th>
                                <th scope="col" class="num">{move || i().lift}</th>
                                <th scope="col" class="num hide-sm">{move || i().orders_with_both}</th>
                            </tr></thead>
                            <tbody>
                                {move || rules.get().into_iter().map(|r| view! {
                                    <tr data-testid="rule-row">
                                        <td>{name(r.antecedent)}</td>
                                        <td>{name(r.consequent)}</td>
                                        <td class="num">{pct(r.support)}</td>
                                        <td class="num">{pct(r.confidence)}</td>
                                        <td class="num">{format!("{:.2}", r.lift)}</td>
                                        <td class="num hide-sm">{fmt::int(i64::from(r.both))} " / " {fmt::int(i64::from(r.transactions))}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </Show>
            </section>
        </div>
    }
}
