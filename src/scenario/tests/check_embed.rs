//! Tests of the embedded view's sliders in the scenario: a slider leads to a number, runs
//! from a lower to a higher end in a positive step and holds the scenario's value; the
//! field is left out of the JSON when nothing is exposed and read back when something is.

use crate::scenario::tests::check::paths;
use crate::scenario::{parse, validate, EmbedSlider, Scenario};

/// A slider on the field at `path`, with no label of its own.
pub(in crate::scenario) fn slider(path: &str, min: f64, max: f64, step: f64) -> EmbedSlider {
    EmbedSlider {
        path: path.into(),
        min,
        max,
        step,
        label: String::new(),
    }
}

fn with_sliders(sliders: Vec<EmbedSlider>) -> Scenario {
    let mut scenario = Scenario::default();
    scenario.embed.sliders = sliders;
    scenario
}

#[test]
fn a_scenario_exposing_a_tier_threshold_is_valid_and_reads_back() {
    let scenario = with_sliders(vec![EmbedSlider {
        label: "Silver from".into(),
        ..slider("tiers.levels[1].threshold", 0.0, 500.0, 10.0)
    }]);
    assert_eq!(validate(&scenario), Vec::new());
    let json = serde_json::to_string(&scenario).expect("a scenario writes as JSON");
    assert!(json.contains(r#""embed":{"sliders":[{"path":"tiers.levels[1].threshold","min":0.0,"max":500.0,"step":10.0,"label":"Silver from"}]}"#), "{json}");
    assert_eq!(parse(&json), Ok(scenario));
}

#[test]
fn nothing_exposed_leaves_the_field_out_of_the_json() {
    let json = serde_json::to_string(&Scenario::default()).expect("a scenario writes as JSON");
    assert!(!json.contains("embed"), "{json}");
}

#[test]
fn a_slider_must_lead_to_a_number_of_the_scenario() {
    let problems = validate(&with_sliders(vec![
        slider("tiers.levels[7].threshold", 0.0, 1.0, 1.0),
        slider("name", 0.0, 1.0, 1.0),
        slider("embed.sliders", 0.0, 1.0, 1.0),
        slider("tiers..threshold", 0.0, 1.0, 1.0),
    ]));
    assert_eq!(
        paths(&problems),
        vec![
            "embed.sliders[0].path",
            "embed.sliders[1].path",
            "embed.sliders[2].path",
            "embed.sliders[3].path"
        ]
    );
    assert_eq!(
        problems[0].message,
        "the scenario has no field tiers.levels[7].threshold"
    );
    assert_eq!(
        problems[1].message,
        "name is not a number: only numbers can have a slider"
    );
}

#[test]
fn a_slider_runs_upwards_in_a_positive_step_and_may_leave_out_the_current_value() {
    let problems = validate(&with_sliders(vec![
        slider("points.per_currency_unit", 0.5, 0.1, 0.01),
        slider("economics.gross_margin", 0.0, 0.9, 0.0),
        slider("tiers.levels[2].threshold", 400.0, 900.0, 50.0),
        slider("horizon.months", 12.0, 48.0, 1.5),
    ]));
    assert_eq!(
        paths(&problems),
        vec![
            "embed.sliders[0].max",
            "embed.sliders[1].step",
            "embed.sliders[3].step",
        ]
    );
    assert_eq!(
        problems[0].message,
        "0.1 must be above the slider's minimum 0.5"
    );
    // Gold's threshold (300) below the slider's 400 to 900 is no problem: the view widens the
    // slider to reach it, and the planner may edit the field beyond the range and still run.
    assert_eq!(
        problems[2].message,
        "1.5 must be a whole number: horizon.months holds whole numbers"
    );
}

#[test]
fn at_most_six_sliders_and_one_per_field() {
    let mut sliders: Vec<EmbedSlider> = (0..7)
        .map(|_| slider("points.per_currency_unit", 0.0, 5.0, 0.5))
        .collect();
    sliders[0].path = "tiers.levels.1.threshold".into();
    sliders[1].path = "tiers.levels[1].threshold".into();
    for first_two in sliders.iter_mut().take(2) {
        first_two.max = 500.0;
        first_two.step = 50.0;
    }
    let problems = validate(&with_sliders(sliders));
    assert_eq!(problems[0].path, "embed.sliders");
    assert_eq!(
        problems[0].message,
        "7 sliders; an embedded view shows at most 6"
    );
    assert_eq!(problems[1].path, "embed.sliders[1].path");
    // The limit, then the second slider and the four after the third repeat a field.
    assert_eq!(problems.len(), 6, "{problems:?}");
}
