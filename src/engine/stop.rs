//! Why a run stops before its end, and the limits behind it: more members than one run
//! simulates, or one member's month with figures so large that the run's totals could no
//! longer be counted exactly. A run never cuts members or wraps a total silently: it stops,
//! and the caller shows the planner the problem instead of figures.
//!
//! The limits per member and month keep every total of a run inside its integer type
//! (docs/scenario.md, "Limits of a run"): a run reports at most 5,000,000 members × 120
//! months = 6·10⁸ member-months, each member lives at most 300 months (warm-up, horizon and
//! run-off of 120 + 120 + 60), and so
//! - sales total at most 6·10⁸ × ¥50,000,000 = 3·10¹⁸ cents, programme cost (everything given
//!   away) at most 6·10⁸ × ¥100,000,000 = 6·10¹⁸ cents, and incremental profit no lower than
//!   −(3 + 6)·10¹⁸ cents: inside an i64 of cents (±9.2·10¹⁸);
//! - points issued (and growth earned) total at most 6·10⁸ × 10¹⁰ = 6·10¹⁸, and the points
//!   held at a month's end at most 5·10⁶ members × 300 months × 10¹⁰ = 1.5·10¹⁹: inside a
//!   u64 (1.8·10¹⁹);
//! - the points liability at most 5·10⁶ members × ¥1,000,000,000 = 5·10¹⁷ cents.
//!
//! What it is for: [`RunStop`], its problem in the planner's words, and [`check_month`],
//! which the engine calls after each member-month. What it is not for: the limits on the
//! scenario's own fields, which validation holds ([`crate::scenario::validate`]).

use serde::{Deserialize, Serialize};

use crate::member::{Member, MonthEvents};
use crate::money::Money;
pub use crate::scenario::MAX_MEMBERS;
use crate::scenario::{grouped, Problem, Wording};

/// Most purchases one member makes in one month before the run stops (a bound on the work a
/// member-month can take; the purchase rates and their uplifts decide how many there are).
pub const MAX_PURCHASES_A_MONTH: u32 = 100_000;
/// Most one member spends in one month, in cents (¥50,000,000).
pub const MAX_SPEND_A_MONTH: Money = Money(5_000_000_000);
/// Most the programme gives one member in one month, in cents (¥100,000,000): tier and
/// coupon discounts, rewards, tier benefits, campaign costs and referral rewards together.
pub const MAX_GIVEN_A_MONTH: Money = Money(10_000_000_000);
/// Most points (and most growth) one member earns in one month.
pub const MAX_POINTS_A_MONTH: u64 = 10_000_000_000;
/// Most the points one member holds may be worth at the cost per point, in currency units.
pub const MAX_POINTS_VALUE: f64 = 1_000_000_000.0;

/// Why a run stopped before its end.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RunStop {
    /// Referrals brought more members than [`MAX_MEMBERS`]: `planned` members plus
    /// `referred` so far, when members brought in `month` would have joined.
    TooManyMembers {
        month: i32,
        planned: u64,
        referred: u64,
    },
    /// Member `member`'s `figure` in `month` (0-based; negative: warm-up; from the horizon
    /// on: run-off) came to `value`, past its limit.
    PastCounting {
        figure: Figure,
        member: u64,
        month: i32,
        value: f64,
    },
}

/// A figure of one member-month that has a limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    Purchases,
    Spend,
    /// Everything given away, where the largest part is tier discounts or benefits.
    GivenByTiers,
    /// … rewards redeemed.
    GivenInRewards,
    /// … campaigns.
    GivenByCampaigns,
    /// … referral rewards.
    GivenForReferrals,
    Points,
    Growth,
    /// The points held, at the cost per point.
    PointsValue,
}

