use chrono::NaiveDate;

use super::*;
use crate::domain::customers::*;

fn scores(kind: SurveyKind, tp: Touchpoint, s: &[u8]) -> Vec<SurveyResponse> {
    s.iter().enumerate().map(|(i, &v)| response(i as u128 + 1, kind, tp, v, today())).collect()
}

fn nps_of(s: &[u8]) -> NpsCount {
    nps(&scores(SurveyKind::Nps, Touchpoint::AfterSales, s))
}

#[test]
fn nps_arithmetic() {
    // 3 promoters (9, 10, 10), 2 passives (7, 8), 1 detractor (6):
    // (3 − 1) / 6 = 33.33… → 333 tenths.
    let c = nps_of(&[9, 10, 10, 7, 8, 6]);
    assert_eq!(c, NpsCount { promoters: 3, passives: 2, detractors: 1 });
    assert_eq!(c.tenths(), Some(333));
    // 1 promoter, 2 detractors: (1 − 2) / 3 = −33.33… → −333; and the
    // half rounds away from zero: 1 promoter of 8 → 12.5 % → 125 tenths.
    assert_eq!(nps_of(&[10, 0, 6]).tenths(), Some(-333));
    assert_eq!(nps_of(&[9, 7, 7, 7, 7, 7, 7, 7]).tenths(), Some(125));
    assert_eq!(nps_of(&[0, 1, 2]).tenths(), Some(-1000));
}

#[test]
fn no_responses_is_no_nps_and_passives_only_is_zero() {
    assert_eq!(nps_of(&[]).tenths(), None);
    assert_eq!(nps_of(&[]).score(), None);
    assert_eq!(nps_of(&[7, 8, 8]).tenths(), Some(0));
    // CSAT answers are not NPS answers.
    assert_eq!(nps(&scores(SurveyKind::Csat, Touchpoint::Delivery, &[5, 5])).total(), 0);
}

#[test]
fn nps_per_month_and_per_segment() {
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    let mut rs = vec![
        response(1, SurveyKind::Nps, Touchpoint::AfterSales, 10, d(10, 1)),
        response(2, SurveyKind::Nps, Touchpoint::AfterSales, 3, d(10, 31)),
        response(3, SurveyKind::Nps, Touchpoint::AfterSales, 9, d(11, 1)),
    ];
    rs[2].account_id = id(2);
    let months = nps_by_month(&rs);
    // October: one promoter, one detractor → 0; November: 100.
    assert_eq!(months.get(&(2026, 10)).and_then(|c| c.tenths()), Some(0));
    assert_eq!(months.get(&(2026, 11)).and_then(|c| c.tenths()), Some(1000));
    let mut a2 = account(2, "B");
    a2.owner_id = Some(id(50));
    let by_owner = nps_by_owner(&rs, &[account(1, "A"), a2]);
    assert_eq!(by_owner.get(&Some(id(50))).map(|c| c.promoters), Some(1));
    assert_eq!(by_owner.get(&None).map(|c| c.total()), Some(2));
    // A caller's key: leave account 2 out.
    let only_1 = nps_by(&rs, |r| (r.account_id == id(1)).then_some("a1"));
    assert_eq!(only_1.get("a1").map(|c| c.total()), Some(2));
    assert_eq!(only_1.len(), 1);
}

#[test]
fn csat_and_the_weakest_touchpoint() {
    let mut rs = scores(SurveyKind::Csat, Touchpoint::PreSales, &[5, 4, 3]); // mean 4, 2 of 3 satisfied
    rs.extend(scores(SurveyKind::Csat, Touchpoint::Delivery, &[3, 4])); // mean 3.5, weakest
    rs.extend(scores(SurveyKind::Csat, Touchpoint::AfterSales, &[5])); // mean 5
    let j = journey(&rs);
    let pre = j.steps[0].1;
    assert_eq!((pre.count, pre.mean_hundredths(), pre.satisfied_tenths()), (3, Some(400), Some(667)));
    // Signing has no response: no mean, and it cannot be the weakest.
    assert_eq!(j.steps[1], (Touchpoint::Signing, Csat::default()));
    assert_eq!(j.steps[1].1.mean(), None);
    assert_eq!(j.steps[2].1.mean_hundredths(), Some(350));
    assert_eq!(j.weakest, Some(Touchpoint::Delivery));
}

#[test]
fn weakest_tie_goes_to_the_earlier_touchpoint() {
    // Signing 4/1 = 4.0 and after-sales 8/2 = 4.0: signing comes first.
    let mut rs = scores(SurveyKind::Csat, Touchpoint::AfterSales, &[3, 5]);
    rs.extend(scores(SurveyKind::Csat, Touchpoint::Signing, &[4]));
    assert_eq!(journey(&rs).weakest, Some(Touchpoint::Signing));
    assert_eq!(journey(&[]).weakest, None);
}

#[test]
fn response_scores_are_checked_per_kind() {
    assert_eq!(check_response(SurveyKind::Nps, 0), Ok(0));
    assert_eq!(check_response(SurveyKind::Nps, 10), Ok(10));
    assert_eq!(check_response(SurveyKind::Nps, 11), Err(ResponseError::NpsOutOfRange));
    assert_eq!(check_response(SurveyKind::Nps, -1), Err(ResponseError::NpsOutOfRange));
    assert_eq!(check_response(SurveyKind::Csat, 0), Err(ResponseError::CsatOutOfRange));
    assert_eq!(check_response(SurveyKind::Csat, 5), Ok(5));
    assert_eq!(check_response(SurveyKind::Csat, 6), Err(ResponseError::CsatOutOfRange));
}
