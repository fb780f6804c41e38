use super::*;
use crate::domain::pipeline::Stage;
use crate::domain::validate::check;
use crate::domain::{Decision, EntityKind, Role};

fn within(actual: usize, target: usize, percent: usize) -> bool {
    actual * 100 >= target * (100 - percent) && actual * 100 <= target * (100 + percent)
}

#[test]
fn same_seed_same_workspace_and_different_seed_differs() {
    for lang in [Lang::En, Lang::Zh] {
        let a = generate(DemoSize::Small, lang, 7);
        let b = generate(DemoSize::Small, lang, 7);
        assert_eq!(a, b);
        let c = generate(DemoSize::Small, lang, 8);
        assert_ne!(a, c);
    }
    let a = generate(DemoSize::Medium, Lang::Zh, 99);
    assert_eq!(a, generate(DemoSize::Medium, Lang::Zh, 99));
}

#[test]
fn record_counts_match_the_size() {
    for (size, percent) in [(DemoSize::Small, 10), (DemoSize::Medium, 5)] {
        for lang in [Lang::En, Lang::Zh] {
            let n = generate(size, lang, 1).data.len();
            assert!(within(n, size.approx_records(), percent), "{size:?} {lang:?}: {n}");
        }
    }
    for total in [1_000, 10_000] {
        let n = generate_records(total, Lang::En, 5, reference_now()).data.len();
        assert!(within(n, total, 5), "{total}: {n}");
    }
}

#[test]
fn large_is_large_consistent_and_keeps_a_small_org() {
    let ws = generate(DemoSize::Large, Lang::Zh, 3);
    let n = ws.data.len();
    assert!(within(n, 100_000, 5), "{n}");
    assert!((30..=60).contains(&ws.data.people.len()), "{}", ws.data.people.len());
    assert_eq!(check(&ws.data), vec![]);
}

#[test]
fn small_and_medium_pass_integrity_checks() {
    for size in [DemoSize::Small, DemoSize::Medium] {
        for lang in [Lang::En, Lang::Zh] {
            for seed in [0, 42] {
                let ws = generate(size, lang, seed);
                assert_eq!(check(&ws.data), vec![], "{size:?} {lang:?} {seed}");
            }
        }
    }
}

#[test]
fn every_kind_has_records_in_small() {
    for lang in [Lang::En, Lang::Zh] {
        let ws = generate(DemoSize::Small, lang, 11);
        for &kind in EntityKind::ALL {
            assert!(ws.data.count(kind) > 0, "{kind:?} is empty ({lang:?})");
        }
        for stage in Stage::ALL {
            assert!(ws.data.deals.iter().any(|d| d.stage == stage), "no {stage:?} deal");
        }
        assert!((25..=40).contains(&ws.data.people.len()));
    }
}

#[test]
fn stage_history_leads_to_the_current_stage() {
    let ws = generate(DemoSize::Medium, Lang::En, 5);
    let now = reference_now();
    for d in &ws.data.deals {
        let h = &d.stage_history;
        assert!(!h.is_empty());
        assert_eq!(h[0].from, None);
        assert_eq!(h[0].to, Stage::Identify);
        assert_eq!(h.last().map(|c| c.to), Some(d.stage), "{}", d.name);
        for pair in h.windows(2) {
            assert_eq!(pair[1].from, Some(pair[0].to));
            assert!(pair[1].at > pair[0].at);
        }
        assert!(h.iter().all(|c| c.at <= now && c.at >= d.created_at));
        assert_eq!(d.lost_reason.is_some(), d.stage == Stage::Lost);
        assert!(d.amount.minor >= 500_000 && d.amount.minor <= 200_000_000);
    }
    // Rank increases within each column in board order.
    for stage in Stage::ALL {
        let mut ranks: Vec<i64> = ws.data.deals.iter().filter(|d| d.stage == stage).map(|d| d.rank).collect();
        let n = ranks.len();
        ranks.sort();
        ranks.dedup();
        assert_eq!(ranks.len(), n, "duplicate ranks in {stage:?}");
    }
}

