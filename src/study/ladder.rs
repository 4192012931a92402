//! Writing a ladder of growth thresholds into a scenario's tiers: what goal-seek and the
//! threshold designer propose, applied the same way.
//!
//! Each tier keeps its keep threshold at the same share of its threshold, rounded down,
//! so that keeping a tier never takes more than the share the planner chose. A designed
//! ladder may have more or fewer tiers than the scenario: tiers are added at the top as
//! copies of the top tier (benefits and all) named "Tier N" / "等级 N", or removed from the
//! top.
//!
//! Not for: finding thresholds (`goal_seek`, `designer`).

use crate::scenario::{Scenario, Tier, Wording};

/// A tier's keep threshold at the same share of its new threshold as of its old one,
/// rounded down; a tier whose threshold was 0 keeps its tier at its new threshold.
pub fn keep_threshold_for(tier: &Tier, threshold: u32) -> u32 {
    if tier.threshold == 0 {
        return threshold;
    }
    let keep_share = f64::from(tier.keep_threshold) / f64::from(tier.threshold);
    ((f64::from(threshold) * keep_share).floor() as u32).min(threshold)
}

/// The scenario with these growth thresholds (entry tier's first, 0, strictly rising),
/// each tier keeping its keep threshold at the same share ([`keep_threshold_for`]); or why
/// not, in `wording`'s words.
pub fn with_thresholds(
    scenario: &Scenario,
    thresholds: &[u32],
    wording: Wording,
) -> Result<Scenario, String> {
    let levels = &scenario.tiers.levels;
    if thresholds.len() != levels.len() {
        let (given, tiers) = (thresholds.len(), levels.len());
        return Err(wording.say(
            format!("{given} thresholds for {tiers} tiers"),
            format!("给出了 {given} 个门槛，但方案有 {tiers} 个等级"),
        ));
    }
    let rising = thresholds.windows(2).all(|w| w.first() < w.get(1));
    if thresholds.first() != Some(&0) || !rising {
        return Err(wording.say(
            format!("thresholds {thresholds:?} must start at 0 and rise strictly"),
            format!("门槛 {thresholds:?} 须从 0 开始且逐级严格上升"),
        ));
    }
    let mut changed = scenario.clone();
    for (tier, threshold) in changed.tiers.levels.iter_mut().zip(thresholds) {
        tier.keep_threshold = keep_threshold_for(tier, *threshold);
        tier.threshold = *threshold;
    }
    Ok(changed)
}

/// The name of a tier a designed ladder adds at `place` (1 for the entry tier).
pub fn new_tier_name(place: usize, wording: Wording) -> String {
    wording.say(format!("Tier {place}"), format!("等级 {place}"))
}

/// The scenario with a designed ladder: tiers added at the top (copies of the top tier,
/// named for their place) or removed from it until there is one per threshold, then
/// [`with_thresholds`]. A scenario without tiers has no top tier to copy.
pub fn with_ladder(
    scenario: &Scenario,
    thresholds: &[u32],
    wording: Wording,
) -> Result<Scenario, String> {
    let mut resized = scenario.clone();
    let levels = &mut resized.tiers.levels;
    let Some(top) = levels.last().cloned() else {
        return Err(wording.say(
            "the scenario has no tiers to set thresholds for",
            "方案没有可设置门槛的等级",
        ));
    };
    levels.truncate(thresholds.len());
    while levels.len() < thresholds.len() {
        levels.push(Tier {
            name: new_tier_name(levels.len() + 1, wording),
            ..top.clone()
        });
    }
    with_thresholds(&resized, thresholds, wording)
}
