//! Issue 16: "Add as a segment" in the fit panel is a rule of the core, not of the page.
//! A fitted segment joins the population at the planner's share; the other segments keep
//! their mix and shrink together, each to a millionth, the largest taking what rounding
//! left, so the shares add up to 1; at 100% it replaces them, at 0% it joins without
//! members.

use tierlab::behaviour::SegmentBehaviour;
use tierlab::fit::adding::add_fitted_segment;
use tierlab::scenario::{Population, Scenario, Segment};

/// The default population with segments of these names and shares.
fn population(shares: &[(&str, f64)]) -> Population {
    let mut population = Scenario::default().population;
    population.segments = shares
        .iter()
        .map(|(name, share)| Segment {
            name: name.to_string(),
            share: *share,
            behaviour: SegmentBehaviour::cdnow(),
        })
        .collect();
    population
}

fn shares(population: &Population) -> Vec<(&str, f64)> {
    population
        .segments
        .iter()
        .map(|s| (s.name.as_str(), s.share))
        .collect()
}

fn add(population: &mut Population, share: f64) -> usize {
    add_fitted_segment(
        population,
        "Fitted".into(),
        SegmentBehaviour::cdnow(),
        share,
    )
}

#[test]
fn a_fitted_segment_at_a_quarter_shrinks_the_others_to_three_quarters_keeping_their_mix() {
    let mut p = population(&[("Loyal", 0.6), ("Occasional", 0.4)]);
    assert_eq!(add(&mut p, 0.25), 2);
    assert_eq!(
        shares(&p),
        [("Loyal", 0.45), ("Occasional", 0.3), ("Fitted", 0.25)]
    );
}

#[test]
fn the_largest_segment_takes_what_rounding_to_a_millionth_left_so_shares_add_up_to_one() {
    let mut p = population(&[("A", 0.333_333), ("B", 0.333_334), ("C", 0.333_333)]);
    add(&mut p, 0.1);
    // 0.9 × each third rounds to 0.3 or 0.300001; B, the largest, takes the difference.
    assert_eq!(
        shares(&p),
        [("A", 0.3), ("B", 0.3), ("C", 0.3), ("Fitted", 0.1)]
    );
    let mut p = population(&[("A", 0.5), ("B", 0.25), ("C", 0.25)]);
    add(&mut p, 1.0 / 3.0);
    let sum: f64 = p.segments.iter().map(|s| s.share).sum();
    assert!((sum - 1.0).abs() < 1e-12, "shares add up to {sum}");
    assert_eq!(
        shares(&p),
        [
            ("A", 0.333_333),
            ("B", 0.166_667),
            ("C", 0.166_667),
            ("Fitted", 0.333_333)
        ]
    );
}

#[test]
fn a_fitted_segment_at_one_hundred_percent_replaces_every_segment() {
    let mut p = population(&[("Loyal", 0.6), ("Occasional", 0.4)]);
    assert_eq!(add(&mut p, 1.0), 0);
    assert_eq!(shares(&p), [("Fitted", 1.0)]);
    let mut p = population(&[("Loyal", 1.0)]);
    assert_eq!(add(&mut p, 7.5), 0, "a share above 1 is 1");
    assert_eq!(shares(&p), [("Fitted", 1.0)]);
}

#[test]
fn a_fitted_segment_at_zero_joins_without_members_and_leaves_the_others_alone() {
    for share in [0.0, -0.2, f64::NAN] {
        let mut p = population(&[("Loyal", 0.6), ("Occasional", 0.4)]);
        assert_eq!(add(&mut p, share), 2, "{share}");
        assert_eq!(
            shares(&p),
            [("Loyal", 0.6), ("Occasional", 0.4), ("Fitted", 0.0)],
            "{share}"
        );
    }
}

#[test]
fn segments_without_members_stay_empty_and_a_draft_that_does_not_add_up_is_scaled_to_the_rest() {
    let mut p = population(&[("Loyal", 0.3), ("Dormant", 0.0), ("Occasional", 0.1)]);
    add(&mut p, 0.2);
    assert_eq!(
        shares(&p),
        [
            ("Loyal", 0.6),
            ("Dormant", 0.0),
            ("Occasional", 0.2),
            ("Fitted", 0.2)
        ]
    );
}

#[test]
fn the_fitted_segment_carries_its_name_and_behaviour() {
    let mut p = population(&[]);
    let behaviour = Scenario::default().population.segments[0].behaviour;
    let index = add_fitted_segment(&mut p, "cdnow_sample (fitted)".into(), behaviour, 0.5);
    assert_eq!(index, 0);
    assert_eq!(p.segments[0].name, "cdnow_sample (fitted)");
    assert_eq!(p.segments[0].share, 0.5);
    assert_eq!(p.segments[0].behaviour, behaviour);
}
