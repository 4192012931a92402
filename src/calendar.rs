//! The simulation's clock: month indexes, calendar months and days.
//!
//! Month 0 is the first reported month; warm-up months of an existing programme are
//! negative. A month is 365.25 / 12 days; purchase times inside a month are in days.

use crate::scenario::Horizon;

/// Days in an average calendar month.
pub const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// Maps month indexes to the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// Months since year 0 of month index 0 (year × 12 + calendar month − 1).
    origin: i64,
}

impl Calendar {
    pub fn new(horizon: &Horizon) -> Self {
        Calendar {
            origin: i64::from(horizon.start_year) * 12 + i64::from(horizon.start_month) - 1,
        }
    }

    fn absolute(&self, month: i32) -> i64 {
        self.origin + i64::from(month)
    }

    /// Calendar month of a month index, 1 (January) – 12 (December).
    pub fn month_of_year(&self, month: i32) -> u32 {
        (self.absolute(month).rem_euclid(12) + 1) as u32
    }

    /// Calendar year of a month index.
    pub fn year(&self, month: i32) -> i64 {
        self.absolute(month).div_euclid(12)
    }

    /// "2026-01" style label.
    pub fn label(&self, month: i32) -> String {
        format!("{}-{:02}", self.year(month), self.month_of_year(month))
    }
}

/// Day (since the start of month 0) on which a month starts.
pub fn month_start_day(month: i32) -> f64 {
    f64::from(month) * DAYS_PER_MONTH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_map_onto_the_calendar_across_year_ends() {
        let c = Calendar::new(&Horizon {
            months: 12,
            seed: 0,
            start_year: 2026,
            start_month: 11,
        });
        assert_eq!((c.year(0), c.month_of_year(0)), (2026, 11));
        assert_eq!((c.year(2), c.month_of_year(2)), (2027, 1));
        assert_eq!((c.year(-11), c.month_of_year(-11)), (2025, 12));
        assert_eq!(c.label(1), "2026-12");
    }
}
