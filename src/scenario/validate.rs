//! Checking a scenario before it runs: every field's range and every rule that ties fields
//! together, said the way a planner would say it.
//!
//! What it is for: [`parse`] reads a scenario's JSON and [`validate`] checks a scenario
//! already in memory. Both return every problem at once, never only the first, each with
//! the JSON path of the field (`tiers.levels[2].threshold`, `population.segments[0].share`)
//! and a sentence a planner can act on ("8000 must be above the previous tier's 10000").
//! Neither panics, whatever the input: NaN, infinities, 10^12 members, a list where an
//! object belongs, a file cut off half-way.
//!
//! What it is not for: repairing a scenario. Nothing here changes a value the planner gave
//! or fills in one they did not; the engine only ever sees a scenario that passed.
//!
//! The ranges are the ones `docs/scenario.md` documents: change the two together.

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{
    DowngradePolicy, Expiry, GrowthRules, History, Horizon, Lifecycle, PointsRules, Population,
    QualificationBasis, Scenario, Segment, TierRules, SCENARIO_VERSION,
};
use crate::behaviour::{
    BehaviourModel, BgNbd, GammaGamma, PlannerBehaviour, SegmentBehaviour, WEEKS_PER_MONTH,
};

/// One thing wrong with a scenario: where (a JSON path with the scenario's field names,
/// empty for the document as a whole) and what, in a planner's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    /// `tiers.levels[2].threshold: 8000 must be above the previous tier's 10000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

// ---------------------------------------------------------------------------------------
// The limits. Each is a planner-facing rule documented in docs/scenario.md.
// ---------------------------------------------------------------------------------------

/// Most members a tab can hold: starting members plus everyone who joins over the horizon.
const MAX_MEMBERS: f64 = 5_000_000.0;
/// Longest horizon and longest warm-up, in months (ten years).
const MAX_MONTHS: u32 = 120;
const MAX_SEGMENTS: usize = 20;
const MAX_TIERS: usize = 10;
/// The engine remembers one-off behaviours in a 32-bit mask; 20 leaves room.
const MAX_GROWTH_BEHAVIOURS: usize = 20;
const MAX_REWARDS: usize = 50;
/// Longest name (segment, tier, behaviour, reward, scenario), in characters.
const MAX_NAME_CHARS: usize = 100;
/// Most purchases per month of an average member of a segment.
const MAX_PURCHASES_PER_MONTH: f64 = 60.0;
/// Largest average order value, in currency units.
const MAX_ORDER_VALUE: f64 = 1_000_000.0;
/// Largest amount of money any one field may hold (costs, cash, spend), in currency units:
/// keeps every ledger in whole cents far from overflow.
const MAX_AMOUNT: f64 = 1_000_000_000.0;
/// Most growth or points a member can earn per currency unit.
const MAX_PER_CURRENCY_UNIT: f64 = 1_000.0;
/// Longest grace period and longest points pending period, in months.
const MAX_GRACE_MONTHS: u32 = 24;
const MAX_PENDING_MONTHS: u32 = 24;
/// Earliest and latest calendar year a scenario may start in.
const YEARS: (i32, i32) = (1900, 2200);
/// Active window, in days (five years), and the churn window's ceiling (ten years).
const MAX_ACTIVE_WINDOW_DAYS: u32 = 1_826;
const MAX_CHURN_DAYS: u32 = 3_653;
/// How far segment shares may be from adding up to 1.
const SHARE_TOLERANCE: f64 = 1e-6;
/// Structure problems collected from one document before giving up.
const MAX_STRUCTURE_PROBLEMS: usize = 50;

// ---------------------------------------------------------------------------------------
// parse
// ---------------------------------------------------------------------------------------

/// Reads a scenario from JSON and checks it. On failure, returns every problem found:
///
/// 1. text that is not JSON: one problem with the line and column (and the nearest field);
/// 2. otherwise every structure problem — unknown fields (with a "did you mean"), values of
///    the wrong type, missing required fields, fields given twice, a list where an object
///    belongs — each at its JSON path;
/// 3. once the document reads as a scenario, every problem [`validate`] finds. (Range and
///    cross-field checks wait until the structure is right: a value that could not be read
///    cannot be compared with its neighbours.)
pub fn parse(json: &str) -> Result<Scenario, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some((mut document, order)) = read_json(json, &mut problems) else {
        return Err(problems);
    };
    if check_shape(&mut document, &mut problems) {
        if let Some(scenario) = read_scenario(&mut document, &mut problems) {
            if problems.is_empty() {
                let problems = validate(&scenario);
                return if problems.is_empty() {
                    Ok(scenario)
                } else {
                    Err(problems)
                };
            }
        }
    }
    // The reader visits fields in its own order; the planner reads the file top to bottom.
    problems.sort_by_key(|p| text_position(&order, &p.path));
    Err(problems)
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

/// A step of a JSON path: a field name or a list position.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

fn path_text(steps: &[Step]) -> String {
    let mut text = String::new();
    for step in steps {
        match step {
            Step::Key(key) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            Step::Index(index) => text.push_str(&format!("[{index}]")),
        }
    }
    text
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn locate<'v>(mut value: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    for step in steps {
        value = match step {
            Step::Key(key) => value.get(key.as_str())?,
            Step::Index(index) => value.get(*index)?,
        };
    }
    Some(value)
}

fn locate_mut<'v>(mut value: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    for step in steps {
        value = match step {
            Step::Key(key) => value.get_mut(key.as_str())?,
            Step::Index(index) => value.get_mut(*index)?,
        };
    }
    Some(value)
}

// --- Step 1: the text as JSON, noting fields given twice -------------------------------

/// What reading the JSON noticed besides the value itself.
#[derive(Default)]
struct ReadNotes {
    /// Every field and list item, in the order the text gives them.
    order: HashMap<String, usize>,
    duplicates: Vec<Problem>,
    /// The innermost field being read when the text stopped being JSON.
    error_path: Option<String>,
}

/// Reads any JSON value, tracking the path so that a field given twice (which a plain
/// reader silently resolves to the last one) can be reported.
struct JsonSeed<'n> {
    path: String,
    notes: &'n mut ReadNotes,
}

impl<'de> DeserializeSeed<'de> for JsonSeed<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for JsonSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let JsonSeed { path, notes } = self;
        let mut items = Vec::new();
        loop {
            let item_path = format!("{path}[{}]", items.len());
            let next = notes.order.len();
            notes.order.entry(item_path.clone()).or_insert(next);
            let seed = JsonSeed {
                path: item_path.clone(),
                notes: &mut *notes,
            };
            match seq.next_element_seed(seed) {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(Value::Array(items)),
                Err(e) => {
                    notes.error_path.get_or_insert(item_path);
                    return Err(e);
                }
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let JsonSeed { path, notes } = self;
        let mut object = Map::new();
        loop {
            let key = match map.next_key::<String>() {
                Ok(Some(key)) => key,
                Ok(None) => return Ok(Value::Object(object)),
                Err(e) => {
                    notes.error_path.get_or_insert_with(|| path.clone());
                    return Err(e);
                }
            };
            let field_path = child(&path, &key);
            let next = notes.order.len();
            notes.order.entry(field_path.clone()).or_insert(next);
            let seed = JsonSeed {
                path: field_path.clone(),
                notes: &mut *notes,
            };
            let value = match map.next_value_seed(seed) {
                Ok(value) => value,
                Err(e) => {
                    notes.error_path.get_or_insert(field_path);
                    return Err(e);
                }
            };
            if object.contains_key(&key) {
                notes.duplicates.push(Problem {
                    path: field_path,
                    message: "this field is given twice; keep only one".into(),
                });
            }
            object.insert(key, value);
        }
    }
}

