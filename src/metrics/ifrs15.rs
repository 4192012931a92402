//! Revenue recognition for points (IFRS 15 / ASC 606, customer options for additional goods).
//!
//! Points issued with a sale are a separate performance obligation. Part of the sale's price
//! is allocated to them by relative stand-alone selling prices, deferred, and recognised as
//! the points are redeemed, in proportion to the points expected to be redeemed in all;
//! when that estimate changes, the cumulative amount catches up (KPMG, "Revenue: IFRS 15
//! handbook", Example 10A; IFRS 15 IE Example 52).
//!
//! In the sandbox a point's stand-alone selling price is the cost per point times the
//! expected redemption rate, the rate the run-off measures.

use serde::Serialize;

use crate::money::Money;

use super::MonthRow;

/// One period's inputs to the schedule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Period {
    /// Revenue allocated to the points issued in the period.
    pub allocated: f64,
    pub points_issued: f64,
    pub points_redeemed: f64,
    /// Share of all points issued so far expected to be redeemed, as estimated at the end
    /// of the period.
    pub expected_redemption_rate: f64,
}

/// One period of the schedule.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Recognition {
    /// Revenue allocated to points issued this period (deferred at first).
    pub allocated: Money,
    /// Revenue recognised this period as points were redeemed.
    pub recognised: Money,
    /// Deferred revenue (contract liability) at the end of the period.
    pub deferred: Money,
}

/// Splits a sale between the goods and the points by relative stand-alone selling prices.
/// Returns (goods, points).
pub fn allocate(sale: f64, goods_standalone: f64, points_standalone: f64) -> (f64, f64) {
    let total = goods_standalone + points_standalone;
    if total <= 0.0 {
        return (sale, 0.0);
    }
    let points = sale * points_standalone / total;
    (sale - points, points)
}

/// The cumulative catch-up: by the end of each period, the revenue recognised is the
/// revenue allocated so far times the points redeemed so far over the points expected to
/// be redeemed (issued so far × expected rate), at most all of it.
pub fn recognise(periods: &[Period]) -> Vec<(f64, f64)> {
    let (mut allocated, mut issued, mut redeemed, mut recognised) = (0.0, 0.0, 0.0, 0.0);
    periods
        .iter()
        .map(|p| {
            allocated += p.allocated;
            issued += p.points_issued;
            redeemed += p.points_redeemed;
            let expected = issued * p.expected_redemption_rate;
            let share = if expected > 0.0 {
                (redeemed / expected).min(1.0)
            } else {
                0.0
            };
            let cumulative = allocated * share;
            let now = cumulative - recognised;
            recognised = cumulative;
            (now, allocated - recognised)
        })
        .collect()
}

/// Fills each month's recognition from the run: revenue is allocated between the goods and
/// the points issued with them; points held at month 0 carry an opening deferral at their
/// stand-alone price.
pub fn fill_schedule(rows: &mut [MonthRow], opening_points: u64, cost_per_point: f64, rate: f64) {
    let price = cost_per_point * rate;
    let opening = Period {
        allocated: opening_points as f64 * price,
        points_issued: opening_points as f64,
        points_redeemed: 0.0,
        expected_redemption_rate: rate,
    };
    let periods: Vec<Period> = std::iter::once(opening)
        .chain(rows.iter().map(|row| {
            let points_standalone = row.points_issued as f64 * price;
            let revenue = row.revenue.units();
            Period {
                allocated: allocate(revenue, revenue, points_standalone).1,
                points_issued: row.points_issued as f64,
                points_redeemed: row.points_redeemed as f64,
                expected_redemption_rate: rate,
            }
        }))
        .collect();
    for ((row, period), (recognised, deferred)) in rows
        .iter_mut()
        .zip(&periods[1..])
        .zip(recognise(&periods).into_iter().skip(1))
    {
        row.revenue_recognition = Recognition {
            allocated: Money::from_units(period.allocated),
            recognised: Money::from_units(recognised),
            deferred: Money::from_units(deferred),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(allocated: f64, issued: f64, redeemed: f64, rate: f64) -> Period {
        Period {
            allocated,
            points_issued: issued,
            points_redeemed: redeemed,
            expected_redemption_rate: rate,
        }
    }

    /// KPMG Example 10A: sales 100,000 with 10,000 points, 97% expected to be redeemed;
    /// 9,000 allocated to the points. Year 2: 4,500 redeemed → 4,175 recognised. Year 3:
    /// 4,000 more redeemed and the estimate rises to 9,900 → 3,552; or, with the estimate cut
    /// to 9,200, → 4,140.
    #[test]
    fn kpmg_example_10a_recognises_4175_then_3552_or_4140() {
        let year1 = period(9_000.0, 10_000.0, 0.0, 0.97);
        let year2 = period(0.0, 0.0, 4_500.0, 0.97);
        let rounded = |periods: &[Period]| -> Vec<f64> {
            recognise(periods).iter().map(|(r, _)| r.round()).collect()
        };
        assert_eq!(
            rounded(&[year1, year2, period(0.0, 0.0, 4_000.0, 0.99)]),
            [0.0, 4_175.0, 3_552.0]
        );
        assert_eq!(
            rounded(&[year1, year2, period(0.0, 0.0, 4_000.0, 0.92)]),
            [0.0, 4_175.0, 4_140.0]
        );
    }

    #[test]
    fn deferred_revenue_is_what_is_allocated_but_not_yet_recognised() {
        let schedule = recognise(&[
            period(9_000.0, 10_000.0, 0.0, 0.97),
            period(0.0, 0.0, 4_500.0, 0.97),
        ]);
        assert_eq!(schedule[0].1, 9_000.0);
        assert!((schedule[1].1 - (9_000.0 - 9_000.0 * 4_500.0 / 9_700.0)).abs() < 1e-9);
    }

    #[test]
    fn allocation_follows_relative_standalone_prices() {
        let (goods, points) = allocate(100_000.0, 100_000.0, 9_700.0);
        assert!((points - 100_000.0 * 9_700.0 / 109_700.0).abs() < 1e-6);
        assert!((goods + points - 100_000.0).abs() < 1e-9);
    }
}
