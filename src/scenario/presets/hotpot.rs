//! The hot-pot chain preset (seed 002's 红海 / 银海 / 金海 / 黑海 example).
//!
//! What it is for: red, silver, gold and black cards on growth over the last 12 months;
//! tables of three or four, a regular comes every other week. What it is not for: the menu
//! entry or the shared builders (`presets/mod.rs`).

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
            starting_members: 60_000,
            new_members_per_month: 3_000.0,
            acquisition_growth_per_month: 0.0,
            history: History::ExistingProgramme { warmup_months: 24 },
            segments: Segments {
                names: [
                    "火锅常客 Hot-pot regulars",
                    "朋友聚餐 Social diners",
                    "偶尔尝鲜 Occasional visitors",
                ],
                shares: [0.15, 0.50, 0.35],
                purchases_per_month: [1.6, 0.45, 0.12],
                purchase_rate_spread: [0.7, 0.9, 1.1],
                lost_per_year: [0.2, 0.35, 0.55],
                average_order_value: [360.0, 300.0, 240.0],
                order_value_spread: [0.4, 0.45, 0.5],
            }
            .segments(),
        },
        lifecycle: Lifecycle {
            active_window_days: 90,
            churned_after_days: 180,
            maturity_purchases: 3,
            maturity_spend: 800.0,
        },
        growth: GrowthRules {
            per_currency_unit: 1.0,
            behaviours: vec![
                once("完善资料 Profile completion", 50, 0.3),
                monthly("用餐评价 Review after a meal", 10, 0.4),
                monthly("邀请好友 Invite a friend", 100, 0.03),
            ],
            behaviour_cap_per_month: 100,
            campaign_rewards_give_growth: false,
        },
        tiers: TierRules {
            basis: QualificationBasis::Rolling12Months,
            downgrade: DowngradePolicy::OneTier,
            grace_months: 2,
            levels: Ladder {
                names: ["红卡 Red", "银卡 Silver", "金卡 Gold", "黑卡 Black"],
                thresholds: [0, 2_500, 6_000, 15_000],
                keep_share: 0.8,
                earn_multiplier: [1.0, 1.2, 1.5, 2.0],
                discount: [0.0, 0.0, 0.05, 0.10],
                // Free dishes, birthday gifts, priority seating.
                benefit_cost_per_month: [0.0, 2.0, 8.0, 30.0],
                dropout_reduction: [0.0, 0.05, 0.12, 0.20],
                purchase_rate_uplift: [0.0, 0.03, 0.06, 0.10],
                redemption_per_month: [0.2, 0.25, 0.3, 0.35],
            }
            .levels(),
        },
        goal_gradient: GoalGradient {
            within_share: 0.15,
            purchase_rate_uplift: 0.2,
        },
        points: PointsRules {
            per_currency_unit: 1.0,
            pending_months: 0,
            expiry: Expiry::MonthsAfterEarning { months: 24 },
            rewards: vec![
                reward("免费小吃 Free snack", 500, 0.0, 5.0),
                reward("锅底券 Free soup base", 1_500, 0.0, 12.0),
                reward("品牌周边 Branded merchandise", 3_000, 19.0, 35.0),
                reward("¥50 代金券 ¥50 voucher", 5_000, 0.0, 50.0),
            ],
            cost_per_point: None,
        },
        campaigns: seed_campaigns(&["Birthday", "Member day"]),
        ..named(info)
    }
}
