//! Campaigns (活动) in the scenario: who gets what offer, when, under which budget, and what
//! the planner assumes it does to behaviour (seeds 002, 003).
//!
//! Only the planner's decisions live here; `rules::campaigns` applies them and the engine
//! decides when.

use serde::{Deserialize, Serialize};

use crate::scenario::limits::{OPEN_END_AMOUNT, OPEN_END_COUNT};
use crate::scenario::Stage;

/// One campaign.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// Unique name; it also keys the campaign's random draws, so renaming a campaign
    /// re-draws its hold-out group.
    pub name: String,
    /// Who is eligible.
    #[serde(default)]
    pub audience: Audience,
    /// Share of eligible members kept as a control group that never gets the offer (0–0.9).
    #[serde(default)]
    pub holdout_share: f64,
    pub offer: Offer,
    /// Whether using the offer gives growth value; applies only when the programme allows
    /// campaign rewards to give growth (`growth.campaign_rewards_give_growth`).
    #[serde(default)]
    pub gives_growth: bool,
    pub schedule: Schedule,
    #[serde(default)]
    pub limits: Limits,
    #[serde(default)]
    pub response: Response,
}

/// A condition on what the CRM knows about a member at the start of a month.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Audience {
    /// Every member.
    #[default]
    Everyone,
    /// Members in one of these lifecycle stages.
    Stage { stages: Vec<Stage> },
    /// Members in one of these tiers (by index, 0 = entry tier).
    Tier { tiers: Vec<usize> },
    /// Members of one of these segments (by name).
    Segment { segments: Vec<String> },
    /// Days since the last purchase, both ends included.
    DaysSinceLastPurchase { min: u32, max: u32 },
    /// Purchases so far (the first included), both ends included.
    Purchases { min: u32, max: u32 },
    /// Total spend so far, in currency units, both ends included.
    TotalSpend { min: f64, max: f64 },
    /// Spend in the last `months` whole months (1–12), in currency units, both ends
    /// included.
    TrailingSpend { months: u32, min: f64, max: f64 },
    /// Points balance, both ends included.
    PointsBalance { min: u64, max: u64 },
    /// Whole months since joining, both ends included.
    TenureMonths { min: u32, max: u32 },
    /// Members whose birthday is in the current calendar month.
    BirthdayThisMonth,
    /// Members who joined between these month indexes, both ends included.
    JoinedBetween { from_month: i32, to_month: i32 },
    /// Every condition holds.
    All { of: Vec<Audience> },
    /// At least one condition holds.
    Any { of: Vec<Audience> },
    /// The condition does not hold.
    Not { of: Box<Audience> },
}

/// What the member is offered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Offer {
    /// 满X减Y: `amount` off a purchase of at least `min_spend` (currency units).
    AmountOff { min_spend: f64, amount: f64 },
    /// `percent` (0.1 = 10%) off a purchase, at most `cap` currency units.
    PercentOff { percent: f64, cap: f64 },
    /// Points on the next purchase multiplied by `multiplier`; at most `max_bonus_points`
    /// extra points.
    PointsMultiplier {
        multiplier: f64,
        max_bonus_points: u64,
    },
    /// `points` bonus points with the next purchase.
    BonusPoints { points: u64 },
    /// A gift handed over with the next purchase, costing the company `cost`.
    Gift { cost: f64 },
    /// Points-for-reward discount: the next reward redeemed costs `share` fewer points
    /// (0.5 = half the points). Used whenever the member redeems while holding it.
    RewardDiscount { share: f64 },
}

/// When offers go out, and how long they are valid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// First month (index) the campaign runs.
    pub start_month: u32,
    /// Last month (index) the campaign runs, included.
    pub end_month: u32,
    pub trigger: Trigger,
    /// Days an offer can be used after it is sent.
    pub validity_days: u32,
}

/// What sends an offer to an eligible member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// Once, at the start of the start month.
    Once,
    /// At the start of every month of the campaign.
    EveryMonth,
    /// When the member joins (welcome pack, 新人礼包), with their first purchase.
    OnJoining,
    /// At the start of the member's birthday month.
    BirthdayMonth,
    /// On the monthly member day (会员日), the `member_day` of each month.
    MemberDay,
    /// When the member enters the audience (e.g. becomes dormant): eligible this month but
    /// not the month before.
    EnteringAudience,
}

/// Costs and limits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Cost of contacting one member (SMS, push), in currency units.
    pub contact_cost: f64,
    /// Money the offers sent in one month may commit at most (0 = no limit).
    pub budget_per_month: f64,
    /// Money the campaign may commit in all (0 = no limit); spread evenly over its months.
    pub budget_total: f64,
    /// Bonus points the offers sent in one month may commit at most (0 = no limit).
    pub points_budget_per_month: u64,
    /// Bonus points the campaign may commit in all (0 = no limit); spread evenly over its
    /// months.
    pub points_budget_total: u64,
    /// Offers one member may receive from this campaign in all (0 = no limit).
    pub per_member_limit: u32,
}

