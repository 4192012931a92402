//! Revenue recognition for points (IFRS 15 / ASC 606, customer options for additional goods).
//!
//! Points issued with a sale are a separate performance obligation. Part of the sale's price
//! is allocated to them by relative stand-alone selling prices, deferred, and recognised as
//! the points are redeemed, in proportion to the points expected to be redeemed in all;
//! that expectation is re-estimated every period and the cumulative amount catches up
//! (KPMG, "Revenue: IFRS 15 handbook", Example 10A; IFRS 15 IE Example 52).
//!
//! In the sandbox, at the end of each month the points expected to be redeemed in all are
//! the points redeemed so far plus the share of the points still outstanding that the
//! run-off expects to be redeemed; divided by the points issued so far, that is the month's
//! expected ultimate redemption rate. A point's stand-alone selling price is the cost per
//! point times that rate. A re-estimate that lowers the cumulative amount is a reversal,
//! reported as such and never as negative revenue. Amounts are whole cents, so the
//! deferred balance moves by exactly allocated − recognised + reversed every month.

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
    /// Share of all points issued so far expected to be redeemed in all, as estimated at
    /// the end of the period.
    pub expected_redemption_rate: f64,
}

/// One period of the schedule.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Recognition {
    /// Revenue allocated to points issued this period (deferred at first).
    pub allocated: Money,
    /// Share of all points issued so far expected to be redeemed in all, as estimated at
    /// the end of the period: (redeemed so far + outstanding × the run-off's redemption
    /// rate) ÷ issued so far.
    pub expected_redemption_rate: f64,
    /// Revenue recognised this period as points were redeemed (never negative).
    pub recognised: Money,
    /// Revenue recognised in earlier periods and taken back this period, because more of
    /// the points are now expected to be redeemed than before, so a smaller share of them
    /// has been (never negative; zero in most periods).
    pub reversed: Money,
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

