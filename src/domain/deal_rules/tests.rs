use super::*;
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::pipeline::column_totals;
use chrono::{TimeZone, Utc};
use proptest::prelude::*;

fn t(day: u32) -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
}

fn open_deal() -> Deal {
    let ws = generate(DemoSize::Small, Lang::En, 7);
    let mut d = ws.data.deals.into_iter().find(|d| d.stage == Stage::Identify).expect("an identify deal");
    d.stage_history = vec![StageChange { from: None, to: Stage::Identify, at: t(1), by: None }];
    d.created_at = t(1);
    d.last_activity_at = None;
    d
}

#[test]
fn moving_records_history_with_who_and_when() {
    let d = open_deal();
    let who = Id::from_u128(9);
    let moved = move_deal(&d, Stage::NeedsConfirmed, 5, Some(who), None, t(3)).unwrap();
    assert_eq!(moved.stage, Stage::NeedsConfirmed);
    assert_eq!(moved.rank, 5);
    assert_eq!(moved.updated_at, t(3));
    assert_eq!(
        moved.stage_history.last(),
        Some(&StageChange { from: Some(Stage::Identify), to: Stage::NeedsConfirmed, at: t(3), by: Some(who) })
    );
    assert_eq!(moved.stage_history.len(), d.stage_history.len() + 1);
}

#[test]
fn reordering_within_a_column_adds_no_history() {
    let d = open_deal();
    let moved = move_deal(&d, Stage::Identify, 42, None, None, t(3)).unwrap();
    assert_eq!(moved.stage_history, d.stage_history);
    assert_eq!(moved.rank, 42);
}

#[test]
fn lost_needs_a_reason() {
    let d = open_deal();
    assert_eq!(move_deal(&d, Stage::Lost, 0, None, None, t(3)), Err(MoveError::LostReasonRequired));
    assert_eq!(move_deal(&d, Stage::Lost, 0, None, Some("   "), t(3)), Err(MoveError::LostReasonRequired));
    let lost = move_deal(&d, Stage::Lost, 0, None, Some("价格过高"), t(3)).unwrap();
    assert_eq!(lost.lost_reason.as_deref(), Some("价格过高"));
    assert_eq!(lost.forecast, ForecastCategory::Omitted);
    let reopened = move_deal(&lost, Stage::Identify, 0, None, None, t(4)).unwrap();
    assert_eq!(reopened.lost_reason, None);
    assert_eq!(reopened.forecast, ForecastCategory::Pipeline);
}

#[test]
fn won_is_closed_in_the_forecast() {
    let won = move_deal(&open_deal(), Stage::Won, 0, None, None, t(3)).unwrap();
    assert_eq!(won.forecast, ForecastCategory::Closed);
}

#[test]
fn stale_follows_the_simulated_clock_and_the_stage_limit() {
    let mut settings = Settings::default();
    settings.stale_days[Stage::Identify.index()] = 14;
    let d = open_deal(); // entered Identify on the 1st, no activity
    assert!(!is_stale(&d, &settings, t(15))); // exactly 14 days: not over the limit
    assert!(is_stale(&d, &settings, t(16)));
    let mut touched = d.clone();
    touched.last_activity_at = Some(t(10));
    assert!(!is_stale(&touched, &settings, t(16)));
    assert_eq!(days_without_activity(&touched, t(16)), 6);
    settings.stale_days[Stage::Identify.index()] = 0;
    assert!(!is_stale(&d, &settings, t(30)), "0 means never stale");
    let won = move_deal(&d, Stage::Won, 0, None, None, t(2)).unwrap();
    assert!(!is_stale(&won, &Settings::default(), t(30)), "closed deals are never stale");
    assert_eq!(days_in_stage(&won, t(12)), 10);
}

#[test]
fn ranks_fit_between_neighbours_until_they_touch() {
    assert_eq!(rank_between(None, None), Some(0));
    assert_eq!(rank_between(Some(0), None), Some(RANK_STEP));
    assert_eq!(rank_between(None, Some(0)), Some(-RANK_STEP));
    assert_eq!(rank_between(Some(0), Some(10)), Some(5));
    assert_eq!(rank_between(Some(4), Some(5)), None);
    assert_eq!(renumber(3), vec![0, RANK_STEP, 2 * RANK_STEP]);
}

