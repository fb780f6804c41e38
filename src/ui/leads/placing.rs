//! Saving a new lead with its owner: the person chosen on the form, or the
//! assignment rules' round-robin pick. A pick moves the rules' cursor,
//! which lives in the settings, so lead and settings go into one `Change`.

use leptos::prelude::*;

use crate::domain::lead_actions::assign_new;
use crate::domain::leads::Assigner;
use crate::domain::Lead;
use crate::store::Change;
use crate::ui::ops::Ops;
use crate::ui::state::DbStoreFields;

/// The change to commit and what to tell the user once it is stored.
pub fn place_new(ops: &Ops, lead: Lead) -> (Change, String) {
    let db = ops.data.db;
    let t = ops.t();
    let now = ops.now();
    let settings = db.settings().get_untracked();
    let (people, units, leads) = (db.people().read_untracked(), db.org_units().read_untracked(), db.leads().read_untracked());
    let chosen = lead.owner_id.is_some();
    let mut assigner = Assigner::new(&settings.leads.assignment, &people, &units, &leads);
    let (lead, pick) = assign_new(lead, &mut assigner, ops.acting_id(), now);
    let owner = lead.owner_id.and_then(|o| people.iter().find(|p| p.id == o)).map(|p| p.name.clone());
    let message = match (chosen, owner) {
        (false, Some(rep)) => (t.leads.auto_assigned)(&lead.name, &rep),
        (false, None) => (t.leads.waits_unassigned)(&lead.name),
        (true, _) => (t.leads.lead_added)(&lead.name),
    };
    let settings = pick.is_some().then(|| assigner.settings_with_cursors(&settings, now));
    (Change { upserts: vec![lead.into()], settings, ..Change::default() }, message)
}
