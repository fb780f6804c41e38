use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

pub type Timestamp = DateTime<Utc>;

/// The app has a real clock and a simulated one for training. Domain code never
/// asks the system for the time; it is handed the result of [`ClockMode::now`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum ClockMode {
    #[default]
    Real,
    Simulated { at: Timestamp },
}

impl ClockMode {
    pub fn now(&self, real_now: Timestamp) -> Timestamp {
        match self {
            ClockMode::Real => real_now,
            ClockMode::Simulated { at } => *at,
        }
    }
    pub fn is_simulated(&self) -> bool {
        matches!(self, ClockMode::Simulated { .. })
    }
    /// Advancing a real clock starts simulating from the real "now".
    pub fn advance(&self, real_now: Timestamp, by: Duration) -> ClockMode {
        ClockMode::Simulated { at: self.now(real_now) + by }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn simulated_clock_ignores_real_time_and_advances() {
        let real = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
        let sim = ClockMode::Real.advance(real, Duration::days(1));
        assert_eq!(sim.now(real + Duration::hours(5)), real + Duration::days(1));
        let week = sim.advance(real, Duration::weeks(1));
        assert_eq!(week.now(real), real + Duration::days(8));
        assert_eq!(ClockMode::Real.now(real), real);
    }
}
