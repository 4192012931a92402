//! The scenario: everything a planner decides, as one versioned JSON document.
//!
//! What it is for: the programme (tiers, growth value, points, rewards), the population that
//! lives under it (segments with BG/NBD + Gamma-Gamma behaviour) and the horizon. Every field
//! has a unit in its name or its doc comment, a default, and a range checked by
//! [`validate`]. What it is not for: running anything. The engine reads it; nothing here
//! draws a random number.
//!
//! The field-by-field reference for planners is `docs/scenario.md`.

mod campaigns;
mod embed;
mod presets;
mod problems;
mod read;
mod read_json;
mod read_messages;
mod read_path;
mod read_shape;
mod read_tagged;
#[cfg(test)]
mod read_tagged_tests;
#[cfg(test)]
mod read_tests;
mod validate;
mod validate_campaigns;
mod validate_checks;
mod validate_embed;
#[cfg(test)]
mod validate_embed_tests;
mod validate_members;
mod validate_population;
mod validate_programme;
#[cfg(test)]
mod validate_tests;
mod wording;
#[cfg(test)]
mod wording_cases;
#[cfg(test)]
mod wording_tests;

pub use campaigns::{
    campaign_presets, Audience, Campaign, Limits, Offer, Referral, Response, Schedule, Trigger,
    MEMBER_DAY,
};
pub use embed::{Embed, EmbedSlider, MAX_SLIDERS};
pub use presets::{preset, preset_names, PresetInfo, PRESETS};
pub use problems::Problem;
pub use read::{parse, parse_in, read_in, Reading, MAX_SCENARIO_BYTES};
pub use validate::{validate, validate_in, MAX_MEMBERS};
pub use wording::Wording;
pub(crate) use wording::{echo, grouped};

use serde::{Deserialize, Serialize};

use crate::behaviour::SegmentBehaviour;

/// The only scenario format version this build reads.
pub const SCENARIO_VERSION: u32 = 1;

/// A planner's whole decision: the programme, the members it serves, and how long to look.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scenario {
    /// Format version; must be [`SCENARIO_VERSION`].
    pub version: u32,
    /// A name the planner recognises, shown in tabs and exports.
    pub name: String,
    pub horizon: Horizon,
    pub population: Population,
    pub lifecycle: Lifecycle,
    pub growth: GrowthRules,
    pub tiers: TierRules,
    pub goal_gradient: GoalGradient,
    pub points: PointsRules,
    /// Campaigns and their offers (活动), at most 20.
    pub campaigns: Vec<Campaign>,
    /// Referral (老带新).
    pub referral: Referral,
    pub economics: Economics,
    /// What a page embedding the scenario (`?embed=1`) lets its viewers try; left out of
    /// the JSON when empty.
    #[serde(skip_serializing_if = "Embed::is_empty")]
    pub embed: Embed,
}

/// The business figures that turn revenue into value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Economics {
    /// Gross margin on sales, as a share (0.35 = 35%): the profit on incremental revenue
    /// that pays for the programme in the ROI.
    pub gross_margin: f64,
}

impl Default for Economics {
    fn default() -> Self {
        Economics { gross_margin: 0.35 }
    }
}

/// How long to simulate, from which calendar month, with which random seed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Horizon {
    /// Months simulated and reported, 1–120.
    pub months: u32,
    /// The random seed: the same scenario and seed give the same members and the same results.
    pub seed: u64,
    /// Calendar year of month 0 (for calendar-year rules and birthdays).
    pub start_year: i32,
    /// Calendar month of month 0, 1 (January) – 12 (December).
    pub start_month: u32,
}

/// Who the members are and how many join.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Population {
    /// Members already enrolled at month 0 (or, for a new programme, enrolling at launch).
    pub starting_members: u32,
    /// New members joining each month (from month 0 on).
    pub new_members_per_month: f64,
    /// Monthly growth of the number of new members, as a share (0.01 = +1% a month).
    pub acquisition_growth_per_month: f64,
    /// New programme, or an existing one warmed up before month 0.
    pub history: History,
    /// Behavioural segments; their shares must add up to 1.
    pub segments: Vec<Segment>,
}

/// Whether the programme is launched at month 0 or has been running for a while.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum History {
    /// A new programme: every starting member enrols at month 0 with zero growth and points.
    NewProgramme,
    /// An existing programme: starting members joined over `warmup_months` before month 0
    /// and lived under the same rules, so month 0 starts with realistic tiers, balances and
    /// recency. Warm-up months are simulated but not reported.
    ExistingProgramme { warmup_months: u32 },
}

/// A group of members who share behaviour parameters (用户分层).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    pub name: String,
    /// Share of members in this segment, 0–1.
    pub share: f64,
    /// Purchases, silent dropout and spend: the papers' parameters or a planner's description.
    pub behaviour: SegmentBehaviour,
}

/// How the CRM sorts members into lifecycle stages (生命周期) from what it sees.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Lifecycle {
    /// A member is active if their last purchase is at most this many days old.
    pub active_window_days: u32,
    /// A member is churned (流失) when their last purchase is more than this many days old;
    /// between the active window and this, dormant (沉默).
    pub churned_after_days: u32,
    /// Purchases (including the first) at which an active member counts as mature (成熟期).
    pub maturity_purchases: u32,
    /// Total spend, in currency units, at which an active member counts as mature.
    pub maturity_spend: f64,
}

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

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            version: SCENARIO_VERSION,
            name: "Tierlab default".into(),
            horizon: Horizon::default(),
            population: Population::default(),
            lifecycle: Lifecycle::default(),
            growth: GrowthRules::default(),
            tiers: TierRules::default(),
            goal_gradient: GoalGradient::default(),
            points: PointsRules::default(),
            campaigns: Vec::new(),
            referral: Referral::default(),
            economics: Economics::default(),
            embed: Embed::default(),
        }
    }
}

impl Default for Horizon {
    fn default() -> Self {
        Horizon {
            months: 36,
            seed: 1,
            start_year: 2026,
            start_month: 1,
        }
    }
}

impl Default for Population {
    fn default() -> Self {
        Population {
            starting_members: 10_000,
            new_members_per_month: 500.0,
            acquisition_growth_per_month: 0.0,
            history: History::NewProgramme,
            segments: vec![Segment {
                name: "CDNOW".into(),
                share: 1.0,
                behaviour: SegmentBehaviour::cdnow(),
            }],
        }
    }
}

impl Default for Lifecycle {
    fn default() -> Self {
        Lifecycle {
            active_window_days: 90,
            churned_after_days: 180,
            maturity_purchases: 3,
            maturity_spend: 500.0,
        }
    }
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
