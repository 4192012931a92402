//! "Explain a member": the tier reviews as the member lived them.

use tierlab::explain::explain;
use tierlab::scenario::{preset, Scenario};

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
