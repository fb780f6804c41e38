//! Field work: customer visits with check-ins, training records, and the
//! day-to-day activity log (calls, e-mails, meetings, tasks) on deals.

use chrono::{Datelike, Duration};

use super::ctx::{Gen, World};
use super::names::Pair;
use super::geo::STREETS;
use crate::domain::pipeline::Stage;
use crate::domain::{Activity, ActivityKind, GeoPoint, TrainingKind, TrainingRecord, Visit};

const PURPOSES: &[Pair] = &[
    ("需求调研", "Needs discovery"),
    ("方案演示", "Solution demo"),
    ("商务谈判", "Commercial negotiation"),
    ("客户回访", "Customer check-in"),
    ("验收交付", "Delivery acceptance"),
];
const VISIT_NOTES: &[Pair] = &[
    ("客户对数据看板很感兴趣", "Customer keen on the dashboards"),
    ("采购流程需要走招标", "Purchase must go to tender"),
    ("技术负责人提出接口对接问题", "Tech lead raised integration questions"),
    ("客户反馈整体满意", "Customer broadly satisfied"),
];
const NEXT_STEPS: &[Pair] = &[
    ("下周发送正式报价", "Send formal quote next week"),
    ("安排技术交流会", "Set up a technical workshop"),
    ("邀请参观标杆客户", "Arrange a reference visit"),
    ("跟进合同审批进度", "Chase contract approval"),
];

pub(super) fn visits(g: &mut Gen, w: &mut World, count: usize) {
    for _ in 0..count {
        let a = g.below(w.accounts.len());
        let acc = &w.accounts[a];
        let rep = &w.reps[acc.owner];
        let city = &w.cities[acc.city];
        let at = g.ago(0, 120).max(acc.created_at);
        let id = g.id(at);
        // Some browsers deny geolocation; the rep then types the address.
        let (location, manual_location) = if g.chance(85) {
            let p = GeoPoint {
                latitude: (city.lat_ud + g.range(-30_000, 30_000)) as f64 / 1e6,
                longitude: (city.lon_ud + g.range(-30_000, 30_000)) as f64 / 1e6,
                accuracy_m: g.range(8, 120) as f64,
            };
            (Some(p), String::new())
        } else {
            let street = g.pick(STREETS);
            let street = g.t(street);
            let no = g.range(1, 999);
            let text =
                if g.zh() { format!("{}{street}{no}号", city.name) } else { format!("{no} {street}, {}", city.name) };
            (None, text)
        };
        w.data.visits.push(Visit {
            id,
            created_at: at,
            updated_at: at,
            person_id: rep.id,
            account_id: Some(acc.id),
            lead_id: None,
            checked_in_at: at,
            location,
            manual_location,
            purpose: g.pick_t(PURPOSES).to_string(),
            notes: g.pick_t(VISIT_NOTES).to_string(),
            next_step: g.pick_t(NEXT_STEPS).to_string(),
        });
    }
}

const SESSIONS: &[Pair] = &[
    ("顾问式销售技巧", "Consultative selling"),
    ("大客户谈判策略", "Key-account negotiation"),
    ("行业解决方案：智能制造", "Industry solutions: smart manufacturing"),
    ("合同与合规基础", "Contracts and compliance basics"),
    ("CRM 系统操作", "Using the CRM"),
];

pub(super) fn training(g: &mut Gen, w: &mut World, count: usize) {
    let people: Vec<_> = w.reps.iter().map(|r| r.id).chain(w.supervisors.iter().copied()).collect();
    let core = w.products.len().min(4);
    for i in 0..count {
        // Everyone gets at least one record before anyone gets a second.
        let person = people[if i < people.len() { i } else { g.below(people.len()) }];
        let kind = [
            TrainingKind::Session,
            TrainingKind::ProductCertification,
            TrainingKind::CrmCertification,
            TrainingKind::RolePlay,
        ][g.weighted(&[45, 22, 8, 25])];
        let on = g.date_ago(1, 420);
        let (title, hours_tenths, score, product_id) = match kind {
            TrainingKind::Session => (g.pick_t(SESSIONS).to_string(), g.range(20, 160) as u32, None, None),
            TrainingKind::ProductCertification => {
                let p = &w.products[g.below(core)];
                let title =
                    if g.zh() { format!("{}产品认证", p.name) } else { format!("{} certification", p.name) };
                (title, g.range(40, 80) as u32, Some(g.range(70, 100) as u8), Some(p.id))
            }
            TrainingKind::CrmCertification => {
                let level = g.pick_t(&[("初级", "Level 1"), ("中级", "Level 2"), ("高级", "Level 3")]);
                let title =
                    if g.zh() { format!("CRM 认证（{level}）") } else { format!("CRM certification ({level})") };
                (title, 40, Some(g.range(65, 100) as u8), None)
            }
            TrainingKind::RolePlay => {
                let q = on.month0() / 3 + 1;
                let title = if g.zh() {
                    format!("第{q}季度销售角色扮演考核")
                } else {
                    format!("Q{q} sales role-play assessment")
                };
                (title, 20, Some(g.range(55, 98) as u8), None)
            }
        };
        let created_at = g.at_on_past(on);
        let id = g.id(created_at);
        w.data.training_records.push(TrainingRecord {
            id,
            created_at,
            updated_at: created_at,
            person_id: person,
            kind,
            title,
            on,
            hours_tenths,
            score,
            product_id,
        });
    }
}

