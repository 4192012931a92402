//! The WebAssembly surface: a few wide calls that translate between the page and the core.
//! Scenarios come in as JSON text (so problems carry JSON paths); results go out as plain
//! JavaScript objects. Nothing here panics: every failure comes back as data.
//!
//! This file holds a single run and its helpers (presets, explain, fit); [`study`] holds
//! the studies over many runs (compare, replicate, sweep, tornado, goal-seek, designer).

use std::collections::BTreeMap;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::chart::{campaign_notes, fit_charts, render_all};
use crate::digest::results_digest;
use crate::engine::Progress;
use crate::explain::asking::{explain_asked, numbering};
use crate::explain::member_who_almost_reached;
use crate::export::monthly_csv_in;
use crate::metrics::simulate_with_progress;
use crate::scenario::{parse, parse_in, preset, preset_names, Problem, Wording};
use crate::words::Lang;

pub mod editing;
pub mod parts;
pub mod study;
pub mod words;

fn to_js(value: &impl Serialize) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).unwrap_or_else(|e| {
        JsValue::from_str(&format!("could not hand the result to the page: {e}"))
    })
}

#[derive(Serialize)]
struct Outcome<T: Serialize> {
    ok: bool,
    problems: Vec<Problem>,
    value: Option<T>,
}

fn outcome<T: Serialize>(result: Result<T, Vec<Problem>>) -> JsValue {
    match result {
        Ok(value) => to_js(&Outcome {
            ok: true,
            problems: Vec::new(),
            value: Some(value),
        }),
        Err(problems) => to_js(&Outcome::<T> {
            ok: false,
            problems,
            value: None,
        }),
    }
}

#[derive(Serialize)]
struct Run {
    results: crate::metrics::Results,
    charts: Vec<(&'static str, String)>,
    /// One sentence per campaign on its hold-out test, in the run's language.
    campaign_notes: Vec<String>,
    digest: String,
    /// The monthly rows as CSV by language code ("en", "zh-CN"), so that the download is in
    /// the page's language even after it changed since the run (the page adds the BOM).
    csv: BTreeMap<&'static str, String>,
}

/// Validates and runs a scenario; draws every chart and words every problem in `lang` ("en"
/// or "zh-CN"), and writes the monthly CSV in both languages. `progress`, if given, is called with (members done, members in all, the
/// join month the run has reached: 0-based, negative during warm-up; and whether it is
/// running the members brought by referral, who run last).
#[wasm_bindgen]
pub fn run(scenario_json: &str, lang: &str, progress: Option<js_sys::Function>) -> JsValue {
    let lang = Lang::from_code(lang);
    let read = parse_in(scenario_json, Wording::page(lang));
    outcome(read.and_then(|scenario| {
        let results = simulate_with_progress(&scenario, &mut reporter(progress.as_ref()));
        shown(results, lang)
    }))
}

/// Calls the page's `progress(members done, members in all, join month reached, referred)`.
fn reporter(progress: Option<&js_sys::Function>) -> impl FnMut(Progress) + '_ {
    move |p: Progress| {
        if let Some(f) = progress {
            let args = js_sys::Array::of4(
                &JsValue::from_f64(p.members_done as f64),
                &JsValue::from_f64(p.members_total as f64),
                &JsValue::from_f64(f64::from(p.cohort_month)),
                &JsValue::from_bool(p.by_referral),
            );
            let _ = f.apply(&JsValue::NULL, &args);
        }
    }
}

/// A run's results as the page shows them (charts, notes, digest and CSV in `lang`), or
/// why the run stopped.
fn shown(results: crate::metrics::Results, lang: Lang) -> Result<Run, Vec<Problem>> {
    if let Some(stop) = results.stopped {
        return Err(vec![stop.problem(Wording::page(lang))]);
    }
    Ok(Run {
        charts: render_all(&results, lang),
        campaign_notes: campaign_notes(&results, lang),
        digest: results_digest(&results),
        csv: [Lang::En, Lang::ZhCn]
            .into_iter()
            .map(|l| (l.code(), monthly_csv_in(&results, l)))
            .collect(),
        results,
    })
}

/// Every problem with a scenario (an empty list when it is valid), worded for the page in
/// `lang` ("en" or "zh-CN"): shares as percents, as the page shows them.
#[wasm_bindgen]
pub fn validate(scenario_json: &str, lang: &str) -> JsValue {
    let wording = Wording::page(Lang::from_code(lang));
    to_js(&parse_in(scenario_json, wording).err().unwrap_or_default())
}

#[derive(Serialize)]
struct PresetEntry {
    id: &'static str,
    name: String,
}

/// The built-in scenarios: id and name.
#[wasm_bindgen]
pub fn presets() -> JsValue {
    let entries: Vec<PresetEntry> = preset_names()
        .into_iter()
        .filter_map(|id| preset(id).map(|s| PresetEntry { id, name: s.name }))
        .collect();
    to_js(&entries)
}

