//! Ready-made scenarios: the programmes the domain brief names, with realistic numbers a
//! planner can start from.
//!
//! What it is for: a first scenario for each kind of business in the seeds — a hotel and
//! travel direct-sales platform with the five tiers of seed 003, a hot-pot chain with red /
//! silver / gold / black cards, a fresh-food chain with frequent small baskets and expiring
//! points (seed 002), a county cosmetics shop with ~600 members spending ~¥300 a year
//! (seed 001) — and the CDNOW benchmark, whose behaviour parameters are the published fit.
//! Each preset is one builder function that reads like the programme's rulebook; the tier
//! tables are written as columns (one row per benefit), as a planner's spreadsheet would.
//!
//! What it is not for: evidence. The numbers are plausible, not measured; the tier
//! thresholds are set so that the upper tiers hold roughly the top 20% of members (seed
//! 003: the programme mostly serves them). Every preset must pass [`super::validate`].

use super::{
    DowngradePolicy, Expiry, GoalGradient, GrowthBehaviour, GrowthRules, History, Horizon,
    Lifecycle, PointsRules, Population, QualificationBasis, Reward, Scenario, Segment, Tier,
    TierRules,
};
use crate::behaviour::{PlannerBehaviour, SegmentBehaviour};

/// A preset as a picker lists it.
#[derive(Clone, Copy, Debug)]
pub struct PresetInfo {
    /// Stable id (`tierlab preset hotel`, the page's preset menu).
    pub id: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// One line on what the preset shows.
    pub summary_en: &'static str,
    build: fn(&PresetInfo) -> Scenario,
}

impl PresetInfo {
    /// "酒店旅游直销平台 · Hotel & travel direct sales": the scenario's name.
    pub fn name(&self) -> String {
        format!("{} · {}", self.title_zh, self.title_en)
    }

    /// A fresh copy of the preset's scenario.
    pub fn scenario(&self) -> Scenario {
        (self.build)(self)
    }
}

/// Every preset, in menu order.
pub const PRESETS: &[PresetInfo] = &[
    PresetInfo {
        id: "hotel",
        title_zh: "酒店旅游直销平台",
        title_en: "Hotel & travel direct sales",
        summary_en: "Five tiers at 0 / 2,000 / 10,000 / 20,000 / 50,000 growth, reviewed each calendar year; points expire at the end of the next year.",
        build: hotel,
    },
    PresetInfo {
        id: "hotpot",
        title_zh: "火锅连锁",
        title_en: "Hot-pot chain",
        summary_en: "Red, silver, gold and black cards on rolling 12-month growth; points last 24 months.",
        build: hotpot,
    },
    PresetInfo {
        id: "fresh_food",
        title_zh: "生鲜连锁",
        title_en: "Fresh-food chain",
        summary_en: "Frequent small baskets, rolling 12-month tiers, points expiring 12 months after earning; dormant after 30 days.",
        build: fresh_food,
    },
    PresetInfo {
        id: "cosmetics",
        title_zh: "县城美妆店",
        title_en: "County cosmetics shop",
        summary_en: "An existing programme of about 600 members spending about ¥300 a year each; points lapse after 12 months without a visit.",
        build: cosmetics,
    },
    PresetInfo {
        id: "cdnow",
        title_zh: "CDNOW 基准",
        title_en: "CDNOW benchmark",
        summary_en: "The published BG/NBD and Gamma-Gamma fit on CDNOW, under a simple three-tier programme.",
        build: cdnow,
    },
];

/// The presets' ids, in menu order.
pub fn preset_names() -> Vec<&'static str> {
    PRESETS.iter().map(|p| p.id).collect()
}

/// The preset with this id.
pub fn preset(name: &str) -> Option<Scenario> {
    PRESETS
        .iter()
        .find(|p| p.id == name)
        .map(PresetInfo::scenario)
}

// ---------------------------------------------------------------------------------------
// The presets
// ---------------------------------------------------------------------------------------

