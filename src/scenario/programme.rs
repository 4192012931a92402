//! The programme a planner designs: growth value (成长值) and how it is earned, the tiers
//! (等级) and their reviews, the goal gradient, points (积分) with their expiry, and the
//! rewards points buy; each type with its defaults.
//!
//! Not for: applying these rules (`rules`), or checking their ranges (`check::programme`).

use serde::{Deserialize, Serialize};

/// How members earn growth value (成长值), the status currency that decides the tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GrowthRules {
    /// Growth earned per currency unit paid.
    pub per_currency_unit: f64,
    /// Behaviours that earn growth besides spending (sign-in, review, profile, referral).
    pub behaviours: Vec<GrowthBehaviour>,
    /// Most growth a member can earn from behaviours in one month (0 = no cap).
    pub behaviour_cap_per_month: u32,
    /// Whether campaign rewards may give growth value. The seeds advise not (004): rewards
    /// are paid in points so that members who only chase campaigns cannot race up the tiers.
    pub campaign_rewards_give_growth: bool,
}

/// One growth-earning behaviour, e.g. daily sign-in (签到).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrowthBehaviour {
    pub name: String,
    /// Growth per action.
    pub growth_per_action: u32,
    /// Average actions per month by a member who is still a customer (0–100). For a one-off
    /// behaviour, the monthly chance that it happens.
    pub actions_per_month: f64,
    /// A one-off behaviour (profile completion) happens at most once per member.
    #[serde(default)]
    pub once: bool,
}

/// Which growth counts towards a tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QualificationBasis {
    /// All growth since joining; never falls, so nobody is ever downgraded.
    Lifetime,
    /// Growth in the last 12 months, reviewed at every month end.
    #[serde(rename = "rolling_12_months")]
    Rolling12Months,
    /// Growth in the calendar year, reviewed at the end of December.
    CalendarYear,
    /// Growth in the membership year, reviewed at the end of each membership year.
    MembershipYear,
}

/// What happens to a member whose growth at a review is below their tier's keep threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DowngradePolicy {
    /// Tiers are never lost.
    None,
    /// Down one tier per failed review.
    OneTier,
    /// Down to the highest tier whose keep threshold the member's growth meets.
    ToQualifiedTier,
}

/// The tier ladder (会员等级) and how members move on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TierRules {
    pub basis: QualificationBasis,
    pub downgrade: DowngradePolicy,
    /// Months a member keeps the tier after failing a review; requalifying meanwhile cancels
    /// the downgrade.
    pub grace_months: u32,
    /// Tiers from the entry tier up, 1–10; the first one's threshold is 0.
    pub levels: Vec<Tier>,
}

/// One tier and its benefits (会员权益).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub name: String,
    /// Qualifying growth at which a member is upgraded to this tier at once.
    pub threshold: u32,
    /// Qualifying growth needed at a review to keep this tier (at most `threshold`).
    pub keep_threshold: u32,
    /// Points earn multiplier (1.0 = the base rate).
    #[serde(default = "one")]
    pub earn_multiplier: f64,
    /// Discount on purchases, as a share of the price (0.05 = 5% off).
    #[serde(default)]
    pub discount: f64,
    /// What the tier's benefits cost per active member per month, in currency units.
    #[serde(default)]
    pub benefit_cost_per_month: f64,
    /// Planner's assumption: share by which the tier lowers the chance of dropping out
    /// after a purchase (0.2 = 20% lower).
    #[serde(default)]
    pub dropout_reduction: f64,
    /// Planner's assumption: share by which the tier raises the purchase rate.
    #[serde(default)]
    pub purchase_rate_uplift: f64,
    /// Chance per month that a member of this tier whose points cover a reward redeems one.
    #[serde(default)]
    pub redemption_per_month: f64,
}

