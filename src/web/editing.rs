//! The calls the page's editor makes while a planner edits, each a translation of one core
//! function: the scenario with its defaults written in, a segment's behaviour in both forms
//! and switched to the other, and a designed ladder written into the tiers. Scenarios come
//! and go as JSON text, so `null` stays `null`. Nothing here panics.
//!
//! Also a fitted segment added to the population (`fit::adding`).

use std::collections::BTreeMap;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{outcome, to_js};
use crate::behaviour::{BehaviourModel, PlannerBehaviour, SegmentBehaviour};
use crate::fit::adding;
use crate::scenario::{read_in, Problem, Scenario, Wording};
use crate::study::with_ladder;
use crate::words::format::{percent, significant_figures};
use crate::words::Lang;

/// A scenario as JSON text, written as `preset_json` writes one (one writer in the WASM).
fn scenario_text(scenario: &Scenario) -> String {
    serde_json::to_string_pretty(scenario).unwrap_or_default()
}

#[derive(Serialize)]
struct Normalized {
    /// The scenario as JSON text with every field it leaves out at the value the engine
    /// uses (`Scenario::default()` and the formats' defaults); null when it does not read.
    scenario: Option<String>,
    /// Every problem, worded for the page: empty for a valid scenario.
    problems: Vec<Problem>,
}

/// The scenario with every default written in, and its problems worded in `lang` ("en" or
/// "zh-CN"). A scenario whose structure is right comes back even when its ranges are not
/// (a draft the planner is editing); one that does not read comes back as null.
#[wasm_bindgen]
pub fn normalize(scenario_json: &str, lang: &str) -> JsValue {
    let reading = read_in(scenario_json, Wording::page(Lang::from_code(lang)));
    to_js(&Normalized {
        scenario: reading.scenario.as_ref().map(scenario_text),
        problems: reading.problems,
    })
}

/// A behaviour JSON text read as a segment's behaviour (either form), or a problem at
/// `behaviour` in `wording`'s words. Read as the scenario's reader reads a segment's
/// behaviour (the JSON value, then through the path-tracking reader), so the WASM holds one
/// reader of behaviours, not two.
fn behaviour(json: &str, wording: Wording) -> Result<SegmentBehaviour, Vec<Problem>> {
    let value: Option<serde_json::Value> = serde_json::from_str(json).ok();
    let read = value.and_then(|value| serde_path_to_error::deserialize(&value).ok());
    read.ok_or_else(|| {
        vec![Problem {
            path: "behaviour".into(),
            message: wording.say(
                "not a segment's behaviour: \"form\" with the planner's five figures or the papers' symbols",
                "不是分层的消费行为：应为带 \"form\" 的经营者五项指标或论文参数",
            ),
        }]
    })
}

/// A segment's behaviour in both forms: the papers' symbols and the planner's reading.
/// `behaviour_json` is a segment's `behaviour` object (either form).
#[wasm_bindgen]
pub fn behaviour_forms(behaviour_json: &str, lang: &str) -> JsValue {
    #[derive(Serialize)]
    struct Forms {
        model: BehaviourModel,
        planner: PlannerBehaviour,
        /// Each figure of both forms as the page shows it, by its path in its form.
        shown: BTreeMap<&'static str, String>,
    }
    let lang = Lang::from_code(lang);
    outcome(behaviour(behaviour_json, Wording::page(lang)).map(|b| {
        let (model, planner) = (b.model(), b.planner());
        Forms {
            shown: shown(&model, &planner, lang),
            model,
            planner,
        }
    }))
}

/// The figures of both forms in `lang`, as the core writes a scenario's own numbers: the
/// share lost a year as a percentage, every other figure to six significant figures
/// (`words::format`).
fn shown(
    model: &BehaviourModel,
    planner: &PlannerBehaviour,
    lang: Lang,
) -> BTreeMap<&'static str, String> {
    let figures = [
        ("purchases_per_month", planner.purchases_per_month),
        ("purchase_rate_spread", planner.purchase_rate_spread),
        ("average_order_value", planner.average_order_value),
        ("order_value_spread", planner.order_value_spread),
        ("dropout_concentration", planner.dropout_concentration),
        ("spend_rate_shape", planner.spend_rate_shape),
        ("purchases.r", model.purchases.r),
        ("purchases.alpha", model.purchases.alpha),
        ("purchases.a", model.purchases.a),
        ("purchases.b", model.purchases.b),
        ("spend.p", model.spend.p),
        ("spend.q", model.spend.q),
        ("spend.gamma", model.spend.gamma),
    ];
    figures
        .into_iter()
        .map(|(path, value)| (path, significant_figures(value, 6, lang)))
        .chain([("lost_per_year", percent(planner.lost_per_year))])
        .collect()
}

