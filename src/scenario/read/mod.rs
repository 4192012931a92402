//! Reading a scenario from JSON text: [`parse`], which reports every structure problem at
//! its JSON path and hands a well-formed scenario on to [`crate::scenario::validate`].
//!
//! What it is for: the three steps of reading — the text as JSON (`read::json`), objects where
//! objects belong (`read::shape`), the document as a [`Scenario`] (here) — and the last step's
//! recovery: after each problem the offending value is set aside so that reading can go on
//! and find the next. Nothing here panics, whatever the input: a list where an object
//! belongs, a file cut off half-way, a number past any type's range.
//!
//! What it is not for: the planner's sentences (`read::messages`), range and cross-field
//! checks ([`crate::scenario::validate`]), or repairing a scenario: a stand-in only lets reading go on, and a
//! document that needed one is never returned as a scenario.

pub(in crate::scenario) mod json;
pub(in crate::scenario) mod messages;
pub(in crate::scenario) mod path;
pub(in crate::scenario) mod shape;
pub(in crate::scenario) mod tagged;

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::scenario::check::validate_in;
use crate::scenario::problems::ProblemList;
use crate::scenario::read::json::read_json;
use crate::scenario::read::messages::{classify, explain, named_choices, ReadError};
use crate::scenario::read::path::{field_steps, last_key, locate_mut, path_text, steps_of, Step};
use crate::scenario::read::shape::check_shape;
use crate::scenario::read::tagged::look_inside_tagged;
use crate::scenario::wording::{grouped, Wording};
use crate::scenario::{Problem, Scenario};

/// Structure problems collected from one document before giving up.
const MAX_STRUCTURE_PROBLEMS: usize = 50;
/// Longest scenario read, in bytes: ten times the largest a planner's scenario comes near
/// (20 campaigns, 20 segments, 50 rewards: well under 1 MB), so that reading a document
/// takes bounded time and memory whatever it holds.
pub const MAX_SCENARIO_BYTES: usize = 10_000_000;

/// Reads a scenario from JSON and checks it. On failure, returns every problem found:
///
/// 1. text that is not JSON: one problem with the line and column (and the nearest field);
/// 2. otherwise every structure problem — unknown fields (with a "did you mean"), values of
///    the wrong type, missing required fields, fields given twice, a list where an object
///    belongs — each at its JSON path;
/// 3. once the document reads as a scenario, every problem [`crate::scenario::validate`] finds. (Range and
///    cross-field checks wait until the structure is right: a value that could not be read
///    cannot be compared with its neighbours.)
///
/// Every problem is in English, with the scenario's own numbers; [`parse_in`] words them for
/// another reader.
pub fn parse(json: &str) -> Result<Scenario, Vec<Problem>> {
    parse_in(json, Wording::PLAIN)
}

/// As [`parse`], each problem worded for its reader: in Chinese, with shares as percents…
pub fn parse_in(json: &str, wording: Wording) -> Result<Scenario, Vec<Problem>> {
    match read_in(json, wording) {
        Reading {
            scenario: Some(scenario),
            problems,
        } if problems.is_empty() => Ok(scenario),
        reading => Err(reading.problems),
    }
}

/// A document read as far as it goes.
#[derive(Debug)]
pub struct Reading {
    /// The scenario, every field it leaves out at its default, when the document's
    /// structure is right (whatever range problems it has); None when it does not read.
    pub scenario: Option<Scenario>,
    /// Every problem found, as [`parse_in`] words them; empty for a valid scenario.
    pub problems: Vec<Problem>,
}

/// Reads a scenario as [`parse_in`] does, and hands back the scenario even when only its
/// ranges are wrong: a draft the planner is still editing, shown with its defaults.
pub fn read_in(json: &str, wording: Wording) -> Reading {
    let refused = |problems| Reading {
        scenario: None,
        problems,
    };
    // A byte-order mark some editors write first is not part of the scenario.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.len() > MAX_SCENARIO_BYTES {
        let (size, most) = (
            grouped(json.len() as u64),
            grouped(MAX_SCENARIO_BYTES as u64),
        );
        return refused(vec![Problem {
            path: String::new(),
            message: wording.say(
                format!("the scenario is {size} bytes long; a scenario is at most {most}"),
                format!("方案长 {size} 字节；方案最多 {most} 字节"),
            ),
        }]);
    }
    let mut problems = ProblemList::default();
    let Some((mut document, order)) = read_json(json, &mut problems, wording) else {
        return refused(problems.into_vec(wording));
    };
    if check_shape(&mut document, &mut problems, wording) {
        if let Some(scenario) = read_scenario(&mut document, &mut problems, wording) {
            if problems.is_empty() {
                return Reading {
                    problems: validate_in(&scenario, wording),
                    scenario: Some(scenario),
                };
            }
        }
    }
    // The reader visits fields in its own order; the planner reads the file top to bottom.
    problems.sort_by_key(|p| text_position(&order, &p.path));
    refused(problems.into_vec(wording))
}

