//! The lead list's rules: which leads a filter keeps and in which order they
//! are listed. Built for 100,000 leads: text search runs over a haystack
//! prepared once per change of the leads ([`haystack`]), and sorting compares
//! prepared keys rather than looking names up per comparison.

use std::cmp::Ordering;

use super::sorting::sort_positions;
use super::leads::{Grade, LeadView, SlaState};
use super::{Channel, Id, Lead, LeadStatus};

/// Every status, in the order `Texts::lead_status` is indexed by.
pub const STATUSES: [LeadStatus; 6] = [
    LeadStatus::New,
    LeadStatus::Contacted,
    LeadStatus::Qualified,
    LeadStatus::Nurture,
    LeadStatus::Converted,
    LeadStatus::Disqualified,
];

/// Every channel, in the order `Texts::channels` is indexed by.
pub const CHANNELS: [Channel; 9] = [
    Channel::Seo,
    Channel::SocialAds,
    Channel::Content,
    Channel::Email,
    Channel::WebForm,
    Channel::PartnerReferral,
    Channel::TradeShow,
    Channel::PurchasedList,
    Channel::Other,
];

/// Finished with: converted or disqualified. (Nurture leads are parked but
/// not closed; `leads::is_open` is the narrower rule for rep caps.)
pub fn is_closed(status: LeadStatus) -> bool {
    matches!(status, LeadStatus::Converted | LeadStatus::Disqualified)
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatusFilter {
    #[default]
    Any,
    /// New, contacted, qualified or nurture.
    Open,
    Is(LeadStatus),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OwnerFilter {
    #[default]
    Any,
    Unassigned,
    Person(Id),
}

/// Where a lead stands against its first-contact deadline (see `SlaState`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlaFilter {
    Waiting,
    Overdue,
    Met,
    Late,
    Nurture,
}

impl SlaFilter {
    pub const ALL: [SlaFilter; 5] = [SlaFilter::Waiting, SlaFilter::Overdue, SlaFilter::Met, SlaFilter::Late, SlaFilter::Nurture];

    pub fn of(state: &SlaState) -> Option<SlaFilter> {
        match state {
            SlaState::DueIn { .. } => Some(SlaFilter::Waiting),
            SlaState::Overdue { .. } => Some(SlaFilter::Overdue),
            SlaState::Met { .. } => Some(SlaFilter::Met),
            SlaState::Late { .. } => Some(SlaFilter::Late),
            SlaState::Nurture => Some(SlaFilter::Nurture),
            SlaState::NotApplicable => None,
        }
    }
}

/// List filters. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeadFilter {
    pub status: StatusFilter,
    pub channel: Option<Channel>,
    pub owner: OwnerFilter,
    /// Grade and SLA state come from scoring the lead (`LeadRules::view`).
    pub grade: Option<Grade>,
    pub sla: Option<SlaFilter>,
    /// As typed; matched case-insensitively against name, company, email
    /// and phone (a phone also by its digits alone, "138-0000" finds "138 0000").
    pub text: String,
}

impl LeadFilter {
    /// The search text as matched: trimmed and lower-case.
    pub fn needle(&self) -> String {
        self.text.trim().to_lowercase()
    }

    /// Whether `lead`, scored as `view`, passes every filter.
    pub fn matches(&self, lead: &Lead, view: &LeadView) -> bool {
        let needle = self.needle();
        self.matches_fields(lead) && self.matches_view(view) && (needle.is_empty() || text_matches(&haystack(lead), &needle))
    }

    /// Whether the grade or SLA filter is on, so leads must be scored.
    pub fn needs_view(&self) -> bool {
        self.grade.is_some() || self.sla.is_some()
    }

    pub fn matches_view(&self, view: &LeadView) -> bool {
        self.grade.is_none_or(|g| view.score.grade == g) && self.sla.is_none_or(|s| SlaFilter::of(&view.sla) == Some(s))
    }

    /// Status, channel and owner only. Long lists check these first and the
    /// text against a prepared [`haystack`] with [`text_matches`].
    pub fn matches_fields(&self, lead: &Lead) -> bool {
        let status_ok = match self.status {
            StatusFilter::Any => true,
            StatusFilter::Open => !is_closed(lead.status),
            StatusFilter::Is(s) => lead.status == s,
        };
        let owner_ok = match self.owner {
            OwnerFilter::Any => true,
            OwnerFilter::Unassigned => lead.owner_id.is_none(),
            OwnerFilter::Person(p) => lead.owner_id == Some(p),
        };
        status_ok && owner_ok && self.channel.is_none_or(|c| lead.channel == c)
    }
}

/// What text search looks in, lower-case: name, company, email, phone, and
/// the phone's digits alone. Separated by newlines so a match cannot span
/// two fields.
pub fn haystack(lead: &Lead) -> String {
    let digits: String = lead.phone.chars().filter(char::is_ascii_digit).collect();
    format!("{}\n{}\n{}\n{}\n{}", lead.name, lead.company, lead.email, lead.phone, digits).to_lowercase()
}