/// A built-in scenario as JSON text, or undefined if there is none by that id.
#[wasm_bindgen]
pub fn preset_json(id: &str) -> Option<String> {
    preset(id).and_then(|s| serde_json::to_string_pretty(&s).ok())
}

/// The seeds' campaigns, ready to add to any scenario, as JSON text.
#[wasm_bindgen]
pub fn campaign_presets_json() -> String {
    serde_json::to_string_pretty(&crate::scenario::campaign_presets())
        .unwrap_or_else(|_| "[]".into())
}

/// One member's months and the reasons for their tier moves. `member` is the number as the
/// planner typed it; `tier`, if given, the tier to tell the near miss for (`closest`). Why
/// there is no such member is worded in `lang` ("en" or "zh-CN").
#[wasm_bindgen]
pub fn explain_member(scenario_json: &str, member: &str, tier: Option<u32>, lang: &str) -> JsValue {
    let wording = Wording::page(Lang::from_code(lang));
    outcome(parse_in(scenario_json, wording).and_then(|scenario| {
        let tier = tier.map(|t| t as usize);
        explain_asked(&scenario, member, tier, wording).map_err(|message| {
            vec![Problem {
                path: "member".into(),
                message,
            }]
        })
    }))
}

/// How the scenario's members are numbered, worded in `lang`: "members are numbered 0 to
/// 12,399", for the page's hint beside the member number.
#[wasm_bindgen]
pub fn member_numbers(scenario_json: &str, lang: &str) -> JsValue {
    let wording = Wording::page(Lang::from_code(lang));
    outcome(parse_in(scenario_json, wording).map(|scenario| numbering(&scenario, wording)))
}

/// The id of a member who came closest to tier `tier` without reaching it.
#[wasm_bindgen]
pub fn member_almost_reaching(scenario_json: &str, tier: u32) -> JsValue {
    outcome(
        parse(scenario_json).map(|scenario| member_who_almost_reached(&scenario, tier as usize)),
    )
}

/// Fits BG/NBD and Gamma-Gamma to a transaction export (CSV text). `cutoff` is a date
/// (YYYY-MM-DD) or empty for the end of the data; the columns are numbers (1-based) or
/// header names, empty to detect them. A refusal is worded in `lang` ("en" or "zh-CN");
/// the fit itself carries its notes and figures in both languages. The value is [the fit,
/// the segment to add, its charts by language code ("en", "zh-CN") as (id, SVG) pairs], so
/// that the page switches language without fitting again. `progress`, if given,
/// is called with (likelihood evaluations spent, the most the fit may spend, "purchases" or
/// "spend") as the searches go.
#[wasm_bindgen]
pub fn fit_transactions(
    text: &str,
    cutoff: &str,
    customer: &str,
    date: &str,
    amount: &str,
    lang: &str,
    progress: Option<js_sys::Function>,
) -> JsValue {
    use crate::fit::columns::Column;
    use crate::fit::dates::Date;
    let lang = Lang::from_code(lang);
    let column = |c: &str| (!c.trim().is_empty()).then(|| Column::from_text(c.trim()));
    let problem = |message: String| {
        vec![Problem {
            path: "transactions".into(),
            message,
        }]
    };
    let mut report = |p: crate::fit::FitProgress| {
        if let Some(f) = &progress {
            let args = js_sys::Array::of3(
                &JsValue::from_f64(p.evaluations as f64),
                &JsValue::from_f64(p.budget as f64),
                &JsValue::from_str(p.stage),
            );
            let _ = f.apply(&JsValue::NULL, &args);
        }
    };
    let result = (|| {
        let mut options = crate::fit::FitOptions::default();
        if !cutoff.trim().is_empty() {
            options.cutoff = Some(Date::parse(cutoff.trim()).map_err(problem)?);
        }
        options.columns.customer = column(customer);
        options.columns.date = column(date);
        options.columns.amount = column(amount);
        let fit = crate::fit::fit_with_progress(text, &options, &mut report)
            .map_err(|refusal| problem(refusal.said_in(lang).to_string()))?;
        let segment = fit.segment_to_add();
        let charts: BTreeMap<&'static str, _> = [Lang::En, Lang::ZhCn]
            .into_iter()
            .map(|l| (l.code(), fit_charts(&fit, l)))
            .collect();
        Ok((fit, segment, charts))
    })();
    outcome(result)
}

/// The results digest of a scenario (the same natively and in the browser).
#[wasm_bindgen]
pub fn digest(scenario_json: &str) -> Option<String> {
    let results = simulate_with_progress(&parse(scenario_json).ok()?, &mut |_| {});
    results.stopped.is_none().then(|| results_digest(&results))
}
