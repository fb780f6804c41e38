//! A row → a `Lead`.

use std::collections::HashMap;

use super::{dupes, LeadField, CHANNELS, STATUSES};
use crate::domain::mapping::plan::{DupePolicy, Plan, Reason};
use crate::domain::mapping::run::{run, Cells, ImportKind, Planner};
use crate::domain::mapping::text::fold;
use crate::domain::mapping::value::{parse_amount_in, parse_date, parse_timestamp, parse_whole, Choices, DateOrder};
use crate::domain::mapping::{Mapping, Table};
use crate::domain::people::is_plausible_email;
use crate::domain::{Channel, Consent, Currency, EntityKind, Id, Lead, LeadStatus, Money, Person, Timestamp};

use LeadField as F;

/// What the user chose on the import screen, plus the app's own labels.
#[derive(Clone, Debug)]
pub struct LeadOptions {
    pub date_order: DateOrder,
    /// The user's zone, for times written without one.
    pub utc_offset_minutes: i32,
    /// For budgets that name no currency.
    pub currency: Currency,
    /// For rows without a channel or status cell.
    pub default_channel: Channel,
    pub default_status: LeadStatus,
    /// An owner nobody in the team matches leaves the lead unassigned
    /// instead of making the row invalid.
    pub unknown_owner_unassigned: bool,
    /// The app's translated channel and status names (every locale), so
    /// its own exports read back. Codes and common words are built in.
    pub channel_labels: Vec<(Channel, String)>,
    pub status_labels: Vec<(LeadStatus, String)>,
}

impl LeadOptions {
    pub fn new(currency: Currency) -> LeadOptions {
        LeadOptions {
            date_order: DateOrder::DayFirst,
            utc_offset_minutes: 0,
            currency,
            default_channel: Channel::Other,
            default_status: LeadStatus::New,
            unknown_owner_unassigned: false,
            channel_labels: Vec::new(),
            status_labels: Vec::new(),
        }
    }
    /// Adds one locale's labels, arrays indexed like `CHANNELS`/`STATUSES`
    /// (the i18n `channels` and `lead_status` arrays).
    pub fn with_labels(mut self, channels: &[&str; 9], statuses: &[&str; 6]) -> LeadOptions {
        self.channel_labels.extend(CHANNELS.iter().zip(channels).map(|(c, l)| (*c, l.to_string())));
        self.status_labels.extend(STATUSES.iter().zip(statuses).map(|(s, l)| (*s, l.to_string())));
        self
    }
}

/// The lead kind for `plan::run`, holding what rows are checked against.
pub struct LeadImport<'a, G: FnMut() -> Id> {
    existing: &'a [Lead],
    by_email: HashMap<String, Vec<Id>>,
    by_name: HashMap<String, Vec<Id>>,
    channels: Choices<Channel>,
    statuses: Choices<LeadStatus>,
    opts: LeadOptions,
    now: Timestamp,
    next_id: G,
}

/// Plans importing `table` into `existing` leads. Owners are matched
/// against `people`; new ids come from `next_id` and "now" is the app clock.
#[allow(clippy::too_many_arguments)]
pub fn plan_leads(
    table: &Table,
    mapping: &Mapping<LeadField>,
    policy: DupePolicy,
    existing: &[Lead],
    people: &[Person],
    opts: LeadOptions,
    now: Timestamp,
    next_id: impl FnMut() -> Id,
) -> Plan<Lead> {
    run(LeadImport::new(existing, people, opts, now, next_id), table, mapping, policy)
}

/// The same run, to be advanced in slices (`Planner::step`) so the page
/// can show progress on large files.
#[allow(clippy::too_many_arguments)]
pub fn lead_planner<'a, 't, G: FnMut() -> Id>(
    table: &'t Table,
    mapping: &Mapping<LeadField>,
    policy: DupePolicy,
    existing: &'a [Lead],
    people: &[Person],
    opts: LeadOptions,
    now: Timestamp,
    next_id: G,
) -> Planner<'t, LeadImport<'a, G>> {
    Planner::new(LeadImport::new(existing, people, opts, now, next_id), table, mapping, policy)
}