/// The document as a JSON value and the order of its fields, or None (with the problem)
/// if the text is not JSON.
fn read_json(json: &str, problems: &mut Vec<Problem>) -> Option<(Value, HashMap<String, usize>)> {
    let mut notes = ReadNotes::default();
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let seed = JsonSeed {
        path: String::new(),
        notes: &mut notes,
    };
    let read = seed
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value));
    match read {
        Ok(value) => {
            problems.append(&mut notes.duplicates);
            Some((value, notes.order))
        }
        Err(error) => {
            problems.push(Problem {
                path: notes.error_path.unwrap_or_default(),
                message: not_json_message(&error),
            });
            None
        }
    }
}

/// "not valid JSON at line 3, column 14: a comma or a closing brace } is missing".
fn not_json_message(error: &serde_json::Error) -> String {
    let raw = error.to_string();
    let what = raw
        .rfind(" at line ")
        .and_then(|at| raw.get(..at))
        .unwrap_or(&raw);
    let plain = match what {
        "EOF while parsing a value"
        | "EOF while parsing a list"
        | "EOF while parsing an object"
        | "EOF while parsing a string" => "the text ends before the scenario is complete",
        "trailing comma" => "there is a comma just before a closing bracket or brace",
        "trailing characters" => "there is more text after the end of the scenario",
        "key must be a string" => "field names must be in double quotes",
        "expected `,` or `}`" => "a comma or a closing brace } is missing",
        "expected `,` or `]`" => "a comma or a closing bracket ] is missing",
        "expected `:`" => "a colon : is missing after a field name",
        "expected value" => "a value is missing or malformed (text needs double quotes)",
        "expected ident" => "true, false or null is misspelled",
        "number out of range" => "a number is too large",
        "invalid number" => "a number is malformed",
        "recursion limit exceeded" => "the document is nested too deeply",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a text value contains a line break or another control character"
        }
        other => other,
    };
    if error.line() == 0 {
        format!("not valid JSON: {plain}")
    } else {
        format!(
            "not valid JSON at line {}, column {}: {plain}",
            error.line(),
            error.column()
        )
    }
}

// --- Step 2: objects where objects belong ----------------------------------------------

/// Fields whose value is an object. (A reader would accept a list there too, taking the
/// fields in order; a planner never means that.)
const OBJECT_FIELDS: [&str; 12] = [
    "horizon",
    "population",
    "lifecycle",
    "growth",
    "tiers",
    "goal_gradient",
    "points",
    "history",
    "expiry",
    "behaviour",
    "purchases",
    "spend",
];
/// Fields whose value is a list of objects.
const LIST_FIELDS: [&str; 4] = ["segments", "behaviours", "levels", "rewards"];
/// Kinds of `history` and `expiry` that take no other field.
const KINDS_WITHOUT_FIELDS: [&str; 3] = ["new_programme", "never", "end_of_next_year"];

/// Reports lists where objects belong (and returns false: nothing more can be read), and
/// fields that do not apply to a `kind` (removed, so reading can go on).
fn check_shape(document: &mut Value, problems: &mut Vec<Problem>) -> bool {
    let before = problems.len();
    if !document.is_object() {
        problems.push(Problem {
            path: String::new(),
            message: format!(
                "expected the scenario as an object {{ … }}, got {}",
                json_kind(document)
            ),
        });
        return false;
    }
    shape_of_object(document, "", problems);
    !problems
        .iter()
        .skip(before)
        .any(|p| p.message.starts_with("expected an object"))
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list [ … ]",
        Value::Object(_) => "an object { … }",
    }
}

fn shape_of_object(value: &mut Value, path: &str, problems: &mut Vec<Problem>) {
    let Value::Object(object) = value else {
        return;
    };
    if let Some(Value::String(kind)) = object.get("kind") {
        if KINDS_WITHOUT_FIELDS.contains(&kind.as_str()) {
            let kind = kind.clone();
            let extra: Vec<String> = object.keys().filter(|k| *k != "kind").cloned().collect();
            for key in extra {
                object.remove(&key);
                problems.push(Problem {
                    path: child(path, &key),
                    message: format!("\"{key}\" does not apply when kind is \"{kind}\"; remove it"),
                });
            }
        }
    }
    for (key, field) in object.iter_mut() {
        let field_path = child(path, key);
        if OBJECT_FIELDS.contains(&key.as_str()) {
            shape_of_field(field, &field_path, problems);
        } else if LIST_FIELDS.contains(&key.as_str()) {
            if let Value::Array(items) = field {
                for (i, item) in items.iter_mut().enumerate() {
                    shape_of_field(item, &format!("{field_path}[{i}]"), problems);
                }
            }
        }
    }
}

fn shape_of_field(value: &mut Value, path: &str, problems: &mut Vec<Problem>) {
    if value.is_array() {
        problems.push(Problem {
            path: path.to_owned(),
            message: "expected an object { … }, got a list [ … ]".into(),
        });
    } else {
        shape_of_object(value, path, problems);
    }
}

// --- Step 3: the document as a scenario ------------------------------------------------

/// Reads the document as a scenario, collecting every structure problem: after each one the
/// offending value is set aside (an unknown field removed, a mistyped value replaced by a
/// stand-in of the right type) and reading starts again, up to a limit. Stand-ins only let
/// reading go on; a document that needed one is never returned as a scenario.
fn read_scenario(document: &mut Value, problems: &mut Vec<Problem>) -> Option<Scenario> {
    for _ in 0..MAX_STRUCTURE_PROBLEMS {
        let error = match serde_path_to_error::deserialize::<_, Scenario>(&*document) {
            Ok(scenario) => return Some(scenario),
            Err(error) => error,
        };
        let steps = steps_of(error.path());
        let (steps, raw) = look_inside_tagged(document, steps, error.inner().to_string());
        let error = classify(&raw);
        let (problem_steps, message) = explain(&steps, &error);
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

fn steps_of(path: &serde_path_to_error::Path) -> Vec<Step> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(Step::Index(*index)),
            Segment::Map { key } => Some(Step::Key(key.clone())),
            Segment::Enum { variant } => Some(Step::Key(variant.clone())),
            Segment::Unknown => None,
        })
        .collect()
}

/// The fields of the `existing_programme` history (mirror of [`History`]; keep in step).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct WarmupFields {
    warmup_months: u32,
}

/// The fields of the month-counting expiry kinds (mirror of [`Expiry`]; keep in step).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct MonthsFields {
    months: u32,
}

/// A problem inside a tagged object (`behaviour` with its `form`, `history` and `expiry`
/// with their `kind`) is reported by the reader at the object; reading the object's fields
/// again as the form or kind it names finds the field itself.
fn look_inside_tagged(document: &Value, steps: Vec<Step>, raw: String) -> (Vec<Step>, String) {
    let Some(Value::Object(object)) = locate(document, &steps) else {
        return (steps, raw);
    };
    let inner = match (object.get("form"), object.get("kind")) {
        (Some(Value::String(form)), _) => match form.as_str() {
            "model" => inner_error::<BehaviourModel>(object, "form"),
            "planner" => inner_error::<PlannerBehaviour>(object, "form"),
            _ => None,
        },
        (_, Some(Value::String(kind))) => match kind.as_str() {
            "existing_programme" => inner_error::<WarmupFields>(object, "kind"),
            "months_after_earning" | "after_inactivity" => {
                inner_error::<MonthsFields>(object, "kind")
            }
            _ => None,
        },
        _ => None,
    };
    match inner {
        Some((more, raw)) => {
            let mut steps = steps;
            steps.extend(more);
            (steps, raw)
        }
        None => (steps, raw),
    }
}