/// Where a path (or, for a missing field, its nearest present parent) is in the text.
fn text_position(order: &HashMap<String, usize>, path: &str) -> usize {
    let mut path = path;
    loop {
        if let Some(position) = order.get(path) {
            return *position;
        }
        let parent = if path.ends_with(']') {
            path.rfind('[')
        } else {
            path.rfind('.')
        };
        match parent.and_then(|at| path.get(..at)) {
            Some(shorter) => path = shorter,
            None => return 0,
        }
    }
}

/// Reads the document as a scenario, collecting every structure problem: after each one the
/// offending value is set aside (an unknown field removed, a mistyped value replaced by a
/// stand-in of the right type) and reading starts again, up to a limit.
fn read_scenario(
    document: &mut Value,
    problems: &mut ProblemList,
    wording: Wording,
) -> Option<Scenario> {
    for _ in 0..MAX_STRUCTURE_PROBLEMS {
        let error = match serde_path_to_error::deserialize::<_, Scenario>(&*document) {
            Ok(scenario) => return Some(scenario),
            Err(error) => error,
        };
        let steps = steps_of(error.path());
        let (steps, raw) = look_inside_tagged(document, steps, error.inner().to_string());
        let error = classify(&raw);
        let (problem_steps, message) = explain(&steps, &error, wording);
        let problem = Problem {
            path: path_text(&problem_steps),
            message,
        };
        if problems.contains(&problem) {
            return None;
        }
        problems.push(problem);
        if !set_aside(document, &steps, &error) {
            return None;
        }
    }
    None
}

/// Sets the offending value aside so reading can go on; false if it cannot be.
fn set_aside(document: &mut Value, steps: &[Step], error: &ReadError) -> bool {
    match error {
        ReadError::UnknownField { field, .. } => {
            let steps = field_steps(steps, field);
            let parent = steps.get(..steps.len().saturating_sub(1)).unwrap_or(&[]);
            match locate_mut(document, parent) {
                Some(Value::Object(object)) => object.remove(field).is_some(),
                _ => false,
            }
        }
        ReadError::InvalidType { expected, .. } | ReadError::InvalidValue { expected, .. } => {
            match (stand_in(expected, steps), locate_mut(document, steps)) {
                (Some(stand_in), Some(slot)) => {
                    *slot = stand_in;
                    true
                }
                _ => false,
            }
        }
        ReadError::UnknownVariant { allowed, .. } => {
            // A form or kind decides which fields follow: no stand-in can guess them.
            let tag = matches!(last_key(steps), Some("form" | "kind"));
            match (allowed.first(), locate_mut(document, steps)) {
                (Some(first), Some(slot)) if !tag => {
                    *slot = Value::String(first.clone());
                    true
                }
                _ => false,
            }
        }
        ReadError::MissingField(field) => {
            let stand_in = match field.as_str() {
                "purchases" | "spend" | "behaviour" | "form" | "kind" => return false,
                "name" | "path" => Value::String(String::new()),
                _ => Value::from(0),
            };
            match locate_mut(document, steps) {
                Some(Value::Object(object)) => {
                    object.insert(field.clone(), stand_in);
                    true
                }
                _ => false,
            }
        }
        ReadError::Other(_) => false,
    }
}

/// A value of the expected type, used only to keep reading.
fn stand_in(expected: &str, steps: &[Step]) -> Option<Value> {
    let all_defaults = [
        "struct Scenario",
        "struct Horizon",
        "struct Population",
        "struct Lifecycle",
        "struct GrowthRules",
        "struct TierRules",
        "struct GoalGradient",
        "struct PointsRules",
        "struct Economics",
        "struct Referral",
        "struct Limits",
        "struct Response",
        "struct Embed",
    ];
    match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" | "f32"
        | "f64" => Some(Value::from(0)),
        "a string" => Some(Value::String(String::new())),
        "a boolean" => Some(Value::Bool(false)),
        "a sequence" => Some(Value::Array(Vec::new())),
        "internally tagged enum History" => Some(serde_json::json!({"kind": "new_programme"})),
        "internally tagged enum Expiry" => Some(serde_json::json!({"kind": "never"})),
        "internally tagged enum Audience" => Some(serde_json::json!({"kind": "everyone"})),
        "internally tagged enum Offer" => Some(serde_json::json!({"kind": "gift", "cost": 0})),
        "string or map" => named_choices(steps).into_iter().next().map(Value::String),
        other if all_defaults.contains(&other) => Some(Value::Object(Map::new())),
        _ => None,
    }
}
