//! How well a fitted BG/NBD model tracks the data it came from, the two checks of Fader,
//! Hardie & Lee 2005 (figures 2 and 3):
//!
//! - the calibration-period histogram of repeat-purchase counts 0, 1, …, 6 and 7+, actual
//!   against Σᵢ P(X(Tᵢ) = x) over the customers;
//! - cumulative repeat purchases week by week, through calibration and hold-out, actual
//!   against Σᵢ E[X(t − sᵢ)], where sᵢ is customer i's first purchase and t the end of the
//!   week, both counted from the first day in the data.

use std::collections::BTreeMap;

use serde::Serialize;

use super::dates::Date;
use super::rfm::{History, Rfm};
use crate::behaviour::averages::BgNbdAverages;

/// The histogram's last bar holds this many repeat purchases or more.
const HISTOGRAM_TOP: u32 = 7;
pub const DAYS_PER_WEEK: i64 = 7;

/// Customers with a number of repeat purchases in the calibration period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RepeatCount {
    /// "0" … "6", then "7+".
    pub repeat_purchases: String,
    pub actual: u64,
    pub model: f64,
}

/// Repeat purchases made by the end of a week since the first day in the data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeeklyRepeats {
    pub week: u32,
    /// The last day of the week.
    pub ends: Date,
    /// Whether the week ends after the calibration cut-off.
    pub hold_out: bool,
    /// Cumulative repeat purchases by the calibration customers.
    pub actual: u64,
    /// Cumulative repeat purchases the model expects of them.
    pub model: f64,
}

/// The histogram of repeat-purchase counts, actual and expected.
pub fn repeat_histogram(model: &BgNbdAverages, customers: &[Rfm]) -> Vec<RepeatCount> {
    (0..=HISTOGRAM_TOP)
        .map(|x| {
            let actual = customers
                .iter()
                .filter(|c| c.repeats == x || (x == HISTOGRAM_TOP && c.repeats > x))
                .count() as u64;
            let expected = |c: &Rfm| {
                if x < HISTOGRAM_TOP {
                    model.probability_of_repeat_purchases(x, c.age_weeks)
                } else {
                    let below: f64 = (0..HISTOGRAM_TOP)
                        .map(|k| model.probability_of_repeat_purchases(k, c.age_weeks))
                        .sum();
                    (1.0 - below).max(0.0)
                }
            };
            let label = if x < HISTOGRAM_TOP {
                x.to_string()
            } else {
                format!("{x}+")
            };
            RepeatCount {
                repeat_purchases: label,
                actual,
                model: customers.iter().map(expected).sum(),
            }
        })
        .collect()
}

/// Cumulative repeat purchases by week from `origin_day` until the week holding
/// `last_day`, for the customers in `histories` (those in the calibration period).
pub fn weekly_repeats(
    model: &BgNbdAverages,
    histories: &[&History],
    origin_day: i64,
    cutoff_day: i64,
    last_day: i64,
) -> Vec<WeeklyRepeats> {
    let weeks = (last_day - origin_day).max(0) / DAYS_PER_WEEK + 1;
    let mut per_week: BTreeMap<i64, u64> = BTreeMap::new();
    let mut starts: BTreeMap<i64, u32> = BTreeMap::new();
    for history in histories {
        *starts.entry(history.first_day - origin_day).or_default() += 1;
        for (day, _) in &history.repeats {
            *per_week
                .entry((day - origin_day) / DAYS_PER_WEEK + 1)
                .or_default() += 1;
        }
    }
    let mut actual = 0;
    (1..=weeks)
        .map(|week| {
            actual += per_week.get(&week).copied().unwrap_or(0);
            let end = week * DAYS_PER_WEEK;
            let expected = starts
                .iter()
                .map(|(&start, &n)| {
                    let t = (end - start) as f64 / DAYS_PER_WEEK as f64;
                    f64::from(n) * model.expected_repeat_purchases(t)
                })
                .sum();
            WeeklyRepeats {
                week: u32::try_from(week).unwrap_or(u32::MAX),
                ends: Date::from_day_number(origin_day + end - 1),
                hold_out: origin_day + end - 1 > cutoff_day,
                actual,
                model: expected,
            }
        })
        .collect()
}
