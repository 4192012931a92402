//! The defaults a scenario's missing fields take come from the core alone
//! (`scenario::read_in`, the page's `normalize`): a draft the planner is still editing reads
//! with every default written in, its range problems beside it.

use tierlab::scenario::{parse, read_in, Scenario, Wording};

/// A draft that sets a name, a too-long horizon and one tier with only what a tier needs.
const DRAFT: &str = r#"{
  "version": 1,
  "name": "Draft",
  "horizon": { "months": 500 },
  "tiers": { "levels": [{ "name": "Member", "threshold": 0, "keep_threshold": 0 }] },
  "campaigns": [{
    "name": "Welcome",
    "offer": { "kind": "bonus_points", "points": 100 },
    "schedule": { "start_month": 0, "end_month": 11, "trigger": "on_joining", "validity_days": 30 }
  }]
}"#;

#[test]
fn a_draft_with_a_range_problem_reads_with_every_default_written_in() {
    let reading = read_in(DRAFT, Wording::PLAIN);
    let paths: Vec<&str> = reading.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["horizon.months"]);
    let Some(draft) = reading.scenario else {
        panic!(
            "a draft whose structure is right reads: {:?}",
            reading.problems
        );
    };
    let defaults = Scenario::default();
    assert_eq!(draft.horizon.months, 500, "the planner's own figure stays");
    assert_eq!(draft.horizon.seed, defaults.horizon.seed);
    assert_eq!(draft.population, defaults.population);
    assert_eq!(draft.lifecycle, defaults.lifecycle);
    assert_eq!(draft.points, defaults.points);
    let tier = &draft.tiers.levels[0];
    assert_eq!(
        (tier.earn_multiplier, tier.redemption_per_month),
        (1.0, 0.0)
    );
    let welcome = &draft.campaigns[0];
    assert_eq!((welcome.holdout_share, welcome.gives_growth), (0.0, false));
    assert_eq!(welcome.limits, Default::default());
}

#[test]
fn the_written_in_defaults_read_back_as_the_same_scenario() {
    let Some(draft) = read_in(DRAFT, Wording::PLAIN).scenario else {
        panic!("the draft reads");
    };
    let written = serde_json::to_string(&draft).expect("JSON");
    let again = read_in(&written, Wording::PLAIN)
        .scenario
        .expect("reads again");
    assert_eq!(again, draft);
}

#[test]
fn a_document_that_does_not_read_as_a_scenario_has_no_defaults_to_show() {
    for text in [
        "{",
        "[]",
        r#"{"version": 1, "name": "x", "horizon": {"weeks": 3}}"#,
    ] {
        let reading = read_in(text, Wording::PLAIN);
        assert!(reading.scenario.is_none(), "{text}");
        assert!(!reading.problems.is_empty(), "{text}");
        assert_eq!(parse(text).err(), Some(reading.problems), "{text}");
    }
}
