//! What the programme is worth: the no-programme counterfactual and the return on what it
//! costs.
//!
//! The programme's value is the sales that would not have happened without it, measured
//! against a run of the same members with the same random draws under no programme (one
//! tier with no benefits, no points, no growth behaviours, no campaigns, no referral scheme,
//! no goal gradient).
//! Its cost is everything it gives away: tier discounts, coupon face value used, rewards,
//! gifts, tier benefits, contact costs and referral rewards. ROI = (incremental sales × gross margin − cost) ÷ cost.

use crate::money::Money;
use crate::scenario::{
    Expiry, GoalGradient, GrowthRules, PointsRules, Referral, Scenario, Tier, TierRules,
};

/// (Incremental sales × margin − cost) ÷ cost; None when nothing was spent.
pub fn roi(incremental_sales: Money, margin: f64, cost: Money) -> Option<f64> {
    (cost.cents() > 0).then(|| (incremental_sales.units() * margin - cost.units()) / cost.units())
}

/// The same members under no programme at all.
pub fn without_programme(scenario: &Scenario) -> Scenario {
    let entry = scenario.tiers.levels.first();
    Scenario {
        tiers: TierRules {
            levels: vec![Tier::plain(entry.map_or("", |t| t.name.as_str()), 0)],
            ..scenario.tiers.clone()
        },
        goal_gradient: GoalGradient {
            within_share: 0.0,
            purchase_rate_uplift: 0.0,
        },
        points: PointsRules {
            per_currency_unit: 0.0,
            pending_months: 0,
            expiry: Expiry::Never,
            rewards: Vec::new(),
            cost_per_point: 0.0,
        },
        // No growth from sign-ins and the like either: with one tier, growth moves nobody,
        // so this changes no figure and saves their monthly draws.
        growth: GrowthRules {
            behaviours: Vec::new(),
            ..scenario.growth.clone()
        },
        campaigns: Vec::new(),
        referral: Referral::default(),
        ..scenario.clone()
    }
}
