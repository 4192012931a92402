//! Growth value (成长值): the status currency that decides the tier (seeds 003, 004).
//!
//! Members earn growth by spending ("every yuan paid is worth N growth") and by behaviours
//! such as daily sign-in, writing a review, completing the profile or inviting a friend.
//! Growth from behaviours is capped per month, so that activity alone cannot race a member
//! up the tiers; growth is never spent.

use crate::random::{Poisson, Stream};
use crate::scenario::GrowthRules;

/// Growth earned for a payment of `paid_cents`, rounded down to whole growth.
pub fn from_spend(rules: &GrowthRules, paid_cents: i64) -> u64 {
    // A cast truncates towards zero (rounds down for a non-negative amount) and saturates.
    (paid_cents.max(0) as f64 / 100.0 * rules.per_currency_unit) as u64
}

/// Growth a member who is still a customer earns from behaviours in a month: for each
/// behaviour, a Poisson number of actions (a one-off behaviour happens at most once per
/// member, with its monthly chance), times its growth per action, all capped by the monthly
/// behaviour cap. `once_done` marks one-off behaviours already done.
/// `actions` holds each behaviour's Poisson distribution of actions per month. Each
/// behaviour takes exactly one draw, done or not, so the draws after it keep their place.
pub fn from_behaviours(
    rules: &GrowthRules,
    actions: &[Poisson],
    once_done: &mut u32,
    stream: &mut Stream,
) -> u64 {
    let mut total = 0u64;
    for (i, behaviour) in rules.behaviours.iter().enumerate() {
        let actions = if behaviour.once {
            let bit = 1u32.checked_shl(i as u32).unwrap_or(0);
            let happens = stream.chance(behaviour.actions_per_month);
            if *once_done & bit != 0 || !happens {
                0
            } else {
                *once_done |= bit;
                1
            }
        } else {
            actions.get(i).map_or(0, |a| stream.poisson(a))
        };
        total += u64::from(actions) * u64::from(behaviour.growth_per_action);
    }
    match rules.behaviour_cap_per_month {
        0 => total,
        cap => total.min(u64::from(cap)),
    }
}
