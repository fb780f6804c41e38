//! The account timeline holds every record of the account once (twice for a
//! closed deal: opened and closed), newest first.

use std::collections::HashSet;

use crate::domain::customers::timeline::{timeline, Sources, What};
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::EntityKind;

#[test]
fn the_timeline_lists_every_record_of_the_account_newest_first() {
    let ws = generate(DemoSize::Small, Lang::En, 3);
    let d = &ws.data;
    // The account with the most orders has a bit of everything.
    let account = d
        .accounts
        .iter()
        .max_by_key(|a| d.orders.iter().filter(|o| o.account_id == a.id).count())
        .map(|a| a.id)
        .unwrap();
    let s = Sources {
        deals: &d.deals,
        quotes: &d.quotes,
        contracts: &d.contracts,
        orders: &d.orders,
        invoices: &d.invoices,
        payments: &d.payments,
        activities: &d.activities,
        surveys: &d.survey_responses,
        complaints: &d.complaints,
        cases: &d.success_cases,
        events: &d.community_events,
    };
    let entries = timeline(account, &s);

    let deals: Vec<_> = d.deals.iter().filter(|x| x.account_id == account).collect();
    let deal_ids: HashSet<_> = deals.iter().map(|x| x.id).collect();
    let closed = deals.iter().filter(|x| x.stage.is_closed() && x.stage_history.iter().any(|c| c.to == x.stage)).count();
    let expected = deals.len()
        + closed
        + d.quotes.iter().filter(|q| deal_ids.contains(&q.deal_id)).count()
        + d.contracts.iter().filter(|c| c.account_id == account).count()
        + d.orders.iter().filter(|o| o.account_id == account).count()
        + d.invoices.iter().filter(|i| i.account_id == account).count()
        + d.payments.iter().filter(|p| p.account_id == account).count()
        + d.activities.iter().filter(|a| a.account_id == Some(account)).count()
        + d.survey_responses.iter().filter(|r| r.account_id == account).count()
        + d.complaints.iter().filter(|c| c.account_id == account).count()
        + d.success_cases.iter().filter(|c| c.account_id == account).count()
        + d.community_events.iter().filter(|e| e.attendees.iter().any(|a| a.account_id == account)).count();
    assert!(expected > 10, "the chosen account has a history ({expected})");
    assert_eq!(entries.len(), expected);
    assert!(entries.windows(2).all(|w| w[0].at >= w[1].at), "newest first");
    let orders = entries.iter().filter(|e| e.what == What::Order).count();
    assert_eq!(orders, d.orders.iter().filter(|o| o.account_id == account).count());
    assert!(entries.iter().filter(|e| e.what == What::Order).all(|e| e.kind == EntityKind::Order && e.date_only));

    // Nothing of another account shows, except events both attended.
    let other = d.accounts.iter().find(|a| a.id != account).unwrap().id;
    let theirs = timeline(other, &s);
    assert!(theirs.iter().filter(|e| e.what != What::EventAttended).all(|e| !entries.iter().any(|x| x.id == e.id)));
}
