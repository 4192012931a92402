//! Checking campaigns: names, audiences, offers, schedules, limits and response
//! assumptions, each problem with its JSON path and a planner's sentence. Not for: what a
//! campaign does (`rules::campaigns`).

use crate::scenario::campaigns::{Audience, Campaign, Offer, Referral};
use crate::scenario::check::checks::{Checks, Range};
use crate::scenario::limits::{
    MAX_AMOUNT, MAX_AMOUNT_PER_MEMBER, MAX_CAMPAIGNS, MAX_MONTHS, MAX_POINTS_BUDGET,
    MAX_POINTS_PER_MEMBER, MAX_REFERRALS_PER_MONTH, MAX_TRAILING_MONTHS, MAX_VALIDITY_DAYS,
};
use crate::scenario::wording::echo;

/// Deepest nesting of `all` / `any` / `not` in an audience.
const MAX_AUDIENCE_DEPTH: usize = 8;

/// Every campaign of the scenario; `months` is the horizon and `tiers`, `segments` what the
/// audience may name.
pub(in crate::scenario) fn campaigns(
    check: &mut Checks,
    campaigns: &[Campaign],
    months: u32,
    tiers: usize,
    segments: &[&str],
) {
    check.names(
        "campaigns",
        campaigns.iter().map(|c| c.name.as_str()),
        ("campaign", "活动"),
        MAX_CAMPAIGNS,
    );
    for (i, c) in campaigns.iter().enumerate() {
        let path = format!("campaigns[{i}]");
        audience(
            check,
            &format!("{path}.audience"),
            &c.audience,
            tiers,
            segments,
            0,
        );
        check.share(
            &format!("{path}.holdout_share"),
            c.holdout_share,
            Range::from_to(0.0, 0.9),
        );
        offer(check, &format!("{path}.offer"), &c.offer);
        let s = &c.schedule;
        let last = months.saturating_sub(1);
        check.whole(
            &format!("{path}.schedule.start_month"),
            s.start_month,
            0,
            last.min(MAX_MONTHS),
        );
        if s.end_month < s.start_month {
            check.fail(
                &format!("{path}.schedule.end_month"),
                format!(
                    "{} must not be before the start month {}",
                    s.end_month, s.start_month
                ),
                format!("当前为 {}，不能早于开始月份 {}", s.end_month, s.start_month),
            );
        }
        check.whole(
            &format!("{path}.schedule.validity_days"),
            s.validity_days,
            1,
            MAX_VALIDITY_DAYS,
        );
        let l = &c.limits;
        check.number(
            &format!("{path}.limits.contact_cost"),
            l.contact_cost,
            Range::from_to(0.0, MAX_AMOUNT_PER_MEMBER),
        );
        let money = Range::from_to(0.0, MAX_AMOUNT);
        check.number(
            &format!("{path}.limits.budget_per_month"),
            l.budget_per_month,
            money,
        );
        check.number(
            &format!("{path}.limits.budget_total"),
            l.budget_total,
            money,
        );
        for (name, points) in [
            ("points_budget_per_month", l.points_budget_per_month),
            ("points_budget_total", l.points_budget_total),
        ] {
            check.at_most(&format!("{path}.limits.{name}"), points, MAX_POINTS_BUDGET);
        }
        let r = &c.response;
        check.share(
            &format!("{path}.response.purchase_rate_uplift"),
            r.purchase_rate_uplift,
            Range::from_to(0.0, 10.0),
        );
        check.share(
            &format!("{path}.response.dropout_reduction"),
            r.dropout_reduction,
            Range::from_to(0.0, 1.0),
        );
        check.share(
            &format!("{path}.response.usage_share"),
            r.usage_share,
            Range::from_to(0.0, 1.0),
        );
    }
}

/// A campaign may give growth only where the programme lets campaign rewards give growth
/// (`growth.campaign_rewards_give_growth`; seed 004 advises not): otherwise its
/// `gives_growth` is refused, never silently ignored.
pub(in crate::scenario) fn growth_from_campaigns(
    check: &mut Checks,
    campaigns: &[Campaign],
    programme_allows: bool,
) {
    if programme_allows {
        return;
    }
    for (i, _) in campaigns.iter().enumerate().filter(|(_, c)| c.gives_growth) {
        check.fail(
            &format!("campaigns[{i}].gives_growth"),
            "this campaign gives growth, but the programme does not let campaign rewards give \
             growth (growth.campaign_rewards_give_growth; seed 004 advises against it): turn \
             that on to allow it, or set this to false",
            "此活动计入成长值，但本方案不允许活动奖励计入成长值（growth.campaign_rewards_give_growth，\
             建议保持关闭）：如要允许请先打开该项，否则请关闭此项",
        );
    }
}

