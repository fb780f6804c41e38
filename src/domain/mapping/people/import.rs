//! A row → a `Person`.

use std::collections::HashMap;

use super::PersonField as F;
use crate::domain::mapping::context::{external_key, name_key, opt, ImportContext};
use crate::domain::mapping::plan::Reason;
use crate::domain::mapping::refs::{ref_key, RefKind};
use crate::domain::mapping::run::{Cells, ImportKind};
use crate::domain::mapping::value::Choices;
use crate::domain::people::is_plausible_email;
use crate::domain::{Id, Person, Role};

/// The people kind. `roles` holds the line role the run worked out for
/// people who manage others (rows without a role column get it; others
/// are reps).
pub struct PersonImport<'a, G: FnMut() -> Id> {
    pub existing: &'a [Person],
    pub ctx: &'a ImportContext,
    pub roles: &'a HashMap<Id, Role>,
    pub role_names: Choices<Role>,
    pub next_id: G,
}

impl<'a, G: FnMut() -> Id> PersonImport<'a, G> {
    pub fn new(existing: &'a [Person], ctx: &'a ImportContext, roles: &'a HashMap<Id, Role>, next_id: G) -> Self {
        PersonImport { existing, ctx, roles, role_names: Choices::new(ROLE_NAMES), next_id }
    }
}

impl<G: FnMut() -> Id> ImportKind for PersonImport<'_, G> {
    type Field = F;
    type Record = Person;
    type Key = String;

    fn existing(&self) -> &[Person] {
        self.existing
    }
    fn id_of(record: &Person) -> Id {
        record.id
    }
    fn keys(&self, p: &Person, out: &mut Vec<String>) {
        external_key(&p.external_id, out);
        if p.email.contains('@') {
            out.push(format!("e:{}", ref_key(RefKind::Person, &p.email)));
        }
        name_key(RefKind::Person, &p.name, out);
    }

    fn excluded(&self, c: &Cells<'_, F>) -> bool {
        let links = &self.ctx.links;
        links.skips(RefKind::Person, c.text(F::Manager)) || links.skips(RefKind::Office, c.text(F::Office))
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Person> {
        let name = c.required(F::Name, p);
        let email = c.text(F::Email);
        if !email.is_empty() && !is_plausible_email(email) {
            p.push((F::Email, Reason::NotAnEmail));
        }
        let links = &self.ctx.links;
        let id = self.ctx.own_id(RefKind::Person, name, &mut self.next_id);
        let manager_id = c.parse(F::Manager, p, |t| links.id(RefKind::Person, t));
        let role = c.parse(F::Role, p, |t| self.role_names.parse(t));
        Some(Person {
            id,
            created_at: self.ctx.now,
            updated_at: self.ctx.now,
            name: name.to_string(),
            role: role.or_else(|| self.roles.get(&id).copied()).unwrap_or(Role::Rep),
            title: c.text(F::Title).to_string(),
            email: email.to_string(),
            phone: c.text(F::Phone).to_string(),
            // A person cannot report to themselves (a row naming itself).
            manager_id: manager_id.filter(|m| *m != id),
            org_unit_id: c.parse(F::Office, p, |t| links.id(RefKind::Office, t)),
            specialties: Vec::new(),
            available: true,
            active: true,
            external_id: opt(c.text(F::ExternalId)),
        })
    }

    fn copy_field(&self, dst: &mut Person, src: &Person, f: F) {
        match f {
            F::ExternalId => dst.external_id.clone_from(&src.external_id),
            F::Name => dst.name.clone_from(&src.name),
            F::Email => dst.email.clone_from(&src.email),
            F::Title => dst.title.clone_from(&src.title),
            F::Phone => dst.phone.clone_from(&src.phone),
            F::Manager => dst.manager_id = src.manager_id.or(dst.manager_id),
            F::Office => dst.org_unit_id = src.org_unit_id.or(dst.org_unit_id),
            F::Role => dst.role = src.role,
        }
    }

    fn touch(&self, record: &mut Person) {
        record.updated_at = self.ctx.now;
    }
}

/// Role names in other CRMs' and spreadsheets' words (codes too).
pub const ROLE_NAMES: &[(Role, &str)] = &[
    (Role::Rep, "rep"),
    (Role::Rep, "Sales Rep"),
    (Role::Rep, "Sales Agent"),
    (Role::Rep, "Agent"),
    (Role::Rep, "Account Executive"),
    (Role::Rep, "销售代表"),
    (Role::Rep, "销售"),
    (Role::CitySupervisor, "city_supervisor"),
    (Role::CitySupervisor, "Manager"),
    (Role::CitySupervisor, "Sales Manager"),
    (Role::CitySupervisor, "Team Lead"),
    (Role::CitySupervisor, "城市主管"),
    (Role::CitySupervisor, "销售经理"),
    (Role::CitySupervisor, "主管"),
    (Role::ProvinceManager, "province_manager"),
    (Role::ProvinceManager, "省区经理"),
    (Role::RegionManager, "region_manager"),
    (Role::RegionManager, "Regional Manager"),
    (Role::RegionManager, "Region Manager"),
    (Role::RegionManager, "区域经理"),
    (Role::RegionManager, "大区经理"),
    (Role::SalesDirector, "sales_director"),
    (Role::SalesDirector, "Sales Director"),
    (Role::SalesDirector, "Director"),
    (Role::SalesDirector, "销售总监"),
    (Role::Vp, "vp"),
    (Role::Vp, "VP of Sales"),
    (Role::Vp, "销售副总裁"),
    (Role::Vp, "副总裁"),
    (Role::Finance, "finance"),
    (Role::Finance, "财务"),
    (Role::Legal, "legal"),
    (Role::Legal, "法务"),
    (Role::Admin, "admin"),
    (Role::Admin, "Administrator"),
    (Role::Admin, "System Administrator"),
    (Role::Admin, "管理员"),
];