fn inner_error<T: DeserializeOwned>(
    object: &Map<String, Value>,
    tag: &str,
) -> Option<(Vec<Step>, String)> {
    let fields: Map<String, Value> = object
        .iter()
        .filter(|(key, _)| key.as_str() != tag)
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    let fields = Value::Object(fields);
    match serde_path_to_error::deserialize::<_, T>(&fields) {
        Ok(_) => None,
        Err(error) => Some((steps_of(error.path()), error.inner().to_string())),
    }
}

/// A reader's complaint, taken apart.
#[derive(Debug, PartialEq)]
enum ReadError {
    InvalidType {
        got: String,
        expected: String,
    },
    InvalidValue {
        got: String,
        expected: String,
    },
    UnknownField {
        field: String,
        allowed: Vec<String>,
    },
    UnknownVariant {
        variant: String,
        allowed: Vec<String>,
    },
    MissingField(String),
    Other(String),
}

fn classify(raw: &str) -> ReadError {
    // The value a planner typed can contain anything, so split at the last separator.
    let got_expected = |rest: &str| {
        rest.rsplit_once(", expected ")
            .map(|(got, expected)| (got.to_owned(), expected.to_owned()))
    };
    if let Some((got, expected)) = raw.strip_prefix("invalid type: ").and_then(got_expected) {
        return ReadError::InvalidType { got, expected };
    }
    if let Some((got, expected)) = raw.strip_prefix("invalid value: ").and_then(got_expected) {
        return ReadError::InvalidValue { got, expected };
    }
    if let Some((name, allowed)) = raw.strip_prefix("unknown field `").and_then(name_and_list) {
        return ReadError::UnknownField {
            field: name,
            allowed,
        };
    }
    if let Some((name, allowed)) = raw
        .strip_prefix("unknown variant `")
        .and_then(name_and_list)
    {
        return ReadError::UnknownVariant {
            variant: name,
            allowed,
        };
    }
    if let Some(name) = raw
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return ReadError::MissingField(name.to_owned());
    }
    ReadError::Other(raw.to_owned())
}

/// "x`, expected one of `a`, `b`" → ("x", [a, b]); also "… there are no fields".
fn name_and_list(rest: &str) -> Option<(String, Vec<String>)> {
    let end = rest
        .rfind("`, expected ")
        .or_else(|| rest.rfind("`, there are no "))?;
    let name = rest.get(..end)?.to_owned();
    let list = rest.get(end + 1..)?;
    let allowed = list
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    Some((name, allowed))
}

/// The JSON path to report and the planner's sentence for a reader's complaint.
fn explain(steps: &[Step], error: &ReadError) -> (Vec<Step>, String) {
    match error {
        ReadError::InvalidType { got, expected } => (
            steps.to_vec(),
            format!(
                "expected {}, got {}",
                expected_text(expected, steps),
                got_text(got)
            ),
        ),
        ReadError::InvalidValue { got, expected } => {
            (steps.to_vec(), out_of_type_range(got, expected, steps))
        }
        ReadError::UnknownField { field, allowed } => {
            let message = if allowed.is_empty() {
                format!("\"{field}\" does not apply here; remove it")
            } else {
                format!(
                    "\"{field}\" is not a field here{}; the fields here are {}",
                    did_you_mean(field, allowed),
                    allowed.join(", ")
                )
            };
            (field_steps(steps, field), message)
        }
        ReadError::UnknownVariant { variant, allowed } => (
            steps.to_vec(),
            format!(
                "\"{variant}\" is not one of the choices{}: {}",
                did_you_mean(variant, allowed),
                quoted(allowed)
            ),
        ),
        ReadError::MissingField(field) => {
            let mut steps = steps.to_vec();
            steps.push(Step::Key(field.clone()));
            (steps, "this required field is missing".into())
        }
        ReadError::Other(raw) => (steps.to_vec(), format!("could not be read: {raw}")),
    }
}

/// The path of an unknown field: the reader reports some at the field, some at its object.
fn field_steps(steps: &[Step], field: &str) -> Vec<Step> {
    let mut steps = steps.to_vec();
    if steps.last() != Some(&Step::Key(field.to_owned())) {
        steps.push(Step::Key(field.to_owned()));
    }
    steps
}

fn last_key(steps: &[Step]) -> Option<&str> {
    match steps.last() {
        Some(Step::Key(key)) => Some(key),
        _ => None,
    }
}

/// What a field expects, in the planner's words.
fn expected_text(expected: &str, steps: &[Step]) -> String {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number (0 or more)".into(),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "a string" => "text in double quotes".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "a list [ … ]".into(),
        "string or map" | "variant identifier" => {
            let allowed = match last_key(steps) {
                Some("basis") => choices::<QualificationBasis>(),
                Some("downgrade") => choices::<DowngradePolicy>(),
                _ => Vec::new(),
            };
            if allowed.is_empty() {
                "one of the named choices, in double quotes".into()
            } else {
                format!("one of {}", quoted(&allowed))
            }
        }
        other
            if other.starts_with("struct ")
                || other.starts_with("internally tagged enum ")
                || other == "a map" =>
        {
            "an object { … }".into()
        }
        other => other.into(),
    }
}

/// What the planner wrote, as a planner would name it.
fn got_text(got: &str) -> String {
    let in_backticks = |rest: &str| rest.trim_matches('`').to_owned();
    if let Some(text) = got.strip_prefix("string ") {
        format!("the text {text}")
    } else if let Some(n) = got.strip_prefix("integer ") {
        in_backticks(n)
    } else if let Some(n) = got.strip_prefix("floating point ") {
        in_backticks(n)
    } else if let Some(b) = got.strip_prefix("boolean ") {
        in_backticks(b)
    } else {
        match got {
            "map" => "an object { … }".into(),
            "sequence" => "a list [ … ]".into(),
            "unit value" | "null" => "null".into(),
            other => other.into(),
        }
    }
}

/// "expected a whole number (0 or more), got -1".
fn out_of_type_range(got: &str, expected: &str, steps: &[Step]) -> String {
    let got = got_text(got);
    let limit = match expected {
        "u8" => Some(format!("from 0 to {}", u8::MAX)),
        "u16" => Some(format!("from 0 to {}", u16::MAX)),
        "u32" => Some(format!("from 0 to {}", u32::MAX)),
        "u64" => Some(format!("from 0 to {}", u64::MAX)),
        "i32" => Some(format!("from {} to {}", i32::MIN, i32::MAX)),
        "i64" => Some(format!("from {} to {}", i64::MIN, i64::MAX)),
        _ => None,
    };
    match limit {
        Some(limit) => format!("expected a whole number {limit}, got {got}"),
        None => format!("expected {}, got {got}", expected_text(expected, steps)),
    }
}

