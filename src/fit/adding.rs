//! Adding a fitted segment to a scenario's population at the share the planner chose: the
//! other segments keep their mix and make room together ("Add as a segment" in the fit
//! panel).
//!
//! Not for: fitting (the parent module) or checking that shares add up (`scenario`).

use crate::behaviour::SegmentBehaviour;
use crate::scenario::{Population, Segment};

/// A share to a millionth of the members, as the page writes shares (six decimals).
fn to_millionths(share: f64) -> f64 {
    (share * 1e6).round() / 1e6
}

/// Adds the segment `name` with `behaviour` at `share` (0–1; outside, the nearer end; not a
/// number, 0) and returns its index:
/// - at 1 it replaces every segment;
/// - at 0 it joins without members (the planner then sets the shares);
/// - in between, the segments with members are scaled together to 1 − share, keeping their
///   mix; each share is rounded to a millionth and the largest takes what the rounding
///   left over, so that the shares add up to 1 exactly.
pub fn add_fitted_segment(
    population: &mut Population,
    name: String,
    behaviour: SegmentBehaviour,
    share: f64,
) -> usize {
    let share = if share.is_nan() {
        0.0
    } else {
        share.clamp(0.0, 1.0)
    };
    if share >= 1.0 {
        population.segments.clear();
    }
    let rest = 1.0 - share;
    let total: f64 = population
        .segments
        .iter()
        .map(|s| s.share)
        .filter(|s| *s > 0.0)
        .sum();
    if share > 0.0 && total > 0.0 {
        let with_members = || population.segments.iter().filter(|s| s.share > 0.0);
        let scaled: Vec<f64> = with_members()
            .map(|s| to_millionths(s.share * rest / total))
            .collect();
        let largest = scaled
            .iter()
            .enumerate()
            .fold(0, |best, (i, s)| if *s > scaled[best] { i } else { best });
        let left_over = rest - scaled.iter().sum::<f64>();
        let members = population.segments.iter_mut().filter(|s| s.share > 0.0);
        for (i, (segment, scaled_share)) in members.zip(&scaled).enumerate() {
            segment.share = if i == largest {
                to_millionths(scaled_share + left_over)
            } else {
                *scaled_share
            };
        }
    }
    population.segments.push(Segment {
        name,
        share: to_millionths(share),
        behaviour,
    });
    population.segments.len() - 1
}