fn offer(check: &mut Checks, path: &str, offer: &Offer) {
    match offer {
        Offer::AmountOff { min_spend, amount } => {
            check.number(
                &format!("{path}.min_spend"),
                *min_spend,
                Range::from_to(0.0, MAX_AMOUNT),
            );
            check.number(
                &format!("{path}.amount"),
                *amount,
                Range::above_to(0.0, MAX_AMOUNT_PER_MEMBER),
            );
        }
        Offer::PercentOff { percent, cap } => {
            check.share(
                &format!("{path}.percent"),
                *percent,
                Range::above_to(0.0, 1.0),
            );
            check.number_because(
                &format!("{path}.cap"),
                *cap,
                Range::above_to(0.0, MAX_AMOUNT_PER_MEMBER),
                (
                    "a percent-off offer needs a cap so its budget can be kept",
                    "折扣券需要封顶金额，预算才能守住",
                ),
            );
        }
        Offer::PointsMultiplier {
            multiplier,
            max_bonus_points,
        } => {
            check.number(
                &format!("{path}.multiplier"),
                *multiplier,
                Range::above_to(1.0, 100.0),
            );
            check.at_most(
                &format!("{path}.max_bonus_points"),
                *max_bonus_points,
                MAX_POINTS_PER_MEMBER,
            );
        }
        Offer::BonusPoints { points } => {
            check.at_most(&format!("{path}.points"), *points, MAX_POINTS_PER_MEMBER);
        }
        Offer::RewardDiscount { share } => {
            check.share(&format!("{path}.share"), *share, Range::above_to(0.0, 1.0));
        }
        Offer::Gift { cost } => {
            check.number(
                &format!("{path}.cost"),
                *cost,
                Range::from_to(0.0, MAX_AMOUNT_PER_MEMBER),
            );
        }
    }
}

fn audience(
    check: &mut Checks,
    path: &str,
    condition: &Audience,
    tiers: usize,
    segments: &[&str],
    depth: usize,
) {
    if depth > MAX_AUDIENCE_DEPTH {
        check.fail(
            path,
            format!("conditions are nested more than {MAX_AUDIENCE_DEPTH} deep"),
            format!("条件嵌套超过 {MAX_AUDIENCE_DEPTH} 层"),
        );
        return;
    }
    let range_named = |check: &mut Checks, low: f64, high: f64, upper: &str| {
        if low > high {
            check.fail(
                &format!("{path}.{upper}"),
                format!("{high} must not be below the minimum {low}"),
                format!("当前为 {high}，不能小于下限 {low}"),
            );
        }
    };
    match condition {
        Audience::Tier { tiers: listed } => {
            for (i, t) in listed.iter().enumerate() {
                if *t >= tiers {
                    check.fail(
                        &format!("{path}.tiers[{i}]"),
                        format!(
                            "there is no tier {t}: the programme has tiers 0 to {}",
                            tiers.saturating_sub(1)
                        ),
                        format!(
                            "没有等级 {t}：方案的等级编号为 0 到 {}",
                            tiers.saturating_sub(1)
                        ),
                    );
                }
            }
        }
        Audience::Segment { segments: listed } => {
            for (i, s) in listed.iter().enumerate() {
                if !segments.contains(&s.as_str()) {
                    let s = echo(s);
                    check.fail(
                        &format!("{path}.segments[{i}]"),
                        format!("there is no segment named \"{s}\""),
                        format!("没有名为“{s}”的分层"),
                    );
                }
            }
        }
        Audience::DaysSinceLastPurchase { min, max }
        | Audience::Purchases { min, max }
        | Audience::TenureMonths { min, max } => {
            range_named(check, f64::from(*min), f64::from(*max), "max")
        }
        Audience::PointsBalance { min, max } => range_named(check, *min as f64, *max as f64, "max"),
        Audience::TotalSpend { min, max } => {
            if check.number(&format!("{path}.min"), *min, Range::at_least(0.0))
                && check.number(&format!("{path}.max"), *max, Range::at_least(0.0))
            {
                range_named(check, *min, *max, "max");
            }
        }
        Audience::TrailingSpend { months, min, max } => {
            check.whole(&format!("{path}.months"), *months, 1, MAX_TRAILING_MONTHS);
            if check.number(&format!("{path}.min"), *min, Range::at_least(0.0))
                && check.number(&format!("{path}.max"), *max, Range::at_least(0.0))
            {
                range_named(check, *min, *max, "max");
            }
        }
        Audience::JoinedBetween {
            from_month,
            to_month,
        } => range_named(
            check,
            f64::from(*from_month),
            f64::from(*to_month),
            "to_month",
        ),
        Audience::All { of } | Audience::Any { of } => {
            for (i, a) in of.iter().enumerate() {
                audience(
                    check,
                    &format!("{path}.of[{i}]"),
                    a,
                    tiers,
                    segments,
                    depth + 1,
                );
            }
        }
        Audience::Not { of } => {
            audience(check, &format!("{path}.of"), of, tiers, segments, depth + 1)
        }
        Audience::Everyone | Audience::Stage { .. } | Audience::BirthdayThisMonth => {}
    }
}

/// The referral scheme: a modest monthly rate (chains of referrals grow the population
/// quickly) and rewards within the money limits.
pub(in crate::scenario) fn referral(check: &mut Checks, referral: &Referral) {
    check.number_because(
        "referral.referrals_per_month",
        referral.referrals_per_month,
        Range::from_to(0.0, MAX_REFERRALS_PER_MONTH),
        (
            "each referred member refers too, so higher rates grow the population out of the tab's reach",
            "被推荐的会员也会继续推荐，推荐率再高，会员数就会增长到标签页无法容纳",
        ),
    );
    let money = Range::from_to(0.0, MAX_AMOUNT_PER_MEMBER);
    check.number("referral.referrer_cost", referral.referrer_cost, money);
    check.number("referral.new_member_cost", referral.new_member_cost, money);
    check.at_most(
        "referral.referrer_points",
        referral.referrer_points,
        MAX_POINTS_PER_MEMBER,
    );
    check.at_most(
        "referral.new_member_points",
        referral.new_member_points,
        MAX_POINTS_PER_MEMBER,
    );
}
