//! Charts drawn inside a dedicated Web Worker, where there is no `window` and no DOM.
//!
//! This is the proof that chart text is laid out by our own metrics
//! (`tierlab::chart::backend`): plotters measuring text through the browser would panic here.
//! Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web_worker`.
//!
//! `tests/tasks.sh` builds it with `TIERLAB_NATIVE_DIGEST`, the native digest of the results
//! and every chart of `tests/data/determinism.json`: the worker must make the same bytes.
#![cfg(target_arch = "wasm32")]

use tierlab::chart::{render, ChartKind};
use tierlab::metrics::{simulate, Results};
use tierlab::scenario::Scenario;
use tierlab::words::Lang;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

const DETERMINISM_SCENARIO: &str = include_str!("data/determinism.json");

/// A small run to draw.
fn small_run() -> Results {
    let mut scenario = Scenario::default();
    scenario.population.starting_members = 300;
    scenario.population.new_members_per_month = 30.0;
    scenario.horizon.months = 12;
    simulate(&scenario)
}

#[wasm_bindgen_test]
fn there_is_no_window_in_a_dedicated_worker() {
    let global = js_sys::global();
    let window = js_sys::Reflect::get(&global, &"window".into()).unwrap();
    assert!(
        window.is_undefined(),
        "this test must run in a worker, not a page"
    );
}

#[wasm_bindgen_test]
fn every_chart_draws_inside_a_web_worker_in_both_languages() {
    let results = small_run();
    for lang in [Lang::En, Lang::ZhCn] {
        for kind in ChartKind::ALL {
            let svg = render(kind, &results, lang);
            assert!(svg.starts_with("<svg"), "{}: not an SVG", kind.id());
            assert!(svg.contains(kind.title(lang)), "{}: no title", kind.id());
            assert!(
                svg.contains(&format!("data-chart=\"{}\"", kind.id())),
                "{}: no data-chart",
                kind.id()
            );
            assert!(!svg.contains("Could not draw") && !svg.contains("无法绘制"));
        }
    }
}

#[wasm_bindgen_test]
fn results_and_charts_made_in_a_worker_match_the_native_bytes() {
    let native = option_env!("TIERLAB_NATIVE_DIGEST");
    assert!(
        native.is_some_and(|d| d.len() == 16),
        "TIERLAB_NATIVE_DIGEST was not set when this test was built: run it through tests/tasks.sh"
    );
    assert_eq!(
        tierlab::web::digest(DETERMINISM_SCENARIO).as_deref(),
        native
    );
}