/// The first figure of the member-month past its limit, if any. `cost_per_point` is the
/// most a point held can be valued at (`economics::highest_cost_per_point`).
pub(super) fn check_month(
    member: &Member,
    events: &MonthEvents,
    month: i32,
    cost_per_point: f64,
) -> Option<RunStop> {
    let past = |figure: Figure, value: f64| RunStop::PastCounting {
        figure,
        member: member.id,
        month,
        value,
    };
    let tiers = Money(events.discount_cents) + Money(events.benefit_cost_cents);
    let parts = [
        (Figure::GivenByTiers, tiers),
        (Figure::GivenInRewards, Money(events.reward_cost_cents)),
        (
            Figure::GivenByCampaigns,
            Money(events.campaign_cost_cents()),
        ),
        (Figure::GivenForReferrals, Money(events.referral_cost_cents)),
    ];
    let given = parts.iter().fold(Money(0), |sum, (_, part)| sum + *part);
    let largest = parts
        .iter()
        .max_by_key(|(_, part)| *part)
        .map_or(Figure::GivenByTiers, |(figure, _)| *figure);
    let held_value = member.points.balance() as f64 * cost_per_point;
    let growth = events
        .growth_from_spend
        .saturating_add(events.growth_from_behaviours);
    if events.repeat_purchases >= MAX_PURCHASES_A_MONTH {
        Some(past(Figure::Purchases, f64::from(events.repeat_purchases)))
    } else if Money(events.gross_cents) > MAX_SPEND_A_MONTH {
        Some(past(Figure::Spend, Money(events.gross_cents).units()))
    } else if given > MAX_GIVEN_A_MONTH {
        Some(past(largest, given.units()))
    } else if events.points_earned > MAX_POINTS_A_MONTH {
        Some(past(Figure::Points, events.points_earned as f64))
    } else if growth > MAX_POINTS_A_MONTH {
        Some(past(Figure::Growth, growth as f64))
    } else if held_value > MAX_POINTS_VALUE {
        Some(past(Figure::PointsValue, held_value))
    } else {
        None
    }
}

impl RunStop {
    /// The problem, at the scenario field to change, in the reader's words.
    pub fn problem(&self, w: Wording) -> Problem {
        let (path, message) = match *self {
            RunStop::TooManyMembers {
                month,
                planned,
                referred,
            } => {
                let (planned, referred) = (grouped(planned), grouped(referred));
                let limit = grouped(MAX_MEMBERS);
                (
                    "referral.referrals_per_month",
                    w.say(
                        format!("referrals brought more members than a run simulates: by month {month}, {planned} planned and {referred} referred members, and more joining; at most {limit} can be simulated. Lower the referrals per month, the members or the months"),
                        format!("推荐带来的会员超出了模拟上限：到第 {month} 个月，计划内 {planned} 人、被推荐 {referred} 人，且仍有会员加入；最多只能模拟 {limit} 人。请降低每月推荐数、会员数或月数"),
                    ),
                )
            }
            RunStop::PastCounting {
                figure,
                member,
                month,
                value,
            } => past_counting(figure, member, month, value, w),
        };
        Problem {
            path: path.into(),
            message,
        }
    }
}