#[test]
fn subtree_includes_indirect_reports_and_survives_cycles() {
    let ws = generate(DemoSize::Small, Lang::Zh, 1);
    let vp = ws.data.people.iter().find(|p| p.manager_id.is_none() && p.role == crate::domain::Role::Vp).unwrap();
    let all = subtree(&ws.data.people, vp.id);
    let reps = ws.data.people.iter().filter(|p| p.role == crate::domain::Role::Rep).count();
    assert!(all.len() > reps, "the VP sees every rep");
    let rep = ws.data.people.iter().find(|p| p.role == crate::domain::Role::Rep).unwrap();
    assert_eq!(subtree(&ws.data.people, rep.id), HashSet::from([rep.id]));
    let mut looped = ws.data.people.clone();
    let first = looped[0].id;
    let second = looped[1].id;
    looped[0].manager_id = Some(second);
    looped[1].manager_id = Some(first);
    assert!(subtree(&looped, first).contains(&second));
}

#[test]
fn logging_an_activity_clears_stale_but_an_open_task_does_not() {
    let settings = Settings::default();
    let d = open_deal();
    assert!(is_stale(&d, &settings, t(20)));
    let input = |kind, due| ActivityInput { kind, subject: " Call the buyer ".into(), notes: String::new(), due };
    let (a, after) = log_activity(&d, input(ActivityKind::Call, None), Id::from_u128(5), None, t(20)).unwrap();
    assert_eq!(a.subject, "Call the buyer");
    assert_eq!(a.deal_id, Some(d.id));
    assert!(a.done);
    assert!(!is_stale(&after, &settings, t(20)));
    let (task, same) = log_activity(&d, input(ActivityKind::Task, Some(t(25))), Id::from_u128(6), None, t(20)).unwrap();
    assert!(!task.done);
    assert!(is_stale(&same, &settings, t(20)), "planning is not activity");
    let empty = ActivityInput { kind: ActivityKind::Note, subject: "  ".into(), notes: String::new(), due: None };
    assert_eq!(log_activity(&d, empty, Id::from_u128(7), None, t(20)), Err(ActivityError::SubjectRequired));
}

#[test]
fn checklist_ticks_toggle_once() {
    let d = open_deal();
    let on = set_checklist_item(&d, "budget_confirmed", true, t(2));
    let twice = set_checklist_item(&on, "budget_confirmed", true, t(3));
    assert_eq!(twice.checklist, vec!["budget_confirmed".to_string()]);
    assert!(set_checklist_item(&twice, "budget_confirmed", false, t(4)).checklist.is_empty());
}

proptest! {
    /// Column totals equal the sum over the deals in the column, for any
    /// deals and any filter.
    #[test]
    fn column_totals_match_the_filtered_deals(
        seed in any::<u64>(),
        amounts in proptest::collection::vec(-1_000_000_000i64..10_000_000_000, 1..60),
        min in proptest::option::of(0i64..5_000_000_000),
        max in proptest::option::of(0i64..10_000_000_000),
        text in "[a-z]{0,2}",
        only_first_owner in any::<bool>(),
    ) {
        let ws = generate(DemoSize::Small, Lang::En, seed);
        let settings = ws.settings.clone();
        let mut deals = Vec::new();
        for (i, a) in amounts.iter().enumerate() {
            let mut d = ws.data.deals[i % ws.data.deals.len()].clone();
            d.amount.minor = *a;
            d.stage = Stage::ALL[i % 6];
            deals.push(d);
        }
        let filter = DealFilter {
            owners: only_first_owner.then(|| HashSet::from([deals[0].owner_id])),
            min_minor: min,
            max_minor: max,
            text,
            ..DealFilter::default()
        };
        let accounts: HashMap<Id, &Account> = ws.data.accounts.iter().map(|a| (a.id, a)).collect();
        let visible: Vec<&Deal> = deals.iter().filter(|d| filter.matches(d, accounts.get(&d.account_id).copied())).collect();
        let totals = column_totals(visible.iter().copied(), &settings);
        for s in Stage::ALL {
            let in_col: Vec<&&Deal> = visible.iter().filter(|d| d.stage == s).collect();
            prop_assert_eq!(totals[s.index()].count, in_col.len());
            prop_assert_eq!(totals[s.index()].sum_minor, in_col.iter().map(|d| d.amount.minor).sum::<i64>());
            let weighted: i128 = in_col.iter().map(|d| d.amount.minor as i128 * settings.stage_probability[s.index()] as i128).sum();
            prop_assert_eq!(totals[s.index()].weighted_minor as i128, crate::domain::money::div_round(weighted, 100));
        }
    }
}
