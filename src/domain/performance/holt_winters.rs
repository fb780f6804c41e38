//! Holt-Winters exponential smoothing with additive or multiplicative
//! seasonality (period `m`, 12 for months), and a seasonal-naive baseline.
//!
//! Start values (the classical heuristic): the level is the mean of the first
//! season, the trend the difference between the means of the first two
//! seasons divided by `m`, and the seasonal indices the first season's values
//! minus (additive) or divided by (multiplicative) that level. The recursion
//! then runs from the second season on, so a fit needs at least `2m` values:
//!
//! ```text
//! additive:        ŷ_t = l + b + s_{t−m}
//!                  l' = α(y_t − s_{t−m}) + (1−α)(l + b)
//!                  s_t = γ(y_t − l') + (1−γ)s_{t−m}
//! multiplicative:  ŷ_t = (l + b)·s_{t−m}
//!                  l' = α·y_t / s_{t−m} + (1−α)(l + b)
//!                  s_t = γ·y_t / l' + (1−γ)s_{t−m}
//! both:            b' = β(l' − l) + (1−β)b
//! ```
//!
//! Fitting minimises the sum of squared one-step-ahead errors over the
//! second season onwards by grid search: α, β, γ each over 0.05, 0.10, …,
//! 0.95 (19³ = 6,859 candidates; a few milliseconds for 5 years of months).
//! Ties keep the first candidate in (α, β, γ) order. The grid avoids a
//! numerical optimiser's sensitivity to start points and always terminates.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Seasonality {
    Additive,
    Multiplicative,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub alpha: f64,
    pub beta: f64,
    pub gamma: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    pub kind: Seasonality,
    pub params: Params,
    pub m: usize,
    /// One-step-ahead predictions for t = m … n−1 (`fitted[i]` is for `y[m + i]`).
    pub fitted: Vec<f64>,
    pub sse: f64,
    /// Root mean square of the one-step errors.
    pub rmse: f64,
    pub level: f64,
    pub trend: f64,
    /// Seasonal index for each of the last `m` time points, oldest first.
    pub season: Vec<f64>,
}

impl Fit {
    /// Point forecasts for the `h` steps after the last value.
    pub fn forecast(&self, h: usize) -> Vec<f64> {
        (1..=h)
            .map(|k| {
                let s = self.season[(k - 1) % self.m];
                let base = self.level + k as f64 * self.trend;
                match self.kind {
                    Seasonality::Additive => base + s,
                    Seasonality::Multiplicative => base * s,
                }
            })
            .collect()
    }
}

/// Runs the recursion with fixed parameters. `None` with fewer than `2m`
/// values, `m == 0`, or (multiplicative) a value that is not positive.
pub fn holt_winters(y: &[f64], m: usize, kind: Seasonality, p: Params) -> Option<Fit> {
    if m == 0 || y.len() < 2 * m || (kind == Seasonality::Multiplicative && y.iter().any(|&v| v <= 0.0)) {
        return None;
    }
    let mean = |s: &[f64]| s.iter().sum::<f64>() / s.len() as f64;
    let mut level = mean(&y[..m]);
    let mut trend = (mean(&y[m..2 * m]) - level) / m as f64;
    let mut season: Vec<f64> = y[..m]
        .iter()
        .map(|&v| match kind {
            Seasonality::Additive => v - level,
            Seasonality::Multiplicative => v / level,
        })
        .collect();
    let mut fitted = Vec::with_capacity(y.len() - m);
    let mut sse = 0.0;
    for (t, &v) in y.iter().enumerate().skip(m) {
        let s = season[t - m];
        let (pred, deseason) = match kind {
            Seasonality::Additive => (level + trend + s, v - s),
            Seasonality::Multiplicative => ((level + trend) * s, v / s),
        };
        fitted.push(pred);
        sse += (v - pred) * (v - pred);
        let new_level = p.alpha * deseason + (1.0 - p.alpha) * (level + trend);
        trend = p.beta * (new_level - level) + (1.0 - p.beta) * trend;
        level = new_level;
        season.push(match kind {
            Seasonality::Additive => p.gamma * (v - level) + (1.0 - p.gamma) * s,
            Seasonality::Multiplicative => p.gamma * v / level + (1.0 - p.gamma) * s,
        });
    }
    if !sse.is_finite() {
        return None;
    }
    let rmse = (sse / fitted.len() as f64).sqrt();
    let season = season[season.len() - m..].to_vec();
    Some(Fit { kind, params: p, m, fitted, sse, rmse, level, trend, season })
}

/// The grid every parameter is searched over.
pub fn grid() -> Vec<f64> {
    (1..=19).map(|i| i as f64 * 0.05).collect()
}

/// The fit with the least one-step-ahead SSE over the grid.
pub fn fit(y: &[f64], m: usize, kind: Seasonality) -> Option<Fit> {
    if m == 0 || y.len() < 2 * m || (kind == Seasonality::Multiplicative && y.iter().any(|&v| v <= 0.0)) {
        return None;
    }
    let g = grid();
    let mut best: Option<Fit> = None;
    for &alpha in &g {
        for &beta in &g {
            for &gamma in &g {
                // A candidate that blows up (a level driven to zero) is skipped.
                let Some(f) = holt_winters(y, m, kind, Params { alpha, beta, gamma }) else { continue };
                if best.as_ref().is_none_or(|b| f.sse < b.sse) {
                    best = Some(f);
                }
            }
        }
    }
    best
}

/// Seasonal naive: each of the next `h` values repeats the value one season
/// earlier (the last season, cycled). Empty when `y` is shorter than `m`.
pub fn seasonal_naive(y: &[f64], m: usize, h: usize) -> Vec<f64> {
    if m == 0 || y.len() < m {
        return Vec::new();
    }
    let last = &y[y.len() - m..];
    (0..h).map(|k| last[k % m]).collect()
}

/// Mean absolute percentage error, in percent, over the points whose
/// actual is not zero (a zero actual has no percentage error); `None` when
/// there are none.
pub fn mape(actual: &[f64], forecast: &[f64]) -> Option<f64> {
    let errs: Vec<f64> = actual.iter().zip(forecast).filter(|(a, _)| **a != 0.0).map(|(a, f)| ((a - f) / a).abs()).collect();
    (!errs.is_empty()).then(|| errs.iter().sum::<f64>() * 100.0 / errs.len() as f64)
}

/// Mean absolute error; `None` for no points.
pub fn mae(actual: &[f64], forecast: &[f64]) -> Option<f64> {
    let n = actual.len().min(forecast.len());
    (n > 0).then(|| actual.iter().zip(forecast).map(|(a, f)| (a - f).abs()).sum::<f64>() / n as f64)
}