const SUBJECTS: [&[Pair]; 6] = [
    &[
        ("电话跟进需求", "Follow-up call on requirements"),
        ("确认预算与时间表", "Call to confirm budget and timing"),
        ("回访使用情况", "Check-in call"),
    ],
    &[("现场拜访", "On-site visit"), ("陪同技术交流", "Technical visit with pre-sales")],
    &[("发送产品资料", "Sent product brochure"), ("发送报价单", "Sent the quote"), ("会议纪要", "Meeting minutes")],
    &[("方案演示会", "Solution demo"), ("商务谈判会议", "Commercial negotiation"), ("项目启动会", "Project kick-off")],
    &[("客户组织架构备注", "Note on customer org chart"), ("竞品情况记录", "Competitor intelligence")],
    &[
        ("准备报价", "Prepare quote"),
        ("安排演示", "Schedule demo"),
        ("跟进合同盖章", "Chase contract stamp"),
        ("催收回款", "Chase payment"),
    ],
];
const KINDS: [ActivityKind; 6] = [
    ActivityKind::Call,
    ActivityKind::Visit,
    ActivityKind::Email,
    ActivityKind::Meeting,
    ActivityKind::Note,
    ActivityKind::Task,
];

pub(super) fn activities(g: &mut Gen, w: &mut World, count: usize) {
    let owned_leads: Vec<usize> = (0..w.data.leads.len()).filter(|&i| w.data.leads[i].owner_id.is_some()).collect();
    for _ in 0..count {
        let k = g.weighted(&[30, 10, 25, 12, 10, 13]);
        let kind = KINDS[k];
        let mut a = Activity {
            id: crate::domain::Id::from_u128(0),
            created_at: g.now,
            updated_at: g.now,
            kind,
            subject: g.pick_t(SUBJECTS[k]).to_string(),
            notes: String::new(),
            at: g.now,
            due: None,
            done: true,
            owner_id: None,
            deal_id: None,
            account_id: None,
            contact_id: None,
            lead_id: None,
        };
        let (from, to, open) = match g.weighted(&[72, 13, 15]) {
            0 => {
                let d = &w.data.deals[g.below(w.data.deals.len())];
                a.deal_id = Some(d.id);
                a.account_id = Some(d.account_id);
                a.contact_id = d.contact_id;
                a.owner_id = Some(d.owner_id);
                // Activity stops at the last recorded touch, so stale deals stay stale.
                (d.created_at, d.last_activity_at.unwrap_or(d.updated_at), !matches!(d.stage, Stage::Won | Stage::Lost))
            }
            1 if !owned_leads.is_empty() => {
                let l = &w.data.leads[owned_leads[g.below(owned_leads.len())]];
                a.lead_id = Some(l.id);
                a.owner_id = l.owner_id;
                (l.created_at, l.updated_at.max(l.created_at), true)
            }
            _ => {
                let acc = &w.accounts[g.below(w.accounts.len())];
                a.account_id = Some(acc.id);
                a.owner_id = Some(w.reps[acc.owner].id);
                (acc.created_at, g.now, false)
            }
        };
        a.at = g.between(from, to.min(g.now));
        if kind == ActivityKind::Task {
            if open && g.chance(50) {
                // Scheduled work: created recently, due in the coming two weeks.
                a.at = g.ago(0, 5).max(from);
                a.due = Some(g.now + Duration::days(g.range(1, 14)) + Duration::hours(g.range(0, 8)));
                a.done = false;
            } else {
                a.due = Some(a.at + Duration::days(g.range(1, 7)));
                a.done = g.chance(85);
            }
        }
        a.created_at = a.at;
        a.updated_at = a.at;
        a.id = g.id(a.at);
        w.data.activities.push(a);
    }
}