/// The field to change and the sentence for a member-month past a limit.
fn past_counting(
    figure: Figure,
    member: u64,
    month: i32,
    value: f64,
    w: Wording,
) -> (&'static str, String) {
    let value = if value < 1e15 {
        grouped(value.max(0.0).round() as u64)
    } else {
        format!("{value:.1e}")
    };
    let given_limit = grouped(MAX_GIVEN_A_MONTH.cents() as u64 / 100);
    let points_limit = grouped(MAX_POINTS_A_MONTH);
    let (path, en, zh) = match figure {
        Figure::Purchases => (
            "population.segments",
            format!("made {value} purchases, the most a run simulates in a month; lower the purchase rates or the purchase-rate uplifts of tiers, the goal gradient and offers"),
            format!("消费了 {value} 次，达到每月可模拟的上限；请降低消费频次，或等级、目标梯度与优惠对消费频次的提升"),
        ),
        Figure::Spend => {
            let limit = grouped(MAX_SPEND_A_MONTH.cents() as u64 / 100);
            (
                "population.segments",
                format!("spent {value}, more than a run can add up exactly (at most {limit} a member a month); lower the order values or the purchase rates"),
                format!("消费了 {value}，超出可精确累计的范围（每位会员每月最多 {limit}）；请降低客单价或消费频次"),
            )
        }
        Figure::GivenByTiers | Figure::GivenInRewards | Figure::GivenByCampaigns | Figure::GivenForReferrals => {
            let (path, what_en, what_zh) = match figure {
                Figure::GivenInRewards => ("points.rewards", "the rewards' costs", "礼品成本"),
                Figure::GivenByCampaigns => ("campaigns", "the campaigns' offers and contact costs", "活动的优惠与触达成本"),
                Figure::GivenForReferrals => ("referral", "the referral rewards", "推荐奖励"),
                _ => ("tiers.levels", "the tiers' discounts and benefit costs", "等级折扣与权益成本"),
            };
            (
                path,
                format!("was given {value} by the programme, more than a run can add up exactly (at most {given_limit} a member a month); lower {what_en}"),
                format!("获得了价值 {value} 的让利，超出可精确累计的范围（每位会员每月最多 {given_limit}）；请降低{what_zh}"),
            )
        }
        Figure::Points => (
            "points",
            format!("earned {value} points, more than a run can count exactly (at most {points_limit} a member a month); lower the points per currency unit, the tiers' earn multipliers or the bonus points"),
            format!("获得了 {value} 积分，超出可精确累计的范围（每位会员每月最多 {points_limit}）；请降低每单位消费积分、等级积分倍数或奖励积分"),
        ),
        Figure::Growth => (
            "growth",
            format!("earned {value} growth, more than a run can count exactly (at most {points_limit} a member a month); lower the growth per currency unit or per action"),
            format!("获得了 {value} 成长值，超出可精确累计的范围（每位会员每月最多 {points_limit}）；请降低每单位消费或每次行为的成长值"),
        ),
        Figure::PointsValue => {
            let limit = grouped(MAX_POINTS_VALUE as u64);
            (
                "points.cost_per_point",
                format!("held points worth {value} at the cost per point, more than a run can value exactly (at most {limit} a member); lower the cost per point or the points earned"),
                format!("持有的积分按每积分成本计价值 {value}，超出可精确计价的范围（每位会员最多 {limit}）；请降低每积分成本或积分发放"),
            )
        }
    };
    (
        path,
        w.say(
            format!("member {member} in month {month} {en}"),
            format!("会员 {member} 在第 {month} 个月{zh}"),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;

    fn every_stop() -> Vec<RunStop> {
        let mut stops = vec![RunStop::TooManyMembers {
            month: 3,
            planned: 4_000_000,
            referred: 1_000_000,
        }];
        for figure in [
            Figure::Purchases,
            Figure::Spend,
            Figure::GivenByTiers,
            Figure::GivenInRewards,
            Figure::GivenByCampaigns,
            Figure::GivenForReferrals,
            Figure::Points,
            Figure::Growth,
            Figure::PointsValue,
        ] {
            stops.push(RunStop::PastCounting {
                figure,
                member: 7,
                month: 2,
                value: 1e11,
            });
        }
        stops
    }

    #[test]
    fn every_stop_is_said_at_a_scenario_field_in_english_and_in_chinese() {
        let zh = Wording {
            lang: Lang::ZhCn,
            shares_as_percent: false,
        };
        for stop in every_stop() {
            let (english, chinese) = (stop.problem(Wording::PLAIN), stop.problem(zh));
            assert!(!english.path.is_empty(), "{stop:?}");
            assert_eq!(english.path, chinese.path);
            assert!(
                chinese
                    .message
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                    && !chinese.message.contains(" the "),
                "{}",
                chinese.message
            );
            assert!(english.message.contains("7") || english.message.contains("5,000,000"));
        }
    }
}
