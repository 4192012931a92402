//! Determinism: the same scenario and seed give the same bytes; a member's path depends only
//! on the seed and their id.

use tierlab::digest::results_digest;
use tierlab::explain::explain;
use tierlab::metrics::simulate;
use tierlab::scenario::Scenario;

fn small() -> Scenario {
    let mut s = Scenario::default();
    s.population.starting_members = 1_500;
    s.population.new_members_per_month = 50.0;
    s
}

#[test]
fn the_same_scenario_twice_gives_identical_bytes() {
    let a = serde_json::to_string(&simulate(&small())).unwrap_or_default();
    let b = serde_json::to_string(&simulate(&small())).unwrap_or_default();
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn another_seed_gives_other_results() {
    let mut other = small();
    other.horizon.seed += 1;
    assert_ne!(
        results_digest(&simulate(&small())),
        results_digest(&simulate(&other))
    );
}

#[test]
fn a_members_path_does_not_depend_on_how_many_members_there_are() {
    let mut bigger = small();
    bigger.population.starting_members *= 3;
    for id in [0, 7, 1_499] {
        assert_eq!(explain(&small(), id), explain(&bigger, id), "member {id}");
    }
}
