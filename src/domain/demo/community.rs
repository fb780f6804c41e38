//! Success cases (a few won deals kept as reference stories) and community
//! events with customer attendees. Generated last, so every earlier record
//! stays as it was.

use chrono::Duration;

use super::ctx::{Gen, World};
use super::names::Pair;
use crate::domain::pipeline::Stage;
use crate::domain::{Attendee, CommunityEvent, EventKind, SuccessCase};

const EVENTS: &[(Pair, EventKind)] = &[
    (("年度用户大会", "Annual user conference"), EventKind::UserConference),
    (("数字化转型研讨会", "Digital transformation seminar"), EventKind::Seminar),
    (("新品线上发布会", "New release webinar"), EventKind::Webinar),
    (("最佳实践工作坊", "Best-practice workshop"), EventKind::Workshop),
];
const VENUES: &[Pair] = &[("上海国际会议中心", "Shanghai convention centre"), ("北京总部", "Beijing HQ"), ("线上", "Online")];
const STORIES: &[Pair] = &[
    ("上线三个月，订单处理时间缩短 40%", "Order handling 40% faster three months after go-live"),
    ("从试点到全国推广", "From pilot to nationwide roll-out"),
    ("替换竞品，年节省维护费用", "Replaced a competitor and cut yearly upkeep"),
];

pub(super) fn success_cases(g: &mut Gen, w: &mut World) {
    let won: Vec<usize> = (0..w.data.deals.len()).filter(|&i| w.data.deals[i].stage == Stage::Won).collect();
    let count = (won.len() / 25).clamp(usize::from(!won.is_empty()), 200);
    for k in 0..count {
        let deal = &w.data.deals[won[k * won.len() / count.max(1)]];
        let (deal_id, account_id, owner, at) = (deal.id, deal.account_id, deal.owner_id, deal.updated_at);
        let industry = w.data.accounts.iter().find(|a| a.id == account_id).map(|a| a.industry.clone()).unwrap_or_default();
        let title = format!("{} — {}", deal.name, g.pick_t(STORIES));
        let id = g.id(at);
        w.data.success_cases.push(SuccessCase {
            id,
            created_at: at,
            updated_at: at,
            deal_id,
            account_id,
            title,
            summary: g.pick_t(STORIES).to_string(),
            industry,
            marked_by: Some(owner),
        });
    }
}

pub(super) fn events(g: &mut Gen, w: &mut World, count: usize) {
    let customers: Vec<usize> = (0..w.accounts.len()).filter(|&a| w.accounts[a].customer).collect();
    for n in 0..count {
        let (name, kind) = EVENTS[n % EVENTS.len()];
        let held_on = if n % 3 == 2 { g.date_ahead(10, 90) } else { g.date_ago(10, 400) };
        let announced = g.at_on(held_on - Duration::days(30));
        let at = g.not_after_now(announced);
        let mut attendees: Vec<Attendee> = Vec::new();
        for _ in 0..customers.len().min(12) {
            let a = &w.accounts[customers[g.below(customers.len())]];
            if attendees.iter().any(|x| x.account_id == a.id) {
                continue;
            }
            let contact = (!a.contacts.is_empty()).then(|| w.data.contacts[a.contacts.start + g.below(a.contacts.len())].id);
            attendees.push(Attendee { account_id: a.id, contact_id: contact });
        }
        let id = g.id(at);
        w.data.community_events.push(CommunityEvent {
            id,
            created_at: at,
            updated_at: at,
            name: g.t(name).to_string(),
            kind,
            held_on,
            location: g.pick_t(VENUES).to_string(),
            attendees,
            notes: String::new(),
        });
    }
}
