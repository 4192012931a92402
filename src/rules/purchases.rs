//! When members buy and when they stop: the BG/NBD process with the programme's effects.
//!
//! While still a customer a member buys as a Poisson process whose weekly rate is their λ
//! times the programme's effects (tier uplift, goal gradient). Purchases are placed by
//! using up unit-exponential "intensity" draws: the next purchase happens when the
//! member's accumulated intensity reaches the next draw. The same draws serve any rate, so
//! a faster-buying member in scenario B makes the same purchases as in scenario A, only
//! sooner (common random numbers). After each repeat purchase the member drops out for good
//! with probability p times the tier's dropout reduction (Fader, Hardie & Lee 2005).

use crate::random::Stream;
use crate::scenario::{GoalGradient, Tier};

/// "Members close to a reward buy faster" (Kivetz, Urminsky & Zheng 2006): a member within
/// `within_share` of the next tier's threshold gets the goal-gradient purchase-rate uplift.
pub fn near_next_tier(goal: &GoalGradient, next_threshold: Option<u32>, growth: u64) -> bool {
    match next_threshold {
        Some(next) if goal.within_share > 0.0 => {
            growth as f64 >= (1.0 - goal.within_share) * f64::from(next)
        }
        _ => false,
    }
}

/// The member's weekly purchase rate this month: λ × (1 + tier uplift) × (1 + goal-gradient
/// uplift when near the next tier).
pub fn rate_per_week(lambda: f64, tier: &Tier, goal: &GoalGradient, near_next: bool) -> f64 {
    let goal_uplift = if near_next {
        goal.purchase_rate_uplift
    } else {
        0.0
    };
    lambda * (1.0 + tier.purchase_rate_uplift) * (1.0 + goal_uplift)
}

/// The member's chance of dropping out after a repeat purchase: p × (1 − tier reduction).
pub fn dropout_chance(p: f64, tier: &Tier) -> f64 {
    p * (1.0 - tier.dropout_reduction)
}

/// The next purchase day between `from_day` and `end_day` at `rate_per_week`, or None if the
/// member's intensity does not reach the next draw before `end_day`. `timing_left` carries
/// the intensity still needed from month to month; a purchase draws the next one.
pub fn next_purchase_day(
    timing_left: &mut f64,
    rate_per_week: f64,
    from_day: f64,
    end_day: f64,
    timing: &mut Stream,
) -> Option<f64> {
    let rate_per_day = rate_per_week / 7.0;
    if rate_per_day <= 0.0 || end_day <= from_day {
        return None;
    }
    let day = from_day + *timing_left / rate_per_day;
    if day <= end_day {
        *timing_left = timing.unit_exponential();
        Some(day)
    } else {
        *timing_left -= rate_per_day * (end_day - from_day);
        None
    }
}

/// Whether the member drops out for good after a repeat purchase (one draw per purchase).
pub fn drops_out(chance: f64, dropout: &mut Stream) -> bool {
    dropout.uniform() < chance
}