/// `needle` must be lower-case already. A needle of digits and separators
/// ("138-0000") is also tried as digits alone.
pub fn text_matches(hay: &str, needle: &str) -> bool {
    if hay.contains(needle) {
        return true;
    }
    let digits: String = needle.chars().filter(char::is_ascii_digit).collect();
    let phone_like = needle.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
    phone_like && digits.len() >= 3 && hay.contains(&digits)
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Company,
    /// Score total (so also grade).
    Score,
    /// First-contact urgency: see [`sla_rank`].
    Sla,
    Channel,
    Status,
    Owner,
    #[default]
    Created,
}

impl SortKey {
    pub const ALL: [SortKey; 8] = [
        SortKey::Name,
        SortKey::Company,
        SortKey::Score,
        SortKey::Sla,
        SortKey::Channel,
        SortKey::Status,
        SortKey::Owner,
        SortKey::Created,
    ];

    /// Keys that need every lead scored.
    pub fn needs_view(self) -> bool {
        matches!(self, SortKey::Score | SortKey::Sla)
    }

    /// Name in URLs (`?sort=company`).
    pub fn slug(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Company => "company",
            SortKey::Score => "score",
            SortKey::Sla => "sla",
            SortKey::Channel => "channel",
            SortKey::Status => "status",
            SortKey::Owner => "owner",
            SortKey::Created => "created",
        }
    }
    pub fn from_slug(s: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.slug() == s)
    }
}

/// Most urgent first: waiting or overdue leads by due time (the overdue
/// queue's order), then contacted late, in time, nurture, and closed leads.
pub fn sla_rank(state: &SlaState) -> (u8, i64) {
    match state {
        SlaState::Overdue { due, .. } | SlaState::DueIn { due, .. } => (0, due.timestamp()),
        SlaState::Late { due, .. } => (1, due.timestamp()),
        SlaState::Met { due, .. } => (2, due.timestamp()),
        SlaState::Nurture => (3, 0),
        SlaState::NotApplicable => (4, 0),
    }
}

/// Positions into `leads` in list order for `key`. `views` (each lead's
/// `LeadRules::view`, same positions) is read only for the score and SLA
/// keys and may be empty otherwise. Ties (and the newest-first
/// default) fall back to creation time, then id, so the order is stable
/// across reloads. Leads without an owner sort after all owners either way,
/// since "unassigned" is a queue of its own, not a name.
pub fn sort_order<'n>(
    leads: &[Lead],
    views: &[LeadView],
    key: SortKey,
    ascending: bool,
    owner_name: impl Fn(Id) -> Option<&'n str>,
) -> Vec<u32> {
    let dir = |o: Ordering| if ascending { o } else { o.reverse() };
    let mut order: Vec<u32> = (0..leads.len() as u32).collect();
    let at = |i: u32| &leads[i as usize];
    match key {
        SortKey::Name => sort_by_text(&mut order, leads, &leads.iter().map(|l| Some(l.name.as_str())).collect::<Vec<_>>(), ascending),
        SortKey::Company => sort_by_text(&mut order, leads, &leads.iter().map(|l| Some(l.company.as_str())).collect::<Vec<_>>(), ascending),
        SortKey::Owner => {
            let keys: Vec<Option<&str>> = leads.iter().map(|l| l.owner_id.map(|o| owner_name(o).unwrap_or(""))).collect();
            sort_by_text(&mut order, leads, &keys, ascending)
        }
        SortKey::Channel => sort_positions(&mut order, &|a, b| dir((at(a).channel as u8).cmp(&(at(b).channel as u8)).then_with(|| tie(at(a), at(b))))),
        SortKey::Status => sort_positions(&mut order, &|a, b| dir((at(a).status as u8).cmp(&(at(b).status as u8)).then_with(|| tie(at(a), at(b))))),
        SortKey::Created => sort_positions(&mut order, &|a, b| dir(tie(at(a), at(b)))),
        SortKey::Score if views.len() == leads.len() => {
            sort_positions(&mut order, &|a, b| dir(views[a as usize].score.total.cmp(&views[b as usize].score.total).then_with(|| tie(at(a), at(b)))))
        }
        SortKey::Sla if views.len() == leads.len() => {
            let ranks: Vec<(u8, i64)> = views.iter().map(|v| sla_rank(&v.sla)).collect();
            sort_positions(&mut order, &|a, b| dir(ranks[a as usize].cmp(&ranks[b as usize]).then_with(|| tie(at(a), at(b)))))
        }
        // Without scores to sort by, newest first.
        SortKey::Score | SortKey::Sla => sort_positions(&mut order, &|a, b| tie(at(b), at(a))),
    }
    order
}

fn tie(a: &Lead, b: &Lead) -> Ordering {
    a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id))
}

/// Sorts by prepared text keys; `None` (no owner) goes last in both directions.
fn sort_by_text(order: &mut [u32], leads: &[Lead], keys: &[Option<&str>], ascending: bool) {
    let dir = |o: Ordering| if ascending { o } else { o.reverse() };
    sort_positions(order, &|a, b| {
        let (la, lb) = (&leads[a as usize], &leads[b as usize]);
        match (keys[a as usize], keys[b as usize]) {
            (Some(x), Some(y)) => dir(x.cmp(y).then_with(|| tie(la, lb))),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => dir(tie(la, lb)),
        }
    });
}

#[cfg(test)]
mod tests;
