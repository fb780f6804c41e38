//! Leads from every channel. Converted leads are linked both ways to the deals
//! they became; purchased-list leads carry consent records, some expired or
//! missing so the outreach block has something to show.

use crate::domain::lead_list::CHANNELS;
use crate::domain::sorting;
use chrono::Duration;

use super::ctx::{cny_yuan, Gen, World};
use super::names::Pair;
use super::customers::company_name;
use super::names::{INDUSTRIES, INDUSTRY_WEIGHTS, LEAD_TITLES};
use crate::domain::{Channel, Consent, Engagement, EngagementKind, Lead, LeadStatus, Timestamp};

const CHANNEL_WEIGHTS: [u32; 9] = [14, 12, 10, 9, 16, 12, 12, 10, 5];

/// Where the lead came from, per channel in `CHANNELS` order.
const DETAILS: [&[Pair]; 9] = [
    &[("百度搜索", "Baidu search"), ("必应搜索", "Bing search")],
    &[("微信朋友圈广告", "WeChat Moments ads"), ("抖音信息流广告", "Douyin feed ads"), ("领英广告", "LinkedIn ads")],
    &[
        ("《制造业数字化转型白皮书》", "Manufacturing Digitalisation white paper"),
        ("仓储降本案例集", "Warehouse cost-saving case studies"),
    ],
    &[("季度产品通讯", "Quarterly product newsletter"), ("新品发布邮件", "Product launch e-mail")],
    &[("官网试用申请", "Website trial request"), ("官网报价咨询", "Website pricing enquiry")],
    &[
        ("华信系统集成", "Huaxin Integration (partner)"),
        ("远景咨询", "Vista Consulting (partner)"),
        ("启航软件", "Qihang Software (partner)"),
    ],
    &[
        ("中国国际工业博览会", "China International Industry Fair"),
        ("亚洲物流双年展", "Asia Logistics Biennial"),
        ("智能制造峰会", "Smart Manufacturing Summit"),
    ],
    &[("企商数据", "BizData Ltd."), ("商联名录", "TradeDirectory Co.")],
    &[("老客户转介绍", "Customer referral"), ("电话咨询", "Inbound phone call")],
];

const DISQUALIFY: &[Pair] = &[
    ("无预算", "No budget"),
    ("非目标行业", "Outside target industry"),
    ("联系方式无效", "Invalid contact details"),
    ("已采购竞品", "Already bought a competitor"),
    ("个人咨询，非企业需求", "Private enquiry, not a business"),
];

fn engagement(g: &mut Gen, channel: Channel, from: Timestamp, to: Timestamp) -> Vec<Engagement> {
    let n = g.weighted(&[20, 25, 20, 15, 10, 6, 4]);
    let mut events: Vec<Engagement> = (0..n)
        .map(|_| {
            let kind = match channel {
                Channel::TradeShow if g.chance(50) => EngagementKind::EventAttended,
                Channel::Email | Channel::PurchasedList if g.chance(50) => EngagementKind::EmailOpen,
                _ => [
                    EngagementKind::SiteVisit,
                    EngagementKind::EmailOpen,
                    EngagementKind::FormSubmit,
                    EngagementKind::EventAttended,
                ][g.weighted(&[50, 30, 12, 8])],
            };
            Engagement { kind, at: g.between(from, to) }
        })
        .collect();
    sorting::sort_by_key(&mut events, |e| e.at);
    events
}

/// Consent for a purchased-list lead and the earliest the lead can have been
/// created. Roughly 70 % valid, 15 % expired, 15 % missing.
fn consent(g: &mut Gen, vendor: &str) -> (Option<Consent>, i64) {
    let basis = g.t(("数据供应商书面授权（个人已同意接收商业信息）", "Vendor-documented opt-in to business contact"));
    match g.weighted(&[70, 15, 15]) {
        0 => {
            let ago = g.range(10, 300);
            let on = g.today - Duration::days(ago);
            let c = Consent {
                vendor: vendor.into(),
                acquired_on: on,
                basis: basis.into(),
                expires_on: Some(on + Duration::days(365)),
            };
            (Some(c), ago)
        }
        1 => {
            let ago = g.range(400, 700);
            let on = g.today - Duration::days(ago);
            let c = Consent {
                vendor: vendor.into(),
                acquired_on: on,
                basis: basis.into(),
                expires_on: Some(on + Duration::days(365)),
            };
            (Some(c), ago)
        }
        _ => (None, 540),
    }
}

pub(super) fn leads(g: &mut Gen, w: &mut World, total: usize) {
    // About 40 % of deals started as a lead, capped so most leads stay leads.
    let converted = (w.data.deals.len() * 2 / 5).min(total / 4);
    let deal_stride = (w.data.deals.len() / converted.max(1)).max(1);
    for i in 0..total {
        let deal = (i < converted).then(|| i * deal_stride).filter(|&d| d < w.data.deals.len());
        let mut channel = CHANNELS[g.weighted(&CHANNEL_WEIGHTS)];
        // Converted leads predate their consent window; keep list leads among the open ones.
        if deal.is_some() && channel == Channel::PurchasedList {
            channel = Channel::TradeShow;
        }
        let detail = g.pick_t(DETAILS[channel as usize]).to_string();
        let (consent, max_age) = if channel == Channel::PurchasedList { consent(g, &detail) } else { (None, 540) };
        let mut lead = match deal {
            Some(d) => converted_lead(g, w, d),
            None => open_lead(g, w, max_age),
        };
        lead.channel = channel;
        lead.channel_detail = detail;
        lead.consent = consent;
        let to = lead.first_contact_at.unwrap_or(g.now).max(lead.created_at);
        lead.engagement = engagement(g, channel, lead.created_at, to);
        super::lead_signals::add(g, i, &mut lead);
        lead.updated_at = lead
            .engagement
            .last()
            .map_or(lead.created_at, |e| e.at)
            .max(lead.last_contact_at.max(lead.first_contact_at).unwrap_or(lead.created_at));
        lead.id = g.id(lead.created_at);
        if let Some(d) = deal {
            w.data.deals[d].lead_id = Some(lead.id);
        }
        w.data.leads.push(lead);
    }
}

