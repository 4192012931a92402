//! Step 2 of reading a scenario: objects where objects belong, and no fields a `kind` does
//! not take.
//!
//! What it is for: [`check_shape`], which catches what the typed reader would let through or
//! report badly — a list where an object belongs (a reader would take the fields in order; a
//! planner never means that) and fields beside a `kind` that takes none. What it is not for:
//! types, unknown fields or missing ones; the typed reader finds those (`read`).

use serde_json::Value;

use super::read_path::child;
use super::Problem;

/// Fields whose value is an object.
const OBJECT_FIELDS: [&str; 19] = [
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
    "economics",
    "referral",
    "audience",
    "offer",
    "schedule",
    "limits",
    "response",
];
/// Fields whose value is a list of objects.
const LIST_FIELDS: [&str; 5] = ["segments", "behaviours", "levels", "rewards", "campaigns"];
/// Kinds of `history` and `expiry` that take no other field.
const KINDS_WITHOUT_FIELDS: [&str; 3] = ["new_programme", "never", "end_of_next_year"];

/// Reports lists where objects belong (and returns false: nothing more can be read), and
/// fields that do not apply to a `kind` (removed, so reading can go on).
pub(super) fn check_shape(document: &mut Value, problems: &mut Vec<Problem>) -> bool {
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
    shape_of_object(document, "", problems)
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

/// True if no object field below `value` holds a list.
fn shape_of_object(value: &mut Value, path: &str, problems: &mut Vec<Problem>) -> bool {
    let Value::Object(object) = value else {
        return true;
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
    let mut objects_ok = true;
    for (key, field) in object.iter_mut() {
        let field_path = child(path, key);
        if OBJECT_FIELDS.contains(&key.as_str()) {
            objects_ok &= shape_of_field(field, &field_path, problems);
        } else if LIST_FIELDS.contains(&key.as_str()) {
            if let Value::Array(items) = field {
                for (i, item) in items.iter_mut().enumerate() {
                    objects_ok &= shape_of_field(item, &format!("{field_path}[{i}]"), problems);
                }
            }
        }
    }
    objects_ok
}

/// True if `value`, which should be an object, is not a list (nor holds one where an object
/// belongs).
fn shape_of_field(value: &mut Value, path: &str, problems: &mut Vec<Problem>) -> bool {
    if value.is_array() {
        problems.push(Problem {
            path: path.to_owned(),
            message: "expected an object { … }, got a list [ … ]".into(),
        });
        false
    } else {
        shape_of_object(value, path, problems)
    }
}
