//! Where a planner is told a scenario is wrong, and how: inside an offer or an audience the
//! problem is at the field itself, once; a documented audience reads; a name cannot forge a
//! line of the problem list; a byte-order mark is not a problem; and odd documents (a huge
//! key, thousands of repeated keys, tens of thousands of campaigns) are answered quickly,
//! with a short, capped list.

use std::time::{Duration, Instant};

use tierlab::scenario::{
    campaign_presets, parse, parse_in, preset, validate, Campaign, Problem, Scenario, Wording,
};
use tierlab::words::Lang;

fn problems(json: &str) -> Vec<Problem> {
    parse(json).err().unwrap_or_default()
}

fn paths(problems: &[Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.path.as_str()).collect()
}

/// The CDNOW preset as JSON, with `campaigns` set to the given JSON list.
fn with_campaigns(campaigns: &str) -> String {
    let scenario = preset("cdnow").expect("the CDNOW preset");
    let mut document = serde_json::to_value(&scenario).expect("a scenario is JSON");
    document["campaigns"] = serde_json::from_str(campaigns).expect("test campaigns are JSON");
    document.to_string()
}

fn campaign(name: &str, audience: &str, offer: &str) -> String {
    format!(
        r#"{{"name": "{name}", "audience": {audience}, "offer": {offer},
            "schedule": {{"start_month": 0, "end_month": 3, "trigger": "once", "validity_days": 30}}}}"#
    )
}

const GIFT: &str = r#"{"kind": "gift", "cost": 1}"#;
const EVERYONE: &str = r#"{"kind": "everyone"}"#;

#[test]
fn an_unknown_stage_in_an_audience_is_reported_at_the_stage_once() {
    let first = campaign("A", EVERYONE, GIFT);
    let second = campaign("B", r#"{"kind": "stage", "stages": ["nope"]}"#, GIFT);
    let found = problems(&with_campaigns(&format!("[{first}, {second}]")));
    assert_eq!(
        paths(&found),
        ["campaigns[1].audience.stages[0]"],
        "{found:?}"
    );
    assert!(
        found[0].message.contains("\"nope\""),
        "{}",
        found[0].message
    );
}

#[test]
fn a_wrong_number_deep_in_a_combined_audience_is_reported_at_that_number() {
    let audience = r#"{"kind": "all", "of": [{"kind": "tenure_months", "min": 0, "max": 3},
        {"kind": "not", "of": {"kind": "purchases", "min": -1, "max": 3}}]}"#;
    let found = problems(&with_campaigns(&format!(
        "[{}]",
        campaign("A", audience, GIFT)
    )));
    assert_eq!(
        paths(&found),
        ["campaigns[0].audience.of[1].of.min"],
        "{found:?}"
    );
}

