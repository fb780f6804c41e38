//! The demo data gives every lead rule something to show.

use std::collections::HashSet;

use super::*;
use crate::domain::demo::{generate, DemoSize, Lang};

fn state_name(s: SlaState) -> &'static str {
    match s {
        SlaState::DueIn { .. } => "due",
        SlaState::Overdue { .. } => "overdue",
        SlaState::Met { .. } => "met",
        SlaState::Late { .. } => "late",
        SlaState::Nurture => "nurture",
        SlaState::NotApplicable => "n/a",
    }
}

#[test]
fn demo_leads_cover_every_grade_sla_state_and_consent_case() {
    for lang in [Lang::Zh, Lang::En] {
        let ws = generate(DemoSize::Medium, lang, 21);
        let (leads, now) = (&ws.data.leads, now());
        let r = LeadRules::new(&ws.settings);
        let grades: HashSet<Grade> = leads.iter().map(|l| r.score(l, now).grade).collect();
        assert_eq!(grades.len(), 4, "{lang:?}: {grades:?}");
        let states: HashSet<&str> = leads.iter().map(|l| state_name(r.sla_state(l, now))).collect();
        for s in ["overdue", "met", "late", "nurture", "n/a"] {
            assert!(states.contains(s), "{lang:?}: no {s}");
        }
        // Titles are read: few fall back to the unknown-title weight.
        let unmatched =
            leads.iter().filter(|l| r.explain(l, now).factors[1].reasons[0].kind == ReasonKind::TitleUnmatched).count();
        assert!(unmatched * 10 < leads.len(), "{lang:?}: {unmatched} titles unmatched");
        let blocks: HashSet<Option<OutreachBlock>> = leads
            .iter()
            .map(|l| {
                outreach_block(l, now).map(|b| match b {
                    OutreachBlock::ConsentExpired { .. } => OutreachBlock::ConsentExpired { on: now.date_naive() },
                    other => other,
                })
            })
            .collect();
        assert!(blocks.contains(&None) && blocks.contains(&Some(OutreachBlock::ConsentMissing)), "{lang:?}");
        assert!(blocks.contains(&Some(OutreachBlock::ConsentExpired { on: now.date_naive() })), "{lang:?}");
        assert!(leads.iter().any(|l| l.last_contact_at > l.first_contact_at && r.next_follow_up(l, now).is_some()));
        assert!(leads
            .iter()
            .filter(|l| l.owner_id.is_some())
            .all(|l| l.assignment_history.last().is_some_and(|a| a.to == l.owner_id)));
        // Every lead event lies between the lead's arrival and now.
        assert!(leads.iter().all(|l| l.engagement.iter().all(|e| e.at >= l.created_at && e.at <= now)));
    }
    // The Chinese demo mixes in English titles, as Chinese firms write them.
    let zh = generate(DemoSize::Medium, Lang::Zh, 21);
    assert!(zh.data.leads.iter().any(|l| l.title == "CEO" || l.title == "CTO" || l.title == "COO"));
}

#[test]
fn demo_unassigned_leads_find_a_rep() {
    let ws = generate(DemoSize::Medium, Lang::Zh, 21);
    let d = &ws.data;
    let mut a = Assigner::new(&ws.settings.leads.assignment, &d.people, &d.org_units, &d.leads);
    let waiting: Vec<&Lead> = d.leads.iter().filter(|l| l.owner_id.is_none() && l.status == LeadStatus::New).collect();
    assert!(!waiting.is_empty());
    let assigned = waiting.iter().filter(|l| a.assign(l, now()).is_ok()).count();
    assert_eq!(assigned, waiting.len(), "every demo region has an available rep");
    assert!(a.cursors().len() > 1);
}
