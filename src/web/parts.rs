//! A run made in parts by the page's pool of workers: how large the run is (for whether
//! the page re-runs it on every edit), how many blocks the run has and how many members it
//! plans (for progress), one part's blocks run on a worker, and the parts
//! added up into the run's report, the same bytes for any number of workers
//! (`metrics::finish_parts`). Parts cross between workers as JSON text the page does not
//! read.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::metrics::{block_count, finish_parts, run_part, RunPart};
use crate::population::total_members;
use crate::scenario::{parse, parse_in, Problem, Wording};
use crate::study::StudySize;
use crate::words::Lang;

use super::{outcome, reporter, shown, to_js};

/// How a run splits up.
#[derive(Serialize)]
struct Blocks {
    /// Blocks of members the run is made of: the parts are ranges of them (one block when a
    /// campaign has a budget, which serves members in id order).
    blocks: u64,
    /// Members the scenario plans, what a run's progress counts.
    planned_members: u64,
}

/// How the scenario's run splits into blocks, or its problems worded in `lang`.
#[wasm_bindgen]
pub fn run_blocks(scenario_json: &str, lang: &str) -> JsValue {
    let wording = Wording::page(Lang::from_code(lang));
    outcome(parse_in(scenario_json, wording).map(|scenario| Blocks {
        blocks: block_count(&scenario),
        planned_members: total_members(&scenario),
    }))
}

/// How much a run simulates, in member-months (each member from the month they join).
#[derive(Serialize)]
struct RunSize {
    /// One engine run of the scenario.
    member_months: f64,
    /// A run as the page makes one: with the run under no programme and the run without
    /// each campaign (`StudySize::full_runs`).
    full_run_member_months: f64,
}

/// The size of a run of the scenario, or null if it does not pass its checks (nothing
/// would run).
#[wasm_bindgen]
pub fn run_size(scenario_json: &str) -> JsValue {
    match parse(scenario_json) {
        Ok(scenario) => to_js(&RunSize {
            member_months: StudySize::engine_runs(&scenario, 1).member_months,
            full_run_member_months: StudySize::full_runs(&scenario, 1).member_months,
        }),
        Err(_) => JsValue::NULL,
    }
}

/// Runs blocks `from` to `to` (not included) of the scenario; the part as JSON text.
/// `progress` is called as for `run`, with this part's members.
#[wasm_bindgen]
pub fn run_blocks_part(
    scenario_json: &str,
    from: f64,
    to: f64,
    lang: &str,
    progress: Option<js_sys::Function>,
) -> JsValue {
    let wording = Wording::page(Lang::from_code(lang));
    outcome(parse_in(scenario_json, wording).map(|scenario| {
        let blocks = from.max(0.0) as u64..to.max(0.0) as u64;
        let part = run_part(&scenario, blocks, &mut reporter(progress.as_ref()));
        serde_json::to_string(&part).unwrap_or_default()
    }))
}

/// The report of a run made in parts (`parts_json`: a JSON list of the parts' texts, in any
/// order), as `run` gives it.
#[wasm_bindgen]
pub fn finish_run(scenario_json: &str, parts_json: &str, lang: &str) -> JsValue {
    let lang = Lang::from_code(lang);
    let wording = Wording::page(lang);
    outcome(parse_in(scenario_json, wording).and_then(|scenario| {
        let mismatch = || {
            vec![Problem {
                path: String::new(),
                message: wording.say(
                    "the parts of the run do not make one run: run it again",
                    "运行的各部分无法拼成一次完整运行：请重新运行",
                ),
            }]
        };
        let parts: Vec<RunPart> = serde_json::from_str(parts_json).map_err(|_| mismatch())?;
        let results = finish_parts(&scenario, &parts).map_err(|_| mismatch())?;
        shown(results, lang)
    }))
}
