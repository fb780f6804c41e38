//! The Performance area's screens: buttons on the area page, and a tab bar
//! at the top of each screen marking the one shown.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::Texts;
use crate::ui::state::use_locale;

/// Path, `data-testid` and name of each screen, in the order shown.
fn screens(t: &'static Texts) -> [(&'static str, &'static str, &'static str); 8] {
    [
        ("/performance/dashboard", "dashboards", t.dashboards.open),
        ("/performance/kpis", "kpis", t.kpis.title),
        ("/performance/targets", "targets", t.targets.title),
        ("/performance/review", "review", t.reviews.review_title),
        ("/performance/funnel", "funnel", t.reviews.funnel_title),
        ("/performance/benchmark", "benchmark", t.reviews.benchmark_title),
        ("/performance/actions", "actions", t.reviews.actions_title),
        ("/performance/seasonal", "seasonal", t.seasonal.title),
    ]
}

/// Buttons to every screen, on the Performance area page.
#[component]
pub fn PerformanceLinks() -> impl IntoView {
    let locale = use_locale();
    let t = locale.texts();
    view! {
        <nav class="perf-links" aria-label=t.nav[5]>
            {screens(t).into_iter().enumerate().map(|(i, (href, key, label))| view! {
                <a class=if i == 0 { "btn btn-primary" } else { "btn" } href=href data-testid=format!("open-{key}")>{label}</a>
            }).collect_view()}
        </nav>
    }
}

/// The tab bar of the Performance screens.
#[component]
pub fn PerformanceTabs() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    view! {
        <nav class="tabs" aria-label=move || locale.texts().nav[5]>
            {move || screens(locale.texts()).into_iter().map(|(href, key, label)| view! {
                <a class="tab" href=href data-testid=format!("perf-tab-{key}")
                    aria-current=move || (location.pathname.get() == href).then_some("page")>{label}</a>
            }).collect_view()}
        </nav>
    }
}