/// "\"none\", \"one_tier\", \"to_qualified_tier\"".
fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|name| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The names a unit-variant choice accepts, as the reader itself lists them.
fn choices<T: DeserializeOwned>() -> Vec<String> {
    match serde_json::from_value::<T>(Value::String(String::new())) {
        Ok(_) => Vec::new(),
        Err(error) => match classify(&error.to_string()) {
            ReadError::UnknownVariant { allowed, .. } => allowed,
            _ => Vec::new(),
        },
    }
}

/// " (did you mean "months"?)" when one allowed name is a likely typo of `name`.
fn did_you_mean(name: &str, allowed: &[String]) -> String {
    allowed
        .iter()
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= 2 && *distance < candidate.chars().count())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| format!(" (did you mean \"{candidate}\"?)"))
        .unwrap_or_default()
}

/// Levenshtein distance, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous
                .get(j)
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(usize::from(ca != *cb));
            let delete = previous
                .get(j + 1)
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(1);
            let insert = current
                .last()
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(1);
            current.push(substitute.min(delete).min(insert));
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(0)
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
                "name" => Value::String(String::new()),
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
    ];
    match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" | "f32"
        | "f64" => Some(Value::from(0)),
        "a string" => Some(Value::String(String::new())),
        "a boolean" => Some(Value::Bool(false)),
        "a sequence" => Some(Value::Array(Vec::new())),
        "internally tagged enum History" => Some(serde_json::json!({"kind": "new_programme"})),
        "internally tagged enum Expiry" => Some(serde_json::json!({"kind": "never"})),
        "string or map" => {
            let allowed = match last_key(steps) {
                Some("basis") => choices::<QualificationBasis>(),
                Some("downgrade") => choices::<DowngradePolicy>(),
                _ => Vec::new(),
            };
            allowed.into_iter().next().map(Value::String)
        }
        other if all_defaults.contains(&other) => Some(Value::Object(Map::new())),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// validate
// ---------------------------------------------------------------------------------------

/// Checks every field's range and every rule between fields; returns all the problems
/// (none: the scenario can run). Paths use the JSON field names.
pub fn validate(scenario: &Scenario) -> Vec<Problem> {
    let mut check = Checks::default();
    if scenario.version != SCENARIO_VERSION {
        check.fail(
            "version",
            format!(
                "version {} is not one this build reads; it reads version {SCENARIO_VERSION}",
                scenario.version
            ),
        );
    }
    check.name("name", &scenario.name, "the scenario");
    horizon(&mut check, &scenario.horizon);
    population(&mut check, &scenario.population, scenario.horizon.months);
    lifecycle(&mut check, &scenario.lifecycle);
    growth(&mut check, &scenario.growth);
    tiers(&mut check, &scenario.tiers);
    check.number(
        "goal_gradient.within_share",
        scenario.goal_gradient.within_share,
        Range::from_below(0.0, 1.0),
    );
    check.number(
        "goal_gradient.purchase_rate_uplift",
        scenario.goal_gradient.purchase_rate_uplift,
        Range::from_to(0.0, 10.0),
    );
    points(&mut check, &scenario.points);
    check.problems
}

/// "How long to look": months, calendar start.
fn horizon(check: &mut Checks, horizon: &Horizon) {
    check.whole("horizon.months", horizon.months, 1, MAX_MONTHS);
    if !(YEARS.0..=YEARS.1).contains(&horizon.start_year) {
        check.fail(
            "horizon.start_year",
            format!(
                "{} must be from {} to {}",
                horizon.start_year, YEARS.0, YEARS.1
            ),
        );
    }
    check.whole("horizon.start_month", horizon.start_month, 1, 12);
}

/// Who the members are: segments, intake, and how many a tab can hold.
fn population(check: &mut Checks, population: &Population, months: u32) {
    let intake_ok = check.number(
        "population.new_members_per_month",
        population.new_members_per_month,
        Range::at_least(0.0),
    );
    let growth_ok = check.number(
        "population.acquisition_growth_per_month",
        population.acquisition_growth_per_month,
        Range::from_to(-0.5, 1.0),
    );
    if let History::ExistingProgramme { warmup_months } = population.history {
        check.whole(
            "population.history.warmup_months",
            warmup_months,
            1,
            MAX_MONTHS,
        );
    }
    if intake_ok && growth_ok {
        members_limit(check, population, months.min(MAX_MONTHS));
    }
    segments(check, &population.segments);
}

/// Everyone the scenario would create, as the population module counts them: the starting
/// members (who, for an existing programme, join during warm-up) plus each month's intake,
/// grown and rounded to whole members. Counted in f64 so that no intake can overflow.
fn total_members(population: &Population, months: u32) -> f64 {
    let mut total = f64::from(population.starting_members);
    for month in 0..months {
        let grown = libm::pow(
            1.0 + population.acquisition_growth_per_month,
            f64::from(month),
        );
        let joining = (population.new_members_per_month * grown).round();
        if joining.is_nan() {
            continue;
        }
        if joining > 0.0 {
            total += joining;
        }
    }
    total
}

fn members_limit(check: &mut Checks, population: &Population, months: u32) {
    let total = total_members(population, months);
    let starting = f64::from(population.starting_members);
    if !total.is_finite() {
        check.fail(
            "population",
            format!(
                "more members than can be counted would join over {months} months ({} starting, {} a month growing by {} a month); a tab holds at most {}",
                count(starting),
                population.new_members_per_month,
                population.acquisition_growth_per_month,
                count(MAX_MEMBERS)
            ),
        );
    } else if total > MAX_MEMBERS {
        check.fail(
            "population",
            format!(
                "{} members would be simulated ({} starting + {} joining over {months} months); a tab holds at most {}",
                count(total),
                count(starting),
                count(total - starting),
                count(MAX_MEMBERS)
            ),
        );
    } else if total < 1.0 {
        check.fail(
            "population",
            "nobody would be simulated: starting members is 0 and new members per month rounds to 0",
        );
    }
}

/// Segments: 1–20, named, shares in (0, 1] adding up to 1, behaviour in range.
fn segments(check: &mut Checks, segments: &[Segment]) {
    if segments.is_empty() {
        check.fail(
            "population.segments",
            "the population needs at least one segment",
        );
        return;
    }
    if segments.len() > MAX_SEGMENTS {
        check.fail(
            "population.segments",
            format!(
                "{} segments; at most {MAX_SEGMENTS} are allowed",
                segments.len()
            ),
        );
    }
    check.names(
        "population.segments",
        segments.iter().map(|s| s.name.as_str()),
        "segment",
    );
    let mut shares_ok = true;
    for (i, segment) in segments.iter().enumerate() {
        let path = format!("population.segments[{i}]");
        shares_ok &= check.number(
            &format!("{path}.share"),
            segment.share,
            Range::above_to(0.0, 1.0),
        );
        behaviour(check, &format!("{path}.behaviour"), &segment.behaviour);
    }
    let total: f64 = segments.iter().map(|s| s.share).sum();
    if shares_ok && (total - 1.0).abs() > SHARE_TOLERANCE {
        check.fail(
            "population.segments",
            format!(
                "the shares add up to {}; they must add up to 1",
                short(total)
            ),
        );
    }
}

fn behaviour(check: &mut Checks, path: &str, behaviour: &SegmentBehaviour) {
    match behaviour {
        SegmentBehaviour::Model(model) => model_behaviour(check, path, model),
        SegmentBehaviour::Planner(planner) => planner_behaviour(check, path, planner),
    }
}