#[test]
fn approvals_follow_the_amount_rule() {
    let ws = generate(DemoSize::Medium, Lang::Zh, 8);
    let threshold = ws.settings.approval_threshold_minor;
    assert!(ws.data.contracts.iter().any(|c| c.amount.minor >= threshold));
    for c in &ws.data.contracts {
        let steps: Vec<_> = ws.data.approval_steps.iter().filter(|s| s.contract_id == Some(c.id)).collect();
        if steps.is_empty() {
            continue;
        }
        let mut roles: Vec<Role> = steps.iter().map(|s| s.role).collect();
        roles.sort_by_key(|r| format!("{r:?}"));
        if c.amount.minor >= threshold {
            assert_eq!(roles, vec![Role::Finance, Role::Legal, Role::Vp]);
        } else {
            assert_eq!(roles, vec![Role::SalesDirector]);
        }
        let signed = c.signature.is_some();
        if signed {
            assert!(steps.iter().all(|s| s.decision == Decision::Approved));
        }
    }
}

#[test]
fn chinese_mode_reads_chinese() {
    let ws = generate(DemoSize::Small, Lang::Zh, 2);
    assert!(ws.data.accounts.iter().all(|a| a.name.ends_with("公司")));
    assert!(ws.data.accounts.iter().any(|a| a.name.contains("有限公司")));
    assert!(ws.settings.workspace_name.contains("示例"));
    let en = generate(DemoSize::Small, Lang::En, 2);
    assert!(en.data.accounts.iter().all(|a| a.name.is_ascii()));
}

#[test]
fn same_ids_with_app_clock() {
    let at = reference_now() + chrono::Duration::days(40);
    let a = generate_at(DemoSize::Small, Lang::En, 4, at);
    assert_eq!(a, generate_at(DemoSize::Small, Lang::En, 4, at));
    assert!(a.data.deals.iter().all(|d| d.created_at <= at));
}

#[test]
fn any_clock_gives_a_consistent_workspace() {
    for secs in [0i64, 1_000_000_000, 4_102_444_800, 253_402_300_799] {
        let at = chrono::DateTime::<chrono::Utc>::from_timestamp(secs, 0).unwrap_or_default();
        let ws = generate_at(DemoSize::Small, Lang::Zh, 9, at);
        assert_eq!(check(&ws.data), vec![], "{at}");
    }
    let tiny = generate_records(0, Lang::En, 1, reference_now());
    assert!(EntityKind::ALL.iter().all(|&k| tiny.data.count(k) > 0));
}

