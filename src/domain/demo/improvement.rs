//! A few improvement actions (流程持续改进) from earlier reviews: one done
//! with its outcome, the others open. Generated last, so every earlier
//! record stays as it was.

use super::ctx::{Gen, World};
use super::names::Pair;
use crate::domain::{ActionSource, ActionStatus, ImprovementAction};

const ACTIONS: &[(ActionSource, Pair, Pair)] = &[
    (
        ActionSource::Review,
        ("连续 3 个双周销售额未达目标。", "Revenue below goal 3 fortnights in a row."),
        ("每周与主管复盘商机，前三大商机联合拜访。", "Weekly pipeline review with the manager; joint calls on the three largest deals."),
    ),
    (
        ActionSource::FunnelLeak,
        ("需求确认 → 方案匹配 转化率低于前四分之一。", "Needs confirmed → solution matched converts below the top quartile."),
        ("针对客户需求安排售前定制演示。", "Bring a presales demo tailored to the stated needs."),
    ),
    (
        ActionSource::Quadrant,
        ("勤奋象限：意愿高、能力弱。", "Hustler quadrant: willing, less able."),
        ("技能辅导：角色扮演与联合拜访。", "Coach skills: role-play and joint calls."),
    ),
];

const OUTCOME: Pair = ("下一个双周达成销售额目标。", "Met the revenue goal the next fortnight.");

pub(super) fn actions(g: &mut Gen, w: &mut World) {
    if w.reps.is_empty() {
        return;
    }
    for (n, (source, diagnosis, action)) in ACTIONS.iter().enumerate() {
        let rep = w.reps[g.below(w.reps.len())].id;
        let owner = w.data.people.iter().find(|p| p.id == rep).and_then(|p| p.manager_id).unwrap_or(rep);
        let done = n == 0;
        let created = if done { g.ago(40, 60) } else { g.ago(3, 10) };
        let due_on = if done { created.date_naive() + chrono::Duration::days(14) } else { g.date_ahead(7, 21) };
        let done_at = done.then(|| g.not_after_now(created + chrono::Duration::days(13)));
        let id = g.id(created);
        w.data.improvement_actions.push(ImprovementAction {
            id,
            created_at: created,
            updated_at: done_at.unwrap_or(created),
            person_id: Some(rep),
            source: *source,
            diagnosis: g.t(*diagnosis).to_string(),
            action: g.t(*action).to_string(),
            owner_id: owner,
            due_on,
            status: if done { ActionStatus::Done } else { ActionStatus::Open },
            outcome: if done { g.t(OUTCOME).to_string() } else { String::new() },
            done_at,
        });
    }
}
