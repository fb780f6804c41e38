use chrono::Duration;

use super::*;
use crate::domain::{Currency, EngagementKind as K};
use ReasonKind as R;

fn reasons(b: &ScoreBreakdown, f: Factor) -> Vec<(ReasonKind, i32)> {
    let fb = b.factors.iter().find(|x| x.factor == f).unwrap();
    fb.reasons.iter().map(|r| (r.kind.clone(), r.points)).collect()
}

#[test]
fn need_fit_worked_examples() {
    let r = rules();
    let full = Lead {
        industry: "制造业".into(),
        employees: Some(300),
        budget: yuan(150_000),
        timeline_months: Some(3),
        ..lead(1)
    };
    let b = r.explain(&full, now());
    assert_eq!(b.factors[0].score, 100);
    assert_eq!(
        reasons(&b, Factor::NeedFit),
        vec![
            (R::IndustryInIcp, 40),
            (R::SizeInIcp { employees: 300 }, 30),
            (R::BudgetFitsIcp { minor: 15_000_000 }, 15),
            (R::CycleFitsIcp { months: 3 }, 15),
        ]
    );

    let none = Lead {
        industry: "金融".into(),
        employees: Some(50),
        budget: yuan(80_000),
        timeline_months: Some(9),
        ..lead(2)
    };
    let b = r.explain(&none, now());
    assert_eq!(b.factors[0].score, 0);
    assert_eq!(
        reasons(&b, Factor::NeedFit),
        vec![
            (R::IndustryOutsideIcp, 0),
            (R::SizeOutsideIcp { employees: 50 }, 0),
            (R::BudgetBelowIcp { minor: 8_000_000 }, 0),
            (R::CycleBeyondIcp { months: 9 }, 0),
        ]
    );

    // Case and spacing do not matter; a foreign-currency budget is not converted.
    let mixed = Lead {
        industry: "  MANUFACTURING ".into(),
        budget: Some(Money::new(10_000_000, Currency::USD)),
        timeline_months: Some(6),
        ..lead(3)
    };
    let b = r.explain(&mixed, now());
    assert_eq!(b.factors[0].score, 55);
    assert_eq!(
        reasons(&b, Factor::NeedFit),
        vec![
            (R::IndustryInIcp, 40),
            (R::SizeUnknown, 0),
            (R::BudgetOtherCurrency { currency: Currency::USD }, 0),
            (R::CycleFitsIcp { months: 6 }, 15),
        ]
    );
    // The size range is inclusive at both ends; 0 as the largest means no limit.
    let mut s = Settings::default();
    s.leads.icp.employees_max = 0;
    let open_ended = LeadRules::new(&s);
    for (n, fits) in [(99, false), (100, true), (5_000, true), (5_001, false)] {
        let l = Lead { employees: Some(n), ..lead(4) };
        assert_eq!(r.score(&l, now()).factors[0] == 30, fits, "{n}");
        assert_eq!(open_ended.score(&l, now()).factors[0] == 30, n >= 100, "{n}");
    }
}

#[test]
fn authority_reads_titles_in_english_and_chinese() {
    let r = rules();
    let cases = [
        ("总经理", 100, Some("总经理")),
        ("副总经理", 90, Some("副总经理")),
        ("CEO", 100, Some("ceo")),
        ("ＣＥＯ", 100, Some("ceo")),
        ("Chief Financial Officer", 90, Some("chief financial officer")),
        ("财务总监", 90, Some("财务总监")),
        ("CTO", 90, Some("cto")),
        ("技术总监", 90, Some("技术总监")),
        ("Technical  Director", 90, Some("technical director")),
        ("Procurement Manager", 80, Some("procurement manager")),
        ("采购经理", 80, Some("采购经理")),
        ("Director of Engineering", 75, Some("director")),
        ("Marketing Manager", 60, Some("manager")),
        ("IT主管", 55, Some("主管")),
        ("采购专员", 50, Some("采购专员")),
        ("Senior Engineer", 40, Some("engineer")),
        ("工程师", 40, Some("工程师")),
        ("Assistant to the CEO", 15, Some("assistant")),
        ("Sales Representative", 30, None),
    ];
    for (title, weight, keyword) in cases {
        let b = r.explain(&Lead { title: title.into(), ..lead(1) }, now());
        assert_eq!(b.factors[1].score, weight, "{title}");
        let expected = match keyword {
            Some(k) => R::TitleMatched { keyword: k.into() },
            None => R::TitleUnmatched,
        };
        assert_eq!(reasons(&b, Factor::Authority), vec![(expected, weight as i32)], "{title}");
        assert_eq!(r.title_weight(title), weight);
    }
    // "cto" inside "director" is not a CTO; an empty title carries nothing.
    assert_eq!(r.title_weight("Art Director"), 75);
    assert_eq!(reasons(&r.explain(&lead(1), now()), Factor::Authority), vec![(R::TitleMissing, 0)]);
}