#[test]
fn medium_has_the_cases_dashboards_need() {
    use crate::domain::{ActivityKind, Channel, LeadStatus, TargetMetric};
    use std::collections::BTreeMap;
    let ws = generate(DemoSize::Medium, Lang::Zh, 21);
    let d = &ws.data;
    let now = reference_now();
    let today = now.date_naive();

    let list: Vec<_> = d.leads.iter().filter(|l| l.channel == Channel::PurchasedList).collect();
    assert!(list.iter().any(|l| l.consent.is_none()), "missing consent");
    assert!(list.iter().any(|l| l.consent.as_ref().is_some_and(|c| c.expires_on.is_some_and(|e| e < today))));
    assert!(list.iter().any(|l| l.consent.as_ref().is_some_and(|c| c.expires_on.is_some_and(|e| e > today))));
    assert!(d.leads.iter().any(|l| l.owner_id.is_none() && l.status == LeadStatus::New));
    for l in d.leads.iter().filter(|l| l.status == LeadStatus::Converted) {
        let deal = d.deals.iter().find(|x| Some(x.id) == l.converted_deal_id).expect("converted deal");
        assert_eq!(deal.lead_id, Some(l.id));
    }
    assert!(d.leads.iter().all(|l| l.engagement.iter().all(|e| e.at <= now && e.at >= l.created_at)));

    // Funnel narrows through the open stages.
    let per_stage = |s: Stage| d.deals.iter().filter(|x| x.stage == s).count();
    assert!(per_stage(Stage::Identify) > per_stage(Stage::NeedsConfirmed));
    assert!(per_stage(Stage::NeedsConfirmed) > per_stage(Stage::SolutionMatched));
    assert!(per_stage(Stage::SolutionMatched) > per_stage(Stage::DecisionFollowUp));
    let stale = d
        .deals
        .iter()
        .filter(|x| !x.stage.is_closed() && x.last_activity_at.is_some_and(|t| (now - t).num_days() > 14));
    assert!(stale.count() > 0);

    assert!(d.activities.iter().any(|a| a.kind == ActivityKind::Task && !a.done && a.due.is_some_and(|t| t > now)));
    assert!(d.activities.iter().all(|a| a.created_at <= now));

    // Payments never exceed their invoice, some invoices are overdue and open.
    let mut paid: BTreeMap<_, i64> = BTreeMap::new();
    for p in &d.payments {
        *paid.entry(p.invoice_id).or_default() += p.amount.minor;
        assert!(p.paid_on <= today);
    }
    let mut overdue_open = 0;
    for inv in &d.invoices {
        let got = paid.get(&inv.id).copied().unwrap_or(0);
        assert!(got <= inv.amount.minor, "{}", inv.number);
        if inv.due_on < today && got < inv.amount.minor {
            overdue_open += 1;
        }
    }
    assert!(overdue_open > 0);
    // Orders span three years for seasonality and RFM.
    let oldest = d.orders.iter().map(|o| o.ordered_on).min().expect("orders");
    assert!((today - oldest).num_days() > 900);

    // Quarterly revenue targets add up to the annual one.
    let root = d.targets.iter().find(|t| t.parent_id.is_none() && t.metric == TargetMetric::Revenue).expect("annual");
    let quarters: i64 = d
        .targets
        .iter()
        .filter(|t| t.parent_id == Some(root.id) && matches!(t.period, crate::domain::Period::Quarter(_)))
        .map(|t| t.value)
        .sum();
    assert_eq!(quarters, root.value);

    // Complaint history follows the loop in order and ends at the status.
    for c in &d.complaints {
        assert_eq!(c.history.last().map(|h| h.status), Some(c.status));
        assert!(c.history.windows(2).all(|p| p[0].status < p[1].status && p[0].at < p[1].at));
        assert_eq!(c.root_cause.is_empty(), c.status < crate::domain::ComplaintStatus::Resolved);
    }
    assert!(d.survey_responses.iter().all(|r| match r.kind {
        crate::domain::SurveyKind::Nps => r.score <= 10,
        crate::domain::SurveyKind::Csat => (1..=5).contains(&r.score),
    }));
}

#[test]
fn demo_signatures_verify_approval_rounds_hold_together_and_discount_approvals_match() {
    use crate::domain::quote_rules::{discount_approval, DiscountApproval};
    use crate::domain::signature::{verify, SignatureCheck};
    let ws = generate(DemoSize::Small, Lang::Zh, 3);
    let d = &ws.data;
    let signed: Vec<_> = d.contracts.iter().filter(|c| c.signature.is_some()).collect();
    assert!(!signed.is_empty());
    assert!(signed.iter().all(|c| verify(c) == SignatureCheck::Valid));
    for c in &d.contracts {
        let steps: Vec<_> = d.approval_steps.iter().filter(|s| s.contract_id == Some(c.id)).collect();
        assert!(steps.windows(2).all(|p| p[0].created_at == p[1].created_at), "one round per demo contract");
        assert!(steps.iter().all(|s| (s.decision == Decision::Pending) == s.approver_id.is_none()));
    }
    // A quote approved in the demo counts as approved for its own terms.
    let mut approved = 0;
    for seed in 1..=8 {
        let ws = generate(DemoSize::Small, Lang::En, seed);
        let d = &ws.data;
        for q in &d.quotes {
            if d.approval_steps.iter().any(|s| s.quote_id == Some(q.id) && s.decision == Decision::Approved) {
                let state = discount_approval(q, &d.products, &ws.settings, &d.approval_steps).unwrap();
                assert_eq!(state, DiscountApproval::Approved);
                approved += 1;
            }
        }
    }
    assert!(approved > 0);
}

/// Per-kind counts and generation time for each benchmark size:
/// `cargo test --release --lib demo::tests::report -- --ignored --nocapture`.
#[test]
#[ignore]
fn report() {
    for total in [200usize, 1_000, 5_000, 10_000, 100_000] {
        let t0 = std::time::Instant::now();
        let ws = generate_records(total, Lang::Zh, 1, reference_now());
        let el = t0.elapsed();
        let mut line = format!("{total}: {} in {el:?} |", ws.data.len());
        for &k in EntityKind::ALL {
            line += &format!(" {}={}", k.store_name(), ws.data.count(k));
        }
        println!("{line}");
    }
}
