//! Tests of [`crate::scenario::parse`]: text that is not JSON, every structure problem at its path and
//! in a planner's words, the order problems come back in, and no panic on any input. The
//! range checks it runs once the structure is right are tested in `tests::check`.

use crate::scenario::tests::check::paths;
use crate::scenario::{parse, parse_in, preset, preset_names, Problem, Scenario, Wording};
use crate::words::Lang;

fn problems_of(json: &str) -> Vec<Problem> {
    match parse(json) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    }
}

#[test]
fn parse_returns_every_range_problem_of_a_well_formed_document() {
    let problems = problems_of(
        r#"{"horizon": {"months": 200, "start_month": 0}, "goal_gradient": {"within_share": 1}}"#,
    );
    assert_eq!(
        paths(&problems),
        vec![
            "horizon.months",
            "horizon.start_month",
            "goal_gradient.within_share"
        ]
    );
    assert_eq!(problems[0].message, "200 must be from 1 to 120");
    assert_eq!(problems[2].message, "1 must be at least 0 and below 1");
}

#[test]
fn a_type_error_comes_back_with_its_path_and_a_plain_sentence() {
    let problems = problems_of(
        r#"{"tiers": {"levels": [
            {"name": "Regular", "threshold": 0, "keep_threshold": 0},
            {"name": "Silver", "threshold": "2000", "keep_threshold": 0}
        ]}}"#,
    );
    assert_eq!(
        problems,
        vec![Problem {
            path: "tiers.levels[1].threshold".into(),
            message: "expected a whole number (0 or more), got the text \"2000\"".into(),
        }]
    );
}

#[test]
fn fractions_and_negatives_where_whole_numbers_belong_are_named() {
    let problems = problems_of(r#"{"horizon": {"months": 1.5, "start_month": -1}}"#);
    assert_eq!(
        paths(&problems),
        vec!["horizon.months", "horizon.start_month"]
    );
    assert_eq!(
        problems[0].message,
        "expected a whole number (0 or more), got 1.5"
    );
    assert_eq!(
        problems[1].message,
        "expected a whole number from 0 to 4294967295, got -1"
    );
}

#[test]
fn starting_members_past_any_count_is_refused_with_the_tabs_member_limit() {
    let json = r#"{"population": {"starting_members": 1000000000000}}"#;
    let english = problems_of(json);
    assert_eq!(
        english,
        vec![Problem {
            path: "population.starting_members".into(),
            message: "expected a whole number from 0 to 5,000,000 (a tab holds at most 5,000,000 members), got 1000000000000".into(),
        }]
    );
    let chinese = parse_in(json, Wording::page(Lang::ZhCn))
        .err()
        .unwrap_or_default();
    assert_eq!(paths(&chinese), vec!["population.starting_members"]);
    assert_eq!(
        chinese[0].message,
        "应为 0 到 5,000,000 之间的整数（一个标签页最多容纳 5,000,000 人），实际为 1000000000000"
    );
    let negative = problems_of(r#"{"population": {"starting_members": -1}}"#);
    assert!(
        negative[0]
            .message
            .starts_with("expected a whole number from 0 to 5,000,000"),
        "{}",
        negative[0].message
    );
}

#[test]
fn an_unknown_field_comes_back_with_its_path_and_a_suggestion() {
    let problems = problems_of(r#"{"horizon": {"monhts": 12}}"#);
    assert_eq!(paths(&problems), vec!["horizon.monhts"]);
    assert!(
        problems[0]
            .message
            .starts_with("\"monhts\" is not a field here (did you mean \"months\"?)"),
        "{}",
        problems[0].message
    );
}

#[test]
fn every_structure_problem_comes_back_at_once() {
    let problems = problems_of(
        r#"{"nme": "x", "horizon": {"months": "ten"}, "tiers": {"basis": "weekly"},
            "points": {"rewards": [{"name": "Mug", "points": 100}]}}"#,
    );
    assert_eq!(
        paths(&problems),
        vec![
            "nme",
            "horizon.months",
            "tiers.basis",
            "points.rewards[0].cost"
        ]
    );
    assert!(
        problems[2].message.contains("rolling_12_months"),
        "{}",
        problems[2].message
    );
    assert_eq!(problems[3].message, "this required field is missing");
}

#[test]
fn a_problem_inside_a_segment_behaviour_points_at_the_field() {
    let problems = problems_of(
        r#"{"population": {"segments": [{"name": "All", "share": 1, "behaviour": {
            "form": "planner", "purchases_per_month": "two", "purchase_rate_spread": 1,
            "lost_per_year": 0.3, "average_order_value": 80, "order_value_spread": 0.5,
            "loyalty": 3}}]}}"#,
    );
    assert_eq!(
        paths(&problems),
        vec![
            "population.segments[0].behaviour.purchases_per_month",
            "population.segments[0].behaviour.loyalty",
        ]
    );
    let problems = problems_of(
        r#"{"population": {"segments": [{"name": "All", "share": 1, "behaviour": {
            "form": "model", "purchases": {"r": 0.2, "alpha": 4, "a": 0.8},
            "spend": {"p": 6, "q": "3", "gamma": 15}}}]}}"#,
    );
    assert_eq!(
        paths(&problems),
        vec![
            "population.segments[0].behaviour.purchases.b",
            "population.segments[0].behaviour.spend.q",
        ]
    );
}

