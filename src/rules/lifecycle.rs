//! Lifecycle stages (生命周期) as a CRM sees them, from recency, frequency and spend (seeds
//! 003, 004): introduction (引入期) → growth (成长期) → maturity (成熟期) → dormant (沉默期)
//! → churned (流失期).
//!
//! The stage is computed from what the company can observe, never from the latent "still a
//! customer" flag, so the sandbox reports what the planner's own dashboards would.

use serde::{Deserialize, Serialize};

use crate::scenario::Lifecycle;

/// A lifecycle stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Active, with only the first purchase.
    Introduction,
    /// Active, with a repeat purchase, not yet mature.
    Growth,
    /// Active, with at least the maturity purchases or the maturity spend.
    Maturity,
    /// Last purchase older than the active window.
    Dormant,
    /// Last purchase older than the churn window.
    Churned,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Introduction,
        Stage::Growth,
        Stage::Maturity,
        Stage::Dormant,
        Stage::Churned,
    ];
}

/// A member is active if their last purchase is at most the active window old.
pub fn is_active(rules: &Lifecycle, days_since_purchase: f64) -> bool {
    days_since_purchase <= f64::from(rules.active_window_days)
}

/// The stage of a member with this recency (days), frequency (purchases) and spend (cents).
pub fn stage(
    rules: &Lifecycle,
    days_since_purchase: f64,
    purchases: u32,
    spend_cents: i64,
) -> Stage {
    if days_since_purchase > f64::from(rules.churned_after_days) {
        Stage::Churned
    } else if !is_active(rules, days_since_purchase) {
        Stage::Dormant
    } else if purchases >= rules.maturity_purchases
        || spend_cents as f64 >= rules.maturity_spend * 100.0
    {
        Stage::Maturity
    } else if purchases >= 2 {
        Stage::Growth
    } else {
        Stage::Introduction
    }
}
