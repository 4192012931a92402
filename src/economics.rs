//! What the programme and each campaign are worth: what the programme gives away, what a
//! point costs, the profit one run makes beyond another, and the return on what it costs.
//! `docs/scenario.md`, "How the money is counted", gives every formula here in words.
//!
//! The programme's value is measured against a run of the same members with the same random
//! draws under no programme (one tier with no benefits, no points, no growth behaviours, no
//! campaigns, no referral scheme, no goal gradient); a campaign's against the run without it.
//! Either way one run's profit beyond another's is
//!
//! incremental sales × gross margin − Δ programme cost − Δ change in the points liability,
//!
//! and its ROI is that profit ÷ (Δ programme cost + Δ change in the liability): points are
//! a cost when members earn them (the liability they leave), not only when they redeem.
//!
//! Not for: adding up the runs (`metrics`), or IFRS 15's deferral of revenue
//! (`metrics::ifrs15`), which moves revenue between months and is not a cost.

use serde::Serialize;

use crate::money::Money;
use crate::scenario::{
    Expiry, GoalGradient, GrowthRules, PointsRules, Referral, Reward, Scenario, Tier, TierRules,
};

/// What one run adds up that enters profit besides its sales.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Books {
    /// Everything the programme gave away over the horizon: tier discounts, rewards redeemed
    /// net of the cash members pay for them, tier benefits, campaign costs (coupon face value
    /// used, gifts, contacts) and referral rewards, as the engine records them where they are
    /// given ([`crate::member::MonthEvents::given_away_cents`]).
    pub programme_cost: Money,
    /// Points liability at the end of the horizon − at the start of month 0.
    pub liability_change: Money,
}

/// What run `a` costs beyond run `b`: Δ programme cost + Δ change in the liability.
pub fn incremental_cost(a: &Books, b: &Books) -> Money {
    (a.programme_cost - b.programme_cost) + (a.liability_change - b.liability_change)
}

/// Profit beyond another run: incremental (gross) sales × gross margin − incremental cost.
pub fn incremental_profit(incremental_sales: Money, margin: f64, incremental_cost: Money) -> Money {
    Money::from_units(incremental_sales.units() * margin) - incremental_cost
}

/// Return on cost: incremental profit ÷ incremental cost; None unless the cost is above zero
/// (nothing was spent, or the programme saved more than it gave away).
pub fn roi(incremental_profit: Money, incremental_cost: Money) -> Option<f64> {
    (incremental_cost.cents() > 0).then(|| incremental_profit.units() / incremental_cost.units())
}

/// The points liability (积分负债) of `points` outstanding, to the cent: points × what a
/// point is expected to cost (cost per point × expected ultimate redemption rate).
pub fn liability(points: u64, expected_cost_per_point: f64) -> Money {
    Money::from_units(points as f64 * expected_cost_per_point)
}

/// Where the cost per point that values the liability comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CostPerPointBasis {
    /// The rewards redeemed over the horizon.
    #[default]
    Redemptions,
    /// No reward was redeemed: the points mall, each reward counted once.
    Catalogue,
    /// The scenario's `points.cost_per_point`.
    Override,
}

/// What a point costs the company, as the liability values it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct CostPerPoint {
    /// The cost per point the liability uses: the override if the scenario sets one,
    /// otherwise the implied one.
    pub value: f64,
    pub basis: CostPerPointBasis,
    /// What the rewards imply, override or not: Σ (reward cost − cash) ÷ Σ points over the
    /// redemptions of the horizon (over the catalogue when there were none); never below 0.
    pub implied: f64,
}

/// The cost per point of a run whose redemptions cost `net_reward_cost` (reward cost − cash)
/// for `points_redeemed` points. With no redemption the catalogue decides, each reward once:
/// Σ (cost − cash) ÷ Σ points (0 with no rewards). A catalogue whose cash covers more than
/// its cost implies 0: the points then cost nothing to honour.
pub fn cost_per_point(
    rules: &PointsRules,
    net_reward_cost: Money,
    points_redeemed: u64,
) -> CostPerPoint {
    let (implied, implied_basis) = if points_redeemed > 0 {
        (
            net_reward_cost.units() / points_redeemed as f64,
            CostPerPointBasis::Redemptions,
        )
    } else {
        (
            catalogue_cost_per_point(&rules.rewards),
            CostPerPointBasis::Catalogue,
        )
    };
    let implied = implied.max(0.0);
    match rules.cost_per_point {
        Some(value) => CostPerPoint {
            value,
            basis: CostPerPointBasis::Override,
            implied,
        },
        None => CostPerPoint {
            value: implied,
            basis: implied_basis,
            implied,
        },
    }
}

/// The most a point can be valued at in a run: the override if the scenario sets one,
/// otherwise the dearest reward's (cost − cash) ÷ points, which no implied cost per point
/// (a weighted average of the rewards' own) can exceed; 0 with no rewards.
pub fn highest_cost_per_point(rules: &PointsRules) -> f64 {
    rules.cost_per_point.unwrap_or_else(|| {
        rules
            .rewards
            .iter()
            .filter(|r| r.points > 0)
            .map(|r| (r.cost - r.cash) / f64::from(r.points))
            .fold(0.0, f64::max)
    })
}

/// Σ (cost − cash) ÷ Σ points over the rewards, each counted once; 0 with none.
fn catalogue_cost_per_point(rewards: &[Reward]) -> f64 {
    let points: f64 = rewards.iter().map(|r| f64::from(r.points)).sum();
    let net: f64 = rewards.iter().map(|r| r.cost - r.cash).sum();
    if points > 0.0 {
        net / points
    } else {
        0.0
    }
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
            cost_per_point: None,
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
