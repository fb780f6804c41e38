use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use reactive_stores::Store;

use super::area::AreaPage;
use super::board::{BoardPage, DealListPage, ForecastPage};
use super::browser;
use super::contract::ContractPage;
use super::catalog::{ProductEditPage, ProductsPage};
use super::customers::{
    AccountPage, AccountsPage, CommunityPage, ComplaintPage, ComplaintsPage, CrossSellPage, SatisfactionPage, TiersPage,
};
use super::deal::DealPage;
use super::detail::RecordPage;
use super::header::Header;
use super::leads::{LeadEditPage, LeadPage, LeadSettingsPage, LeadsPage};
use super::not_found::NotFound;
use super::people::{PeoplePage, PersonEditPage};
use super::performance::{ActionsPage, BenchmarkPage, DashboardPage, FunnelPage, KpiPage, ReviewPage, TargetsPage};
use super::quote::QuotePage;
use super::settings::SettingsPage;
use super::state::*;
use super::toast::{BusyOverlay, Notices, Toasts};
use super::welcome::Home;
use crate::i18n::Locale;
use crate::store::idb::{quota, IdbRepo, DB_NAME};
use crate::store::{prefs, Repo};

async fn open_and_load(data: DataCtx) {
    data.load.set(LoadState::Loading);
    let repo = match IdbRepo::open(DB_NAME).await {
        Ok(r) => Rc::new(r),
        Err(e) => return data.load.set(LoadState::Failed(e.to_string())),
    };
    match repo.load().await {
        Ok(ws) => {
            if !ws.is_empty() {
                // Real data should not be evicted under storage pressure; most
                // browsers grant this silently for an app in use.
                leptos::task::spawn_local(async {
                    if !quota::persisted().await {
                        quota::request_persist().await;
                    }
                });
            }
            load(data.db, ws);
            data.repo.set(Some(repo));
            data.load.set(LoadState::Ready);
        }
        Err(e) => data.load.set(LoadState::Failed(e.to_string())),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let locale = LocaleCtx(RwSignal::new(
        prefs::locale_tag()
            .and_then(|t| Locale::from_tag(&t))
            .unwrap_or_else(|| Locale::from_browser(browser::languages().iter().map(String::as_str))),
    ));
    Effect::new(move || {
        let l = locale.0.get();
        browser::set_document_lang(l.tag());
        prefs::set_locale_tag(l.tag());
    });
    let clock = ClockCtx { mode: RwSignal::new(prefs::clock()), real_now: RwSignal::new(browser::real_now()) };
    Effect::new(move || prefs::set_clock(clock.mode.get()));
    let _ = set_interval_with_handle(
        move || clock.real_now.set(browser::real_now()),
        std::time::Duration::from_secs(15),
    );
    let acting = ActingCtx(RwSignal::new(prefs::acting_as()));
    Effect::new(move || prefs::set_acting_as(acting.0.get()));
    let data = DataCtx {
        db: Store::new(Db::default()),
        repo: RwSignal::new_local(None),
        load: RwSignal::new(LoadState::Loading),
    };
    provide_context(locale);
    provide_context(clock);
    provide_context(acting);
    provide_context(data);
    provide_context(Notices::new());
    provide_context(IdsCtx(StoredValue::new(crate::domain::IdGen::new(browser::random_seed()))));
    leptos::task::spawn_local(open_and_load(data));
    browser::register_service_worker();

    view! {
        <Router>
            <a class="skip-link" href="#main">{move || locale.texts().skip_to_content}</a>
            <Header/>
            <main id="main" tabindex="-1">
                {move || match data.load.get() {
                    LoadState::Loading => view! {
                        <div class="center-state" role="status" data-testid="loading">
                            <div class="spinner" aria-hidden="true"></div>
                            <p>{locale.texts().loading}</p>
                        </div>
                    }.into_any(),
                    LoadState::Failed(e) => view! {
                        <div class="center-state" role="alert" data-testid="load-error">
                            <h1>{locale.texts().load_failed}</h1>
                            <p class="muted">{e}</p>
                            <button class="btn" on:click=move |_| leptos::task::spawn_local(open_and_load(data))>
                                {locale.texts().retry}
                            </button>
                        </div>
                    }.into_any(),
                    LoadState::Ready => view! {
                        <Routes fallback=NotFound>
                            <Route path=path!("/") view=Home/>
                            <Route path=path!("/settings") view=SettingsPage/>
                            <Route path=path!("/settings/migrate") view=super::migrate::MigratePage/>
                            <Route path=path!("/pipeline") view=BoardPage/>
                            <Route path=path!("/pipeline/deals") view=DealListPage/>
                            <Route path=path!("/pipeline/forecast") view=ForecastPage/>
                            <Route path=path!("/pipeline/products") view=ProductsPage/>
                            <Route path=path!("/pipeline/products/:id") view=ProductEditPage/>
                            <Route path=path!("/leads") view=LeadsPage/>
                            <Route path=path!("/leads/import") view=super::leads::LeadImportPage/>
                            <Route path=path!("/leads/new") view=LeadEditPage/>
                            <Route path=path!("/leads/settings") view=LeadSettingsPage/>
                            <Route path=path!("/leads/:id") view=LeadPage/>
                            <Route path=path!("/leads/:id/edit") view=LeadEditPage/>
                            <Route path=path!("/customers") view=AccountsPage/>
                            <Route path=path!("/customers/accounts") view=AccountsPage/>
                            <Route path=path!("/customers/complaints") view=ComplaintsPage/>
                            <Route path=path!("/customers/community") view=CommunityPage/>
                            <Route path=path!("/customers/tiers") view=TiersPage/>
                            <Route path=path!("/customers/satisfaction") view=SatisfactionPage/>
                            <Route path=path!("/customers/cross-sell") view=CrossSellPage/>
                            <Route path=path!("/accounts/:id") view=AccountPage/>
                            <Route path=path!("/complaints/:id") view=ComplaintPage/>
                            <Route path=path!("/performance/kpis") view=KpiPage/>
                            <Route path=path!("/performance/review") view=ReviewPage/>
                            <Route path=path!("/performance/funnel") view=FunnelPage/>
                            <Route path=path!("/performance/benchmark") view=BenchmarkPage/>
                            <Route path=path!("/performance/actions") view=ActionsPage/>
                            <Route path=path!("/performance/seasonal") view=super::performance::SeasonalPage/>
                            <Route path=path!("/performance/dashboard") view=DashboardPage/>
                            <Route path=path!("/performance/targets") view=TargetsPage/>
                            <Route path=path!("/team/people") view=PeoplePage/>
                            <Route path=path!("/team/people/:id") view=PersonEditPage/>
                            <Route path=path!("/record/:kind/:id") view=RecordPage/>
                            <Route path=path!("/deals/:id") view=DealPage/>
                            <Route path=path!("/quotes/:id") view=QuotePage/>
                            <Route path=path!("/contracts/:id") view=ContractPage/>
                            <Route path=path!("/:area") view=AreaPage/>
                            <Route path=path!("/:area/:kind") view=AreaPage/>
                        </Routes>
                    }.into_any(),
                }}
            </main>
            <Toasts/>
            <BusyOverlay/>
        </Router>
    }
}
