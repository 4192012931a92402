//! Checking the programme: growth value and its behaviours, the tier ladder, the goal
//! gradient, and points (earning, pending, expiry, the points mall).
//!
//! What it is for: the programme's checks, called by [`crate::scenario::validate`] in the order the
//! scenario lists its parts. What it is not for: applying the rules (`crate::rules`) or the
//! members they serve (`check::population`).

use crate::scenario::check::checks::{Checks, Range};
use crate::scenario::limits::{
    MAX_AMOUNT_PER_MEMBER, MAX_GRACE_MONTHS, MAX_GROWTH_BEHAVIOURS, MAX_GROWTH_PER_ACTION,
    MAX_MONTHS, MAX_PENDING_MONTHS, MAX_PER_CURRENCY_UNIT, MAX_POINTS_PER_MEMBER, MAX_REWARDS,
    MAX_TIERS,
};
use crate::scenario::{Expiry, GoalGradient, GrowthRules, PointsRules, TierRules};

/// Growth value: per currency unit, behaviours (0–100 actions a month, ≤ 1 if one-off).
pub(in crate::scenario) fn growth(check: &mut Checks, growth: &GrowthRules) {
    check.number(
        "growth.per_currency_unit",
        growth.per_currency_unit,
        Range::from_to(0.0, MAX_PER_CURRENCY_UNIT),
    );
    check.names(
        "growth.behaviours",
        growth.behaviours.iter().map(|b| b.name.as_str()),
        ("behaviour", "成长行为"),
        MAX_GROWTH_BEHAVIOURS,
    );
    for (i, behaviour) in growth.behaviours.iter().enumerate() {
        check.at_most(
            &format!("growth.behaviours[{i}].growth_per_action"),
            u64::from(behaviour.growth_per_action),
            MAX_GROWTH_PER_ACTION,
        );
        let path = format!("growth.behaviours[{i}].actions_per_month");
        if behaviour.once {
            check.number_because(
                &path,
                behaviour.actions_per_month,
                Range::from_to(0.0, 1.0),
                (
                    "for a one-off behaviour it is the monthly chance that it happens",
                    "一次性行为的这一项是每月发生的概率",
                ),
            );
        } else {
            check.number(
                &path,
                behaviour.actions_per_month,
                Range::from_to(0.0, 100.0),
            );
        }
    }
}

/// The tier ladder: 1–10 tiers from threshold 0, strictly rising, keep ≤ threshold,
/// benefits in range.
pub(in crate::scenario) fn tiers(check: &mut Checks, tiers: &TierRules) {
    check.whole(
        "tiers.grace_months",
        tiers.grace_months,
        0,
        MAX_GRACE_MONTHS,
    );
    let levels = &tiers.levels;
    if levels.is_empty() {
        check.fail(
            "tiers.levels",
            "the programme needs at least one tier: the entry tier, with threshold 0",
            "方案至少需要一个等级：门槛为 0 的入门等级",
        );
        return;
    }
    check.names(
        "tiers.levels",
        levels.iter().map(|t| t.name.as_str()),
        ("tier", "等级"),
        MAX_TIERS,
    );
    let mut previous: Option<u32> = None;
    for (i, tier) in levels.iter().enumerate() {
        let field = |name: &str| format!("tiers.levels[{i}].{name}");
        match previous {
            None if tier.threshold != 0 => check.fail(
                &field("threshold"),
                format!(
                    "{} must be 0: every member starts in the entry tier",
                    tier.threshold
                ),
                format!(
                    "当前为 {}，须为 0：每位会员都从入门等级开始",
                    tier.threshold
                ),
            ),
            Some(below) if tier.threshold <= below => check.fail(
                &field("threshold"),
                format!(
                    "{} must be above the previous tier's {below}",
                    tier.threshold
                ),
                format!("当前为 {}，须高于上一等级的 {below}", tier.threshold),
            ),
            _ => {}
        }
        previous = Some(tier.threshold);
        if tier.keep_threshold > tier.threshold {
            check.fail(
                &field("keep_threshold"),
                format!(
                    "{} must be at most the tier's threshold {}",
                    tier.keep_threshold, tier.threshold
                ),
                format!(
                    "当前为 {}，不能高于该等级的升级门槛 {}",
                    tier.keep_threshold, tier.threshold
                ),
            );
        }
        // (field, value, highest, a share shown as a percent on the page)
        for (name, value, high, share) in [
            ("earn_multiplier", tier.earn_multiplier, 100.0, false),
            ("discount", tier.discount, 0.9, true),
            (
                "benefit_cost_per_month",
                tier.benefit_cost_per_month,
                MAX_AMOUNT_PER_MEMBER,
                false,
            ),
            ("dropout_reduction", tier.dropout_reduction, 1.0, true),
            (
                "purchase_rate_uplift",
                tier.purchase_rate_uplift,
                10.0,
                true,
            ),
            ("redemption_per_month", tier.redemption_per_month, 1.0, true),
        ] {
            let range = Range::from_to(0.0, high);
            if share {
                check.share(&field(name), value, range);
            } else {
                check.number(&field(name), value, range);
            }
        }
    }
}