/// Hotel & travel direct sales (seed 003): growth from spending plus capped behaviours,
/// five tiers at 0 / 2,000 / 10,000 / 20,000 / 50,000 growth, upgraded at once, reviewed at
/// the end of each calendar year. Stays are rare and dear; business travellers are the top.
fn hotel(info: &PresetInfo) -> Scenario {
    Scenario {
        horizon: three_years(),
        population: Population {
            starting_members: 120_000,
            new_members_per_month: 4_000.0,
            acquisition_growth_per_month: 0.005,
            history: History::ExistingProgramme { warmup_months: 24 },
            segments: vec![
                segment(
                    "商务常旅客 Business travellers",
                    0.12,
                    PlannerBehaviour {
                        purchases_per_month: 0.9,
                        purchase_rate_spread: 0.8,
                        lost_per_year: 0.15,
                        average_order_value: 680.0,
                        order_value_spread: 0.45,
                    },
                ),
                segment(
                    "休闲度假客 Leisure travellers",
                    0.55,
                    PlannerBehaviour {
                        purchases_per_month: 0.18,
                        purchase_rate_spread: 1.0,
                        lost_per_year: 0.35,
                        average_order_value: 980.0,
                        order_value_spread: 0.6,
                    },
                ),
                segment(
                    "低频比价客 Occasional deal-seekers",
                    0.33,
                    PlannerBehaviour {
                        purchases_per_month: 0.06,
                        purchase_rate_spread: 1.2,
                        lost_per_year: 0.5,
                        average_order_value: 420.0,
                        order_value_spread: 0.5,
                    },
                ),
            ],
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
            cost_per_point: 0.01,
        },
        ..named(info)
    }
}

/// Hot-pot chain (seed 002's 红海 / 银海 / 金海 / 黑海 example): red, silver, gold and
/// black cards on growth over the last 12 months; tables of three or four, a regular
/// comes every other week.
fn hotpot(info: &PresetInfo) -> Scenario {
    Scenario {
        horizon: three_years(),
        population: Population {
            starting_members: 60_000,
            new_members_per_month: 3_000.0,
            acquisition_growth_per_month: 0.0,
            history: History::ExistingProgramme { warmup_months: 24 },
            segments: vec![
                segment(
                    "火锅常客 Hot-pot regulars",
                    0.15,
                    PlannerBehaviour {
                        purchases_per_month: 1.6,
                        purchase_rate_spread: 0.7,
                        lost_per_year: 0.2,
                        average_order_value: 360.0,
                        order_value_spread: 0.4,
                    },
                ),
                segment(
                    "朋友聚餐 Social diners",
                    0.50,
                    PlannerBehaviour {
                        purchases_per_month: 0.45,
                        purchase_rate_spread: 0.9,
                        lost_per_year: 0.35,
                        average_order_value: 300.0,
                        order_value_spread: 0.45,
                    },
                ),
                segment(
                    "偶尔尝鲜 Occasional visitors",
                    0.35,
                    PlannerBehaviour {
                        purchases_per_month: 0.12,
                        purchase_rate_spread: 1.1,
                        lost_per_year: 0.55,
                        average_order_value: 240.0,
                        order_value_spread: 0.5,
                    },
                ),
            ],
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
            cost_per_point: 0.01,
        },
        ..named(info)
    }
}