#[test]
fn a_field_that_does_not_apply_to_its_kind_is_reported() {
    let problems = problems_of(r#"{"points": {"expiry": {"kind": "never", "months": 12}}}"#);
    assert_eq!(paths(&problems), vec!["points.expiry.months"]);
    let problems =
        problems_of(r#"{"points": {"expiry": {"kind": "after_inactivity", "months": "12"}}}"#);
    assert_eq!(paths(&problems), vec!["points.expiry.months"]);
    let problems = problems_of(r#"{"population": {"history": {"kind": "old"}}}"#);
    assert_eq!(paths(&problems), vec!["population.history.kind"]);
}

#[test]
fn a_list_where_an_object_belongs_is_refused() {
    assert_eq!(paths(&problems_of("[]")), vec![""]);
    assert_eq!(
        paths(&problems_of(r#"{"horizon": [36, 1]}"#)),
        vec!["horizon"]
    );
    assert_eq!(
        paths(&problems_of(
            r#"{"tiers": {"levels": [["Regular", 0, 0]]}}"#
        )),
        vec!["tiers.levels[0]"]
    );
}

#[test]
fn a_field_given_twice_is_reported() {
    let problems = problems_of(r#"{"horizon": {"months": 12, "months": 24}}"#);
    assert_eq!(
        problems,
        vec![Problem {
            path: "horizon.months".into(),
            message: "this field is given twice; keep only one".into(),
        }]
    );
}

#[test]
fn text_that_is_not_json_says_where() {
    let problems = problems_of("{\n  \"horizon\": {\"months\": 12,}\n}");
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].message,
        "not valid JSON at line 2, column 28: there is a comma just before a closing bracket or brace"
    );
    let problems = problems_of(r#"{"horizon": {"months": 1e400}}"#);
    assert_eq!(paths(&problems), vec!["horizon.months"]);
    assert!(problems[0].message.ends_with("a number is too large"));
    assert_eq!(problems_of("").len(), 1);
    assert_eq!(problems_of(r#"{"name": "x"} trailing"#).len(), 1);
}

#[test]
fn a_scenario_with_a_trillion_members_is_refused_before_it_runs() {
    let problems = problems_of(r#"{"population": {"new_members_per_month": 1e12}}"#);
    assert_eq!(
        problems,
        vec![Problem {
            path: "population".into(),
            message: "36,000,000,010,000 members would be simulated (10,000 starting + 36,000,000,000,000 joining over 36 months); a tab holds at most 5,000,000".into(),
        }]
    );
}

#[test]
fn a_wrong_version_is_refused() {
    let problems = problems_of(r#"{"version": 2}"#);
    assert_eq!(
        problems,
        vec![Problem {
            path: "version".into(),
            message: "version 2 is not one this build reads; it reads version 1".into(),
        }]
    );
}

#[test]
fn no_cut_off_or_mangled_document_panics() {
    let json = serde_json::to_string(&preset("hotel").expect("hotel preset")).expect("json");
    let mut cut = 0;
    while cut < json.len() {
        if json.is_char_boundary(cut) {
            let _ = parse(&json[..cut]);
        }
        cut += 7;
    }
    for (from, to) in [
        ("\"months\":36", "\"months\":4294967296"),
        ("\"share\":", "\"share\":-"),
        ("\"form\":\"planner\"", "\"form\":\"model\""),
        ("\"levels\":[", "\"levels\":[[],"),
        ("\"threshold\":", "\"threshold\":null,\"x\":"),
        ("\"kind\":", "\"kind\":7,\"k\":"),
    ] {
        let mangled = json.replacen(from, to, 1);
        assert!(parse(&mangled).is_err(), "{from} → {to} should be refused");
    }
}

#[test]
fn a_scenario_as_a_json_document_holds_every_figure_exactly_as_written_into_a_value() {
    let mut awkward = Scenario::default();
    awkward.lifecycle.maturity_spend = 0.1 + 0.2;
    let mut scenarios: Vec<Scenario> = preset_names().into_iter().filter_map(preset).collect();
    scenarios.push(awkward);
    let mut tiny = Scenario::default();
    tiny.lifecycle.maturity_spend = 5e-324;
    scenarios.push(tiny);
    for scenario in scenarios {
        assert_eq!(
            scenario.to_json_value().ok(),
            serde_json::to_value(&scenario).ok(),
            "{}",
            scenario.name
        );
    }
}
