//! The Performance area's screens, linked from the area page.

use leptos::prelude::*;

use crate::ui::state::use_locale;

#[component]
pub fn PerformanceLinks() -> impl IntoView {
    let locale = use_locale();
    let t = locale.texts();
    let links: [(&str, &str, &str); 5] = [
        ("/performance/dashboard", "open-dashboards", t.dashboards.open),
        ("/performance/kpis", "open-kpis", t.kpis.title),
        ("/performance/targets", "open-targets", t.targets.title),
        ("/performance/seasonal", "open-seasonal", t.seasonal.title),
        ("/performance/review", "open-reviews", t.reviews.review_title),
    ];
    view! {
        <nav class="perf-links" aria-label=t.nav[5]>
            {links.into_iter().enumerate().map(|(i, (href, testid, label))| view! {
                <a class=if i == 0 { "btn btn-primary" } else { "btn" } href=href data-testid=testid>{label}</a>
            }).collect_view()}
        </nav>
    }
}