/// The papers' parameters: BG/NBD r, α, a, b > 0; Gamma-Gamma p > 0, q > 1, γ > 0; and
/// what they imply kept within what the planner form allows.
fn model_behaviour(check: &mut Checks, path: &str, model: &BehaviourModel) {
    let BgNbd { r, alpha, a, b } = model.purchases;
    let purchases = format!("{path}.purchases");
    let mut purchases_ok = true;
    for (field, value) in [("r", r), ("alpha", alpha), ("a", a), ("b", b)] {
        purchases_ok &= check.number(&format!("{purchases}.{field}"), value, Range::above(0.0));
    }
    if purchases_ok {
        let per_month = r / alpha * WEEKS_PER_MONTH;
        if !per_month.is_finite() || per_month > MAX_PURCHASES_PER_MONTH {
            check.fail(
                &purchases,
                format!(
                    "r / α means {} purchases a month for an average member; at most {} can be simulated",
                    short(per_month),
                    MAX_PURCHASES_PER_MONTH
                ),
            );
        }
    }
    let GammaGamma { p, q, gamma } = model.spend;
    let spend = format!("{path}.spend");
    let p_ok = check.number(&format!("{spend}.p"), p, Range::above(0.0));
    let q_ok = check.number_because(
        &format!("{spend}.q"),
        q,
        Range::above(1.0),
        "the mean spend pγ / (q − 1) needs q above 1",
    );
    let gamma_ok = check.number(&format!("{spend}.gamma"), gamma, Range::above(0.0));
    if p_ok && q_ok && gamma_ok {
        let mean = model.spend.mean_spend();
        if !mean.is_finite() || mean > MAX_ORDER_VALUE {
            check.fail(
                &spend,
                format!(
                    "pγ / (q − 1) means an average order value of {}; at most {} is allowed",
                    short(mean),
                    MAX_ORDER_VALUE
                ),
            );
        }
    }
}

/// The planner's form: the brief's ranges, then the model it maps to must be usable.
fn planner_behaviour(check: &mut Checks, path: &str, planner: &PlannerBehaviour) {
    let field = |name: &str| format!("{path}.{name}");
    let mut ok = check.number(
        &field("purchases_per_month"),
        planner.purchases_per_month,
        Range::above_to(0.0, MAX_PURCHASES_PER_MONTH),
    );
    ok &= check.number(
        &field("purchase_rate_spread"),
        planner.purchase_rate_spread,
        Range::from_to(0.1, 5.0),
    );
    ok &= check.number(
        &field("lost_per_year"),
        planner.lost_per_year,
        Range::between(0.0, 1.0),
    );
    ok &= check.number(
        &field("average_order_value"),
        planner.average_order_value,
        Range::above_to(0.0, MAX_ORDER_VALUE),
    );
    ok &= check.number(
        &field("order_value_spread"),
        planner.order_value_spread,
        Range::from_to(0.05, 3.0),
    );
    if !ok {
        return;
    }
    // Extreme but in-range combinations can round the dropout chance per purchase to 0 or 1.
    let BgNbd { alpha, a, b, .. } = planner.to_model().purchases;
    if !positive(a) {
        check.fail(
            &field("lost_per_year"),
            format!(
                "{} is too small to model at {} purchases a month: the chance of dropping out after a purchase rounds to 0",
                planner.lost_per_year, planner.purchases_per_month
            ),
        );
    } else if !positive(b) || !positive(alpha) {
        check.fail(
            path,
            format!(
                "members who buy {} times a month and of whom {} are lost each year would drop out at almost every purchase; raise purchases per month or lower the share lost",
                planner.purchases_per_month, planner.lost_per_year
            ),
        );
    }
}

fn positive(value: f64) -> bool {
    value.is_finite() && value > 0.0
}

/// Lifecycle windows: active ≥ 1 day, churned after more days than the active window.
fn lifecycle(check: &mut Checks, lifecycle: &Lifecycle) {
    let active_ok = check.whole(
        "lifecycle.active_window_days",
        lifecycle.active_window_days,
        1,
        MAX_ACTIVE_WINDOW_DAYS,
    );
    if active_ok && lifecycle.churned_after_days <= lifecycle.active_window_days {
        check.fail(
            "lifecycle.churned_after_days",
            format!(
                "{} must be above the active window's {} days: a member is dormant between the two",
                lifecycle.churned_after_days, lifecycle.active_window_days
            ),
        );
    } else if lifecycle.churned_after_days > MAX_CHURN_DAYS {
        check.fail(
            "lifecycle.churned_after_days",
            format!(
                "{} must be at most {MAX_CHURN_DAYS}",
                lifecycle.churned_after_days
            ),
        );
    }
    if lifecycle.maturity_purchases < 2 {
        check.fail(
            "lifecycle.maturity_purchases",
            format!(
                "{} must be at least 2: a member with only their first purchase is in the introduction stage",
                lifecycle.maturity_purchases
            ),
        );
    }
    check.number(
        "lifecycle.maturity_spend",
        lifecycle.maturity_spend,
        Range::above_to(0.0, MAX_AMOUNT),
    );
}

/// Growth value: per currency unit, behaviours (0–100 actions a month, ≤ 1 if one-off).
fn growth(check: &mut Checks, growth: &GrowthRules) {
    check.number(
        "growth.per_currency_unit",
        growth.per_currency_unit,
        Range::from_to(0.0, MAX_PER_CURRENCY_UNIT),
    );
    if growth.behaviours.len() > MAX_GROWTH_BEHAVIOURS {
        check.fail(
            "growth.behaviours",
            format!(
                "{} behaviours; at most {MAX_GROWTH_BEHAVIOURS} are allowed",
                growth.behaviours.len()
            ),
        );
    }
    check.names(
        "growth.behaviours",
        growth.behaviours.iter().map(|b| b.name.as_str()),
        "behaviour",
    );
    for (i, behaviour) in growth.behaviours.iter().enumerate() {
        let path = format!("growth.behaviours[{i}].actions_per_month");
        if behaviour.once {
            check.number_because(
                &path,
                behaviour.actions_per_month,
                Range::from_to(0.0, 1.0),
                "for a one-off behaviour it is the monthly chance that it happens",
            );
        } else {
            check.number(
                &path,
                behaviour.actions_per_month,
                Range::from_to(0.0, 100.0),
            );
        }
    }
}