#[test]
fn edited_title_table_is_used() {
    let mut s = Settings::default();
    s.leads.titles.push(TitleWeight { keyword: "Head of Buying".into(), weight: 85 });
    s.leads.unknown_title_weight = 10;
    let r = LeadRules::new(&s);
    assert_eq!(r.title_weight("head of buying, east"), 85);
    assert_eq!(r.title_weight("Sales Representative"), 10);
}

#[test]
fn budget_and_timeline_worked_examples() {
    let r = rules();
    let bands = [
        (20_000_000, BudgetBand::TwiceIcp, 50),
        (19_999_999, BudgetBand::Icp, 40),
        (10_000_000, BudgetBand::Icp, 40),
        (5_000_000, BudgetBand::HalfIcp, 25),
        (4_999_999, BudgetBand::Small, 10),
        (0, BudgetBand::None, 0),
    ];
    for (minor, band, points) in bands {
        let l = Lead { budget: Some(Money::cny(minor)), ..lead(1) };
        let b = r.explain(&l, now());
        assert_eq!(reasons(&b, Factor::BudgetTimeline)[0], (R::Budget { minor, band }, points), "{minor}");
    }
    let timelines = [
        (0, TimelineBand::UpTo3, 50),
        (3, TimelineBand::UpTo3, 50),
        (4, TimelineBand::UpTo6, 35),
        (6, TimelineBand::UpTo6, 35),
        (7, TimelineBand::UpTo12, 20),
        (12, TimelineBand::UpTo12, 20),
        (13, TimelineBand::Later, 5),
    ];
    for (months, band, points) in timelines {
        let l = Lead { timeline_months: Some(months), ..lead(1) };
        let b = r.explain(&l, now());
        assert_eq!(reasons(&b, Factor::BudgetTimeline)[1], (R::Timeline { months, band }, points), "{months}");
    }
    let both = Lead { budget: yuan(300_000), timeline_months: Some(2), ..lead(1) };
    assert_eq!(r.score(&both, now()).factors[2], 100);
    let b = r.explain(&lead(1), now());
    assert_eq!(reasons(&b, Factor::BudgetTimeline), vec![(R::BudgetUnknown, 0), (R::TimelineUnknown, 0)]);
}

#[test]
fn engagement_decays_with_the_clock() {
    let r = rules();
    // Form today 20; event one half-life (30 days) ago 25 × ½ = 12.5 → 13;
    // visit two half-lives ago 5 × ¼ = 1.25 → 1; an e-mail open after "now" has not happened.
    let l = Lead {
        engagement: vec![
            event(K::FormSubmit, 0),
            event(K::EventAttended, 30),
            event(K::SiteVisit, 60),
            event(K::EmailOpen, -1),
        ],
        ..lead(1)
    };
    let b = r.explain(&l, now());
    assert_eq!(b.factors[3].score, 34);
    assert_eq!(
        reasons(&b, Factor::Engagement),
        vec![
            (R::Engagement { kind: K::SiteVisit, events: 1 }, 1),
            (R::Engagement { kind: K::FormSubmit, events: 1 }, 20),
            (R::Engagement { kind: K::EventAttended, events: 1 }, 13),
        ]
    );
    // Thirty days on, everything counts half as much, and the open has happened:
    // visit 0.625 → 1, open 3 × 2^(-29/30) ≈ 1.54 → 2, form 10, event 6.25 → 6.
    let later = now() + Duration::days(30);
    assert_eq!(r.score(&l, later).factors[3], 19);
    // A year on, almost nothing is left.
    assert_eq!(r.score(&l, now() + Duration::days(365)).factors[3], 0);
    // Half-life 0: no decay.
    let mut s = Settings::default();
    s.leads.engagement.half_life_days = 0;
    assert_eq!(LeadRules::new(&s).score(&l, later).factors[3], 5 + 3 + 20 + 25);
}

