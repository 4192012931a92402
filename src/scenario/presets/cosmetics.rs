//! The county cosmetics shop preset (seed 001).
//!
//! What it is for: an existing programme of about 600 members spending about ¥300 a year
//! each (0.3 × ¥624 + 0.7 × ¥171 ≈ ¥307 while they stay: about ¥180k a year in all), about
//! 10 new members a month, three tiers on growth in the membership year. It is also the
//! example in `docs/scenario.md`. What it is not for: the menu entry or the shared builders
//! (`presets/mod.rs`).

use super::{
    monthly, named, once, reward, seed_campaigns, three_years, Ladder, PresetInfo, Segments,
};
use crate::scenario::{
    DowngradePolicy, Expiry, GoalGradient, GrowthRules, History, Lifecycle, PointsRules,
    Population, QualificationBasis, Scenario, TierRules,
};

pub(super) fn build(info: &PresetInfo) -> Scenario {
    Scenario {
        horizon: three_years(),
        population: Population {
            starting_members: 600,
            new_members_per_month: 10.0,
            acquisition_growth_per_month: 0.0,
            history: History::ExistingProgramme { warmup_months: 36 },
            segments: Segments {
                names: ["老顾客 Loyal regulars", "普通顾客 Occasional customers"],
                shares: [0.3, 0.7],
                purchases_per_month: [0.4, 0.15],
                purchase_rate_spread: [0.6, 0.8],
                lost_per_year: [0.15, 0.35],
                average_order_value: [130.0, 95.0],
                order_value_spread: [0.5, 0.5],
            }
            .segments(),
        },
        lifecycle: Lifecycle {
            active_window_days: 90,
            churned_after_days: 180,
            maturity_purchases: 3,
            maturity_spend: 500.0,
        },
        growth: GrowthRules {
            per_currency_unit: 1.0,
            behaviours: vec![
                once("完善资料 Profile completion", 20, 0.2),
                monthly("推荐朋友 Refer a friend", 50, 0.02),
            ],
            behaviour_cap_per_month: 0,
            campaign_rewards_give_growth: false,
        },
        tiers: TierRules {
            basis: QualificationBasis::MembershipYear,
            downgrade: DowngradePolicy::OneTier,
            grace_months: 0,
            levels: Ladder {
                names: ["普通会员 Member", "银卡 Silver", "金卡 Gold"],
                thresholds: [0, 500, 1_500],
                keep_share: 0.8,
                earn_multiplier: [1.0, 1.5, 2.0],
                discount: [0.0, 0.05, 0.10],
                // Birthday gift, a free facial now and then.
                benefit_cost_per_month: [0.0, 1.0, 3.0],
                dropout_reduction: [0.0, 0.10, 0.15],
                purchase_rate_uplift: [0.0, 0.05, 0.10],
                redemption_per_month: [0.2, 0.3, 0.35],
            }
            .levels(),
        },
        goal_gradient: GoalGradient {
            within_share: 0.2,
            purchase_rate_uplift: 0.2,
        },
        points: PointsRules {
            per_currency_unit: 1.0,
            pending_months: 0,
            expiry: Expiry::AfterInactivity { months: 12 },
            rewards: vec![
                reward("护肤小样 Skincare sample kit", 200, 0.0, 6.0),
                reward("面膜一盒 Box of sheet masks", 600, 0.0, 18.0),
                reward("¥30 代金券 ¥30 voucher", 1_200, 0.0, 30.0),
            ],
            cost_per_point: None,
        },
        campaigns: seed_campaigns(&["Birthday", "Reactivate"]),
        ..named(info)
    }
}
