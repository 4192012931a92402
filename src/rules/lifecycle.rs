//! Lifecycle stages (生命周期) as a CRM sees them, from recency, frequency and spend (seeds
//! 003, 004): introduction (引入期) → growth (成长期) → maturity (成熟期) → dormant (沉默期)
//! → churned (流失期).
//!
//! The stage is computed from what the company can observe, never from the latent "still a
//! customer" flag, so the sandbox reports what the planner's own dashboards would.
//!
//! Days are counted whole, as a CRM counts the days between two dates (and as campaign
//! audiences count them): a purchase 30.4 days ago was "30 days ago". A member is active on
//! the day of their last purchase and the `active_window_days` days after it, so a new
//! member who joined (with their first purchase) on the first day of a month is still in
//! their first window, in introduction, when that month ends: with a 30-day window, a
//! member who joined on 1 January is active through 31 January, whatever the length of the
//! month.

use crate::calendar::{month_start_day, DAYS_PER_MONTH};
use crate::scenario::{Lifecycle, Stage};

/// Whole days from `from_day` to `to_day` (days since month 0 started), as a CRM counts the
/// days between two dates: the fraction of a day is dropped; never below 0.
pub fn whole_days(from_day: f64, to_day: f64) -> u32 {
    let days = (to_day - from_day).floor();
    if days > 0.0 {
        days.min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

/// Whole days from a purchase on `purchase_day` to the end of month `month`, when the
/// month's reports are taken.
pub fn days_since_at_month_end(purchase_day: f64, month: i32) -> u32 {
    whole_days(purchase_day, month_start_day(month) + DAYS_PER_MONTH)
}

/// A member is active if their last purchase is at most the active window old (whole days).
pub fn is_active(rules: &Lifecycle, days_since_purchase: u32) -> bool {
    days_since_purchase <= rules.active_window_days
}

/// Whether a member whose last purchase was on `last_purchase_day` counts as active at the
/// end of month `month`: that purchase is within the active window of the month's end.
pub fn active_at_month_end(rules: &Lifecycle, last_purchase_day: f64, month: i32) -> bool {
    is_active(rules, days_since_at_month_end(last_purchase_day, month))
}

/// The stage of a member with this recency (whole days), frequency (purchases) and spend
/// (cents). A member with only the first purchase made it when they joined, so while they
/// are active they are in their first window after joining: introduction.
pub fn stage(
    rules: &Lifecycle,
    days_since_purchase: u32,
    purchases: u32,
    spend_cents: i64,
) -> Stage {
    if days_since_purchase > rules.churned_after_days {
        Stage::Churned
    } else if !is_active(rules, days_since_purchase) {
        Stage::Dormant
    } else if purchases >= rules.maturity_purchases
        || spend_cents as f64 >= rules.maturity_spend * 100.0
    {
        Stage::Maturity
    } else if purchases >= 2 {
        Stage::Growth
    } else {
        Stage::Introduction
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thirty_day_window() -> Lifecycle {
        Lifecycle {
            active_window_days: 30,
            churned_after_days: 90,
            ..Lifecycle::default()
        }
    }

    #[test]
    fn a_purchase_30_point_4_days_ago_was_30_days_ago() {
        assert_eq!(whole_days(0.0, 30.4375), 30);
        assert_eq!(whole_days(10.5, 41.0), 30);
        assert_eq!(whole_days(10.5, 10.0), 0);
        assert_eq!(days_since_at_month_end(0.0, 0), 30);
        assert_eq!(days_since_at_month_end(0.0, 1), 60);
    }

    #[test]
    fn with_a_30_day_window_a_member_is_active_on_day_30_and_dormant_on_day_31() {
        let rules = thirty_day_window();
        assert_eq!(stage(&rules, 30, 1, 0), Stage::Introduction);
        assert_eq!(stage(&rules, 31, 1, 0), Stage::Dormant);
        assert_eq!(stage(&rules, 90, 1, 0), Stage::Dormant);
        assert_eq!(stage(&rules, 91, 1, 0), Stage::Churned);
    }

    #[test]
    fn a_member_who_joined_on_the_first_day_of_a_month_ends_it_in_introduction() {
        let rules = thirty_day_window();
        let at_month_end = days_since_at_month_end(month_start_day(7), 7);
        assert_eq!(stage(&rules, at_month_end, 1, 0), Stage::Introduction);
    }
}
