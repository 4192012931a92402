//! Browser tests of the study calls, inside a dedicated Web Worker as the page makes them:
//! one seed per call comes back as a run summary that combines into bands; a comparison
//! returns its table, charts and CSV; bad input comes back as problems with paths, said in
//! Chinese for a zh-CN page.
//! Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web_study`.
#![cfg(target_arch = "wasm32")]

mod chinese;

use chinese::assert_said_in_chinese;
use tierlab::scenario::{Problem, Scenario};
use tierlab::web::study::{
    combine_replications, compare_scenarios, design_ladder, kpi_names, replication_seeds,
    run_summary, seek_liability, seek_tier_thresholds, sweep_parameter, tornado_chart,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

/// The default programme with 200 starting members over 6 months: quick in a debug build.
fn small() -> Scenario {
    let mut scenario = Scenario::default();
    scenario.population.starting_members = 200;
    scenario.population.new_members_per_month = 20.0;
    scenario.horizon.months = 6;
    scenario
}

fn small_json() -> String {
    serde_json::to_string(&small()).unwrap_or_default()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn json(value: &JsValue) -> String {
    js_sys::JSON::stringify(value)
        .map(String::from)
        .unwrap_or_default()
}

fn chart_ids(value: &JsValue) -> Vec<String> {
    js_sys::Array::from(&get(value, "charts"))
        .iter()
        .map(|pair| {
            js_sys::Array::from(&pair)
                .get(0)
                .as_string()
                .unwrap_or_default()
        })
        .collect()
}

fn first_problem_path(outcome: &JsValue) -> String {
    let problems = js_sys::Array::from(&get(outcome, "problems"));
    get(&problems.get(0), "path")
        .as_string()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn seeds_run_one_call_each_and_combine_into_bands_in_a_worker() {
    let scenario = small_json();
    let seeds = replication_seeds(&scenario, 2.0, "en");
    assert_eq!(get(&seeds, "ok"), JsValue::TRUE);
    let seeds = js_sys::Array::from(&get(&seeds, "value"));
    assert_eq!(seeds.length(), 2);
    let runs: Vec<String> = seeds
        .iter()
        .map(|seed| {
            let outcome = run_summary(&scenario, seed.as_f64().unwrap_or(-1.0), "en");
            assert_eq!(get(&outcome, "ok"), JsValue::TRUE, "{}", json(&outcome));
            json(&get(&outcome, "value"))
        })
        .collect();
    let runs_json = format!("[[{}],[{}]]", runs.join(","), runs.join(","));
    let combined = combine_replications(&runs_json, "zh-CN");
    assert_eq!(get(&combined, "ok"), JsValue::TRUE, "{}", json(&combined));
    let value = get(&combined, "value");
    assert_eq!(
        chart_ids(&value),
        [
            "bands_active_members",
            "bands_revenue",
            "bands_programme_cost",
            "bands_liability",
            "bands_differences"
        ]
    );
    let csv = get(&value, "csv").as_string().unwrap_or_default();
    assert!(csv.starts_with("方案,名称,度量,指标,指标代码"), "{csv}");
}

#[wasm_bindgen_test]
fn a_comparison_returns_its_table_overlays_and_csv() {
    let scenario = small_json();
    let outcome = compare_scenarios(&format!("[{scenario},{scenario}]"), "en");
    assert_eq!(get(&outcome, "ok"), JsValue::TRUE, "{}", json(&outcome));
    let value = get(&outcome, "value");
    assert_eq!(chart_ids(&value).len(), 5);
    let kpis = js_sys::Array::from(&get(&get(&value, "comparison"), "kpis"));
    assert!(kpis.length() > 10);
    let csv = get(&value, "csv").as_string().unwrap_or_default();
    assert!(csv.starts_with("KPI,KPI id,Unit,"), "{csv}");
}

#[wasm_bindgen_test]
fn a_comparison_s_csv_for_the_page_keeps_a_name_like_a_formula_as_text() {
    let mut scenario = small();
    scenario.name = "=HYPERLINK(\"http://evil.example\")".into();
    let scenario = serde_json::to_string(&scenario).unwrap_or_default();
    let outcome = compare_scenarios(&format!("[{scenario},{scenario}]"), "zh-CN");
    let csv = get(&get(&outcome, "value"), "csv")
        .as_string()
        .unwrap_or_default();
    assert!(
        csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","),
        "{csv}"
    );
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");
}

#[wasm_bindgen_test]
fn every_study_s_csv_is_in_the_page_s_language() {
    let scenario = small_json();
    let csv = |outcome: JsValue| {
        get(&get(&outcome, "value"), "csv")
            .as_string()
            .unwrap_or_default()
    };
    let gold = "tiers.levels[2].threshold";
    let swept = csv(sweep_parameter(
        &scenario, gold, 200.0, 400.0, 2.0, "", "zh-CN",
    ));
    assert!(swept.starts_with(&format!("{gold},问题,")), "{swept}");
    let bars = csv(tornado_chart(
        &scenario,
        "active_members_at_end",
        0.2,
        "zh-CN",
    ));
    assert!(bars.starts_with("假设,指标,指标代码,单位,"), "{bars}");
    let seek = csv(seek_tier_thresholds(
        &scenario,
        3.0,
        "[0.5,0.3,0.2]",
        "zh-CN",
    ));
    assert!(seek.starts_with("等级,门槛,"), "{seek}");
    let ceiling = csv(seek_liability(&scenario, "earn_rate", 1e12, "zh-CN"));
    assert!(ceiling.starts_with("调节项,"), "{ceiling}");
    let design =
        r#"{"years_to_top":3,"daily_growth_cap":20,"tiers":4,"progression":{"kind":"fibonacci"}}"#;
    let ladder = csv(design_ladder(design, "zh-CN"));
    assert!(ladder.starts_with("等级（0 = 入门级）,"), "{ladder}");
    let english = csv(design_ladder(design, "en"));
    assert!(
        english.starts_with("Tier (0 = entry),Threshold,"),
        "{english}"
    );
}

#[wasm_bindgen_test]
fn bad_study_input_comes_back_as_problems_with_paths() {
    let scenario = small_json();
    let fractional_seed = run_summary(&scenario, 1.5, "en");
    assert_eq!(get(&fractional_seed, "ok"), JsValue::FALSE);
    assert_eq!(first_problem_path(&fractional_seed), "seed");
    let broken_b = compare_scenarios(
        &format!("[{scenario},{{\"horizon\":{{\"months\":-1}}}}]"),
        "en",
    );
    assert_eq!(get(&broken_b, "ok"), JsValue::FALSE);
    assert!(
        first_problem_path(&broken_b).starts_with("[1]"),
        "{}",
        json(&broken_b)
    );
    for runs_json in ["", "[]", "[[]]", "[[{\"seed\": 1}]]"] {
        let outcome = combine_replications(runs_json, "en");
        assert_eq!(get(&outcome, "ok"), JsValue::FALSE, "{runs_json}");
    }
}

#[wasm_bindgen_test]
fn each_study_names_the_argument_at_fault() {
    let scenario = small_json();
    let cases = [
        (tornado_chart(&scenario, "revenue", 1.5, "en"), "change"),
        (tornado_chart(&scenario, "happiness", 0.2, "en"), "kpi"),
        (
            seek_tier_thresholds(&scenario, 99.0, "[0.5,0.5]", "en"),
            "month",
        ),
        (
            seek_tier_thresholds(&scenario, 3.0, "[0.5,\"x\"]", "en"),
            "shares[1]",
        ),
        (
            seek_liability(&scenario, "generosity", 100.0, "en"),
            "lever",
        ),
        (
            sweep_parameter(
                &scenario,
                "tiers.levels[2].threshold",
                0.0,
                1.0,
                0.5,
                "",
                "en",
            ),
            "steps",
        ),
        (
            design_ladder(
                r#"{"years_to_top":3,"daily_growth_cap":20,"tiers":4,"progression":{"kind":"exponential","ratio":1}}"#,
                "en",
            ),
            "progression.ratio",
        ),
    ];
    for (outcome, path) in cases {
        assert_eq!(get(&outcome, "ok"), JsValue::FALSE, "{path}");
        assert_eq!(first_problem_path(&outcome), path, "{}", json(&outcome));
    }
}

#[wasm_bindgen_test]
fn the_kpi_names_list_every_tier_share() {
    let names = js_sys::Array::from(&kpi_names(Some(5)));
    let listed: Vec<String> = names
        .iter()
        .map(|k| get(&k, "name").as_string().unwrap_or_default())
        .collect();
    assert!(listed.iter().any(|n| n == "share_in_tier_4"));
    assert!(listed.iter().any(|n| n == "revenue"));
}

/// A study call in the language it is given.
type Call<'a> = &'a dyn Fn(&str) -> JsValue;

fn problems(outcome: &JsValue) -> Vec<Problem> {
    js_sys::Array::from(&get(outcome, "problems"))
        .iter()
        .map(|p| Problem {
            path: get(&p, "path").as_string().unwrap_or_default(),
            message: get(&p, "message").as_string().unwrap_or_default(),
        })
        .collect()
}

#[wasm_bindgen_test]
fn the_bindings_own_problems_read_as_chinese_on_a_zh_cn_page() {
    let scenario = small_json();
    let summary = |seed: f64| json(&get(&run_summary(&scenario, seed, "en"), "value"));
    let unpaired = format!("[[{}],[{}]]", summary(1.0), summary(2.0));
    let broken_b = format!("[{scenario},{{\"horizon\":{{\"months\":-1}}}}]");
    let ratio_one = r#"{"years_to_top":3,"daily_growth_cap":20,"tiers":4,"progression":{"kind":"exponential","ratio":1}}"#;
    let cases: [(&str, Call); 12] = [
        ("a seed of 1.5", &|lang| run_summary(&scenario, 1.5, lang)),
        ("no runs", &|lang| replication_seeds(&scenario, 0.0, lang)),
        ("no scenario", &|lang| compare_scenarios("[]", lang)),
        ("not JSON", &|lang| compare_scenarios("[{", lang)),
        ("a broken B", &|lang| compare_scenarios(&broken_b, lang)),
        ("A without runs", &|lang| combine_replications("[[]]", lang)),
        ("B on other seeds", &|lang| {
            combine_replications(&unpaired, lang)
        }),
        ("a run without its figures", &|lang| {
            combine_replications("[[{\"seed\": 1}]]", lang)
        }),
        ("a share that is text", &|lang| {
            seek_tier_thresholds(&scenario, 3.0, "[0.5,\"x\"]", lang)
        }),
        ("no such lever", &|lang| {
            seek_liability(&scenario, "generosity", 1.0, lang)
        }),
        ("an empty design", &|lang| design_ladder("{}", lang)),
        ("a ratio of 1", &|lang| design_ladder(ratio_one, lang)),
    ];
    for (case, call) in cases {
        let (english, chinese) = (problems(&call("en")), problems(&call("zh-CN")));
        assert!(!english.is_empty(), "{case}: no problem at all");
        assert_eq!(english.len(), chinese.len(), "{case}");
        for (en, zh) in english.iter().zip(&chinese) {
            assert_said_in_chinese(case, en, zh);
        }
    }
    let b = problems(&compare_scenarios(&broken_b, "zh-CN"));
    assert!(b.iter().all(|p| p.message.starts_with("方案 B：")), "{b:?}");
}