/// The expected ultimate redemption rate re-estimated from what has happened so far (KPMG
/// Example 10A): the points redeemed so far plus those of the points still outstanding that
/// are expected to be redeemed (`outstanding × still_expected_share`), over the points
/// issued so far. Zero before any point is issued.
pub fn expected_redemption_rate(
    issued: f64,
    redeemed: f64,
    outstanding: f64,
    still_expected_share: f64,
) -> f64 {
    if issued > 0.0 {
        ((redeemed + outstanding * still_expected_share) / issued).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The cumulative catch-up: by the end of each period, the revenue recognised is the
/// revenue allocated so far times the points redeemed so far over the points expected to
/// be redeemed in all (issued so far × expected rate), at most all of it. The period's
/// change is recognised revenue when it is an increase and a reversal when it is a decrease.
pub fn recognise(periods: &[Period]) -> Vec<Recognition> {
    let (mut issued, mut redeemed) = (0.0, 0.0);
    let (mut allocated_so_far, mut recognised_so_far) = (Money(0), Money(0));
    periods
        .iter()
        .map(|p| {
            let allocated = Money::from_units(p.allocated);
            allocated_so_far = Money(allocated_so_far.cents().saturating_add(allocated.cents()));
            issued += p.points_issued;
            redeemed += p.points_redeemed;
            let expected = issued * p.expected_redemption_rate;
            let share = if expected > 0.0 {
                (redeemed / expected).min(1.0)
            } else {
                0.0
            };
            let cumulative =
                Money::from_units(allocated_so_far.units() * share).min(allocated_so_far);
            let change = cumulative.cents().saturating_sub(recognised_so_far.cents());
            recognised_so_far = cumulative;
            Recognition {
                allocated,
                expected_redemption_rate: p.expected_redemption_rate,
                recognised: Money(change.max(0)),
                reversed: Money(change.min(0).saturating_neg()),
                deferred: allocated_so_far - cumulative,
            }
        })
        .collect()
}

/// Fills each month's recognition from the run: revenue is allocated between the goods and
/// the points issued with them; points held at month 0 carry an opening deferral at their
/// stand-alone price. `still_expected_share` is the share of outstanding points the run-off
/// expects to be redeemed. Returns the opening deferral.
pub fn fill_schedule(
    rows: &mut [MonthRow],
    opening_points: u64,
    cost_per_point: f64,
    still_expected_share: f64,
) -> Money {
    let opening = Period {
        allocated: opening_points as f64 * cost_per_point * still_expected_share,
        points_issued: opening_points as f64,
        points_redeemed: 0.0,
        expected_redemption_rate: expected_redemption_rate(
            opening_points as f64,
            0.0,
            opening_points as f64,
            still_expected_share,
        ),
    };
    let (mut issued, mut redeemed) = (opening_points as f64, 0.0);
    let periods: Vec<Period> = std::iter::once(opening)
        .chain(rows.iter().map(|row| {
            issued += row.points_issued as f64;
            redeemed += row.points_redeemed as f64;
            let rate = expected_redemption_rate(
                issued,
                redeemed,
                row.points_outstanding as f64,
                still_expected_share,
            );
            let points_standalone = row.points_issued as f64 * cost_per_point * rate;
            let revenue = row.revenue.units();
            Period {
                allocated: allocate(revenue, revenue, points_standalone).1,
                points_issued: row.points_issued as f64,
                points_redeemed: row.points_redeemed as f64,
                expected_redemption_rate: rate,
            }
        }))
        .collect();
    let schedule = recognise(&periods);
    for (row, recognition) in rows.iter_mut().zip(schedule.iter().skip(1)) {
        row.revenue_recognition = *recognition;
    }
    schedule
        .first()
        .map_or(Money(0), |opening| opening.deferred)
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

    fn rounded(periods: &[Period]) -> Vec<f64> {
        recognise(periods)
            .iter()
            .map(|r| r.recognised.units().round())
            .collect()
    }

    /// KPMG Example 10A: sales 100,000 with 10,000 points, 97% expected to be redeemed;
    /// 9,000 allocated to the points. Year 2: 4,500 redeemed → 4,175 recognised. Year 3:
    /// 4,000 more redeemed and the estimate rises to 9,900 → 3,552; or, with the estimate cut
    /// to 9,200, → 4,140.
    #[test]
    fn kpmg_example_10a_recognises_4175_then_3552_or_4140() {
        let year1 = period(9_000.0, 10_000.0, 0.0, 0.97);
        let year2 = period(0.0, 0.0, 4_500.0, 0.97);
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
        assert_eq!(schedule[0].deferred, Money::from_units(9_000.0));
        assert_eq!(
            schedule[1].deferred,
            Money::from_units(9_000.0 - 9_000.0 * 4_500.0 / 9_700.0)
        );
    }

    /// After year 2 of KPMG's example (4,175 recognised), the estimate of points to be
    /// redeemed in all rises from 9,700 to 10,000 with no redemption: 4,050 is what the
    /// 4,500 redeemed points now earn, so 125 is taken back.
    #[test]
    fn a_rise_in_the_points_expected_to_be_redeemed_is_a_reversal_not_negative_revenue() {
        let schedule = recognise(&[
            period(9_000.0, 10_000.0, 0.0, 0.97),
            period(0.0, 0.0, 4_500.0, 0.97),
            period(0.0, 0.0, 0.0, 1.0),
        ]);
        assert_eq!(schedule[2].recognised, Money(0));
        assert_eq!(schedule[2].reversed.units().round(), 125.0);
        assert_eq!(schedule[2].deferred, Money::from_units(9_000.0 - 4_050.0));
    }

    #[test]
    fn the_expected_rate_counts_the_points_redeemed_so_far_and_those_still_expected() {
        // 10,000 issued, 2,250 redeemed, 7,000 outstanding of which 16.6% are expected to be
        // redeemed: (2,250 + 1,162) ÷ 10,000.
        let rate = expected_redemption_rate(10_000.0, 2_250.0, 7_000.0, 0.166);
        assert!((rate - 0.3412).abs() < 1e-12);
        assert_eq!(expected_redemption_rate(0.0, 0.0, 0.0, 0.5), 0.0);
    }

    #[test]
    fn allocation_follows_relative_standalone_prices() {
        let (goods, points) = allocate(100_000.0, 100_000.0, 9_700.0);
        assert!((points - 100_000.0 * 9_700.0 / 109_700.0).abs() < 1e-6);
        assert!((goods + points - 100_000.0).abs() < 1e-9);
    }
}