/// Members close to the next tier: how close, and how much faster they buy.
pub(in crate::scenario) fn goal_gradient(check: &mut Checks, goal_gradient: &GoalGradient) {
    check.share(
        "goal_gradient.within_share",
        goal_gradient.within_share,
        Range::from_below(0.0, 1.0),
    );
    check.share(
        "goal_gradient.purchase_rate_uplift",
        goal_gradient.purchase_rate_uplift,
        Range::from_to(0.0, 10.0),
    );
}

/// Points: earn rate, pending months, expiry, the points mall and the cost-per-point
/// override.
pub(in crate::scenario) fn points(check: &mut Checks, points: &PointsRules) {
    check.number(
        "points.per_currency_unit",
        points.per_currency_unit,
        Range::from_to(0.0, MAX_PER_CURRENCY_UNIT),
    );
    let pending_ok = check.whole(
        "points.pending_months",
        points.pending_months,
        0,
        MAX_PENDING_MONTHS,
    );
    match points.expiry {
        Expiry::MonthsAfterEarning { months } => {
            let ok = check.whole("points.expiry.months", months, 1, MAX_MONTHS);
            if ok && pending_ok && months <= points.pending_months {
                check.fail(
                    "points.expiry.months",
                    format!(
                        "{months} must be above the {} pending months: points would expire before they could be redeemed",
                        points.pending_months
                    ),
                    format!(
                        "当前为 {months}，须大于 {} 个月的待生效期：否则积分还没能兑换就过期了",
                        points.pending_months
                    ),
                );
            }
        }
        Expiry::AfterInactivity { months } => {
            check.whole("points.expiry.months", months, 1, MAX_MONTHS);
        }
        Expiry::Never | Expiry::EndOfNextYear => {}
    }
    check.names(
        "points.rewards",
        points.rewards.iter().map(|r| r.name.as_str()),
        ("reward", "礼品"),
        MAX_REWARDS,
    );
    for (i, reward) in points.rewards.iter().enumerate() {
        let field = |name: &str| format!("points.rewards[{i}].{name}");
        if reward.points < 1 {
            check.fail(
                &field("points"),
                "0 must be at least 1: a reward costs points",
                "当前为 0，不能小于 1：兑换礼品需要积分",
            );
        } else {
            check.at_most(
                &field("points"),
                u64::from(reward.points),
                MAX_POINTS_PER_MEMBER,
            );
        }
        let money = Range::from_to(0.0, MAX_AMOUNT_PER_MEMBER);
        check.number(&field("cash"), reward.cash, money);
        check.number(&field("cost"), reward.cost, money);
    }
    if let Some(cost) = points.cost_per_point {
        check.number(
            "points.cost_per_point",
            cost,
            Range::from_to(0.0, MAX_AMOUNT_PER_MEMBER),
        );
    }
}
