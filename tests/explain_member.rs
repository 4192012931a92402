//! "Explain a member": the tier reviews as the member lived them, the member number as a
//! planner types it, and the month a member came closest to a tier (src/explain/).

use tierlab::explain::asking::explain_asked;
use tierlab::explain::explain;
use tierlab::scenario::{preset, Scenario, Wording};
use tierlab::words::Lang;

/// The hot-pot chain (rolling 12 months, reviewed every month, two months of grace) with
/// fewer members.
fn hotpot() -> Scenario {
    let Some(mut s) = preset("hotpot") else {
        panic!("the hotpot preset is missing");
    };
    s.population.starting_members = 400;
    s.population.new_members_per_month = 0.0;
    s.horizon.months = 24;
    s
}

#[test]
fn a_review_failed_during_grace_shows_as_failed() {
    let s = hotpot();
    let mut failed_in_grace = 0;
    for id in 0..400 {
        let Some(story) = explain(&s, id) else {
            continue;
        };
        let mut in_grace = false;
        for m in &story.months {
            let Some(review) = &m.review else {
                continue;
            };
            if in_grace && review.growth < review.keep_threshold {
                failed_in_grace += 1;
                assert!(
                    review.grace_months_left > 0,
                    "member {id}, month {}: failed in grace with no grace left: {review:?}",
                    m.month
                );
            }
            assert_eq!(
                review.passed,
                m.tier == 0 || review.growth >= review.keep_threshold,
                "member {id}, month {}: {review:?}",
                m.month
            );
            in_grace = review.grace_started || (in_grace && m.tier_moves.is_empty());
        }
        if failed_in_grace >= 3 {
            break;
        }
    }
    assert!(
        failed_in_grace > 0,
        "no member failed a review during grace"
    );
}

#[test]
fn a_number_that_names_no_member_is_said_so_in_the_planners_language() {
    let s = hotpot();
    let zh = Wording::page(Lang::ZhCn);
    // 400 planned members, numbered 0 to 399; hot pot has no referral, so no number from
    // 2^52 on names anyone either (the page used to send those to the engine).
    for asked in ["400", "4503599627370496", "4,503,599,627,370,497"] {
        let said = explain_asked(&s, asked, None, zh).expect_err(asked);
        assert!(said.starts_with("此方案中没有编号为"), "{said}");
        assert!(said.ends_with("会员编号为 0 到 399"), "{said}");
    }
    let said =
        explain_asked(&s, "twelve", None, Wording::page(Lang::En)).expect_err("not a number");
    assert_eq!(
        said,
        "\"twelve\" is not a member number: members are numbered 0 to 399"
    );
    let story = explain_asked(&s, " 3,9 9 ", None, zh).expect("member 399, typed with separators");
    assert_eq!(story.id, 399);
}

#[test]
fn the_closest_approach_to_a_tier_is_the_month_with_the_smallest_shortfall_below_it() {
    let s = hotpot();
    let top = s.tiers.levels.len() - 1;
    let threshold = u64::from(s.tiers.levels[top].threshold);
    let mut told = 0;
    for id in 0..400 {
        let Some(story) = explain(&s, id) else {
            continue;
        };
        let below: Vec<_> = story
            .months
            .iter()
            .filter(|m| m.tier < top && m.qualifying_growth < threshold)
            .collect();
        let closest = story.closest_to(&s, top);
        let Some(best) = below.iter().map(|m| threshold - m.qualifying_growth).min() else {
            assert_eq!(
                closest, None,
                "member {id} never fell short of the top tier"
            );
            continue;
        };
        let Some(closest) = closest else {
            panic!("member {id} fell short of the top tier by {best} at best");
        };
        let month = below
            .iter()
            .find(|m| threshold - m.qualifying_growth == best)
            .expect("the month of the smallest shortfall");
        assert_eq!(
            (closest.shortfall, closest.month),
            (best, month.month),
            "member {id}"
        );
        assert_eq!(closest.qualifying_growth, threshold - best);
        let asked = explain_asked(&s, &id.to_string(), Some(top), Wording::PLAIN);
        assert_eq!(
            asked.map(|story| story.closest),
            Ok(Some(closest)),
            "as the page gets it"
        );
        // Members in the entry tier for whom the top tier is two tiers up: the next tier's
        // shortfall (`NextTier`) would be the wrong figure for them.
        told += usize::from(month.tier + 1 < top);
        if told >= 5 {
            break;
        }
    }
    assert!(
        told > 0,
        "no member fell short of the top tier from two tiers below"
    );
}

#[test]
fn the_near_miss_told_unasked_is_for_the_tier_above_the_highest_reached() {
    let s = hotpot();
    let tiers = s.tiers.levels.len();
    for id in 0..50 {
        let Some(story) = explain(&s, id) else {
            continue;
        };
        let best = story.months.iter().map(|m| m.tier).max().unwrap_or(0);
        let goal = story.next_goal(tiers);
        assert_eq!(goal, (best + 1 < tiers).then_some(best + 1), "member {id}");
    }
}