/// The tier ladder: 1–10 tiers from threshold 0, strictly rising, keep ≤ threshold,
/// benefits in range.
fn tiers(check: &mut Checks, tiers: &TierRules) {
    if tiers.grace_months > MAX_GRACE_MONTHS {
        check.fail(
            "tiers.grace_months",
            format!(
                "{} must be from 0 to {MAX_GRACE_MONTHS}",
                tiers.grace_months
            ),
        );
    }
    let levels = &tiers.levels;
    if levels.is_empty() {
        check.fail(
            "tiers.levels",
            "the programme needs at least one tier: the entry tier, with threshold 0",
        );
        return;
    }
    if levels.len() > MAX_TIERS {
        check.fail(
            "tiers.levels",
            format!("{} tiers; at most {MAX_TIERS} are allowed", levels.len()),
        );
    }
    check.names(
        "tiers.levels",
        levels.iter().map(|t| t.name.as_str()),
        "tier",
    );
    let mut previous: Option<u32> = None;
    for (i, tier) in levels.iter().enumerate() {
        let path = format!("tiers.levels[{i}]");
        match previous {
            None if tier.threshold != 0 => check.fail(
                &format!("{path}.threshold"),
                format!(
                    "{} must be 0: every member starts in the entry tier",
                    tier.threshold
                ),
            ),
            Some(below) if tier.threshold <= below => check.fail(
                &format!("{path}.threshold"),
                format!(
                    "{} must be above the previous tier's {below}",
                    tier.threshold
                ),
            ),
            _ => {}
        }
        previous = Some(tier.threshold);
        if tier.keep_threshold > tier.threshold {
            check.fail(
                &format!("{path}.keep_threshold"),
                format!(
                    "{} must be at most the tier's threshold {}",
                    tier.keep_threshold, tier.threshold
                ),
            );
        }
        let field = |name: &str| format!("{path}.{name}");
        check.number(
            &field("earn_multiplier"),
            tier.earn_multiplier,
            Range::from_to(0.0, 100.0),
        );
        check.number(&field("discount"), tier.discount, Range::from_to(0.0, 0.9));
        check.number(
            &field("benefit_cost_per_month"),
            tier.benefit_cost_per_month,
            Range::from_to(0.0, MAX_AMOUNT),
        );
        check.number(
            &field("dropout_reduction"),
            tier.dropout_reduction,
            Range::from_to(0.0, 1.0),
        );
        check.number(
            &field("purchase_rate_uplift"),
            tier.purchase_rate_uplift,
            Range::from_to(0.0, 10.0),
        );
        check.number(
            &field("redemption_per_month"),
            tier.redemption_per_month,
            Range::from_to(0.0, 1.0),
        );
    }
}

/// Points: earn rate, pending months, expiry, the points mall and the cost of a point.
fn points(check: &mut Checks, points: &PointsRules) {
    check.number(
        "points.per_currency_unit",
        points.per_currency_unit,
        Range::from_to(0.0, MAX_PER_CURRENCY_UNIT),
    );
    let pending_ok = points.pending_months <= MAX_PENDING_MONTHS;
    if !pending_ok {
        check.fail(
            "points.pending_months",
            format!(
                "{} must be from 0 to {MAX_PENDING_MONTHS}",
                points.pending_months
            ),
        );
    }
    match points.expiry {
        Expiry::MonthsAfterEarning { months } => {
            let ok = check.whole("points.expiry.months", months, 1, MAX_MONTHS);
            if ok && pending_ok && months <= points.pending_months {
                check.fail(
                    "points.expiry.months",
                    format!(
                        "{months} must be above the {} pending months: points would expire before they could be redeemed",
                        points.pending_months
                    ),
                );
            }
        }
        Expiry::AfterInactivity { months } => {
            check.whole("points.expiry.months", months, 1, MAX_MONTHS);
        }
        Expiry::Never | Expiry::EndOfNextYear => {}
    }
    if points.rewards.len() > MAX_REWARDS {
        check.fail(
            "points.rewards",
            format!(
                "{} rewards; at most {MAX_REWARDS} are allowed",
                points.rewards.len()
            ),
        );
    }
    check.names(
        "points.rewards",
        points.rewards.iter().map(|r| r.name.as_str()),
        "reward",
    );
    for (i, reward) in points.rewards.iter().enumerate() {
        let path = format!("points.rewards[{i}]");
        if reward.points < 1 {
            check.fail(
                &format!("{path}.points"),
                "0 must be at least 1: a reward costs points",
            );
        }
        check.number(
            &format!("{path}.cash"),
            reward.cash,
            Range::from_to(0.0, MAX_AMOUNT),
        );
        check.number(
            &format!("{path}.cost"),
            reward.cost,
            Range::from_to(0.0, MAX_AMOUNT),
        );
    }
    check.number(
        "points.cost_per_point",
        points.cost_per_point,
        Range::from_to(0.0, MAX_AMOUNT),
    );
}

// ---------------------------------------------------------------------------------------
// Checks: the problems found so far, and the shared ways of finding them.
// ---------------------------------------------------------------------------------------

#[derive(Default)]
struct Checks {
    problems: Vec<Problem>,
}

impl Checks {
    fn fail(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_owned(),
            message: message.into(),
        });
    }

    /// A finite number within `range`; true if it is.
    fn number(&mut self, path: &str, value: f64, range: Range) -> bool {
        self.number_because(path, value, range, "")
    }

    /// As [`Checks::number`], with the reason added to the message.
    fn number_because(&mut self, path: &str, value: f64, range: Range, reason: &str) -> bool {
        let message = if value.is_nan() {
            format!(
                "NaN (not a number) is not allowed; the value {}",
                range.rule()
            )
        } else if value.is_infinite() {
            format!("infinity is not allowed; the value {}", range.rule())
        } else if !range.contains(value) {
            format!("{value} {}", range.rule())
        } else {
            return true;
        };
        if reason.is_empty() {
            self.fail(path, message);
        } else {
            self.fail(path, format!("{message}: {reason}"));
        }
        false
    }

    /// A whole number from `low` to `high`; true if it is.
    fn whole(&mut self, path: &str, value: u32, low: u32, high: u32) -> bool {
        if (low..=high).contains(&value) {
            return true;
        }
        self.fail(path, format!("{value} must be from {low} to {high}"));
        false
    }

    /// The scenario's own name: not blank, not too long.
    fn name(&mut self, path: &str, name: &str, what: &str) {
        if name.trim().is_empty() {
            self.fail(path, format!("{what} needs a name"));
        } else if name.chars().count() > MAX_NAME_CHARS {
            self.fail(
                path,
                format!(
                    "the name is {} characters long; at most {MAX_NAME_CHARS} are allowed",
                    name.chars().count()
                ),
            );
        }
    }

    /// The names in a list: each present, not too long, and unique (ignoring spaces at
    /// either end).
    fn names<'a>(&mut self, list: &str, names: impl Iterator<Item = &'a str>, what: &str) {
        let mut seen: Vec<&str> = Vec::new();
        for (i, name) in names.enumerate() {
            let path = format!("{list}[{i}].name");
            let trimmed = name.trim();
            if trimmed.is_empty() {
                self.fail(&path, format!("each {what} needs a name"));
            } else if name.chars().count() > MAX_NAME_CHARS {
                self.fail(
                    &path,
                    format!(
                        "the name is {} characters long; at most {MAX_NAME_CHARS} are allowed",
                        name.chars().count()
                    ),
                );
            } else if let Some(first) = seen.iter().position(|s| *s == trimmed) {
                self.fail(
                    &path,
                    format!("\"{trimmed}\" is already the name of {list}[{first}]; each {what} needs its own name"),
                );
            }
            seen.push(trimmed);
        }
    }
}

/// One end of a range: none, included or excluded.
#[derive(Clone, Copy)]
enum Bound {
    None,
    Included(f64),
    Excluded(f64),
}

/// The values a number field accepts.
#[derive(Clone, Copy)]
struct Range {
    low: Bound,
    high: Bound,
}