/// Members close to the next tier buy faster (Kivetz, Urminsky & Zheng 2006).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GoalGradient {
    /// A member within this share of the next tier's threshold is "close" (0.2 = within 20%).
    pub within_share: f64,
    /// Purchase-rate uplift for a close member (Kivetz et al. measured about 0.2).
    pub purchase_rate_uplift: f64,
}

/// Points (积分): earned on spend, redeemed for rewards, possibly expiring.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PointsRules {
    /// Points per currency unit paid, before the tier multiplier.
    pub per_currency_unit: f64,
    /// Months before earned points can be redeemed (returns window); 0 = at once.
    pub pending_months: u32,
    pub expiry: Expiry,
    /// The points mall (积分商城).
    pub rewards: Vec<Reward>,
    /// An override of what one point costs the company, in currency units, for valuing
    /// the points liability. Left out (or `null`), the liability takes the cost per point
    /// the points mall implies: what the rewards members redeem cost net of their cash,
    /// per point spent (`economics::cost_per_point`). Redemptions are always costed at
    /// each reward's own cost, whatever this says.
    pub cost_per_point: Option<f64>,
}

/// When points expire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Expiry {
    Never,
    /// Points expire at the end of the `months`-th month after the month they were earned;
    /// redemptions use the oldest points first.
    MonthsAfterEarning {
        months: u32,
    },
    /// Points earned in a calendar year expire at the end of the following year.
    EndOfNextYear,
    /// The whole balance expires after `months` months without a purchase or redemption.
    AfterInactivity {
        months: u32,
    },
}

/// One reward in the points mall.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reward {
    pub name: String,
    /// Points the member spends.
    pub points: u32,
    /// Cash the member pays on top (points + cash), in currency units.
    #[serde(default)]
    pub cash: f64,
    /// What the reward costs the company, in currency units.
    pub cost: f64,
}

impl Tier {
    /// A tier with only a name and a threshold (kept at the same growth): no benefits, no
    /// cost, no effect on behaviour, no redemption.
    pub fn plain(name: &str, threshold: u32) -> Tier {
        Tier {
            name: name.into(),
            threshold,
            keep_threshold: threshold,
            earn_multiplier: 1.0,
            discount: 0.0,
            benefit_cost_per_month: 0.0,
            dropout_reduction: 0.0,
            purchase_rate_uplift: 0.0,
            redemption_per_month: 0.0,
        }
    }
}

fn one() -> f64 {
    1.0
}

impl Default for GrowthRules {
    fn default() -> Self {
        GrowthRules {
            per_currency_unit: 1.0,
            behaviours: Vec::new(),
            behaviour_cap_per_month: 0,
            campaign_rewards_give_growth: false,
        }
    }
}

impl Default for TierRules {
    fn default() -> Self {
        let tier = |name: &str, threshold: u32, multiplier: f64, discount: f64| Tier {
            name: name.into(),
            threshold,
            keep_threshold: threshold,
            earn_multiplier: multiplier,
            discount,
            benefit_cost_per_month: 0.0,
            dropout_reduction: 0.0,
            purchase_rate_uplift: 0.0,
            redemption_per_month: 0.3,
        };
        TierRules {
            basis: QualificationBasis::Rolling12Months,
            downgrade: DowngradePolicy::OneTier,
            grace_months: 0,
            levels: vec![
                tier("Regular", 0, 1.0, 0.0),
                tier("Silver", 100, 1.2, 0.0),
                tier("Gold", 300, 1.5, 0.05),
            ],
        }
    }
}

impl Default for GoalGradient {
    fn default() -> Self {
        GoalGradient {
            within_share: 0.0,
            purchase_rate_uplift: 0.0,
        }
    }
}

impl Default for PointsRules {
    fn default() -> Self {
        PointsRules {
            per_currency_unit: 1.0,
            pending_months: 0,
            expiry: Expiry::Never,
            rewards: vec![Reward {
                name: "¥5 voucher".into(),
                points: 500,
                cash: 0.0,
                cost: 5.0,
            }],
            cost_per_point: None,
        }
    }
}
