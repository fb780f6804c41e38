//! Seasonal modelling (季节性波动建模): monthly sales history, Holt-Winters
//! (additive and multiplicative) against a seasonal-naive baseline, a
//! backtest, a 12-month forecast with a prediction interval, and months
//! whose actual fell outside the interval.
//!
//! - History: one value per calendar month, oldest first, with no gaps (a
//!   month with no sales is 0). From orders (order totals by order date),
//!   from won deals (by won date), or from (month, amount) pairs such as a
//!   CSV import gives. At least 24 months, else `TooShort`.
//! - Backtest: each model is fitted on all but the last 12 months and
//!   forecasts those 12; MAPE and MAE compare with the actuals. Holt-Winters
//!   needs 24 months to fit, so a backtest needs 36 months of history; with
//!   fewer only the seasonal-naive backtest is given.
//! - Interval: forecast ± 1.96 × RMSE of the one-step-ahead errors × √h for
//!   the h-th month ahead: a normal-error 95 % interval that widens with the
//!   horizon as errors accumulate (an approximation; exact Holt-Winters
//!   variances depend on the parameters).
//! - Flags: a history month (from month 13 on) is an anomaly when its actual
//!   lies outside its one-step prediction ± 1.96 × RMSE: an abnormal drop
//!   below, a spike above. Inside the interval but below the level (the
//!   seasonal index pulls it down) is a normal seasonal dip.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::holt_winters::{fit, mae, mape, seasonal_naive, Fit, Seasonality};
use super::sales::closed_at;
use super::Slice;
use crate::domain::forecast::YearMonth;
use crate::domain::pipeline::Stage;
use crate::domain::Currency;

pub const SEASON: usize = 12;
pub const MIN_MONTHS: usize = 24;
const Z95: f64 = 1.96;