impl Range {
    /// [low, high]
    const fn from_to(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Included(low),
            high: Bound::Included(high),
        }
    }
    /// (low, high]
    const fn above_to(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Excluded(low),
            high: Bound::Included(high),
        }
    }
    /// [low, high)
    const fn from_below(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Included(low),
            high: Bound::Excluded(high),
        }
    }
    /// (low, high)
    const fn between(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Excluded(low),
            high: Bound::Excluded(high),
        }
    }
    /// [low, ∞)
    const fn at_least(low: f64) -> Self {
        Range {
            low: Bound::Included(low),
            high: Bound::None,
        }
    }
    /// (low, ∞)
    const fn above(low: f64) -> Self {
        Range {
            low: Bound::Excluded(low),
            high: Bound::None,
        }
    }

    fn contains(&self, value: f64) -> bool {
        let low = match self.low {
            Bound::None => true,
            Bound::Included(low) => value >= low,
            Bound::Excluded(low) => value > low,
        };
        let high = match self.high {
            Bound::None => true,
            Bound::Included(high) => value <= high,
            Bound::Excluded(high) => value < high,
        };
        low && high && value.is_finite()
    }

    /// "must be from 0 to 0.9", "must be above 0 and below 1", "must be at least 0".
    fn rule(&self) -> String {
        match (self.low, self.high) {
            (Bound::Included(l), Bound::Included(h)) => format!("must be from {l} to {h}"),
            (Bound::Excluded(l), Bound::Included(h)) => {
                format!("must be above {l} and at most {h}")
            }
            (Bound::Included(l), Bound::Excluded(h)) => {
                format!("must be at least {l} and below {h}")
            }
            (Bound::Excluded(l), Bound::Excluded(h)) => format!("must be above {l} and below {h}"),
            (Bound::Included(l), Bound::None) => format!("must be at least {l}"),
            (Bound::Excluded(l), Bound::None) => format!("must be above {l}"),
            (Bound::None, Bound::Included(h)) => format!("must be at most {h}"),
            (Bound::None, Bound::Excluded(h)) => format!("must be below {h}"),
            (Bound::None, Bound::None) => "must be a finite number".into(),
        }
    }
}

