//! Browser tests: the WebAssembly build in headless Chromium (wasm-bindgen-test-runner).
//! Run by `bash tests/tasks.sh test`, which passes the native digest of
//! `tests/data/determinism.json` in `TIERLAB_NATIVE_DIGEST` at compile time.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DETERMINISM_SCENARIO: &str = include_str!("data/determinism.json");

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen_test]
fn the_browser_gives_the_same_results_digest_as_the_native_run() {
    let native = option_env!("TIERLAB_NATIVE_DIGEST");
    assert!(
        native.is_some_and(|d| d.len() == 16),
        "TIERLAB_NATIVE_DIGEST was not set when this test was built: run it through tests/tasks.sh"
    );
    let in_browser = tierlab::web::digest(DETERMINISM_SCENARIO);
    assert_eq!(in_browser.as_deref(), native);
}

#[wasm_bindgen_test]
fn a_run_in_the_browser_returns_results_and_charts() {
    let outcome = tierlab::web::run(DETERMINISM_SCENARIO, "zh-CN", None);
    assert_eq!(get(&outcome, "ok"), JsValue::TRUE);
    let value = get(&outcome, "value");
    let months = js_sys::Array::from(&get(&get(&value, "results"), "months"));
    assert_eq!(months.length(), 36);
    let charts = js_sys::Array::from(&get(&value, "charts"));
    assert!(charts.length() >= 8);
    let first = js_sys::Array::from(&charts.get(0));
    let svg = first.get(1).as_string().unwrap_or_default();
    assert!(svg.contains("<svg"), "{svg}");
}

#[wasm_bindgen_test]
fn a_run_hands_the_page_its_monthly_csv_in_either_language() {
    let outcome = tierlab::web::run(DETERMINISM_SCENARIO, "en", None);
    let csv = get(&get(&outcome, "value"), "csv");
    let zh = get(&csv, "zh-CN").as_string().unwrap_or_default();
    assert!(zh.starts_with("月序,月份,"), "{zh}");
    assert_eq!(zh.lines().count(), 1 + 36, "a header and a line per month");
    let en = get(&csv, "en").as_string().unwrap_or_default();
    assert!(en.starts_with("Month,Calendar month,"), "{en}");
}

#[wasm_bindgen_test]
fn bad_input_comes_back_as_problems_never_a_panic() {
    for input in [
        "",
        "{",
        "null",
        "[]",
        "{\"version\": 99}",
        "{\"horizon\": {\"months\": -1}}",
    ] {
        let outcome = tierlab::web::run(input, "en", None);
        assert_eq!(get(&outcome, "ok"), JsValue::FALSE, "{input}");
        let problems = js_sys::Array::from(&get(&outcome, "problems"));
        assert!(problems.length() > 0, "{input}");
    }
}

#[wasm_bindgen_test]
fn the_editors_calls_answer_bad_input_with_problems_never_a_panic() {
    use tierlab::web::editing::{
        add_fitted_segment, apply_ladder, behaviour_forms, normalize, switch_behaviour_form,
    };
    let q_of_one = r#"{"form": "model", "purchases": {"r": 1, "alpha": 1, "a": 1, "b": 1},
        "spend": {"p": 1, "q": 1, "gamma": 1}}"#;
    for input in [
        "",
        "{",
        "null",
        "[]",
        "{\"form\": \"model\"}",
        "{\"tiers\": 3}",
    ] {
        let read = normalize(input, "zh-CN");
        assert!(get(&read, "scenario").is_undefined(), "{input}");
        assert!(
            js_sys::Array::from(&get(&read, "problems")).length() > 0,
            "{input}"
        );
        for outcome in [
            behaviour_forms(input, "zh-CN"),
            switch_behaviour_form(input, "zh-CN"),
            apply_ladder(input, "[0, 100]", "zh-CN"),
            apply_ladder(DETERMINISM_SCENARIO, input, "zh-CN"),
            add_fitted_segment(input, "拟合", q_of_one, 0.25, "zh-CN"),
            add_fitted_segment(DETERMINISM_SCENARIO, "拟合", input, f64::NAN, "zh-CN"),
            tierlab::web::explain_member(input, "0", None, "zh-CN"),
            tierlab::web::explain_member(DETERMINISM_SCENARIO, input, Some(99), "zh-CN"),
        ] {
            assert_eq!(get(&outcome, "ok"), JsValue::FALSE, "{input}");
        }
    }
    // Figures that describe no one (q at 1) cannot be switched: said, not thrown.
    let refused = switch_behaviour_form(q_of_one, "zh-CN");
    assert_eq!(get(&refused, "ok"), JsValue::FALSE);
    // A fitted segment at a quarter: the scenario comes back with it last, at 25%.
    let added = add_fitted_segment(DETERMINISM_SCENARIO, "拟合", q_of_one, 0.25, "zh-CN");
    assert_eq!(get(&added, "ok"), JsValue::TRUE);
    let value = get(&added, "value");
    let scenario: serde_json::Value =
        serde_json::from_str(&get(&value, "scenario").as_string().unwrap_or_default())
            .unwrap_or_default();
    let index = get(&value, "index").as_f64().unwrap_or(-1.0) as usize;
    let added_segment = &scenario["population"]["segments"][index];
    assert_eq!(added_segment["name"], "拟合");
    assert_eq!(added_segment["share"], 0.25);
}

#[wasm_bindgen_test]
fn progress_is_reported_to_the_page() {
    let calls = js_sys::Array::new();
    let sink = calls.clone();
    let progress =
        wasm_bindgen::closure::Closure::<dyn FnMut(f64, f64)>::new(move |done: f64, total: f64| {
            sink.push(&JsValue::from_f64(done / total));
        });
    let function: js_sys::Function = progress.as_ref().clone().into();
    tierlab::web::run(DETERMINISM_SCENARIO, "en", Some(function));
    assert!(calls.length() >= 1);
    assert_eq!(calls.get(calls.length() - 1).as_f64(), Some(1.0));
}
