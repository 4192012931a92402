//! The hotel & travel direct-sales preset (seed 003).
//!
//! What it is for: growth from spending plus capped behaviours, five tiers at 0 / 2,000 /
//! 10,000 / 20,000 / 50,000 growth, upgraded at once, reviewed at the end of each calendar
//! year. Stays are rare and dear; business travellers are the top. What it is not for: the
//! menu entry or the shared builders (`presets/mod.rs`).

use super::{
    monthly, named, once, reward, seed_campaigns, three_years, Ladder, PresetInfo, Segments,
};
use crate::scenario::{
    DowngradePolicy, Expiry, GoalGradient, GrowthRules, History, Lifecycle, PointsRules,
    Population, QualificationBasis, Referral, Scenario, TierRules,
};

pub(super) fn build(info: &PresetInfo) -> Scenario {
    Scenario {
        horizon: three_years(),
        population: Population {
            starting_members: 120_000,
            new_members_per_month: 4_000.0,
            acquisition_growth_per_month: 0.005,
            history: History::ExistingProgramme { warmup_months: 24 },
            segments: Segments {
                names: [
                    "商务常旅客 Business travellers",
                    "休闲度假客 Leisure travellers",
                    "低频比价客 Occasional deal-seekers",
                ],
                shares: [0.12, 0.55, 0.33],
                purchases_per_month: [0.9, 0.18, 0.06],
                purchase_rate_spread: [0.8, 1.0, 1.2],
                lost_per_year: [0.15, 0.35, 0.5],
                average_order_value: [680.0, 980.0, 420.0],
                order_value_spread: [0.45, 0.6, 0.5],
            }
            .segments(),
        },
        lifecycle: Lifecycle {
            active_window_days: 180,
            churned_after_days: 365,
            maturity_purchases: 3,
            maturity_spend: 3_000.0,
        },
        growth: GrowthRules {
            per_currency_unit: 1.0,
            behaviours: vec![
                once("完善资料 Profile completion", 50, 0.3),
                monthly("每日签到 Daily sign-in", 1, 8.0),
                monthly("住后点评 Post-stay review", 20, 0.1),
                monthly("邀请好友 Invite a friend", 100, 0.02),
            ],
            // Seed 004: cap what activity alone can earn (600 a year, under Silver).
            behaviour_cap_per_month: 50,
            campaign_rewards_give_growth: false,
        },
        tiers: TierRules {
            basis: QualificationBasis::CalendarYear,
            downgrade: DowngradePolicy::OneTier,
            grace_months: 0,
            levels: Ladder {
                names: [
                    "普通 Regular",
                    "银卡 Silver",
                    "金卡 Gold",
                    "白金 Platinum",
                    "钻石 Diamond",
                ],
                thresholds: [0, 2_000, 10_000, 20_000, 50_000],
                keep_share: 0.8,
                earn_multiplier: [1.0, 1.1, 1.25, 1.5, 2.0],
                discount: [0.0, 0.02, 0.05, 0.08, 0.10],
                // Breakfast, late check-out, lounge, suite upgrades.
                benefit_cost_per_month: [0.0, 1.0, 8.0, 25.0, 80.0],
                dropout_reduction: [0.0, 0.05, 0.10, 0.15, 0.20],
                purchase_rate_uplift: [0.0, 0.02, 0.05, 0.08, 0.12],
                redemption_per_month: [0.15, 0.2, 0.25, 0.3, 0.3],
            }
            .levels(),
        },
        goal_gradient: GoalGradient {
            within_share: 0.2,
            purchase_rate_uplift: 0.15,
        },
        points: PointsRules {
            per_currency_unit: 1.0,
            // Bookings can be cancelled until the stay.
            pending_months: 1,
            expiry: Expiry::EndOfNextYear,
            rewards: vec![
                reward("¥30 代金券 ¥30 voucher", 3_000, 0.0, 30.0),
                reward("房型升级 Room upgrade", 6_000, 0.0, 45.0),
                reward("积分+现金房晚 Points + cash night", 8_000, 199.0, 220.0),
                reward("免费房晚 Free night", 15_000, 0.0, 220.0),
            ],
            cost_per_point: None,
        },
        campaigns: seed_campaigns(&["Welcome", "Birthday", "Reactivate"]),
        // Seed 003: inviting friends earns rewards on both sides.
        referral: Referral {
            referrals_per_month: 0.01,
            referrer_points: 500,
            referrer_cost: 0.0,
            new_member_points: 200,
            new_member_cost: 0.0,
        },
        ..named(info)
    }
}
