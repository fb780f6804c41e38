//! The history and the forecast as one line chart: actual months, the best
//! model's 12 months ahead with its 95 % band, and the seasonal-naive
//! forecast beside it. The chart's table and CSV carry the same numbers.

use crate::domain::performance::seasonal::{ForecastPoint, History};
use crate::domain::Currency;
use crate::i18n::SeasonalTexts;
use crate::ui::charts::{ChartData, ChartKind, LineOptions, Series, ValueFormat};

/// Series order: actual, forecast, naive, lower, upper (the band is 3–4).
pub fn chart(history: &History, forecast: &[ForecastPoint], naive: &[f64], currency: Currency, s: &SeasonalTexts) -> (ChartData, ChartKind) {
    let n = history.values.len();
    let ahead = forecast.len().max(naive.len());
    let mut categories: Vec<String> = (0..n).map(|i| history.month(i).to_string()).collect();
    categories.extend((0..ahead).map(|k| history.month(n + k).to_string()));
    let past = |v: Vec<Option<f64>>| -> Vec<Option<f64>> { std::iter::repeat_n(None, n).chain(v).collect() };
    let actual: Vec<Option<f64>> = history.values.iter().map(|v| Some(*v)).chain(std::iter::repeat_n(None, ahead)).collect();
    let pick = |f: fn(&ForecastPoint) -> f64| past(forecast.iter().map(|p| Some(f(p))).collect());
    let series = vec![
        Series::new(s.series_actual, actual, Vec::new()),
        Series::new(s.series_forecast, pick(|p| p.value), Vec::new()),
        Series::new(s.series_naive, past(naive.iter().map(|v| Some(*v)).collect()), Vec::new()),
        Series::new(format!("{} ({})", s.series_band, s.col_lower), pick(|p| p.lower), Vec::new()),
        Series::new(format!("{} ({})", s.series_band, s.col_upper), pick(|p| p.upper), Vec::new()),
    ];
    let data = ChartData {
        title: s.chart_title.to_string(),
        format: ValueFormat::Money(currency),
        category_label: s.col_month.to_string(),
        categories,
        series,
        record_kinds: Vec::new(),
    };
    let band = (!forecast.is_empty()).then_some((3, 4));
    (data, ChartKind::Line(LineOptions { band }))
}
