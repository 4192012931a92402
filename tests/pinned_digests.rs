//! Pinned digests: every preset as shipped, and `tests/data/determinism.json` (the scenario
//! the browser tests run too), gives the results and charts recorded in
//! `tests/data/pinned_digests.txt`, to the byte. A change to the engine, a rule or a chart
//! that moves any figure fails here until the file is written anew
//! (`bash tests/tasks.sh pin-digests`) in a commit that says why.

use tierlab::digest::results_digest;
use tierlab::metrics::simulate;
use tierlab::scenario::{parse, preset, preset_names, Scenario};

fn pinned() -> Vec<(String, String)> {
    include_str!("data/pinned_digests.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (name, digest) = line
                .split_once(' ')
                .unwrap_or_else(|| panic!("'{line}' is not 'name digest'"));
            (name.to_string(), digest.to_string())
        })
        .collect()
}

fn scenario(name: &str) -> Scenario {
    if name == "determinism.json" {
        let text = include_str!("data/determinism.json");
        return parse(text).unwrap_or_else(|problems| panic!("{problems:?}"));
    }
    preset(name).unwrap_or_else(|| panic!("no preset {name}"))
}

#[test]
fn every_preset_and_the_determinism_scenario_is_pinned() {
    let names: Vec<String> = pinned().into_iter().map(|(name, _)| name).collect();
    let mut expected: Vec<String> = preset_names().iter().map(|n| n.to_string()).collect();
    expected.push("determinism.json".to_string());
    assert_eq!(names, expected);
}

#[test]
fn every_pinned_run_gives_its_pinned_digest() {
    let moved: Vec<String> = pinned()
        .into_iter()
        .filter_map(|(name, digest)| {
            let now = results_digest(&simulate(&scenario(&name)));
            (now != digest).then(|| format!("{name}: pinned {digest}, now {now}"))
        })
        .collect();
    assert!(moved.is_empty(), "digests moved:\n{}", moved.join("\n"));
}
