use crate::domain::forecast::YearMonth;
use crate::domain::performance::holt_winters::*;
use crate::domain::performance::seasonal::*;

/// Three years of monthly sales with a summer peak and growth.
const Y: [f64; 36] = [
    112., 118., 132., 129., 121., 135., 148., 148., 136., 119., 104., 118., //
    115., 126., 141., 135., 125., 149., 170., 170., 158., 133., 114., 140., //
    145., 150., 178., 163., 172., 178., 199., 199., 184., 162., 146., 166.,
];

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9 * b.abs().max(1.0)
}

const P: Params = Params { alpha: 0.3, beta: 0.1, gamma: 0.2 };

// Expected values from an independent Python implementation of the
// textbook equations with the same start values (run on this machine,
// python3, float64), α = 0.3, β = 0.1, γ = 0.2. Hand check of the first
// additive prediction: level 1520/12 = 126.6667, trend (1676/12 − 126.6667)/12
// = 1.0833, season 112 − 126.6667 → 126.6667 + 1.0833 − 14.6667 = 113.0833.
#[test]
fn additive_matches_independent_computation() {
    let f = holt_winters(&Y, 12, Seasonality::Additive, P).unwrap();
    assert!(near(f.fitted[0], 113.08333333333333));
    assert!(near(f.fitted[1], 120.79916666666664));
    assert!(near(f.fitted[2], 137.65627499999994));
    assert!(near(f.fitted[23], 170.55882987968909));
    assert!(near(f.sse, 1277.5465188929613));
    assert!(near(f.level, 177.4918617901676) && near(f.trend, 1.7822899962213727));
    let fc = f.forecast(3);
    assert!(near(fc[0], 166.4407992109831) && near(fc[1], 173.7684165937522) && near(fc[2], 190.8318455062227));
}

#[test]
fn multiplicative_matches_independent_computation() {
    let f = holt_winters(&Y, 12, Seasonality::Multiplicative, P).unwrap();
    assert!(near(f.fitted[0], 112.9578947368421));
    assert!(near(f.fitted[1], 120.7284172932331));
    assert!(near(f.fitted[2], 138.19929635402062));
    assert!(near(f.fitted[23], 168.43211573296153));
    assert!(near(f.sse, 1005.1878210296484));
    assert!(near(f.level, 179.27241870429808) && near(f.trend, 2.0294828003567673));
    let fc = f.forecast(3);
    assert!(near(fc[0], 162.90084815014487) && near(fc[1], 172.58449657073825) && near(fc[2], 195.66801108066653));
}

#[test]
fn holt_winters_needs_two_seasons_and_positive_values_for_ratios() {
    assert!(holt_winters(&Y[..23], 12, Seasonality::Additive, P).is_none());
    let mut z = Y;
    z[5] = 0.0;
    assert!(holt_winters(&z, 12, Seasonality::Multiplicative, P).is_none());
    assert!(holt_winters(&z, 12, Seasonality::Additive, P).is_some());
}

#[test]
fn seasonal_naive_and_error_arithmetic() {
    // The last season repeats: h = 14 wraps to its first two months.
    let y: Vec<f64> = (1..=24).map(f64::from).collect();
    let f = seasonal_naive(&y, 12, 14);
    assert_eq!(f[..3], [13.0, 14.0, 15.0]);
    assert_eq!(f[12..], [13.0, 14.0]);
    assert!(seasonal_naive(&y[..5], 12, 3).is_empty());
    // |100−110|/100 = 10 %, |200−150|/200 = 25 %, the zero actual is skipped → 17.5 %.
    assert_eq!(mape(&[100.0, 200.0, 0.0], &[110.0, 150.0, 5.0]), Some(17.5));
    // (10 + 50 + 5) / 3.
    assert!(near(mae(&[100.0, 200.0, 0.0], &[110.0, 150.0, 5.0]).unwrap(), 65.0 / 3.0));
    assert_eq!(mape(&[0.0], &[1.0]), None);
    assert_eq!(mae(&[], &[]), None);
}

/// 5 years: trend, a strong season, and a small deterministic wobble.
fn seasonal_series() -> Vec<f64> {
    let shape = [0.7, 0.8, 1.0, 1.1, 1.2, 1.4, 1.5, 1.4, 1.1, 0.9, 0.8, 1.1];
    (0..60).map(|t| (1000.0 + 15.0 * t as f64) * shape[t % 12] + [5.0, -8.0, 3.0, 0.0, -4.0][t % 5]).collect()
}

#[test]
fn fitted_model_beats_seasonal_naive_on_a_seasonal_series() {
    let h = History { first: YearMonth { year: 2021, month: 1 }, values: seasonal_series() };
    let r = analyse(&h).unwrap();
    let naive = r.naive_backtest.mape.unwrap();
    for m in [r.additive.as_ref().unwrap(), r.multiplicative.as_ref().unwrap()] {
        let hw = m.backtest.and_then(|b| b.mape).unwrap();
        assert!(hw < naive, "{:?}: {hw} vs naive {naive}", m.fit.kind);
    }
    // The growth is multiplied by the season, so ratios fit best.
    assert_eq!(r.best, Some(Seasonality::Multiplicative));
    let m = r.multiplicative.unwrap();
    assert_eq!(m.forecast.len(), 12);
    assert_eq!(m.forecast[0].month, YearMonth { year: 2026, month: 1 });
    // The interval widens with the horizon.
    let width = |p: &ForecastPoint| p.upper - p.lower;
    assert!(width(&m.forecast[11]) > width(&m.forecast[0]));
    // The parameters come from the documented grid.
    assert!(grid().contains(&m.fit.params.alpha));
}

#[test]
fn a_sudden_drop_is_flagged_and_a_normal_low_month_is_not() {
    let mut y = seasonal_series();
    y[50] *= 0.5; // 2025-03 halves
    let h = History { first: YearMonth { year: 2021, month: 1 }, values: y };
    let r = analyse(&h).unwrap();
    let flags = r.additive.unwrap().flags;
    let at = |year, month| flags.iter().find(|f| f.month == YearMonth { year, month }).unwrap().flag;
    assert_eq!(at(2025, 3), MonthFlag::AbnormalDrop);
    // January is every year's low month: a normal seasonal dip.
    assert_eq!(at(2024, 1), MonthFlag::SeasonalDip);
}

#[test]
fn short_history_is_refused_and_pairs_fill_gaps() {
    let pairs: Vec<(YearMonth, f64)> = (1..=12).map(|m| (YearMonth { year: 2025, month: m }, 1.0)).collect();
    let h = History::from_pairs(&pairs);
    assert_eq!(analyse(&h), Err(SeasonalError::TooShort { months: 12, needed: 24 }));
    // 2024-11 and 2025-02 given (twice) → Nov, Dec (0), Jan (0), Feb (5).
    let h = History::from_pairs(&[
        (YearMonth { year: 2025, month: 2 }, 2.0),
        (YearMonth { year: 2024, month: 11 }, 1.0),
        (YearMonth { year: 2025, month: 2 }, 3.0),
    ]);
    assert_eq!((h.first, h.values), (YearMonth { year: 2024, month: 11 }, vec![1.0, 0.0, 0.0, 5.0]));
    // 24 months: no Holt-Winters backtest (needs 36), the naive one is there.
    let r = analyse(&History { first: YearMonth { year: 2024, month: 1 }, values: Y[..24].to_vec() }).unwrap();
    assert!(r.additive.unwrap().backtest.is_none());
    assert!(r.naive_backtest.mape.is_some());
}