#[derive(Clone, Debug, PartialEq)]
pub struct History {
    pub first: YearMonth,
    pub values: Vec<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeasonalError {
    TooShort { months: usize, needed: usize },
}

fn next(ym: YearMonth) -> YearMonth {
    if ym.month == 12 { YearMonth { year: ym.year + 1, month: 1 } } else { YearMonth { month: ym.month + 1, ..ym } }
}

impl History {
    /// Month sums → a gap-free history (missing months are 0). Duplicate
    /// months are added together.
    pub fn from_pairs(pairs: &[(YearMonth, f64)]) -> History {
        let mut by: BTreeMap<YearMonth, f64> = BTreeMap::new();
        for &(m, v) in pairs {
            *by.entry(m).or_default() += v;
        }
        let (Some((&first, _)), Some((&last, _))) = (by.first_key_value(), by.last_key_value()) else {
            return History { first: YearMonth { year: 0, month: 1 }, values: Vec::new() };
        };
        let mut values = Vec::new();
        let mut m = first;
        while m <= last {
            values.push(by.get(&m).copied().unwrap_or(0.0));
            m = next(m);
        }
        History { first, values }
    }
    /// Order totals by order month, in `currency` only, up to `until`.
    pub fn from_orders(s: &Slice, currency: Currency, until: NaiveDate) -> History {
        let pairs: Vec<_> = s
            .orders
            .iter()
            .filter(|o| o.currency == currency && o.ordered_on <= until)
            .map(|o| (YearMonth::of(o.ordered_on), o.total().minor as f64))
            .collect();
        History::from_pairs(&pairs)
    }
    /// Won deal amounts by won month, in `currency` only, up to `until`.
    pub fn from_won_deals(s: &Slice, currency: Currency, until: NaiveDate) -> History {
        let pairs: Vec<_> = s
            .deals
            .iter()
            .filter(|d| d.stage == Stage::Won && d.amount.currency == currency)
            .filter_map(|d| Some((closed_at(d)?.date_naive(), d.amount.minor as f64)))
            .filter(|(on, _)| *on <= until)
            .map(|(on, v)| (YearMonth::of(on), v))
            .collect();
        History::from_pairs(&pairs)
    }
    pub fn month(&self, i: usize) -> YearMonth {
        (0..i).fold(self.first, |m, _| next(m))
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Accuracy {
    pub mape: Option<f64>,
    pub mae: Option<f64>,
}

fn accuracy(actual: &[f64], forecast: &[f64]) -> Accuracy {
    Accuracy { mape: mape(actual, forecast), mae: mae(actual, forecast) }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ForecastPoint {
    pub month: YearMonth,
    pub value: f64,
    pub lower: f64,
    pub upper: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonthFlag {
    Normal,
    SeasonalDip,
    AbnormalDrop,
    AbnormalSpike,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlaggedMonth {
    pub month: YearMonth,
    pub actual: f64,
    pub expected: f64,
    pub lower: f64,
    pub upper: f64,
    pub flag: MonthFlag,
}

/// One Holt-Winters model: the fit on all history, its backtest, forecast.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelReport {
    pub fit: Fit,
    pub backtest: Option<Accuracy>,
    pub forecast: Vec<ForecastPoint>,
    pub flags: Vec<FlaggedMonth>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SeasonalReport {
    pub additive: Option<ModelReport>,
    /// `None` when a month is zero or negative (no ratios to fit).
    pub multiplicative: Option<ModelReport>,
    pub naive_backtest: Accuracy,
    pub naive_forecast: Vec<f64>,
    /// The model with the lower backtest MAPE (else the lower fitting SSE).
    pub best: Option<Seasonality>,
}

fn report(h: &History, kind: Seasonality) -> Option<ModelReport> {
    let y = &h.values;
    let f = fit(y, SEASON, kind)?;
    let backtest = (y.len() >= 3 * SEASON).then(|| {
        let cut = y.len() - SEASON;
        fit(&y[..cut], SEASON, kind).map(|b| accuracy(&y[cut..], &b.forecast(SEASON)))
    });
    let last = h.month(y.len() - 1);
    let mut month = last;
    let forecast = f
        .forecast(SEASON)
        .into_iter()
        .enumerate()
        .map(|(k, v)| {
            month = next(month);
            let w = Z95 * f.rmse * ((k + 1) as f64).sqrt();
            ForecastPoint { month, value: v, lower: v - w, upper: v + w }
        })
        .collect();
    let w = Z95 * f.rmse;
    let flags = f
        .fitted
        .iter()
        .enumerate()
        .map(|(i, &expected)| {
            let t = i + SEASON;
            let actual = y[t];
            let (lower, upper) = (expected - w, expected + w);
            let base = y[t - SEASON..t].iter().sum::<f64>() / SEASON as f64;
            let flag = if actual < lower {
                MonthFlag::AbnormalDrop
            } else if actual > upper {
                MonthFlag::AbnormalSpike
            } else if expected < base {
                MonthFlag::SeasonalDip
            } else {
                MonthFlag::Normal
            };
            FlaggedMonth { month: h.month(t), actual, expected, lower, upper, flag }
        })
        .collect();
    Some(ModelReport { fit: f, backtest: backtest.flatten(), forecast, flags })
}

pub fn analyse(h: &History) -> Result<SeasonalReport, SeasonalError> {
    let y = &h.values;
    if y.len() < MIN_MONTHS {
        return Err(SeasonalError::TooShort { months: y.len(), needed: MIN_MONTHS });
    }
    let cut = y.len() - SEASON;
    let naive_backtest = accuracy(&y[cut..], &seasonal_naive(&y[..cut], SEASON, SEASON));
    let additive = report(h, Seasonality::Additive);
    let multiplicative = report(h, Seasonality::Multiplicative);
    let best = match (&additive, &multiplicative) {
        (Some(a), Some(m)) => {
            let by_backtest = a.backtest.and_then(|b| b.mape).zip(m.backtest.and_then(|b| b.mape));
            let mult_better = by_backtest.map_or(m.fit.sse < a.fit.sse, |(am, mm)| mm < am);
            Some(if mult_better { Seasonality::Multiplicative } else { Seasonality::Additive })
        }
        (Some(_), None) => Some(Seasonality::Additive),
        (None, Some(_)) => Some(Seasonality::Multiplicative),
        (None, None) => None,
    };
    Ok(SeasonalReport { additive, multiplicative, naive_backtest, naive_forecast: seasonal_naive(y, SEASON, SEASON), best })
}