impl<'a, G: FnMut() -> Id> LeadImport<'a, G> {
    pub fn new(existing: &'a [Lead], people: &[Person], opts: LeadOptions, now: Timestamp, next_id: G) -> Self {
        let mut by_email: HashMap<String, Vec<Id>> = HashMap::new();
        let mut by_name: HashMap<String, Vec<Id>> = HashMap::new();
        for p in people {
            let email = p.email.trim().to_lowercase();
            if !email.is_empty() {
                by_email.entry(email).or_default().push(p.id);
            }
            by_name.entry(fold(&p.name)).or_default().push(p.id);
        }
        // The app's labels first: on a clash they are what the user meant.
        let mut channels = Choices::new(&[]);
        for (c, l) in &opts.channel_labels {
            channels.add(*c, l);
        }
        for (c, l) in CHANNEL_NAMES {
            channels.add(*c, l);
        }
        let mut statuses = Choices::new(&[]);
        for (s, l) in &opts.status_labels {
            statuses.add(*s, l);
        }
        for (s, l) in STATUS_NAMES {
            statuses.add(*s, l);
        }
        LeadImport { existing, by_email, by_name, channels, statuses, opts, now, next_id }
    }

    /// An owner cell: an e-mail if it has an "@", otherwise a name.
    fn owner(&self, text: &str) -> Result<Option<Id>, Reason> {
        if text.is_empty() {
            return Ok(None);
        }
        let found = match text.contains('@') {
            true => self.by_email.get(&text.to_lowercase()),
            false => self.by_name.get(&fold(text)),
        };
        match found.map(Vec::as_slice) {
            Some([id]) => Ok(Some(*id)),
            Some([_, _, ..]) => Err(Reason::AmbiguousReference(EntityKind::Person)),
            _ if self.opts.unknown_owner_unassigned => Ok(None),
            _ => Err(Reason::UnknownReference(EntityKind::Person)),
        }
    }

