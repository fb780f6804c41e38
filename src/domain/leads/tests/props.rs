use proptest::prelude::*;

use super::*;
use crate::domain::{Currency, EngagementKind};

const TITLES: &[&str] = &["总经理", "CFO", "采购经理", "Technical Director", "工程师", "IT主管", "", "Intern"];
const INDUSTRIES: &[&str] = &["制造业", "Retail", "金融", "", " LOGISTICS "];

fn text(pool: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![prop::sample::select(pool).prop_map(String::from), any::<String>()]
}

fn arb_lead() -> impl Strategy<Value = Lead> {
    let kind = prop::sample::select(vec![
        EngagementKind::SiteVisit,
        EngagementKind::EmailOpen,
        EngagementKind::FormSubmit,
        EngagementKind::EventAttended,
    ]);
    let events = prop::collection::vec((kind, -2_000i64..200_000), 0..40);
    let budget = prop::option::of((any::<i64>(), prop::sample::select(vec![Currency::CNY, Currency::USD])));
    (text(TITLES), text(INDUSTRIES), any::<Option<u32>>(), budget, any::<Option<u16>>(), events).prop_map(
        |(title, industry, employees, budget, timeline_months, events)| Lead {
            title,
            industry,
            employees,
            budget: budget.map(|(m, c)| Money::new(m, c)),
            timeline_months,
            engagement: events
                .into_iter()
                .map(|(kind, hours)| crate::domain::Engagement { kind, at: now() - Duration::hours(hours) })
                .collect(),
            ..lead(1)
        },
    )
}

fn arb_settings() -> impl Strategy<Value = Settings> {
    (any::<[u8; 4]>(), any::<[u8; 3]>(), any::<(u32, u32, i64, u16)>(), any::<u8>(), any::<[u8; 4]>(), 0u32..100_000)
        .prop_map(|(weights, cutoffs, (emin, emax, bmin, cycle), unknown, points, half_life)| {
            let mut s = Settings { score_weights: weights, grade_cutoffs: cutoffs, ..Settings::default() };
            s.leads.icp.employees_min = emin;
            s.leads.icp.employees_max = emax;
            s.leads.icp.budget_min_minor = bmin;
            s.leads.icp.cycle_max_months = cycle;
            s.leads.unknown_title_weight = unknown;
            s.leads.engagement = EngagementRules { points, half_life_days: half_life };
            s
        })
}

proptest! {
    #[test]
    fn score_is_always_0_to_100_and_explained_exactly(l in arb_lead(), s in arb_settings(), days in -400i64..400) {
        let r = LeadRules::new(&s);
        let at = now() + Duration::days(days);
        let score = r.score(&l, at);
        prop_assert!(score.total <= 100);
        prop_assert!(score.factors.iter().all(|&f| f <= 100));
        prop_assert_eq!(score.grade, grade_for(score.total, s.grade_cutoffs));
        let b = r.explain(&l, at);
        prop_assert_eq!(b.score(), score);
        for f in &b.factors {
            prop_assert_eq!(f.reasons.iter().map(|x| x.points).sum::<i32>(), i32::from(f.score));
        }
    }

    #[test]
    fn grade_never_gets_worse_as_the_score_rises(cutoffs in any::<[u8; 3]>(), a in 0u8..=100, b in 0u8..=100) {
        let (lo, hi) = (a.min(b), a.max(b));
        // Grade orders A < B < C < D: a higher score has a grade at least as good.
        prop_assert!(grade_for(hi, cutoffs) <= grade_for(lo, cutoffs));
    }

    #[test]
    fn the_total_lies_between_the_lowest_and_highest_factor(f in any::<[u8; 4]>(), w in any::<[u8; 4]>()) {
        let f = f.map(|x| x.min(100));
        prop_assume!(w.iter().any(|&x| x > 0));
        let t = weighted_total(f, w);
        let used: Vec<u8> = f.iter().zip(w).filter(|(_, w)| *w > 0).map(|(f, _)| *f).collect();
        prop_assert!(t >= *used.iter().min().unwrap() && t <= *used.iter().max().unwrap());
    }

    #[test]
    fn a_mobile_number_normalises_the_same_however_written(n in 3_000_000_000u64..9_999_999_999, style in 0..5usize) {
        let d = format!("1{n:010}");
        let written = match style {
            0 => format!("+86 {} {} {}", &d[..3], &d[3..7], &d[7..]),
            1 => format!("0086-{d}"),
            2 => format!("({}) {}-{}", &d[..3], &d[3..7], &d[7..]),
            3 => format!("86{d}"),
            _ => d.clone(),
        };
        prop_assert_eq!(normalise_phone(&written), d);
    }

    #[test]
    fn legal_forms_do_not_change_the_company_key(
        words in prop::collection::vec("[a-z]{3,8}", 1..3),
        zh in "[\u{4e00}-\u{4e2f}]{2,6}",
        en_form in prop::sample::select(vec![" Co., Ltd.", " Inc.", " Limited", " Corp", " GmbH"]),
        zh_form in prop::sample::select(vec!["有限公司", "股份有限公司", "公司", "（有限公司）"]),
    ) {
        let forms = ["ltd", "inc", "llc", "plc", "corp", "gmbh", "llp", "pte", "pty", "company", "limited"];
        prop_assume!(!words.iter().any(|w| forms.contains(&w.as_str())));
        let en = words.join(" ");
        prop_assert_eq!(normalise_company(&format!("{en}{en_form}")), normalise_company(&en));
        prop_assert_eq!(normalise_company(&format!(" {}{zh_form}", zh)), zh);
    }
}