/// A segment's behaviour (`behaviour_json`, either form) written in the other form, as
/// JSON text, such that switching it back gives the same figures (`SegmentBehaviour::
/// switched`); or why it cannot be switched, worded in `lang`.
#[wasm_bindgen]
pub fn switch_behaviour_form(behaviour_json: &str, lang: &str) -> JsValue {
    let wording = Wording::page(Lang::from_code(lang));
    outcome(behaviour(behaviour_json, wording).and_then(|b| {
        let other = b.switched().ok_or_else(|| {
            vec![Problem {
                path: "behaviour".into(),
                message: wording.say(
                    "these figures do not describe members who buy and stay: correct them before switching the form",
                    "这些数值无法描述会消费、会留存的会员：请先修正再切换形式",
                ),
            }]
        })?;
        Ok(serde_json::to_string_pretty(&other).unwrap_or_default())
    }))
}

/// The scenario (`scenario_json`) with a designed ladder (`thresholds_json`: growth
/// thresholds, entry tier's 0 first) written into its tiers: tiers added at the top or
/// removed from it, each keeping its keep threshold at the same share (`study::
/// with_ladder`), new tiers named in `lang`. The scenario as JSON text, or why not.
#[wasm_bindgen]
pub fn apply_ladder(scenario_json: &str, thresholds_json: &str, lang: &str) -> JsValue {
    let wording = Wording::page(Lang::from_code(lang));
    let reading = read_in(scenario_json, wording);
    let Some(scenario) = reading.scenario else {
        return outcome::<String>(Err(reading.problems));
    };
    let thresholds: Result<Vec<u32>, _> = serde_json::from_str(thresholds_json);
    let problem = |message: String| {
        vec![Problem {
            path: "thresholds".into(),
            message,
        }]
    };
    outcome(
        thresholds
            .map_err(|_| {
                problem(wording.say(
                    "expected a list of whole growth thresholds",
                    "应为成长值门槛（整数）列表",
                ))
            })
            .and_then(|t| with_ladder(&scenario, &t, wording).map_err(problem))
            .map(|s| scenario_text(&s)),
    )
}

#[derive(Serialize)]
struct Added {
    /// The scenario with the segment added, as JSON text.
    scenario: String,
    /// Where the segment is in `population.segments`.
    index: usize,
}

/// The scenario (`scenario_json`) with a fitted segment added: named `name`, with the
/// behaviour `behaviour_json` (either form), at `share` (0–1), the other segments scaled
/// to make room (`fit::adding::add_fitted_segment`). The scenario as JSON text and the
/// segment's index, or why not, worded in `lang`.
#[wasm_bindgen]
pub fn add_fitted_segment(
    scenario_json: &str,
    name: &str,
    behaviour_json: &str,
    share: f64,
    lang: &str,
) -> JsValue {
    let wording = Wording::page(Lang::from_code(lang));
    let reading = read_in(scenario_json, wording);
    let Some(mut scenario) = reading.scenario else {
        return outcome::<Added>(Err(reading.problems));
    };
    outcome(behaviour(behaviour_json, wording).map(|b| {
        let index =
            adding::add_fitted_segment(&mut scenario.population, name.to_string(), b, share);
        Added {
            scenario: scenario_text(&scenario),
            index,
        }
    }))
}

/// The scenario's limits as the checks hold them (`scenario::scenario_limits`): the longest
/// name, the fewest and most items of each list, the ends of the whole-number fields, the
/// most referrals a month, the share sum's tolerance and an audience range's open end. The
/// page reads them once at start and shows them in its inputs.
#[wasm_bindgen]
pub fn scenario_limits() -> JsValue {
    to_js(&crate::scenario::scenario_limits())
}