#[test]
fn engagement_is_capped_at_100_and_the_cap_is_a_reason() {
    let r = rules();
    let l = Lead { engagement: (0..6).map(|_| event(K::FormSubmit, 0)).collect(), ..lead(1) };
    let b = r.explain(&l, now());
    assert_eq!(b.factors[3].score, 100);
    assert_eq!(
        reasons(&b, Factor::Engagement),
        vec![(R::Engagement { kind: K::FormSubmit, events: 6 }, 120), (R::Capped, -20)]
    );
    assert_eq!(reasons(&r.explain(&lead(2), now()), Factor::Engagement), vec![(R::EngagementNone, 0)]);
}

#[test]
fn total_is_the_weighted_sum_rounded_half_up() {
    let r = rules();
    let s = r.score(&hot(1), now());
    assert_eq!(s.factors, [100, 100, 100, 45]);
    assert_eq!((s.total, s.grade), (89, Grade::A));
    assert_eq!(r.score(&warm(1), now()).total, 64); // 63.75
    assert_eq!(r.score(&lukewarm(1), now()).total, 59); // 58.75
    assert_eq!(r.score(&cold(1), now()).total, 31);
    assert_eq!(weighted_total([55, 0, 0, 0], [30, 25, 25, 20]), 17); // 16.5
    assert_eq!(weighted_total([80, 79, 0, 0], [1, 1, 0, 0]), 80); // 79.5 → an A
    assert_eq!(weighted_total([100, 100, 100, 100], [255, 255, 255, 255]), 100);
    assert_eq!(weighted_total([100, 100, 100, 100], [0, 0, 0, 0]), 0);
    // Edited weights: authority only.
    let st = Settings { score_weights: [0, 1, 0, 0], ..Settings::default() };
    assert_eq!(LeadRules::new(&st).score(&cold(1), now()).total, 40);
}

#[test]
fn grade_boundaries() {
    let c = Settings::default().grade_cutoffs;
    let cases = [
        (100, Grade::A),
        (80, Grade::A),
        (79, Grade::B),
        (60, Grade::B),
        (59, Grade::C),
        (40, Grade::C),
        (39, Grade::D),
        (0, Grade::D),
    ];
    for (total, grade) in cases {
        assert_eq!(grade_for(total, c), grade, "{total}");
    }
    assert_eq!(grade_for(89, [90, 70, 50]), Grade::B);
    assert_eq!(grade_for(90, [90, 70, 50]), Grade::A);
    assert_eq!(grade_for(49, [90, 70, 50]), Grade::D);
    let grades: Vec<Grade> =
        [&hot(1), &warm(2), &lukewarm(3), &cold(4)].map(|l| rules().score(l, now()).grade).to_vec();
    assert_eq!(grades, vec![Grade::A, Grade::B, Grade::C, Grade::D]);
}

#[test]
fn breakdown_explains_a_b() {
    let b = rules().explain(&warm(1), now());
    assert_eq!((b.total, b.grade), (64, Grade::B));
    assert_eq!(b.points_to_next_grade(), Some(16));
    let rows: Vec<(Factor, u8, u8, u32)> =
        b.factors.iter().map(|f| (f.factor, f.score, f.weight, f.contribution_tenths)).collect();
    assert_eq!(
        rows,
        vec![
            (Factor::NeedFit, 100, 30, 300),
            (Factor::Authority, 60, 25, 150),
            (Factor::BudgetTimeline, 75, 25, 188), // 18.75 → 18.8
            (Factor::Engagement, 0, 20, 0),
        ]
    );
    for f in &b.factors {
        assert_eq!(f.reasons.iter().map(|r| r.points).sum::<i32>(), i32::from(f.score), "{:?}", f.factor);
    }
    assert_eq!(b.score(), rules().score(&warm(1), now()));
    assert_eq!(rules().explain(&hot(1), now()).points_to_next_grade(), None);
}

#[test]
fn what_if_scores_an_edited_copy() {
    let r = rules();
    let l = warm(1);
    let w = r.what_if(&l, now(), |x| x.title = "CFO".into());
    assert_eq!(w.before, r.explain(&l, now()));
    assert_eq!((w.after.factors[1].score, w.after.total, w.after.grade), (90, 71, Grade::B));
    let w = r.what_if(&l, now(), |x| x.engagement.push(event(K::EventAttended, 0)));
    assert_eq!((w.after.total, w.after.grade), (69, Grade::B));
    let w = r.what_if(&l, now(), |x| {
        x.title = "总经理".into();
        x.engagement.push(event(K::FormSubmit, 0));
    });
    assert_eq!((w.after.total, w.after.grade), (78, Grade::B));
    assert_eq!(w.after.points_to_next_grade(), Some(2));
    assert_eq!(l, warm(1), "the lead itself is untouched");
}
