//! The six areas and which record kinds each lists.

use crate::domain::EntityKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Plan,
    Leads,
    Pipeline,
    Customers,
    Team,
    Performance,
}

impl Area {
    pub const ALL: [Area; 6] = [Area::Plan, Area::Leads, Area::Pipeline, Area::Customers, Area::Team, Area::Performance];

    pub fn slug(self) -> &'static str {
        match self {
            Area::Plan => "plan",
            Area::Leads => "leads",
            Area::Pipeline => "pipeline",
            Area::Customers => "customers",
            Area::Team => "team",
            Area::Performance => "performance",
        }
    }
    pub fn from_slug(s: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.slug() == s)
    }
    pub fn index(self) -> usize {
        self as usize
    }
    pub fn kinds(self) -> &'static [EntityKind] {
        use EntityKind as K;
        match self {
            Area::Plan => &[K::Segment, K::Competitor, K::Target, K::BudgetLine, K::Risk, K::Milestone],
            Area::Leads => &[K::Lead],
            Area::Pipeline => &[K::Deal, K::Activity, K::Quote, K::Contract, K::ApprovalStep, K::Product],
            Area::Customers => &[
                K::Account,
                K::Contact,
                K::Order,
                K::Invoice,
                K::Payment,
                K::SurveyResponse,
                K::Complaint,
                K::SuccessCase,
                K::CommunityEvent,
            ],
            Area::Team => &[K::OrgUnit, K::Person, K::Visit, K::TrainingRecord],
            Area::Performance => &[K::Target, K::ImprovementAction],
        }
    }
    /// The area a record kind is listed in (for "back" links from a record).
    pub fn of_kind(kind: EntityKind) -> Area {
        Area::ALL.into_iter().find(|a| a.kinds().contains(&kind)).unwrap_or(Area::Pipeline)
    }
}

pub fn kind_label(t: &crate::i18n::Texts, kind: EntityKind) -> &'static str {
    t.kinds[kind as usize]
}

/// Where a record opens: its own page when it has one, else the generic
/// record view.
pub fn record_href(kind: EntityKind, id: crate::domain::Id) -> String {
    match kind {
        EntityKind::Account => format!("/accounts/{id}"),
        EntityKind::Complaint => format!("/complaints/{id}"),
        EntityKind::Deal => format!("/deals/{id}"),
        EntityKind::Lead => format!("/leads/{id}"),
        EntityKind::Quote => format!("/quotes/{id}"),
        EntityKind::Contract => format!("/contracts/{id}"),
        _ => format!("/record/{}/{id}", kind.store_name()),
    }
}
