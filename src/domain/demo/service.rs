//! After-sales voice of the customer: NPS and touchpoint satisfaction surveys,
//! and complaints that move through the closed loop.

use chrono::Duration;

use super::ctx::{Gen, World};
use super::names::Pair;
use crate::domain::{
    Complaint, ComplaintCategory, ComplaintStatus, ComplaintStep, Severity, SurveyKind, SurveyResponse, Touchpoint,
};

/// Likelihood of each NPS score 0–10: about 50 % promoters, 20 % detractors.
const NPS_WEIGHTS: [u32; 11] = [2, 1, 2, 2, 3, 4, 6, 12, 18, 24, 26];
/// CSAT 1–5, mostly satisfied.
const CSAT_WEIGHTS: [u32; 5] = [4, 7, 18, 38, 33];
const TOUCHPOINTS: [Touchpoint; 4] =
    [Touchpoint::PreSales, Touchpoint::Signing, Touchpoint::Delivery, Touchpoint::AfterSales];

const PRAISE: &[Pair] = &[
    ("实施团队专业，上线很顺利", "Professional team, smooth go-live"),
    ("响应及时", "Quick to respond"),
    ("系统稳定，操作简单", "Stable and easy to use"),
];
const CRITICISM: &[Pair] = &[
    ("交付比约定晚了两周", "Delivery two weeks late"),
    ("售后电话经常占线", "Support line always busy"),
    ("报价流程太慢", "Quoting took too long"),
];

/// Accounts that have bought something; surveys and complaints come from them.
fn customers(w: &World) -> Vec<usize> {
    let list: Vec<usize> = (0..w.accounts.len()).filter(|&a| w.accounts[a].customer).collect();
    if list.is_empty() {
        (0..w.accounts.len()).collect()
    } else {
        list
    }
}

pub(super) fn surveys(g: &mut Gen, w: &mut World, count: usize) {
    let pool = customers(w);
    for _ in 0..count {
        let a = pool[g.below(pool.len())];
        let acc = &w.accounts[a];
        let contact =
            (!acc.contacts.is_empty()).then(|| w.data.contacts[acc.contacts.start + g.below(acc.contacts.len())].id);
        let nps = g.chance(40);
        let (kind, touchpoint, score, good) = if nps {
            let s = g.weighted(&NPS_WEIGHTS) as u8;
            (SurveyKind::Nps, TOUCHPOINTS[2 + g.below(2)], s, s >= 9)
        } else {
            let tp = TOUCHPOINTS[g.below(4)];
            let mut s = g.weighted(&CSAT_WEIGHTS) as u8 + 1;
            // Delivery is where expectations meet reality; it scores lower.
            if tp == Touchpoint::Delivery && s > 1 && g.chance(20) {
                s -= 1;
            }
            (SurveyKind::Csat, tp, s, s >= 4)
        };
        let comment =
            if g.chance(35) { g.pick_t(if good { PRAISE } else { CRITICISM }).to_string() } else { String::new() };
        let earliest = (g.today - acc.created_at.date_naive()).num_days().clamp(1, 720);
        let on = g.date_ago(0, earliest);
        let created_at = g.at_on_past(on);
        let id = g.id(created_at);
        w.data.survey_responses.push(SurveyResponse {
            id,
            created_at,
            updated_at: created_at,
            account_id: acc.id,
            contact_id: contact,
            kind,
            touchpoint,
            score,
            comment,
            responded_on: on,
        });
    }
}

const TITLES: [&[Pair]; 3] = [
    &[
        ("网关设备频繁掉线", "Gateway keeps dropping offline"),
        ("报表数据与实际不符", "Report figures do not match"),
        ("扫码终端电池续航短", "Scanner battery drains fast"),
    ],
    &[
        ("工程师上门不及时", "Engineer arrived late"),
        ("客服未按时回电", "Support did not call back"),
        ("培训内容不够深入", "Training too shallow"),
    ],
    &[
        ("发票开具错误", "Invoice issued with errors"),
        ("合同审批耗时过长", "Contract approval took too long"),
        ("发货单与订单不一致", "Delivery note does not match the order"),
    ],
];
const ROOT_CAUSES: &[Pair] = &[
    ("固件版本缺陷", "Firmware defect"),
    ("现场网络配置不当", "Site network misconfigured"),
    ("工单派发规则遗漏", "Gap in ticket dispatch rules"),
    ("开票信息录入错误", "Billing data entered wrongly"),
];
const ACTIONS: &[Pair] = &[
    ("升级固件并加入出厂检测项", "Firmware upgraded; added to factory test"),
    ("修订派单规则并培训客服", "Dispatch rules revised; support retrained"),
    ("开票前增加复核环节", "Added a review step before invoicing"),
];

const FLOW: [ComplaintStatus; 6] = [
    ComplaintStatus::Open,
    ComplaintStatus::Acknowledged,
    ComplaintStatus::InProgress,
    ComplaintStatus::Resolved,
    ComplaintStatus::Verified,
    ComplaintStatus::Closed,
];

pub(super) fn complaints(g: &mut Gen, w: &mut World, count: usize) {
    let pool = customers(w);
    for _ in 0..count {
        let a = pool[g.below(pool.len())];
        let acc = &w.accounts[a];
        let owner = w.reps[acc.owner].id;
        let category = g.weighted(&[45, 35, 20]);
        let severity = [Severity::Normal, Severity::Urgent, Severity::Major][g.weighted(&[60, 30, 10])];
        let opened_at = g.ago(0, 400).max(acc.created_at);
        // Older complaints have usually gone all the way round the loop.
        let target = if (g.now - opened_at).num_days() > 45 { 3 + g.weighted(&[10, 20, 70]) } else { g.below(6) };
        let mut history = vec![ComplaintStep { status: ComplaintStatus::Open, at: opened_at, by: Some(owner) }];
        let mut at = opened_at;
        for status in FLOW.iter().take(target + 1).skip(1) {
            let gap = match status {
                // Most are acknowledged inside the 48 h SLA; some are not.
                ComplaintStatus::Acknowledged => {
                    Duration::hours(if g.chance(80) { g.range(1, 40) } else { g.range(49, 96) })
                }
                ComplaintStatus::InProgress => Duration::hours(g.range(2, 72)),
                ComplaintStatus::Resolved => Duration::days(g.range(1, 14)),
                _ => Duration::days(g.range(1, 6)),
            };
            if at + gap > g.now {
                break;
            }
            at += gap;
            history.push(ComplaintStep { status: *status, at, by: Some(owner) });
        }
        let status = history.last().map_or(ComplaintStatus::Open, |s| s.status);
        let resolved = status >= ComplaintStatus::Resolved;
        let id = g.id(opened_at);
        let title = g.pick_t(TITLES[category]).to_string();
        w.data.complaints.push(Complaint {
            id,
            created_at: opened_at,
            updated_at: at,
            account_id: acc.id,
            description: title.clone(),
            title,
            category: [ComplaintCategory::Product, ComplaintCategory::Service, ComplaintCategory::Process][category],
            severity,
            status,
            owner_id: Some(owner),
            opened_at,
            history,
            root_cause: if resolved { g.pick_t(ROOT_CAUSES).to_string() } else { String::new() },
            corrective_action: if resolved { g.pick_t(ACTIONS).to_string() } else { String::new() },
        });
    }
}
