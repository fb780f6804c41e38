//! The levels a figure can be shown for (SPEC §6: company, region, team,
//! rep), as the acting person may pick them: the org units in tree order,
//! each followed by nothing else, then the people. Units or people whose
//! records the acting person may not see at all are left out, so a picker
//! never offers an empty scope.

use super::period::{allowed_owners, Owners, Scope};
use crate::domain::{Id, OrgLevel, OrgUnit, Person};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Level {
    pub scope: Scope,
    /// Depth in the org tree (0 for the company), for indenting.
    pub depth: usize,
    pub name: String,
    pub org_level: Option<OrgLevel>,
}

fn visible_any(owners: &Owners) -> bool {
    match owners {
        Owners::All => true,
        Owners::Only(set) => !set.is_empty(),
    }
}

/// Company first, then org units depth-first by name, then people by name.
pub fn levels(people: &[Person], units: &[OrgUnit], acting: Option<Id>) -> Vec<Level> {
    let mut out = vec![Level { scope: Scope::Company, depth: 0, name: String::new(), org_level: None }];
    let mut roots: Vec<&OrgUnit> = units.iter().filter(|u| u.parent_id.is_none_or(|p| !units.iter().any(|x| x.id == p))).collect();
    roots.sort_by(|a, b| a.name.cmp(&b.name));
    let mut stack: Vec<(&OrgUnit, usize)> = roots.into_iter().rev().map(|u| (u, 1)).collect();
    let mut seen = std::collections::HashSet::new();
    while let Some((u, depth)) = stack.pop() {
        if !seen.insert(u.id) {
            continue;
        }
        // The company unit is the company level itself.
        let shown = u.level != OrgLevel::Company && visible_any(&allowed_owners(people, units, Scope::OrgUnit(u.id), acting));
        if shown {
            out.push(Level { scope: Scope::OrgUnit(u.id), depth, name: u.name.clone(), org_level: Some(u.level) });
        }
        let mut children: Vec<&OrgUnit> = units.iter().filter(|c| c.parent_id == Some(u.id)).collect();
        children.sort_by(|a, b| a.name.cmp(&b.name));
        let d = if u.level == OrgLevel::Company { depth } else { depth + 1 };
        stack.extend(children.into_iter().rev().map(|c| (c, d)));
    }
    let visible = allowed_owners(people, units, Scope::Company, acting);
    let mut ps: Vec<&Person> = people.iter().filter(|p| visible.admits(Some(p.id))).collect();
    ps.sort_by(|a, b| a.name.cmp(&b.name));
    out.extend(ps.into_iter().map(|p| Level { scope: Scope::Person(p.id), depth: 1, name: p.name.clone(), org_level: None }));
    out
}
