//! When members buy and when they stop: the BG/NBD process with the programme's effects.
//!
//! While still a customer a member buys as a Poisson process whose weekly rate is their λ
//! times the programme's effects (tier uplift, goal gradient). Purchases are placed by
//! using up unit-exponential "intensity" draws: the next purchase happens when the
//! member's accumulated intensity reaches the next draw. Purchase *j*'s draws hold the wait
//! to purchase *j* + 1, so the same draws serve any rate and a faster-buying member in
//! scenario B makes the same purchases as in scenario A, only sooner (common random
//! numbers). After each repeat purchase the member drops out for good with probability p
//! times the tier's dropout reduction (Fader, Hardie & Lee 2005).

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

/// When a member's next purchase comes: the purchase intensity still to use up, counted
/// from `origin_day` at `rate_per_day`. The intensity is only re-counted when the rate
/// changes, so a member whose rate does not change buys at exactly the days the waits
/// give, however the months are cut.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PurchaseClock {
    intensity: f64,
    origin_day: f64,
    rate_per_day: f64,
}

impl PurchaseClock {
    /// After a purchase on `day`: the next one is `wait` (a unit exponential) of intensity
    /// away, at the same rate.
    pub fn restart(&mut self, day: f64, wait: f64) {
        self.intensity = wait;
        self.origin_day = day;
    }

    /// From `day` on, the member buys at `rate_per_day`.
    pub fn set_rate(&mut self, day: f64, rate_per_day: f64) {
        if rate_per_day != self.rate_per_day {
            self.intensity -= self.rate_per_day * (day - self.origin_day);
            self.origin_day = day;
            self.rate_per_day = rate_per_day;
        }
    }

    /// The day of the next purchase at the current rate (never, at a rate of 0).
    pub fn next_day(&self) -> f64 {
        if self.rate_per_day > 0.0 {
            self.origin_day + self.intensity / self.rate_per_day
        } else {
            f64::INFINITY
        }
    }
}

/// The next purchase day from `from_day` on at `rate_per_week`, if it comes by `end_day`.
pub fn next_purchase_day(
    clock: &mut PurchaseClock,
    rate_per_week: f64,
    from_day: f64,
    end_day: f64,
) -> Option<f64> {
    clock.set_rate(from_day, rate_per_week / 7.0);
    let day = clock.next_day();
    (day <= end_day).then_some(day)
}

/// Whether the member drops out for good after a repeat purchase, given the purchase's
/// dropout draw (uniform on [0, 1)).
pub fn drops_out(chance: f64, draw: f64) -> bool {
    draw < chance
}
