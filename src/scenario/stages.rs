//! The lifecycle stages (生命周期) a planner names when choosing a campaign's audience and
//! reading the members chart (seeds 003, 004): introduction (引入期) → growth (成长期) →
//! maturity (成熟期) → dormant (沉默期) → churned (流失期).
//!
//! Not for: deciding a member's stage (`rules::lifecycle`, from what the company observes).

use serde::{Deserialize, Serialize};

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
