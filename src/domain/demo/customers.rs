//! Accounts and their contacts.

use std::collections::BTreeSet;

use super::ctx::{cny_yuan, AccountRef, Gen, World};
use super::names::{BRANDS_EN, BRANDS_ZH, CORES, INDUSTRIES, INDUSTRY_WEIGHTS, SUFFIX_EN, SUFFIX_ZH, TITLES_BY_ROLE};
use crate::domain::{Account, BuyingRole, Contact, Credit};

/// A company name: (full legal name, short name for deal titles, web domain).
pub(super) fn company_name(g: &mut Gen, industry: usize, city: &str, attempt: usize) -> (String, String, String) {
    let core = g.pick(CORES[industry]);
    if g.zh() {
        let (brand, pinyin) = g.pick(BRANDS_ZH);
        let suffix = g.pick(SUFFIX_ZH);
        let short = format!("{brand}{}", core.0);
        (format!("{city}{short}{suffix}"), short, format!("www.{pinyin}.com.cn"))
    } else {
        let brand = g.pick(BRANDS_EN);
        let suffix = g.pick(SUFFIX_EN);
        let short = format!("{brand} {}", core.1);
        // Later attempts add the city, as real firms do to tell namesakes apart.
        let full = if attempt > 0 { format!("{city} {short} {suffix}") } else { format!("{short} {suffix}") };
        let word = core.1.split(' ').next().unwrap_or("corp").to_lowercase();
        (full, short, format!("www.{}{word}.com", brand.to_lowercase()))
    }
}

pub(super) fn accounts(g: &mut Gen, w: &mut World, count: usize) {
    let mut taken = BTreeSet::new();
    for i in 0..count {
        let industry = g.weighted(INDUSTRY_WEIGHTS);
        let city = g.below(w.cities.len());
        let city_name = w.cities[city].name;
        let mut named = company_name(g, industry, city_name, 0);
        let mut attempt = 1;
        while taken.contains(&named.0) {
            named = company_name(g, industry, city_name, attempt);
            attempt += 1;
            if attempt > 12 {
                named.0 = format!("{} ({})", named.0, i + 1);
            }
        }
        taken.insert(named.0.clone());
        let (name, short_name, website) = named;

        let churned = g.chance(12);
        // Churned customers must be old enough to have bought and then stopped.
        let created_at = if churned { g.ago(700, 1_400) } else { g.ago(20, 1_300) };
        let id = g.id(created_at);
        let reps = &w.cities[city].reps;
        let owner = reps[g.below(reps.len())];
        // Index 5 always exists in every size, so even Small shows a blacklisted account.
        let blacklisted = i == 5 || g.chance(2);
        let credit_limit = if g.chance(35) { Some(cny_yuan(g.range(10, 300) * 10_000)) } else { None };
        let low_limit = credit_limit.is_some_and(|m| m.minor < 20_000_000);
        let notes = if blacklisted {
            g.t(("多次逾期付款，已列入黑名单", "Repeatedly paid late; blacklisted")).to_string()
        } else if g.chance(20) {
            g.pick_t(&[
                ("年度框架协议客户", "Annual framework agreement"),
                ("计划明年扩建新厂", "Plans a new plant next year"),
                ("对价格较敏感", "Price sensitive"),
                ("由合作伙伴引荐", "Introduced by a partner"),
            ])
            .to_string()
        } else {
            String::new()
        };
        let updated_at = g.between(created_at, g.now);
        w.data.accounts.push(Account {
            parent_id: None,
            external_id: None,
            id,
            created_at,
            updated_at,
            name,
            industry: g.t(INDUSTRIES[industry]).to_string(),
            employees: Some(g.employees()),
            region: w.regions[w.cities[city].region].name.to_string(),
            city: city_name.to_string(),
            website,
            owner_id: Some(w.reps[owner].id),
            segment_id: w.segment_by_industry.get(industry).copied().flatten(),
            credit: Credit { blacklisted, credit_limit },
            notes,
        });
        w.accounts.push(AccountRef {
            id,
            city,
            owner,
            contacts: 0..0,
            risky: blacklisted || low_limit,
            churned,
            customer: false,
            short_name,
            created_at,
        });
    }
}

const ROLES: [BuyingRole; 5] =
    [BuyingRole::DecisionMaker, BuyingRole::Influencer, BuyingRole::Champion, BuyingRole::User, BuyingRole::Gatekeeper];

pub(super) fn contacts(g: &mut Gen, w: &mut World) {
    for a in 0..w.accounts.len() {
        let n = 1 + g.weighted(&[30, 45, 25]);
        let start = w.data.contacts.len();
        let acc = &w.data.accounts[a];
        let (account_id, acc_created) = (acc.id, acc.created_at);
        let domain = acc.website.trim_start_matches("www.").to_string();
        for k in 0..n {
            // The first contact is whoever the rep deals with most: a decision
            // maker or an internal champion.
            let r = if k == 0 {
                if g.chance(55) {
                    0
                } else {
                    2
                }
            } else {
                g.weighted(&[10, 30, 15, 30, 15])
            };
            let t = g.between(acc_created, acc_created + chrono::Duration::days(60));
            let created_at = g.not_after_now(t);
            let id = g.id(created_at);
            let (name, local) = g.person_name();
            let title = g.pick_t(TITLES_BY_ROLE[r]).to_string();
            w.data.contacts.push(Contact {
                external_id: None,
                id,
                created_at,
                updated_at: g.between(created_at, g.now),
                account_id,
                name,
                title,
                buying_role: if g.chance(3) { BuyingRole::Other } else { ROLES[r] },
                email: format!("{local}@{domain}"),
                phone: g.phone(),
            });
        }
        w.accounts[a].contacts = start..w.data.contacts.len();
    }
}
