//! What a planner asks "Explain a member" about, answered by the core: which members a
//! scenario has, the member number as typed (and why it names no one, in the page's
//! language), and the month a member came closest to a tier they did not reach.
//!
//! Not for: recording a member's months (`super`), or finding the member who came closest
//! to a tier (`super::member_who_almost_reached`).

use serde::Serialize;

use super::{explain, MemberStory};
use crate::engine::REFERRED_IDS_FROM;
use crate::population::total_members;
use crate::scenario::{echo, grouped, Scenario, Wording};

/// Whether `id` can name a member of the scenario: a planned member (0 to the last one the
/// scenario plans), or, when members refer others, one brought by referral (their ids run
/// from [`REFERRED_IDS_FROM`], 2^52, below 2^53). No other number names anyone, so asking
/// for one runs nothing.
pub fn may_name_a_member(scenario: &Scenario, id: u64) -> bool {
    let referred = REFERRED_IDS_FROM..2 * REFERRED_IDS_FROM;
    id < total_members(scenario)
        || (scenario.referral.referrals_per_month > 0.0 && referred.contains(&id))
}

/// A member number as a planner types it: digits, the thousands grouped by commas or spaces
/// if they like ("12,345").
pub fn member_number(text: &str) -> Option<u64> {
    let digits: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',')
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// How the scenario's members are numbered, in `wording`'s words: "members are numbered 0
/// to 12,399" (and where referred members' numbers start, when members refer others).
pub fn numbering(scenario: &Scenario, wording: Wording) -> String {
    let planned = total_members(scenario);
    match planned.checked_sub(1) {
        None => wording.say("this scenario has no members", "此方案没有会员"),
        Some(last) => {
            let last = grouped(last);
            let (en, zh) = (
                format!("members are numbered 0 to {last}"),
                format!("会员编号为 0 到 {last}"),
            );
            if scenario.referral.referrals_per_month > 0.0 {
                let from = grouped(REFERRED_IDS_FROM);
                wording.say(
                    format!("{en}, and those brought by referral from {from} on"),
                    format!("{zh}，经推荐加入的会员编号从 {from} 起"),
                )
            } else {
                wording.say(en, zh)
            }
        }
    }
}

/// The story of the member the planner typed (`text`), with the month they came closest to
/// `tier` (when none is given, the tier above the highest they reached); or why there is no
/// such member, in `wording`'s words.
pub fn explain_asked(
    scenario: &Scenario,
    text: &str,
    tier: Option<usize>,
    wording: Wording,
) -> Result<MemberStory, String> {
    let numbered = numbering(scenario, wording);
    let Some(id) = member_number(text) else {
        let typed = echo(text.trim());
        return Err(wording.say(
            format!("\"{typed}\" is not a member number: {numbered}"),
            format!("“{typed}”不是会员编号：{numbered}"),
        ));
    };
    let Some(mut story) = explain(scenario, id) else {
        let id = grouped(id);
        return Err(wording.say(
            format!("there is no member {id} in this scenario: {numbered}"),
            format!("此方案中没有编号为 {id} 的会员：{numbered}"),
        ));
    };
    let goal = tier.or_else(|| story.next_goal(scenario.tiers.levels.len()));
    story.closest = goal.and_then(|goal| story.closest_to(scenario, goal));
    Ok(story)
}

/// The month a member's qualifying growth came closest to a tier's threshold while they
/// were below that tier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClosestApproach {
    pub tier: usize,
    pub month: u32,
    pub qualifying_growth: u64,
    /// Growth still missing for the tier at the end of that month.
    pub shortfall: u64,
    /// The month of the next review after it, when growth is checked (None for a lifetime
    /// basis).
    pub next_review_month: Option<u32>,
}

impl MemberStory {
    /// The tier to tell the near miss for when the planner names none: the one above the
    /// highest the member reached (None when they reached the top of `tiers`).
    pub fn next_goal(&self, tiers: usize) -> Option<usize> {
        let best = self.months.iter().map(|m| m.tier).max().unwrap_or(0);
        (best + 1 < tiers).then_some(best + 1)
    }

    /// The month the member came closest to the scenario's tier `tier` while below it: the
    /// smallest shortfall, the first month among equals; None if there is no such tier or
    /// they never fell short of it while below it.
    pub fn closest_to(&self, scenario: &Scenario, tier: usize) -> Option<ClosestApproach> {
        let threshold = u64::from(scenario.tiers.levels.get(tier)?.threshold);
        self.months
            .iter()
            .filter(|m| m.tier < tier && m.qualifying_growth < threshold)
            .min_by_key(|m| threshold - m.qualifying_growth)
            .map(|m| ClosestApproach {
                tier,
                month: m.month,
                qualifying_growth: m.qualifying_growth,
                shortfall: threshold - m.qualifying_growth,
                next_review_month: m.next_tier.as_ref().and_then(|n| n.next_review_month),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_number_may_group_its_thousands() {
        assert_eq!(member_number("12,345"), Some(12_345));
        assert_eq!(member_number(" 12 345 "), Some(12_345));
        assert_eq!(member_number("0"), Some(0));
        for not_a_number in ["", "-1", "1.5", "abc", "99999999999999999999999"] {
            assert_eq!(member_number(not_a_number), None, "{not_a_number}");
        }
    }
}