    /// The name column, or else first and last name columns put together.
    fn name(cells: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> String {
        let full = cells.text(F::Name);
        if !full.is_empty() {
            return full.to_string();
        }
        // Chinese names are written family name first, without a space.
        let han = |s: &str| s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
        let name = match (cells.text(F::FirstName), cells.text(F::LastName)) {
            ("", "") => String::new(),
            (f, "") | ("", f) => f.to_string(),
            (f, l) if han(f) || han(l) => format!("{l}{f}"),
            (f, l) => format!("{f} {l}"),
        };
        if name.is_empty() {
            let on_first = cells.column(F::Name).is_none() && cells.column(F::FirstName).is_some();
            p.push((if on_first { F::FirstName } else { F::Name }, Reason::Required));
        }
        name
    }

    fn consent(&self, cells: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Consent> {
        let parts = [F::ConsentVendor, F::ConsentDate, F::ConsentBasis, F::ConsentExpiry];
        if !parts.iter().any(|f| cells.provided(*f)) {
            return None;
        }
        let order = self.opts.date_order;
        let mut date = |f| cells.parse(f, p, |t| parse_date(t, order));
        let acquired = date(F::ConsentDate);
        let expires = date(F::ConsentExpiry);
        let Some(acquired_on) = acquired else {
            // The acquisition date is what the consent's age is measured from.
            if !cells.provided(F::ConsentDate) {
                p.push((F::ConsentDate, Reason::Required));
            }
            return None;
        };
        Some(Consent {
            vendor: cells.text(F::ConsentVendor).to_string(),
            acquired_on,
            basis: cells.text(F::ConsentBasis).to_string(),
            expires_on: expires,
        })
    }
}

impl<G: FnMut() -> Id> ImportKind for LeadImport<'_, G> {
    type Field = LeadField;
    type Record = Lead;
    type Key = dupes::LeadKey;

    fn existing(&self) -> &[Lead] {
        self.existing
    }
    fn id_of(record: &Lead) -> Id {
        record.id
    }
    fn keys(&self, record: &Lead, out: &mut Vec<dupes::LeadKey>) {
        dupes::keys(record, out)
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Lead> {
        let id = match c.text(F::Id) {
            "" => (self.next_id)(),
            t => Id::parse(t).unwrap_or_else(|| {
                p.push((F::Id, Reason::NotAnId));
                Id::from_u128(0)
            }),
        };
        let name = Self::name(c, p);
        let email = c.text(F::Email);
        if !email.is_empty() && !is_plausible_email(email) {
            p.push((F::Email, Reason::NotAnEmail));
        }
        let (order, offset, currency) = (self.opts.date_order, self.opts.utc_offset_minutes, self.opts.currency);
        let at = |f, p: &mut Vec<_>| c.parse(f, p, |t| parse_timestamp(t, order, offset));
        let created_at = at(F::CreatedAt, p).unwrap_or(self.now);
        let first_contact_at = at(F::FirstContactAt, p);
        let text = |f| c.text(f).to_string();
        let lead = Lead {
            id,
            created_at,
            updated_at: self.now,
            name,
            company: text(F::Company),
            title: text(F::Title),
            email: email.to_string(),
            phone: text(F::Phone),
            industry: text(F::Industry),
            employees: c.parse(F::Employees, p, parse_whole::<u32>),
            region: text(F::Region),
            city: text(F::City),
            channel: c.parse(F::Channel, p, |t| self.channels.parse(t)).unwrap_or(self.opts.default_channel),
            channel_detail: text(F::ChannelDetail),
            consent: self.consent(c, p),
            status: c.parse(F::Status, p, |t| self.statuses.parse(t)).unwrap_or(self.opts.default_status),
            owner_id: c.parse(F::Owner, p, |t| self.owner(t)),
            budget: c.parse(F::Budget, p, |t| parse_amount_in(t, currency)).map(|(m, cur)| Money::new(m, cur)),
            timeline_months: c.parse(F::TimelineMonths, p, parse_months),
            engagement: Vec::new(),
            first_contact_at,
            disqualify_reason: Some(text(F::DisqualifyReason)).filter(|r| !r.is_empty()),
            converted_deal_id: None,
            last_contact_at: None,
            assignment_history: Vec::new(),
            notes: text(F::Notes),
        };
        Some(lead)
    }

    fn copy_field(&self, dst: &mut Lead, src: &Lead, f: F) {
        match f {
            F::Id => {}
            F::Name | F::FirstName | F::LastName => dst.name.clone_from(&src.name),
            F::Company => dst.company.clone_from(&src.company),
            F::Title => dst.title.clone_from(&src.title),
            F::Email => dst.email.clone_from(&src.email),
            F::Phone => dst.phone.clone_from(&src.phone),
            F::Industry => dst.industry.clone_from(&src.industry),
            F::Employees => dst.employees = src.employees,
            F::Region => dst.region.clone_from(&src.region),
            F::City => dst.city.clone_from(&src.city),
            F::Channel => dst.channel = src.channel,
            F::ChannelDetail => dst.channel_detail.clone_from(&src.channel_detail),
            F::ConsentVendor | F::ConsentDate | F::ConsentBasis | F::ConsentExpiry => copy_consent(dst, src, f),
            F::Budget => dst.budget = src.budget,
            F::TimelineMonths => dst.timeline_months = src.timeline_months,
            F::Status => dst.status = src.status,
            // An unmatched owner left unassigned does not unassign the lead.
            F::Owner => dst.owner_id = src.owner_id.or(dst.owner_id),
            F::CreatedAt => dst.created_at = src.created_at,
            F::FirstContactAt => dst.first_contact_at = src.first_contact_at,
            F::DisqualifyReason => dst.disqualify_reason.clone_from(&src.disqualify_reason),
            F::Notes => dst.notes.clone_from(&src.notes),
        }
    }

    fn touch(&self, record: &mut Lead) {
        record.updated_at = self.now;
    }
}

fn copy_consent(dst: &mut Lead, src: &Lead, f: F) {
    let Some(s) = &src.consent else { return };
    let Some(d) = &mut dst.consent else {
        dst.consent = Some(s.clone());
        return;
    };
    match f {
        F::ConsentVendor => d.vendor.clone_from(&s.vendor),
        F::ConsentDate => d.acquired_on = s.acquired_on,
        F::ConsentBasis => d.basis.clone_from(&s.basis),
        _ => d.expires_on = s.expires_on,
    }
}

/// "6", "6 months", "6个月" → 6.
fn parse_months(text: &str) -> Result<Option<u16>, Reason> {
    let t = text.trim();
    let t = ["个月", "月", "months", "month", "mo"].iter().find_map(|u| t.strip_suffix(u)).unwrap_or(t);
    parse_whole::<u16>(t)
}

/// Built-in names for channels beyond the app's labels: codes, and the
/// words other CRMs and spreadsheets use for lead sources.
const CHANNEL_NAMES: &[(Channel, &str)] = &[
    (Channel::Seo, "seo"),
    (Channel::Seo, "Organic Search"),
    (Channel::Seo, "Search"),
    (Channel::Seo, "搜索"),
    (Channel::Seo, "搜索引擎"),
    (Channel::Seo, "自然搜索"),
    (Channel::SocialAds, "social_ads"),
    (Channel::SocialAds, "Social"),
    (Channel::SocialAds, "Social Media"),
    (Channel::SocialAds, "Paid Social"),
    (Channel::SocialAds, "社交媒体"),
    (Channel::SocialAds, "社交广告"),
    (Channel::Content, "content"),
    (Channel::Content, "White Paper"),
    (Channel::Content, "Whitepaper"),
    (Channel::Content, "内容营销"),
    (Channel::Content, "白皮书"),
    (Channel::Email, "email"),
    (Channel::Email, "Email Marketing"),
    (Channel::Email, "邮件"),
    (Channel::Email, "电子邮件"),
    (Channel::WebForm, "web_form"),
    (Channel::WebForm, "Website"),
    (Channel::WebForm, "Form"),
    (Channel::WebForm, "官网"),
    (Channel::WebForm, "网站"),
    (Channel::WebForm, "表单"),
    (Channel::PartnerReferral, "partner_referral"),
    (Channel::PartnerReferral, "Partner"),
    (Channel::PartnerReferral, "Referral"),
    (Channel::PartnerReferral, "合作伙伴"),
    (Channel::PartnerReferral, "推荐"),
    (Channel::PartnerReferral, "转介绍"),
    (Channel::TradeShow, "trade_show"),
    (Channel::TradeShow, "Event"),
    (Channel::TradeShow, "Events"),
    (Channel::TradeShow, "Exhibition"),
    (Channel::TradeShow, "Conference"),
    (Channel::TradeShow, "展会"),
    (Channel::TradeShow, "活动"),
    (Channel::PurchasedList, "purchased_list"),
    (Channel::PurchasedList, "List Purchase"),
    (Channel::PurchasedList, "Rented List"),
    (Channel::PurchasedList, "购买名单"),
    (Channel::PurchasedList, "名单"),
    (Channel::Other, "other"),
    (Channel::Other, "Others"),
    (Channel::Other, "其他"),
    (Channel::Other, "其它"),
];

const STATUS_NAMES: &[(LeadStatus, &str)] = &[
    (LeadStatus::New, "new"),
    (LeadStatus::New, "Open"),
    (LeadStatus::New, "新建"),
    (LeadStatus::Contacted, "contacted"),
    (LeadStatus::Contacted, "Attempted to Contact"),
    (LeadStatus::Contacted, "Working"),
    (LeadStatus::Contacted, "In Progress"),
    (LeadStatus::Contacted, "跟进中"),
    (LeadStatus::Qualified, "qualified"),
    (LeadStatus::Qualified, "合格"),
    (LeadStatus::Nurture, "nurture"),
    (LeadStatus::Nurture, "Nurturing"),
    (LeadStatus::Nurture, "培育"),
    (LeadStatus::Converted, "converted"),
    (LeadStatus::Converted, "转化"),
    (LeadStatus::Disqualified, "disqualified"),
    (LeadStatus::Disqualified, "Unqualified"),
    (LeadStatus::Disqualified, "无效"),
    (LeadStatus::Disqualified, "作废"),
];