/// Fresh-food chain (seed 002): frequent small baskets, tiers on the last 12 months'
/// growth (to the tier still earned at each monthly review), points expiring 12 months
/// after earning. Dormant after 30 days and churned after 90, so that the seed's win-back
/// audience (3+ purchases, last one 30–60 days ago, ¥500+ spent) is the early dormant.
fn fresh_food(info: &PresetInfo) -> Scenario {
    Scenario {
        horizon: three_years(),
        population: Population {
            starting_members: 40_000,
            new_members_per_month: 2_000.0,
            acquisition_growth_per_month: 0.0,
            history: History::ExistingProgramme { warmup_months: 12 },
            segments: vec![
                segment(
                    "家庭主厨 Family cooks",
                    0.25,
                    PlannerBehaviour {
                        purchases_per_month: 7.0,
                        purchase_rate_spread: 0.6,
                        lost_per_year: 0.2,
                        average_order_value: 65.0,
                        order_value_spread: 0.5,
                    },
                ),
                segment(
                    "上班族 Busy commuters",
                    0.45,
                    PlannerBehaviour {
                        purchases_per_month: 3.0,
                        purchase_rate_spread: 0.8,
                        lost_per_year: 0.35,
                        average_order_value: 40.0,
                        order_value_spread: 0.5,
                    },
                ),
                segment(
                    "促销敏感 Deal hunters",
                    0.30,
                    PlannerBehaviour {
                        purchases_per_month: 1.2,
                        purchase_rate_spread: 1.0,
                        lost_per_year: 0.5,
                        average_order_value: 32.0,
                        order_value_spread: 0.6,
                    },
                ),
            ],
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
            cost_per_point: 0.01,
        },
        ..named(info)
    }
}

/// County cosmetics shop (seed 001): an existing programme of about 600 members spending
/// about ¥300 a year each (0.3 × ¥624 + 0.7 × ¥171 ≈ ¥307 while they stay: about ¥180k a
/// year in all), about 10 new members a month, three tiers on growth in the membership year.
fn cosmetics(info: &PresetInfo) -> Scenario {
    Scenario {
        horizon: three_years(),
        population: Population {
            starting_members: 600,
            new_members_per_month: 10.0,
            acquisition_growth_per_month: 0.0,
            history: History::ExistingProgramme { warmup_months: 36 },
            segments: vec![
                segment(
                    "老顾客 Loyal regulars",
                    0.3,
                    PlannerBehaviour {
                        purchases_per_month: 0.4,
                        purchase_rate_spread: 0.6,
                        lost_per_year: 0.15,
                        average_order_value: 130.0,
                        order_value_spread: 0.5,
                    },
                ),
                segment(
                    "普通顾客 Occasional customers",
                    0.7,
                    PlannerBehaviour {
                        purchases_per_month: 0.15,
                        purchase_rate_spread: 0.8,
                        lost_per_year: 0.35,
                        average_order_value: 95.0,
                        order_value_spread: 0.5,
                    },
                ),
            ],
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
            cost_per_point: 0.025,
        },
        ..named(info)
    }
}

/// The CDNOW benchmark: the model's defaults (the published fit, a simple three-tier
/// programme), under the preset's name.
fn cdnow(info: &PresetInfo) -> Scenario {
    named(info)
}

// ---------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------

/// The defaults, named after the preset.
fn named(info: &PresetInfo) -> Scenario {
    Scenario {
        name: info.name(),
        ..Scenario::default()
    }
}

/// Three years from January 2026, seed 1.
fn three_years() -> Horizon {
    Horizon {
        months: 36,
        seed: 1,
        start_year: 2026,
        start_month: 1,
    }
}

fn segment(name: &str, share: f64, behaviour: PlannerBehaviour) -> Segment {
    Segment {
        name: name.into(),
        share,
        behaviour: SegmentBehaviour::Planner(behaviour),
    }
}

/// A behaviour a member repeats, `actions_per_month` times on average.
fn monthly(name: &str, growth_per_action: u32, actions_per_month: f64) -> GrowthBehaviour {
    GrowthBehaviour {
        name: name.into(),
        growth_per_action,
        actions_per_month,
        once: false,
    }
}

/// A one-off behaviour, with its monthly chance until done.
fn once(name: &str, growth: u32, monthly_chance: f64) -> GrowthBehaviour {
    GrowthBehaviour {
        name: name.into(),
        growth_per_action: growth,
        actions_per_month: monthly_chance,
        once: true,
    }
}

fn reward(name: &str, points: u32, cash: f64, cost: f64) -> Reward {
    Reward {
        name: name.into(),
        points,
        cash,
        cost,
    }
}