/// The planner's assumptions about how members respond, shown as such.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Response {
    /// Share by which holding the offer raises the purchase rate (0.3 = +30%).
    pub purchase_rate_uplift: f64,
    /// Share by which receiving the offer lowers the chance of dropping out after a
    /// purchase while it is held.
    pub dropout_reduction: f64,
    /// Share of purchases the offer applies to on which the member uses it.
    pub usage_share: f64,
}

/// Referral (老带新): members who are still customers bring new members, and both sides
/// are rewarded. Referred members join through the referral channel the month after the
/// referral, draw their behaviour from the segments like everyone else, and are counted as
/// referred.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Referral {
    /// Average new members a member who is still a customer brings per month (0–0.2).
    pub referrals_per_month: f64,
    /// Points the referrer receives for each new member.
    pub referrer_points: u64,
    /// What rewarding the referrer costs the company besides points, in currency units.
    pub referrer_cost: f64,
    /// Points the new member receives on joining.
    pub new_member_points: u64,
    /// What the new member's welcome reward costs the company, in currency units.
    pub new_member_cost: f64,
}

impl Default for Referral {
    fn default() -> Self {
        Referral {
            referrals_per_month: 0.0,
            referrer_points: 0,
            referrer_cost: 0.0,
            new_member_points: 0,
            new_member_cost: 0.0,
        }
    }
}

/// Day of the month of the member day, for [`Trigger::MemberDay`] (the seeds' hot-pot and
/// retail programmes hold it once a month).
pub const MEMBER_DAY: u32 = 8;

/// The seeds' campaigns, ready to add to any scenario (names in Chinese and English).
pub fn campaign_presets() -> Vec<Campaign> {
    let coupon = |min_spend: f64, amount: f64| Offer::AmountOff { min_spend, amount };
    let schedule = |trigger: Trigger, validity_days: u32| Schedule {
        start_month: 0,
        end_month: 119,
        trigger,
        validity_days,
    };
    let response = |purchase_rate_uplift: f64, dropout_reduction: f64, usage_share: f64| Response {
        purchase_rate_uplift,
        dropout_reduction,
        usage_share,
    };
    let limits = |contact_cost: f64, per_member_limit: u32| Limits {
        contact_cost,
        per_member_limit,
        ..Limits::default()
    };
    vec![
        Campaign {
            name: "新人礼包 · Welcome pack".into(),
            audience: Audience::Everyone,
            holdout_share: 0.1,
            offer: coupon(50.0, 10.0),
            gives_growth: false,
            schedule: schedule(Trigger::OnJoining, 30),
            limits: limits(0.0, 1),
            response: response(0.3, 0.1, 0.6),
        },
        Campaign {
            name: "生日券 · Birthday coupon".into(),
            audience: Audience::Stage {
                stages: vec![
                    Stage::Introduction,
                    Stage::Growth,
                    Stage::Maturity,
                    Stage::Dormant,
                ],
            },
            holdout_share: 0.1,
            offer: coupon(100.0, 20.0),
            gives_growth: false,
            schedule: schedule(Trigger::BirthdayMonth, 30),
            limits: limits(0.05, 0),
            response: response(0.25, 0.05, 0.5),
        },
        Campaign {
            name: "会员日 · Member day".into(),
            audience: Audience::Everyone,
            holdout_share: 0.05,
            offer: Offer::PointsMultiplier {
                multiplier: 2.0,
                max_bonus_points: 500,
            },
            gives_growth: false,
            schedule: schedule(Trigger::MemberDay, 1),
            limits: limits(0.0, 0),
            response: response(0.5, 0.0, 0.9),
        },
        Campaign {
            name: "流失预警挽回 · Win-back (3+ purchases, 30–60 days, ¥500+)".into(),
            audience: Audience::All {
                of: vec![
                    Audience::Purchases {
                        min: 3,
                        max: OPEN_END_COUNT,
                    },
                    Audience::DaysSinceLastPurchase { min: 30, max: 60 },
                    Audience::TotalSpend {
                        min: 500.0,
                        max: OPEN_END_AMOUNT,
                    },
                ],
            },
            holdout_share: 0.1,
            offer: coupon(80.0, 15.0),
            gives_growth: false,
            schedule: schedule(Trigger::EnteringAudience, 14),
            limits: limits(0.05, 0),
            response: response(0.4, 0.15, 0.5),
        },
        Campaign {
            name: "沉默唤醒 · Reactivate dormant members".into(),
            audience: Audience::Stage {
                stages: vec![Stage::Dormant],
            },
            holdout_share: 0.1,
            offer: Offer::PercentOff {
                percent: 0.2,
                cap: 30.0,
            },
            gives_growth: false,
            schedule: schedule(Trigger::EnteringAudience, 30),
            limits: limits(0.05, 2),
            response: response(0.5, 0.1, 0.6),
        },
    ]
}