fn blank(g: &mut Gen, created_at: Timestamp) -> Lead {
    let (name, local) = g.person_name();
    Lead {
        id: crate::domain::Id::from_u128(0),
        created_at,
        updated_at: created_at,
        name,
        company: String::new(),
        title: g.pick_t(LEAD_TITLES).to_string(),
        email: local,
        phone: g.phone(),
        industry: String::new(),
        employees: None,
        region: String::new(),
        city: String::new(),
        channel: Channel::Other,
        channel_detail: String::new(),
        consent: None,
        status: LeadStatus::New,
        owner_id: None,
        budget: g.chance(60).then(|| cny_yuan(g.deal_yuan())),
        timeline_months: g.chance(70).then(|| g.range(1, 12) as u16),
        engagement: Vec::new(),
        first_contact_at: None,
        last_contact_at: None,
        disqualify_reason: None,
        converted_deal_id: None,
        notes: String::new(),
        assignment_history: Vec::new(),
    }
}

fn converted_lead(g: &mut Gen, w: &World, d: usize) -> Lead {
    let deal = &w.data.deals[d];
    let acc = &w.accounts[w.deals[d].account];
    let created_at = (deal.created_at - Duration::days(g.range(3, 40))).max(acc.created_at - Duration::days(30));
    let mut lead = blank(g, created_at);
    let account = &w.data.accounts[w.deals[d].account];
    lead.company = account.name.clone();
    lead.industry = account.industry.clone();
    lead.employees = account.employees;
    lead.region = account.region.clone();
    lead.city = account.city.clone();
    if let Some(c) = w.data.contacts.get(acc.contacts.start) {
        lead.name = c.name.clone();
        lead.title = c.title.clone();
        lead.email = c.email.clone();
    }
    lead.status = LeadStatus::Converted;
    lead.owner_id = Some(deal.owner_id);
    lead.converted_deal_id = Some(deal.id);
    lead.first_contact_at = Some(g.between(created_at, deal.created_at));
    lead
}

fn open_lead(g: &mut Gen, w: &World, max_age: i64) -> Lead {
    // Half of the open leads arrived in the last two months.
    let created_at = if g.chance(50) { g.ago(0, 60.min(max_age)) } else { g.ago(0, max_age) };
    let mut lead = blank(g, created_at);
    let industry = g.weighted(INDUSTRY_WEIGHTS);
    let city = g.below(w.cities.len());
    let (company, _, site) = company_name(g, industry, w.cities[city].name, 0);
    lead.email = format!("{}@{}", lead.email, site.trim_start_matches("www."));
    lead.company = company;
    lead.industry = g.t(INDUSTRIES[industry]).to_string();
    lead.employees = g.chance(80).then(|| g.employees());
    lead.region = w.regions[w.cities[city].region].name.to_string();
    lead.city = w.cities[city].name.to_string();
    let status =
        [LeadStatus::New, LeadStatus::Contacted, LeadStatus::Qualified, LeadStatus::Nurture, LeadStatus::Disqualified]
            [g.weighted(&[22, 26, 14, 20, 18])];
    lead.status = status;
    // New leads are often still waiting in the unassigned queue.
    let unassigned = match status {
        LeadStatus::New => g.chance(40),
        LeadStatus::Nurture => g.chance(10),
        _ => false,
    };
    if !unassigned {
        // Reps on leave are skipped, as the assignment rules do.
        let reps: Vec<usize> = w.cities[city].reps.iter().copied().filter(|&r| w.reps[r].available).collect();
        let reps = if reps.is_empty() { w.cities[city].reps.clone() } else { reps };
        let pick = reps[g.below(reps.len())];
        lead.owner_id = Some(w.reps[pick].id);
    }
    if status != LeadStatus::New {
        // Most first contacts are within a day; some blow the SLA.
        let hours = match g.weighted(&[35, 35, 20, 10]) {
            0 => g.range(0, 2),
            1 => g.range(2, 24),
            2 => g.range(24, 72),
            _ => g.range(72, 240),
        };
        let t = created_at + Duration::hours(hours) + Duration::minutes(g.range(0, 59));
        lead.first_contact_at = Some(g.not_after_now(t).max(created_at));
    }
    if status == LeadStatus::Disqualified {
        lead.disqualify_reason = Some(g.pick_t(DISQUALIFY).to_string());
    }
    if g.chance(15) {
        lead.notes = g
            .pick_t(&[
                ("客户希望先看案例", "Wants to see a case study first"),
                ("下季度有预算", "Budget next quarter"),
                ("需要技术交流", "Asked for a technical session"),
            ])
            .to_string();
    }
    lead
}
