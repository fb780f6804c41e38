//! The lead list's rules: which leads a filter keeps and in which order they
//! are listed. Built for 100,000 leads: text search runs over a haystack
//! prepared once per change of the leads ([`haystack`]), and sorting compares
//! prepared keys rather than looking names up per comparison.

use std::cmp::Ordering;

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

/// Still being worked: neither converted nor disqualified.
pub fn is_open(status: LeadStatus) -> bool {
    !matches!(status, LeadStatus::Converted | LeadStatus::Disqualified)
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

/// List filters. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeadFilter {
    pub status: StatusFilter,
    pub channel: Option<Channel>,
    pub owner: OwnerFilter,
    /// As typed; matched case-insensitively against name, company, email
    /// and phone (a phone also by its digits alone, "138-0000" finds "138 0000").
    pub text: String,
}

impl LeadFilter {
    /// The search text as matched: trimmed and lower-case.
    pub fn needle(&self) -> String {
        self.text.trim().to_lowercase()
    }

    /// Whether `lead` passes every filter.
    pub fn matches(&self, lead: &Lead) -> bool {
        let needle = self.needle();
        self.matches_fields(lead) && (needle.is_empty() || text_matches(&haystack(lead), &needle))
    }

    /// Status, channel and owner only. Long lists check these first and the
    /// text against a prepared [`haystack`] with [`text_matches`].
    pub fn matches_fields(&self, lead: &Lead) -> bool {
        let status_ok = match self.status {
            StatusFilter::Any => true,
            StatusFilter::Open => is_open(lead.status),
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
    Channel,
    Status,
    Owner,
    #[default]
    Created,
}

impl SortKey {
    pub const ALL: [SortKey; 6] = [SortKey::Name, SortKey::Company, SortKey::Channel, SortKey::Status, SortKey::Owner, SortKey::Created];

    /// Name in URLs (`?sort=company`).
    pub fn slug(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Company => "company",
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

/// Positions into `leads` in list order for `key`. Ties (and the newest-first
/// default) fall back to creation time, then id, so the order is stable
/// across reloads. Leads without an owner sort after all owners either way,
/// since "unassigned" is a queue of its own, not a name.
pub fn sort_order<'n>(leads: &[Lead], key: SortKey, ascending: bool, owner_name: impl Fn(Id) -> Option<&'n str>) -> Vec<u32> {
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
        SortKey::Channel => order.sort_by(|&a, &b| dir((at(a).channel as u8).cmp(&(at(b).channel as u8)).then_with(|| tie(at(a), at(b))))),
        SortKey::Status => order.sort_by(|&a, &b| dir((at(a).status as u8).cmp(&(at(b).status as u8)).then_with(|| tie(at(a), at(b))))),
        SortKey::Created => order.sort_by(|&a, &b| dir(tie(at(a), at(b)))),
    }
    order
}

fn tie(a: &Lead, b: &Lead) -> Ordering {
    a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id))
}

/// Sorts by prepared text keys; `None` (no owner) goes last in both directions.
fn sort_by_text(order: &mut [u32], leads: &[Lead], keys: &[Option<&str>], ascending: bool) {
    let dir = |o: Ordering| if ascending { o } else { o.reverse() };
    order.sort_by(|&a, &b| {
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
