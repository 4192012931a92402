//! Charts drawn inside a dedicated Web Worker, where there is no `window` and no DOM.
//!
//! This is the proof that chart text is laid out by our own metrics
//! (`tierlab::chart::backend`): plotters measuring text through the browser would panic here.
//! Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web_worker`.
//!
//! If `TIERLAB_NATIVE_CHART_DIGEST` is set when this test is built (the FNV-1a digest of
//! every chart of the run below, as `native_chart_digest` in tests/charts.rs prints it), the
//! worker's charts must match the native ones byte for byte.
#![cfg(target_arch = "wasm32")]

use tierlab::chart::{render, render_all, ChartKind, Lang};
use tierlab::metrics::{simulate, Results};
use tierlab::scenario::Scenario;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

/// The same small run as tests/charts.rs's digest test: 12 months, 300 starting members.
fn small_run() -> Results {
    let mut scenario = Scenario::default();
    scenario.population.starting_members = 300;
    scenario.population.new_members_per_month = 30.0;
    scenario.horizon.months = 12;
    simulate(&scenario)
}

/// FNV-1a, 64 bits, over every chart's id and bytes in both languages.
fn digest(results: &Results) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for lang in [Lang::En, Lang::ZhCn] {
        for (id, svg) in render_all(results, lang) {
            for byte in id.bytes().chain(svg.bytes()) {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
    }
    format!("{hash:016x}")
}

#[wasm_bindgen_test]
fn there_is_no_window_in_a_dedicated_worker() {
    let global = js_sys::global();
    let window = js_sys::Reflect::get(&global, &"window".into()).unwrap();
    assert!(window.is_undefined(), "this test must run in a worker, not a page");
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
fn charts_drawn_in_a_worker_match_the_native_bytes() {
    let in_worker = digest(&small_run());
    console_log!("chart digest in the worker: {in_worker}");
    if let Some(native) = option_env!("TIERLAB_NATIVE_CHART_DIGEST") {
        assert_eq!(in_worker, native);
    }
}
