//! The Customers area (SPEC §4): the accounts list and account page, and the
//! complaints desk. Other customer record kinds keep the generic lists.

mod account;
mod accounts;
mod bars;
mod community;
mod cross_sell;
mod complaint;
mod complaints;
mod insights;
mod rules_form;
mod satisfaction;
mod survey_import;
mod tiers;

pub use account::AccountPage;
pub use accounts::AccountsPage;
pub use community::CommunityPage;
pub use complaint::ComplaintPage;
pub use complaints::ComplaintsPage;
pub use cross_sell::CrossSellPage;
pub use satisfaction::SatisfactionPage;
pub use tiers::TiersPage;

use leptos::prelude::*;

use super::state::use_locale;

/// The Customers area's own pages, shown before its record kinds' tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CustomerPage {
    Accounts,
    Tiers,
    Satisfaction,
    CrossSell,
    Complaints,
    Community,
}

impl CustomerPage {
    pub const ALL: [CustomerPage; 6] = [
        CustomerPage::Accounts,
        CustomerPage::Tiers,
        CustomerPage::Satisfaction,
        CustomerPage::CrossSell,
        CustomerPage::Complaints,
        CustomerPage::Community,
    ];
    pub fn href(self) -> &'static str {
        match self {
            CustomerPage::Accounts => "/customers",
            CustomerPage::Tiers => "/customers/tiers",
            CustomerPage::Satisfaction => "/customers/satisfaction",
            CustomerPage::CrossSell => "/customers/cross-sell",
            CustomerPage::Complaints => "/customers/complaints",
            CustomerPage::Community => "/customers/community",
        }
    }
    fn testid(self) -> &'static str {
        match self {
            CustomerPage::Accounts => "tab-accounts",
            CustomerPage::Tiers => "tab-tiers",
            CustomerPage::Satisfaction => "tab-satisfaction",
            CustomerPage::CrossSell => "tab-cross-sell",
            CustomerPage::Complaints => "tab-complaints",
            CustomerPage::Community => "tab-community",
        }
    }
}

/// Tabs of the area's own pages (rendered inside `KindTabs`).
#[component]
pub fn CustomerPageTabs(current: Option<CustomerPage>) -> impl IntoView {
    let locale = use_locale();
    CustomerPage::ALL
        .into_iter()
        .map(|p| {
            let label = move || {
                let c = &locale.texts().customers;
                match p {
                    CustomerPage::Accounts => c.tab_accounts,
                    CustomerPage::Tiers => locale.texts().insights.tab_tiers,
                    CustomerPage::Satisfaction => locale.texts().insights.tab_satisfaction,
                    CustomerPage::CrossSell => locale.texts().insights.tab_cross_sell,
                    CustomerPage::Complaints => c.complaints_title,
                    CustomerPage::Community => c.tab_community,
                }
            };
            view! {
                <a href=p.href() class="tab" aria-current=(current == Some(p)).then_some("page") data-testid=p.testid()>{label}</a>
            }
        })
        .collect_view()
}
