//! The people editor's rules (SPEC §5 团队): the form as typed → a validated
//! `Person`, or every problem at once, each naming its field. Nothing is
//! stored unless the whole form is valid.

use crate::domain::sorting;
use std::collections::HashSet;

use super::deal_rules::subtree;
use super::{Id, OrgUnit, Person, Role, Timestamp};

/// The person form as typed. Choices (role, manager, org unit, flags) are
/// typed values already; text stays text so it is kept exactly as entered.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonInput {
    pub name: String,
    pub role: Role,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub manager_id: Option<Id>,
    pub org_unit_id: Option<Id>,
    /// Industries separated by commas (either the ASCII or the full-width one).
    pub specialties: String,
    pub available: bool,
    pub active: bool,
}

impl Default for PersonInput {
    fn default() -> Self {
        PersonInput {
            name: String::new(),
            // Most people added to a sales team are reps.
            role: Role::Rep,
            title: String::new(),
            email: String::new(),
            phone: String::new(),
            manager_id: None,
            org_unit_id: None,
            specialties: String::new(),
            available: true,
            active: true,
        }
    }
}

impl PersonInput {
    /// The form prefilled from a stored person, for editing.
    pub fn from_person(p: &Person) -> PersonInput {
        PersonInput {
            name: p.name.clone(),
            role: p.role,
            title: p.title.clone(),
            email: p.email.clone(),
            phone: p.phone.clone(),
            manager_id: p.manager_id,
            org_unit_id: p.org_unit_id,
            specialties: p.specialties.join(", "),
            available: p.available,
            active: p.active,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonError {
    NameRequired,
    /// Not empty and not shaped like an address (see [`is_plausible_email`]).
    EmailInvalid,
    ManagerSelf,
    /// The chosen manager already reports to this person, directly or not.
    ManagerCycle,
    ManagerUnknown,
    OrgUnitUnknown,
}

/// Where the person being saved comes from: a freshly minted id, or the
/// stored version being edited (keeps its id and creation time).
pub enum Target<'a> {
    New(Id),
    Edit(&'a Person),
}

/// Validates the whole form against the stored `people` (for the reporting
/// line) and `org_units`, and builds the person, stamped `now`.
pub fn validate_person(
    input: &PersonInput,
    target: Target<'_>,
    people: &[Person],
    org_units: &[OrgUnit],
    now: Timestamp,
) -> Result<Person, Vec<PersonError>> {
    let (id, created_at) = match target {
        Target::New(id) => (id, now),
        Target::Edit(p) => (p.id, p.created_at),
    };
    let mut errors = Vec::new();
    let name = input.name.trim();
    if name.is_empty() {
        errors.push(PersonError::NameRequired);
    }
    let email = input.email.trim();
    if !email.is_empty() && !is_plausible_email(email) {
        errors.push(PersonError::EmailInvalid);
    }
    if let Some(m) = input.manager_id {
        if let Some(e) = manager_problem(id, m, people) {
            errors.push(e);
        }
    }
    if input.org_unit_id.is_some_and(|u| !org_units.iter().any(|o| o.id == u)) {
        errors.push(PersonError::OrgUnitUnknown);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Person {
        external_id: None,
        id,
        created_at,
        updated_at: now,
        name: name.to_string(),
        role: input.role,
        title: input.title.trim().to_string(),
        email: email.to_string(),
        phone: input.phone.trim().to_string(),
        manager_id: input.manager_id,
        org_unit_id: input.org_unit_id,
        specialties: parse_specialties(&input.specialties),
        available: input.available,
        active: input.active,
    })
}

/// Why `manager` cannot be `id`'s manager, if it cannot. The person's own
/// subtree is computed from the stored reporting lines, so choosing anyone
/// who already reports to them (at any depth) would close a loop.
fn manager_problem(id: Id, manager: Id, people: &[Person]) -> Option<PersonError> {
    if manager == id {
        Some(PersonError::ManagerSelf)
    } else if !people.iter().any(|p| p.id == manager) {
        Some(PersonError::ManagerUnknown)
    } else if subtree(people, id).contains(&manager) {
        Some(PersonError::ManagerCycle)
    } else {
        None
    }
}

/// People who may be offered as `id`'s manager: everyone outside the
/// person's own subtree (which includes the person). Sorted by name. For a
/// new person nobody reports to them yet, so only they are left out.
pub fn manager_candidates(id: Id, people: &[Person]) -> Vec<&Person> {
    let own = subtree(people, id);
    let mut v: Vec<&Person> = people.iter().filter(|p| !own.contains(&p.id)).collect();
    sorting::sort_by(&mut v, |a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    v
}

/// Active people who can own leads and deals (reps and the managers above
/// them), as (id, name) sorted by name: the owner filter and the assignment
/// settings offer the same list.
pub fn lead_owners(people: &[Person]) -> Vec<(Id, String)> {
    let mut v: Vec<(Id, String)> = people
        .iter()
        .filter(|p| p.active && matches!(p.role, Role::Rep | Role::CitySupervisor | Role::ProvinceManager | Role::RegionManager))
        .map(|p| (p.id, p.name.clone()))
        .collect();
    sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    v
}

/// A deliberately loose check that catches typos, not a full RFC 5322
/// parser: one `@` with something before it, a dot after it that is neither
/// the first nor the last character of the domain, and no spaces.
pub fn is_plausible_email(s: &str) -> bool {
    if s.chars().any(char::is_whitespace) {
        return false;
    }
    let mut parts = s.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty()
        && domain.char_indices().any(|(i, c)| c == '.' && i > 0 && i + 1 < domain.len())
}

/// "Manufacturing, retail，Retail" → ["Manufacturing", "retail"]: split on
/// ASCII and full-width commas (Chinese input methods type the latter),
/// trimmed, blanks dropped, repeats (ignoring case) kept once.
pub fn parse_specialties(s: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    s.split([',', '，', '、'])
        .map(str::trim)
        .filter(|x| !x.is_empty() && seen.insert(x.to_lowercase()))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests;
