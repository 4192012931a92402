//! The ledgers that must balance every month (checked by the tests and available to any
//! caller). Each compares two sides kept apart, so that a rule that forgets to record a flow,
//! or records it wrongly, breaks one:
//!
//! - points issued (added up where points are credited) = redeemed + expired + change in
//!   outstanding (what members' accounts hold at the month's end);
//! - members joined (from the arrivals and the referrals) = still customers + dropped out =
//!   members in all lifecycle stages = members in all tiers (members counted one by one);
//! - revenue (what members paid, added at each purchase) = gross sales − tier discounts −
//!   coupon discounts (each added where it is given);
//! - programme cost (everything given away, added where each thing is given) = tier
//!   discounts + rewards net of the cash members paid + tier benefits + campaign costs +
//!   referral rewards (the parts, each recorded on its own beside it);
//! - coupon discounts (taken off at the purchase) = the campaigns' face value used (recorded
//!   with the offer used);
//! - deferred points revenue never goes below zero (more recognised than was allocated).
//!
//! The rest only check the adding up, not the engine: deferred points revenue moves by what
//! is allocated, less what is recognised, plus what is reversed (the schedule's own
//! arithmetic); campaign cost = the campaigns' direct costs (both from the same records, by
//! month and by campaign); and for each campaign, its incremental programme cost = the sum
//! of its months' and its incremental cost = incremental programme cost + incremental
//! liability. (The totals are summed from the months, so they need no check of their own.)

use super::Results;

/// A ledger that does not balance: which, in which month, and the two sides.
#[derive(Clone, Debug, PartialEq)]
pub struct LedgerBreak {
    pub ledger: &'static str,
    pub month: Option<u32>,
    pub left: i128,
    pub right: i128,
}

/// Every ledger break in the results (empty when the books balance).
pub fn check_ledgers(results: &Results) -> Vec<LedgerBreak> {
    let mut breaks = Vec::new();
    let mut check = |ledger: &'static str, month: Option<u32>, left: i128, right: i128| {
        if left != right {
            breaks.push(LedgerBreak {
                ledger,
                month,
                left,
                right,
            });
        }
    };
    let mut outstanding = i128::from(results.opening_points_outstanding);
    let mut enrolled = i128::from(results.opening_enrolled);
    let mut deferred = i128::from(results.opening_deferred_revenue.cents());
    for row in &results.months {
        let m = Some(row.month);
        let now = i128::from(row.points_outstanding);
        check(
            "points issued = redeemed + expired + change in outstanding",
            m,
            i128::from(row.points_issued),
            i128::from(row.points_redeemed) + i128::from(row.points_expired) + now - outstanding,
        );
        outstanding = now;
        enrolled += i128::from(row.new_members);
        check(
            "members joined so far = enrolled",
            m,
            enrolled,
            i128::from(row.enrolled),
        );
        check(
            "members joined = still customers + dropped out",
            m,
            i128::from(row.enrolled),
            i128::from(row.alive) + i128::from(row.dropped_out),
        );
        let stages = &row.stages;
        check(
            "members joined = members in all lifecycle stages",
            m,
            i128::from(row.enrolled),
            i128::from(
                stages.introduction
                    + stages.growth
                    + stages.maturity
                    + stages.dormant
                    + stages.churned,
            ),
        );
        check(
            "members joined = members in all tiers",
            m,
            i128::from(row.enrolled),
            row.tiers.iter().map(|n| i128::from(*n)).sum(),
        );
        check(
            "revenue = gross sales − tier discounts − coupon discounts",
            m,
            i128::from(row.revenue.cents()),
            i128::from(
                row.gross_sales.cents() - row.discounts.cents() - row.coupon_discounts.cents(),
            ),
        );
        check(
            "programme cost = tier discounts + reward cost − reward cash + benefit cost + campaign cost + referral cost",
            m,
            i128::from(row.programme_cost.cents()),
            i128::from(
                row.discounts.cents()
                    + row.reward_cost.cents()
                    - row.reward_cash.cents()
                    + row.benefit_cost.cents()
                    + row.campaign_cost.cents()
                    + row.referral_cost.cents(),
            ),
        );
        let r = &row.revenue_recognition;
        let now = i128::from(r.deferred.cents());
        check(
            "points revenue deferred = deferred before + allocated − recognised + reversed",
            m,
            now,
            deferred + i128::from(r.allocated.cents()) - i128::from(r.recognised.cents())
                + i128::from(r.reversed.cents()),
        );
        check(
            "points revenue recognised, reversed and deferred are never negative",
            m,
            0,
            [r.recognised, r.reversed, r.deferred]
                .iter()
                .map(|money| i128::from(money.cents().min(0)))
                .sum(),
        );
        deferred = now;
        let campaigns: i128 = results
            .campaigns
            .iter()
            .filter_map(|c| c.months.get(row.month as usize))
            .map(|c| i128::from(c.direct_cost.cents()))
            .sum();
        check(
            "campaign cost = sum of the campaigns' direct costs",
            m,
            i128::from(row.campaign_cost.cents()),
            campaigns,
        );
        let face_value: i128 = results
            .campaigns
            .iter()
            .filter_map(|c| c.months.get(row.month as usize))
            .map(|c| i128::from(c.face_value_used.cents()))
            .sum();
        check(
            "coupon discounts = face value used",
            m,
            i128::from(row.coupon_discounts.cents()),
            face_value,
        );
    }
    for campaign in &results.campaigns {
        check(
            "a campaign's incremental programme cost = the sum of its months'",
            None,
            i128::from(campaign.incremental_programme_cost.cents()),
            campaign
                .months
                .iter()
                .map(|m| i128::from(m.incremental_programme_cost.cents()))
                .sum(),
        );
        check(
            "a campaign's incremental cost = incremental programme cost + incremental liability",
            None,
            i128::from(campaign.incremental_cost.cents()),
            i128::from(campaign.incremental_programme_cost.cents())
                + i128::from(campaign.incremental_liability.cents()),
        );
    }
    breaks
}
