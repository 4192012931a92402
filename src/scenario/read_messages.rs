//! The reader's complaints in a planner's words: what serde and serde_json say about a
//! document, taken apart and said again ("expected a whole number (0 or more), got the text
//! \"2000\"", "\"monhts\" is not a field here (did you mean \"months\"?)").
//!
//! What it is for: [`not_json_message`] for text that is not JSON, [`classify`] and
//! [`explain`] for a structure problem, and the did-you-mean suggestion. What it is not for:
//! finding problems or deciding what reading does next (`read`, `read_json`).

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::read_path::{field_steps, last_key, Step};
use super::{DowngradePolicy, QualificationBasis};

/// "not valid JSON at line 3, column 14: a comma or a closing brace } is missing".
pub(super) fn not_json_message(error: &serde_json::Error) -> String {
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

/// A reader's complaint, taken apart.
#[derive(Debug, PartialEq)]
pub(super) enum ReadError {
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

pub(super) fn classify(raw: &str) -> ReadError {
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
    if let Some((field, allowed)) = raw.strip_prefix("unknown field `").and_then(name_and_list) {
        return ReadError::UnknownField { field, allowed };
    }
    if let Some((variant, allowed)) = raw
        .strip_prefix("unknown variant `")
        .and_then(name_and_list)
    {
        return ReadError::UnknownVariant { variant, allowed };
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
pub(super) fn explain(steps: &[Step], error: &ReadError) -> (Vec<Step>, String) {
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
            let allowed = named_choices(steps);
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
    if let Some(text) = got.strip_prefix("string ") {
        return format!("the text {text}");
    }
    let literal = ["integer ", "floating point ", "boolean "]
        .iter()
        .find_map(|kind| got.strip_prefix(kind));
    if let Some(literal) = literal {
        return literal.trim_matches('`').to_owned();
    }
    match got {
        "map" => "an object { … }".into(),
        "sequence" => "a list [ … ]".into(),
        "unit value" | "null" => "null".into(),
        other => other.into(),
    }
}

/// "expected a whole number from 0 to 4294967295, got -1".
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

/// The names the named-choice field at the end of `steps` accepts (none if it is not one).
pub(super) fn named_choices(steps: &[Step]) -> Vec<String> {
    match last_key(steps) {
        Some("basis") => choices::<QualificationBasis>(),
        Some("downgrade") => choices::<DowngradePolicy>(),
        _ => Vec::new(),
    }
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
    // Row i holds the distances from a's first i characters to each of b's prefixes.
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        let mut left = i + 1;
        for ((cb, diagonal), above) in b.iter().zip(&previous).zip(previous.iter().skip(1)) {
            left = (diagonal + usize::from(ca != *cb))
                .min(above + 1)
                .min(left + 1);
            current.push(left);
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(0)
}
