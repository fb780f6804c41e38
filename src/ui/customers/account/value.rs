//! The account's value tier (RFM scores and segment), lifecycle stage with
//! the rule that placed it there and the suggested approach, its NPS, and
//! cross-sell recommendations with their numbers.

use leptos::prelude::*;

use crate::domain::customers::{nps, recommend};
use crate::domain::{Id, SurveyKind};
use crate::i18n::format as fmt;
use crate::ui::customers::insights::{lifecycle_memo, pct, product_names, reason_text, rfm_memo, rules_memo};
use crate::ui::state::{use_clock, use_data, use_locale, DbStoreFields};

#[component]
pub fn ValueCard(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let rfm = rfm_memo(data, clock);
    let stages = lifecycle_memo(data, clock);
    let score = Memo::new(move |_| rfm.with(|r| r.get(account_id).copied()));
    let stage = Memo::new(move |_| stages.with(|s| s.get(&account_id).copied()));
    let account_nps = Memo::new(move |_| {
        data.db.survey_responses().with(|r| {
            let mine: Vec<_> = r.iter().filter(|x| x.account_id == account_id && x.kind == SurveyKind::Nps).cloned().collect();
            nps(&mine)
        })
    });
    let i = move || &locale.texts().insights;
    view! {
        <section class="card" data-testid="account-value">
            <h2>{move || i().account_value}</h2>
            <dl class="facts">
                <div>
                    <dt>{move || i().tab_tiers}</dt>
                    <dd data-testid="account-tier">
                        {move || match score.get() {
                            Some(s) => view! {
                                <span class="pill tier-pill" data-tier=s.tier.key()>{i().tiers[s.tier.index()]}</span>
                                " " <span class="muted">{i().segments[s.segment.index()]}</span>
                                <br/><span class="num muted" data-testid="account-rfm">{format!("R {} · F {} · M {}", s.r, s.f, s.m)}</span>
                            }.into_any(),
                            None => view! { <span class="muted">{i().not_scored}</span> }.into_any(),
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{move || i().lifecycle_title}</dt>
                    <dd data-testid="account-stage">
                        {move || stage.get().map(|l| view! {
                            <span class="pill">{i().stages[l.stage.index()]}</span>
                            <br/><span class="muted">{reason_text(locale.texts(), locale.0.get(), l.reason)}</span>
                        })}
                    </dd>
                </div>
                <div>
                    <dt>{move || i().nps}</dt>
                    <dd class="num" data-testid="account-nps">
                        {move || account_nps.with(|n| n.score().map(|s| format!("{s:.1}")).unwrap_or_else(|| i().nps_none.into()))}
                    </dd>
                </div>
            </dl>
            {move || stage.get().map(|l| view! {
                <p data-testid="account-approach">{i().approaches[l.stage.index()]}</p>
                <p class="muted">{i().resources_label} ": "
                    {l.stage.resources().iter().map(|r| i().resources[*r as usize]).collect::<Vec<_>>().join(" · ")}
                </p>
            })}
            {move || score.get().map(|s| view! { <p class="muted">{i().tier_strategies[s.tier.index()]}</p> })}
        </section>
        <CrossSell account_id/>
    }
}

#[component]
fn CrossSell(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let rules = rules_memo(data);
    let names = product_names(data);
    let recs = Memo::new(move |_| rules.with(|r| data.db.orders().with(|o| recommend(account_id, r, o))));
    let name = move |id: Id| names.with(|n| n.get(&id).cloned()).unwrap_or_default();
    let i = move || &locale.texts().insights;
    view! {
        <section class="card" data-testid="cross-sell">
            <h2>{move || i().recommendations}</h2>
            <Show when=move || recs.with(|r| !r.is_empty()) fallback=move || view! { <p class="muted" data-testid="no-recommendations">{i().no_recommendations}</p> }>
                <ul class="plain-list">
                    {move || recs.get().into_iter().map(|r| view! {
                        <li data-testid="recommendation" data-product=r.consequent.to_string()>
                            <strong data-testid="recommended-product">{name(r.consequent)}</strong>
                            <br/><span class="muted">{(i().because_bought)(&name(r.antecedent))} " " {name(r.consequent)}</span>
                            <br/><span class="num muted">
                                {format!("{} {} · {} {} · {} {:.2} · {} {}", i().support, pct(r.support), i().confidence, pct(r.confidence), i().lift, r.lift, i().orders_with_both, fmt::int(i64::from(r.both)))}
                            </span>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
