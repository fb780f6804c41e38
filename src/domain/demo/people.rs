//! The organisation: territory grid (company → region → province → city) and
//! the people in it, with the line hierarchy rep → city supervisor → province
//! manager → region manager → sales director → VP.

use super::ctx::{CityRef, Gen, RegionRef, RepRef, World};
use super::geo::REGIONS;
use super::names::INDUSTRIES;
use crate::domain::{Id, OrgLevel, OrgUnit, Person, Role};

struct NewPerson<'a> {
    role: Role,
    title: String,
    manager: Option<Id>,
    org: Id,
    specialties: Vec<String>,
    available: bool,
    emails: &'a mut Vec<String>,
}

fn org_unit(g: &mut Gen, w: &mut World, name: &str, level: OrgLevel, parent: Option<Id>) -> Id {
    // The grid was set up in one sitting, parents before children.
    let first = w.data.org_units.first().map(|u| u.created_at);
    let created_at = match first {
        Some(t) => t + chrono::Duration::minutes(2 * w.data.org_units.len() as i64),
        None => g.ago(1_500, 1_600),
    };
    let id = g.id(created_at);
    w.data.org_units.push(OrgUnit {
        id,
        created_at,
        updated_at: created_at,
        name: name.to_string(),
        level,
        parent_id: parent,
    });
    id
}

fn person(g: &mut Gen, w: &mut World, p: NewPerson<'_>) -> Id {
    let created_at = g.ago(150, 1_400);
    let id = g.id(created_at);
    let (name, local) = g.person_name();
    let domain = if g.zh() { "salesflow-demo.cn" } else { "demo-company.com" };
    // Two people may share a name; their mailboxes may not.
    let mut email = format!("{local}@{domain}");
    let mut n = 2;
    while p.emails.contains(&email) {
        email = format!("{local}{n}@{domain}");
        n += 1;
    }
    p.emails.push(email.clone());
    let updated_at = g.between(created_at, g.now);
    w.data.people.push(Person {
        external_id: None,
        id,
        created_at,
        updated_at,
        name,
        role: p.role,
        title: p.title,
        email,
        phone: g.phone(),
        manager_id: p.manager,
        org_unit_id: Some(p.org),
        specialties: p.specialties,
        available: p.available,
        active: true,
    });
    id
}

fn specialties(g: &mut Gen, max: usize) -> Vec<String> {
    let n = 1 + g.below(max);
    let mut out: Vec<String> = Vec::with_capacity(n);
    for _ in 0..n {
        let s = g.pick_t(INDUSTRIES).to_string();
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// `full_org`: every province of every region (≈60 people) instead of the
/// compact ≈35-person organisation.
pub(super) fn build(g: &mut Gen, w: &mut World, full_org: bool) {
    let mut emails = Vec::new();
    let company_name = g.t(("示例公司", "Demo Company"));
    let company = org_unit(g, w, company_name, OrgLevel::Company, None);
    w.company_id = company;

    let mut p = |g: &mut Gen, w: &mut World, role, title: String, manager, org, specialties, available| {
        person(g, w, NewPerson { role, title, manager, org, specialties, available, emails: &mut emails })
    };
    let title = |g: &Gen, text| g.t(text).to_string();
    let t = title(g, ("销售副总裁", "VP of Sales"));
    let vp = p(g, w, Role::Vp, t, None, company, vec![], true);
    let t = title(g, ("销售总监", "Sales Director"));
    let director = p(g, w, Role::SalesDirector, t, Some(vp), company, vec![], true);
    let t = title(g, ("财务经理", "Finance Manager"));
    let finance = p(g, w, Role::Finance, t, Some(vp), company, vec![], true);
    let t = title(g, ("法务经理", "Legal Counsel"));
    let legal = p(g, w, Role::Legal, t, Some(vp), company, vec![], true);
    let t = title(g, ("销售运营专员", "Sales Operations Admin"));
    let admin = p(g, w, Role::Admin, t, Some(director), company, vec![], true);
    w.staff = super::ctx::Staff { vp, director, finance, legal, admin };

    for region in REGIONS {
        let rname = g.t((region.zh, region.en));
        let rid = org_unit(g, w, rname, OrgLevel::Region, Some(company));
        let rtitle = if g.zh() { format!("{rname}大区经理") } else { format!("{rname} Region Manager") };
        let manager = p(g, w, Role::RegionManager, rtitle, Some(director), rid, vec![], true);
        let region_index = w.regions.len();
        w.regions.push(RegionRef { org_id: rid, name: rname });

        for prov in region.provinces.iter().filter(|p| full_org || p.compact) {
            let pname = g.t((prov.zh, prov.en));
            let pid = org_unit(g, w, pname, OrgLevel::Province, Some(rid));
            let short = pname.trim_end_matches(['省', '市']);
            let ptitle = if g.zh() { format!("{short}省区经理") } else { format!("{pname} Province Manager") };
            let pm = p(g, w, Role::ProvinceManager, ptitle, Some(manager), pid, vec![], true);

            let first_city = w.cities.len();
            for c in prov.cities {
                let cname = g.t((c.zh, c.en));
                let cid = org_unit(g, w, cname, OrgLevel::City, Some(pid));
                w.cities.push(CityRef {
                    org_id: cid,
                    region: region_index,
                    name: cname,
                    lat_ud: c.lat_ud,
                    lon_ud: c.lon_ud,
                    reps: Vec::new(),
                });
            }
            let city_count = prov.cities.len();
            let home = &w.cities[first_city];
            let (home_org, home_name) = (home.org_id, home.name);
            let stitle =
                if g.zh() { format!("{home_name}城市主管") } else { format!("{home_name} City Supervisor") };
            let spec = specialties(g, 1);
            let sup = p(g, w, Role::CitySupervisor, stitle, Some(pm), home_org, spec, true);
            w.supervisors.push(sup);

            // One rep per city; the full organisation adds one more in the
            // province's main city, where most business is.
            let reps = city_count + usize::from(full_org);
            for k in 0..reps {
                let city = first_city + k % city_count;
                let senior = g.chance(30);
                let title = title(
                    g,
                    if senior {
                        ("高级销售代表", "Senior Sales Representative")
                    } else {
                        ("销售代表", "Sales Representative")
                    },
                );
                // A few reps are on leave so round-robin assignment has someone to skip.
                let available = !(w.reps.len() == 3 || g.chance(7));
                let spec = specialties(g, 2);
                let org = w.cities[city].org_id;
                let id = p(g, w, Role::Rep, title, Some(sup), org, spec, available);
                w.cities[city].reps.push(w.reps.len());
                w.reps.push(RepRef { id, available });
            }
        }
    }
}
