//! The fresh-food chain preset (seed 002).
//!
//! What it is for: frequent small baskets, tiers on the last 12 months' growth (to the tier
//! still earned at each monthly review), points expiring 12 months after earning. Dormant
//! after 30 days and churned after 90, so that the seed's win-back audience (3+ purchases,
//! last one 30–60 days ago, ¥500+ spent) is the early dormant. What it is not for: the menu
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
            starting_members: 40_000,
            new_members_per_month: 2_000.0,
            acquisition_growth_per_month: 0.0,
            history: History::ExistingProgramme { warmup_months: 12 },
            segments: Segments {
                names: [
                    "家庭主厨 Family cooks",
                    "上班族 Busy commuters",
                    "促销敏感 Deal hunters",
                ],
                shares: [0.25, 0.45, 0.30],
                purchases_per_month: [7.0, 3.0, 1.2],
                purchase_rate_spread: [0.6, 0.8, 1.0],
                lost_per_year: [0.2, 0.35, 0.5],
                average_order_value: [65.0, 40.0, 32.0],
                order_value_spread: [0.5, 0.5, 0.6],
            }
            .segments(),
        },
        lifecycle: Lifecycle {
            active_window_days: 30,
            churned_after_days: 90,
            maturity_purchases: 3,
            maturity_spend: 500.0,
        },
        growth: GrowthRules {
            per_currency_unit: 1.0,
            behaviours: vec![
                once("完善资料 Profile completion", 30, 0.2),
                monthly("晒单评价 Photo review", 5, 0.5),
            ],
            behaviour_cap_per_month: 30,
            campaign_rewards_give_growth: false,
        },
        tiers: TierRules {
            basis: QualificationBasis::Rolling12Months,
            downgrade: DowngradePolicy::ToQualifiedTier,
            grace_months: 0,
            levels: Ladder {
                names: ["普通 Regular", "银卡 Silver", "金卡 Gold", "钻石 Diamond"],
                thresholds: [0, 2_000, 5_000, 10_000],
                keep_share: 0.8,
                earn_multiplier: [1.0, 1.2, 1.5, 2.0],
                // Member prices on everyday items.
                discount: [0.0, 0.02, 0.03, 0.05],
                // Free delivery.
                benefit_cost_per_month: [0.0, 0.5, 2.0, 5.0],
                dropout_reduction: [0.0, 0.05, 0.10, 0.15],
                purchase_rate_uplift: [0.0, 0.02, 0.04, 0.06],
                redemption_per_month: [0.3, 0.35, 0.4, 0.45],
            }
            .levels(),
        },
        goal_gradient: GoalGradient {
            within_share: 0.1,
            purchase_rate_uplift: 0.1,
        },
        points: PointsRules {
            per_currency_unit: 1.0,
            pending_months: 0,
            expiry: Expiry::MonthsAfterEarning { months: 12 },
            rewards: vec![
                reward("鸡蛋一盒 Box of eggs", 600, 0.0, 8.0),
                reward("¥10 代金券 ¥10 voucher", 1_000, 0.0, 10.0),
                reward("5 L 食用油 5-litre cooking oil", 2_500, 19.9, 45.0),
                reward("¥30 代金券 ¥30 voucher", 3_000, 0.0, 30.0),
            ],
            cost_per_point: None,
        },
        campaigns: seed_campaigns(&["Win-back", "Welcome"]),
        ..named(info)
    }
}
