//! A run made in parts (the page's workers each run some of its blocks of members) gives the
//! same report, to the byte, as the run made at once, however the blocks are shared out and
//! in whatever order the parts come back. Parts that do not make one run are refused.

use tierlab::digest::results_digest;
use tierlab::metrics::{block_count, finish_parts, run_part, simulate, PartsMismatch, RunPart};
use tierlab::scenario::{preset, Scenario};

/// A preset with `starting` members (a few blocks of 4,096) and its campaigns.
fn sized(name: &str, starting: u32) -> Scenario {
    let mut s = preset(name).unwrap_or_else(|| panic!("no preset {name}"));
    s.population.new_members_per_month *=
        f64::from(starting) / f64::from(s.population.starting_members);
    s.population.starting_members = starting;
    s
}

/// The run made in parts cut at `cuts` (block numbers), finished with the parts reversed.
fn in_parts(s: &Scenario, cuts: &[u64]) -> Result<String, PartsMismatch> {
    let blocks = block_count(s);
    let mut edges = vec![0];
    edges.extend(cuts.iter().copied().filter(|c| *c > 0 && *c < blocks));
    edges.push(blocks);
    let mut parts: Vec<RunPart> = edges
        .windows(2)
        .map(|w| run_part(s, w[0]..w[1], &mut |_| {}))
        .collect();
    parts.reverse();
    finish_parts(s, &parts).map(|r| results_digest(&r))
}

#[test]
fn a_run_made_in_parts_is_the_run_made_at_once_to_the_byte() {
    for (name, starting) in [("hotel", 9_000), ("fresh_food", 9_000), ("cdnow", 10_000)] {
        let s = sized(name, starting);
        let blocks = block_count(&s);
        assert!(blocks >= 4, "{name}: {blocks} blocks");
        let whole = results_digest(&simulate(&s));
        for cuts in [vec![1], vec![1, 2, 3], vec![blocks / 2]] {
            assert_eq!(
                in_parts(&s, &cuts),
                Ok(whole.clone()),
                "{name} cut at {cuts:?}"
            );
        }
    }
}

#[test]
fn parts_that_leave_a_block_out_run_one_twice_or_run_backwards_are_refused() {
    let s = sized("cdnow", 10_000);
    let blocks = block_count(&s);
    let part = |range: std::ops::Range<u64>| run_part(&s, range, &mut |_| {});
    let missing = [part(0..1), part(2..blocks)];
    assert_eq!(finish_parts(&s, &missing).err(), Some(PartsMismatch));
    let twice = [part(0..2), part(1..blocks)];
    assert_eq!(finish_parts(&s, &twice).err(), Some(PartsMismatch));
    // Blocks 0 to n + 2, then n + 2 back to n: they meet the count, and run backwards.
    let ended = part(0..1).ends[0];
    let forwards = RunPart {
        blocks: 0..blocks + 2,
        ends: vec![ended; blocks as usize + 2],
        sums: Vec::new(),
    };
    let backwards = RunPart {
        blocks: blocks + 2..blocks,
        ends: Vec::new(),
        sums: Vec::new(),
    };
    assert_eq!(
        finish_parts(&s, &[forwards, backwards]).err(),
        Some(PartsMismatch)
    );
    let mut other_shape = part(0..blocks);
    other_shape.sums.pop();
    assert_eq!(finish_parts(&s, &[other_shape]).err(), Some(PartsMismatch));
}

#[test]
fn a_run_with_a_campaign_budget_is_one_block_served_in_member_id_order() {
    let mut s = sized("hotel", 9_000);
    s.campaigns[0].limits.budget_per_month = 500.0;
    assert_eq!(block_count(&s), 1);
}