/// A computed number for a message: at most six decimals, no trailing zeros.
fn short(value: f64) -> String {
    let text = format!("{value:.6}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// A count of members as a planner reads it: 1,234,567 (or 3.6e25 when past counting).
fn count(value: f64) -> String {
    if !value.is_finite() {
        return "more than can be counted".into();
    }
    if value >= 1e15 {
        return format!("{value:.1e}");
    }
    let digits = format!("{:.0}", value.max(0.0));
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::behaviour::PlannerBehaviour;
    use crate::scenario::{preset, preset_names, GrowthBehaviour, Reward, Tier};

    fn paths(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.path.as_str()).collect()
    }

    fn problems_of(json: &str) -> Vec<Problem> {
        match parse(json) {
            Ok(_) => Vec::new(),
            Err(problems) => problems,
        }
    }

    fn tier(name: &str, threshold: u32) -> Tier {
        Tier {
            name: name.into(),
            threshold,
            keep_threshold: threshold,
            earn_multiplier: 1.0,
            discount: 0.0,
            benefit_cost_per_month: 0.0,
            dropout_reduction: 0.0,
            purchase_rate_uplift: 0.0,
            redemption_per_month: 0.3,
        }
    }

    #[test]
    fn the_default_scenario_is_valid() {
        assert_eq!(validate(&Scenario::default()), Vec::new());
    }

    #[test]
    fn every_preset_is_valid() {
        for name in preset_names() {
            let scenario = preset(name).expect("listed preset exists");
            assert_eq!(validate(&scenario), Vec::new(), "preset {name}");
        }
    }

    #[test]
    fn every_preset_reads_back_from_its_own_json() {
        for name in preset_names() {
            let scenario = preset(name).expect("listed preset exists");
            let json = serde_json::to_string_pretty(&scenario).expect("serialises");
            assert_eq!(parse(&json), Ok(scenario), "preset {name}");
        }
    }

    #[test]
    fn the_example_in_the_planners_reference_is_the_cosmetics_preset() {
        let reference = include_str!("../../docs/scenario.md");
        let example = reference
            .split("## Example")
            .nth(1)
            .and_then(|rest| rest.split("```json\n").nth(1))
            .and_then(|rest| rest.split("\n```").next())
            .expect("docs/scenario.md has an example scenario");
        assert_eq!(parse(example), Ok(preset("cosmetics").expect("cosmetics")));
    }

    #[test]
    fn a_tier_below_the_previous_one_is_reported_in_the_planners_words() {
        let mut scenario = Scenario::default();
        scenario.tiers.levels = vec![
            tier("Regular", 0),
            tier("Silver", 10000),
            tier("Gold", 8000),
        ];
        let problems = validate(&scenario);
        assert_eq!(
            problems,
            vec![Problem {
                path: "tiers.levels[2].threshold".into(),
                message: "8000 must be above the previous tier's 10000".into(),
            }]
        );
        assert_eq!(
            problems[0].to_string(),
            "tiers.levels[2].threshold: 8000 must be above the previous tier's 10000"
        );
    }

    #[test]
    fn several_problems_come_back_at_once() {
        let mut scenario = Scenario::default();
        scenario.horizon.months = 0;
        scenario.horizon.start_month = 13;
        scenario.population.segments[0].share = 0.5;
        scenario.tiers.levels[1].discount = 0.95;
        scenario.points.rewards[0].points = 0;
        let problems = validate(&scenario);
        assert_eq!(
            paths(&problems),
            vec![
                "horizon.months",
                "horizon.start_month",
                "population.segments",
                "tiers.levels[1].discount",
                "points.rewards[0].points",
            ]
        );
        assert_eq!(
            problems[2].message,
            "the shares add up to 0.5; they must add up to 1"
        );
        assert_eq!(problems[3].message, "0.95 must be from 0 to 0.9");
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
    fn explosive_acquisition_growth_is_refused_without_overflow() {
        let mut scenario = Scenario::default();
        scenario.horizon.months = 120;
        scenario.population.starting_members = u32::MAX;
        scenario.population.new_members_per_month = f64::MAX;
        scenario.population.acquisition_growth_per_month = 1.0;
        let problems = validate(&scenario);
        assert_eq!(paths(&problems), vec!["population"]);
        assert!(problems[0]
            .message
            .starts_with("more members than can be counted"));
    }

    #[test]
    fn the_member_limit_counts_grown_intake_as_the_population_does() {
        let mut scenario = Scenario::default();
        scenario.population.starting_members = 1_000;
        scenario.population.new_members_per_month = 100.0;
        scenario.population.acquisition_growth_per_month = 0.1;
        scenario.horizon.months = 3;
        // 1,000 + 100 + 110 + 121
        assert_eq!(total_members(&scenario.population, 3), 1_331.0);
        scenario.population.starting_members = 0;
        scenario.population.new_members_per_month = 0.4;
        assert_eq!(
            validate(&scenario),
            vec![Problem {
                path: "population".into(),
                message: "nobody would be simulated: starting members is 0 and new members per month rounds to 0".into(),
            }]
        );
    }

    #[test]
    fn nan_and_infinity_are_problems_not_panics() {
        let mut scenario = Scenario::default();
        scenario.population.new_members_per_month = f64::NAN;
        scenario.population.segments[0].share = f64::INFINITY;
        scenario.goal_gradient.purchase_rate_uplift = f64::NEG_INFINITY;
        scenario.tiers.levels[0].earn_multiplier = f64::NAN;
        scenario.points.cost_per_point = f64::NAN;
        scenario.population.segments.push(Segment {
            name: "Odd".into(),
            share: 0.5,
            behaviour: SegmentBehaviour::Planner(PlannerBehaviour {
                purchases_per_month: f64::NAN,
                purchase_rate_spread: f64::INFINITY,
                lost_per_year: 0.3,
                average_order_value: 100.0,
                order_value_spread: 0.5,
            }),
        });
        let problems = validate(&scenario);
        assert_eq!(
            paths(&problems),
            vec![
                "population.new_members_per_month",
                "population.segments[0].share",
                "population.segments[1].behaviour.purchases_per_month",
                "population.segments[1].behaviour.purchase_rate_spread",
                "tiers.levels[0].earn_multiplier",
                "goal_gradient.purchase_rate_uplift",
                "points.cost_per_point",
            ]
        );
        assert_eq!(
            problems[0].message,
            "NaN (not a number) is not allowed; the value must be at least 0"
        );
    }

    #[test]
    fn the_papers_parameters_must_be_positive_and_q_above_one() {
        let mut scenario = Scenario::default();
        scenario.population.segments[0].behaviour = SegmentBehaviour::Model(BehaviourModel {
            purchases: BgNbd {
                r: 0.0,
                alpha: 4.4,
                a: -1.0,
                b: 2.4,
            },
            spend: GammaGamma {
                p: 6.25,
                q: 1.0,
                gamma: 15.4,
            },
        });
        let problems = validate(&scenario);
        assert_eq!(
            paths(&problems),
            vec![
                "population.segments[0].behaviour.purchases.r",
                "population.segments[0].behaviour.purchases.a",
                "population.segments[0].behaviour.spend.q",
            ]
        );
        assert_eq!(
            problems[2].message,
            "1 must be above 1: the mean spend pγ / (q − 1) needs q above 1"
        );
    }

    #[test]
    fn a_model_that_buys_faster_than_the_planner_form_allows_is_refused() {
        let mut scenario = Scenario::default();
        scenario.population.segments[0].behaviour = SegmentBehaviour::Model(BehaviourModel {
            purchases: BgNbd {
                r: 1.0,
                alpha: 1e-9,
                a: 1.0,
                b: 1.0,
            },
            spend: GammaGamma {
                p: 1.0,
                q: 2.0,
                gamma: 1.0,
            },
        });
        assert_eq!(
            paths(&validate(&scenario)),
            vec!["population.segments[0].behaviour.purchases"]
        );
    }

    #[test]
    fn planner_form_ranges_are_enforced() {
        let mut scenario = Scenario::default();
        scenario.population.segments[0].behaviour = SegmentBehaviour::Planner(PlannerBehaviour {
            purchases_per_month: 61.0,
            purchase_rate_spread: 0.05,
            lost_per_year: 1.0,
            average_order_value: 0.0,
            order_value_spread: 4.0,
        });
        let problems = validate(&scenario);
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert_eq!(problems[2].message, "1 must be above 0 and below 1");
    }

    #[test]
    fn an_in_range_but_degenerate_planner_description_is_refused() {
        let mut scenario = Scenario::default();
        scenario.population.segments[0].behaviour = SegmentBehaviour::Planner(PlannerBehaviour {
            purchases_per_month: 1.0,
            purchase_rate_spread: 1.0,
            lost_per_year: 1e-20,
            average_order_value: 50.0,
            order_value_spread: 0.5,
        });
        assert_eq!(
            paths(&validate(&scenario)),
            vec!["population.segments[0].behaviour.lost_per_year"]
        );
    }

    #[test]
    fn segment_and_tier_names_must_be_present_and_unique() {
        let mut scenario = Scenario::default();
        let mut second = scenario.population.segments[0].clone();
        second.share = 0.0;
        scenario.population.segments[0].share = 1.0;
        scenario.population.segments.push(second);
        scenario.tiers.levels[1].name = " ".into();
        scenario.tiers.levels[2].name = "Regular".into();
        let problems = validate(&scenario);
        assert_eq!(
            paths(&problems),
            vec![
                "population.segments[1].name",
                "population.segments[1].share",
                "tiers.levels[1].name",
                "tiers.levels[2].name",
            ]
        );
        assert_eq!(
            problems[0].message,
            "\"CDNOW\" is already the name of population.segments[0]; each segment needs its own name"
        );
    }

    #[test]
    fn tier_rules_cover_entry_threshold_keep_threshold_and_benefits() {
        let mut scenario = Scenario::default();
        scenario.tiers.levels[0].threshold = 10;
        scenario.tiers.levels[0].keep_threshold = 10;
        scenario.tiers.levels[1].keep_threshold = 150;
        scenario.tiers.levels[2].dropout_reduction = 1.5;
        scenario.tiers.levels[2].redemption_per_month = -0.1;
        scenario.tiers.grace_months = 30;
        let problems = validate(&scenario);
        assert_eq!(
            paths(&problems),
            vec![
                "tiers.grace_months",
                "tiers.levels[0].threshold",
                "tiers.levels[1].keep_threshold",
                "tiers.levels[2].dropout_reduction",
                "tiers.levels[2].redemption_per_month",
            ]
        );
        assert_eq!(
            problems[1].message,
            "10 must be 0: every member starts in the entry tier"
        );
        assert_eq!(
            problems[2].message,
            "150 must be at most the tier's threshold 100"
        );
        scenario.tiers.levels.clear();
        assert!(paths(&validate(&scenario)).contains(&"tiers.levels"));
    }

    #[test]
    fn lifecycle_windows_must_leave_room_for_dormancy() {
        let mut scenario = Scenario::default();
        scenario.lifecycle.active_window_days = 90;
        scenario.lifecycle.churned_after_days = 90;
        assert_eq!(
            validate(&scenario),
            vec![Problem {
                path: "lifecycle.churned_after_days".into(),
                message: "90 must be above the active window's 90 days: a member is dormant between the two".into(),
            }]
        );
        scenario.lifecycle.active_window_days = 0;
        assert_eq!(
            paths(&validate(&scenario)),
            vec!["lifecycle.active_window_days"]
        );
    }

    #[test]
    fn one_off_behaviours_take_a_monthly_chance() {
        let mut scenario = Scenario::default();
        scenario.growth.behaviours = vec![
            GrowthBehaviour {
                name: "Profile".into(),
                growth_per_action: 100,
                actions_per_month: 2.0,
                once: true,
            },
            GrowthBehaviour {
                name: "Sign-in".into(),
                growth_per_action: 1,
                actions_per_month: 150.0,
                once: false,
            },
        ];
        let problems = validate(&scenario);
        assert_eq!(
            paths(&problems),
            vec![
                "growth.behaviours[0].actions_per_month",
                "growth.behaviours[1].actions_per_month",
            ]
        );
        assert!(problems[0]
            .message
            .ends_with("the monthly chance that it happens"));
    }

    #[test]
    fn points_that_would_expire_while_pending_are_refused() {
        let mut scenario = Scenario::default();
        scenario.points.pending_months = 3;
        scenario.points.expiry = Expiry::MonthsAfterEarning { months: 3 };
        scenario.points.rewards.push(Reward {
            name: "Tote bag".into(),
            points: 800,
            cash: -1.0,
            cost: 12.0,
        });
        let problems = validate(&scenario);
        assert_eq!(
            paths(&problems),
            vec!["points.expiry.months", "points.rewards[1].cash"]
        );
        scenario.points.expiry = Expiry::AfterInactivity { months: 0 };
        assert!(paths(&validate(&scenario)).contains(&"points.expiry.months"));
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
}