/// A tier ladder written as a benefits table: one column per tier, entry tier first.
struct Ladder<const N: usize> {
    names: [&'static str; N],
    thresholds: [u32; N],
    /// Keep threshold as a share of the threshold (0.8: keeping a tier takes 80% of the
    /// growth that earned it).
    keep_share: f64,
    earn_multiplier: [f64; N],
    discount: [f64; N],
    benefit_cost_per_month: [f64; N],
    dropout_reduction: [f64; N],
    purchase_rate_uplift: [f64; N],
    redemption_per_month: [f64; N],
}

impl<const N: usize> Ladder<N> {
    fn levels(&self) -> Vec<Tier> {
        (0..N)
            .map(|i| Tier {
                name: self.names[i].into(),
                threshold: self.thresholds[i],
                keep_threshold: (f64::from(self.thresholds[i]) * self.keep_share).round() as u32,
                earn_multiplier: self.earn_multiplier[i],
                discount: self.discount[i],
                benefit_cost_per_month: self.benefit_cost_per_month[i],
                dropout_reduction: self.dropout_reduction[i],
                purchase_rate_uplift: self.purchase_rate_uplift[i],
                redemption_per_month: self.redemption_per_month[i],
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menu_lists_the_five_presets_in_order() {
        assert_eq!(
            preset_names(),
            vec!["hotel", "hotpot", "fresh_food", "cosmetics", "cdnow"]
        );
        assert_eq!(preset("nope"), None);
    }

    #[test]
    fn every_preset_is_named_in_chinese_and_english() {
        for info in PRESETS {
            let scenario = info.scenario();
            assert_eq!(
                scenario.name,
                format!("{} · {}", info.title_zh, info.title_en)
            );
            assert!(
                scenario.name.chars().any(|c| c > '\u{2E80}'),
                "{}",
                scenario.name
            );
        }
        assert_eq!(
            preset("hotel").map(|s| s.name),
            Some("酒店旅游直销平台 · Hotel & travel direct sales".to_owned())
        );
    }

    #[test]
    fn the_hotel_has_the_five_tiers_of_seed_003() {
        let hotel = preset("hotel").expect("hotel");
        let ladder: Vec<(&str, u32)> = hotel
            .tiers
            .levels
            .iter()
            .map(|t| (t.name.as_str(), t.threshold))
            .collect();
        assert_eq!(
            ladder,
            vec![
                ("普通 Regular", 0),
                ("银卡 Silver", 2_000),
                ("金卡 Gold", 10_000),
                ("白金 Platinum", 20_000),
                ("钻石 Diamond", 50_000),
            ]
        );
    }

    #[test]
    fn the_hotpot_chain_has_red_silver_gold_and_black_cards() {
        let names: Vec<String> = preset("hotpot")
            .expect("hotpot")
            .tiers
            .levels
            .into_iter()
            .map(|t| t.name)
            .collect();
        assert_eq!(
            names,
            ["红卡 Red", "银卡 Silver", "金卡 Gold", "黑卡 Black"]
        );
    }

    #[test]
    fn the_cosmetics_shop_has_about_600_members_spending_about_300_a_year() {
        let shop = preset("cosmetics").expect("cosmetics");
        assert_eq!(shop.population.starting_members, 600);
        let yearly: f64 = shop
            .population
            .segments
            .iter()
            .map(|s| {
                let p = s.behaviour.planner();
                s.share * 12.0 * p.purchases_per_month * p.average_order_value
            })
            .sum();
        assert!((yearly - 300.0).abs() < 30.0, "¥{yearly} a year");
    }

    #[test]
    fn keep_thresholds_are_the_ladders_share_of_each_threshold() {
        let fresh = preset("fresh_food").expect("fresh food");
        let keeps: Vec<u32> = fresh
            .tiers
            .levels
            .iter()
            .map(|t| t.keep_threshold)
            .collect();
        assert_eq!(keeps, vec![0, 1_600, 4_000, 8_000]);
    }
}