#[test]
fn a_mistyped_or_unknown_offer_field_is_reported_at_the_field_once() {
    let mistyped = campaign("A", EVERYONE, r#"{"kind": "gift", "cost": "x"}"#);
    let found = problems(&with_campaigns(&format!("[{mistyped}]")));
    assert_eq!(paths(&found), ["campaigns[0].offer.cost"], "{found:?}");
    let unknown = campaign(
        "A",
        EVERYONE,
        r#"{"kind": "amount_off", "min_spend": 1, "amuont": 2}"#,
    );
    let found = problems(&with_campaigns(&format!("[{unknown}]")));
    assert_eq!(
        paths(&found),
        ["campaigns[0].offer.amount", "campaigns[0].offer.amuont"],
        "{found:?}"
    );
    assert!(
        found[1].message.contains("did you mean \"amount\""),
        "{found:?}"
    );
}

#[test]
fn an_unknown_kind_of_audience_is_reported_at_its_kind() {
    let found = problems(&with_campaigns(&format!(
        "[{}]",
        campaign("A", r#"{"kind": "everybody"}"#, GIFT)
    )));
    assert_eq!(paths(&found), ["campaigns[0].audience.kind"], "{found:?}");
}

#[test]
fn an_audience_of_tiers_as_documented_is_accepted() {
    let json = with_campaigns(&format!(
        "[{}]",
        campaign("A", r#"{"kind": "tier", "tiers": [0, 2]}"#, GIFT)
    ));
    let scenario: Result<Scenario, _> = parse(&json);
    assert!(scenario.is_ok(), "{:?}", scenario.err());
}

#[test]
fn a_line_break_in_a_name_or_a_key_cannot_forge_a_line_of_the_problem_list() {
    let forged = "x\ntiers.levels[0].name: forged";
    let mut scenario = preset("cdnow").expect("the CDNOW preset");
    for tier in &mut scenario.tiers.levels {
        tier.name = forged.into();
    }
    let mut document = serde_json::to_value(&scenario).expect("JSON");
    document["horizon"][forged] = 1.into();
    document["campaigns"] = serde_json::from_str(&format!(
        "[{}]",
        campaign("A", r#"{"kind": "segment", "segments": ["a\nb: c"]}"#, GIFT)
    ))
    .expect("JSON");
    for json in [
        serde_json::to_string(&scenario).expect("JSON"),
        document.to_string(),
    ] {
        let found = problems(&json);
        assert!(!found.is_empty());
        for problem in &found {
            let line = problem.to_string();
            assert!(!line.contains(['\n', '\r']), "{line:?}");
        }
    }
}

#[test]
fn a_byte_order_mark_before_a_scenario_is_not_a_problem() {
    let json = serde_json::to_string(&preset("hotel").expect("the hotel preset")).expect("JSON");
    let read = parse(&format!("\u{feff}{json}"));
    assert!(read.is_ok(), "{:?}", read.err());
}

/// Runs `work` and asserts it takes under `most` (generous: the work is linear and takes a
/// small fraction of it; the quadratic version took tens of times longer).
fn quickly<T>(most: Duration, work: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let value = work();
    let took = start.elapsed();
    assert!(took < most, "took {took:?}, more than {most:?}");
    value
}

#[test]
fn a_hundred_and_sixty_thousand_campaigns_are_checked_quickly_with_a_short_list() {
    let mut scenario = preset("cdnow").expect("the CDNOW preset");
    let first = campaign_presets().remove(0);
    scenario.campaigns = (0..160_000)
        .map(|i| Campaign {
            name: format!("C{}", i % 80_000),
            ..first.clone()
        })
        .collect();
    // Finding the 80,000 names given twice took minutes when each name was compared with
    // every name before it.
    let found = quickly(Duration::from_secs(20), || validate(&scenario));
    assert_eq!(found.first().map(|p| p.path.as_str()), Some("campaigns"));
    assert_eq!(found.len(), 101, "a hundred problems and how many more");
    let last = found.last().expect("a problem");
    assert!(
        last.message.contains("more problems not listed"),
        "{last:?}"
    );
}

#[test]
fn a_two_megabyte_unknown_key_is_echoed_short_and_quickly() {
    let key = "k".repeat(2_000_000);
    let json = format!(r#"{{"horizon": {{"{key}": 1}}}}"#);
    let found = quickly(Duration::from_secs(2), || problems(&json));
    assert_eq!(found.len(), 1, "{} problems", found.len());
    assert!(
        found[0].to_string().len() < 1_000,
        "{} bytes",
        found[0].to_string().len()
    );
}

#[test]
fn thousands_of_repeated_keys_list_a_hundred_problems_and_count_the_rest() {
    let repeated = r#""seed": 1, "#.repeat(200_000);
    let json = format!(r#"{{"horizon": {{{repeated} "months": 12}}}}"#);
    let found = quickly(Duration::from_secs(5), || problems(&json));
    assert!(found.len() <= 101, "{} problems listed", found.len());
    let last = found.last().expect("a problem");
    assert!(
        last.message.contains("199,899 more"),
        "the last problem says how many more: {last:?}"
    );
    let chinese = parse_in(&json, Wording::page(Lang::ZhCn))
        .err()
        .unwrap_or_default();
    let last = chinese.last().expect("a problem");
    assert_eq!(last.message, "……另有 199,899 个问题未列出");
}

#[test]
fn a_document_past_ten_megabytes_is_refused_by_its_size_before_it_is_read() {
    let items = "1,".repeat(6_000_000);
    let json = format!(r#"{{"population": {{"segments": [{items}1]}}}}"#);
    let found = quickly(Duration::from_secs(2), || problems(&json));
    assert_eq!(
        found,
        [Problem {
            path: String::new(),
            message: "the scenario is 12,000,033 bytes long; a scenario is at most 10,000,000"
                .into(),
        }]
    );
    let chinese = parse_in(&json, Wording::page(Lang::ZhCn))
        .err()
        .unwrap_or_default();
    assert_eq!(
        chinese[0].message,
        "方案长 12,000,033 字节；方案最多 10,000,000 字节"
    );
}
