//! Step 2 of reading a scenario: objects where objects belong, and no fields a `kind` does
//! not take.
//!
//! What it is for: [`check_shape`], which catches what the typed reader would let through or
//! report badly — a list where an object belongs (a reader would take the fields in order; a
//! planner never means that) and fields beside a `kind` that takes none. What it is not for:
//! types, unknown fields or missing ones; the typed reader finds those (`read`).

use serde_json::Value;

use crate::scenario::problems::ProblemList;
use crate::scenario::read::path::child;
use crate::scenario::wording::{echo, Wording};
use crate::scenario::Problem;

/// Fields whose value is an object, each with the field that holds it ("" for the top
/// level; a list's items are held by the list): `tiers` is an object at the top level but a
/// list of tier indexes in an audience.
const OBJECT_FIELDS: [(&str, &str); 20] = [
    ("", "horizon"),
    ("", "population"),
    ("", "lifecycle"),
    ("", "growth"),
    ("", "tiers"),
    ("", "goal_gradient"),
    ("", "points"),
    ("", "economics"),
    ("", "referral"),
    ("", "embed"),
    ("population", "history"),
    ("points", "expiry"),
    ("segments", "behaviour"),
    ("behaviour", "purchases"),
    ("behaviour", "spend"),
    ("campaigns", "audience"),
    ("campaigns", "offer"),
    ("campaigns", "schedule"),
    ("campaigns", "limits"),
    ("campaigns", "response"),
];
/// Fields whose value is a list of objects, each with the field that holds it.
const LIST_FIELDS: [(&str, &str); 6] = [
    ("population", "segments"),
    ("growth", "behaviours"),
    ("tiers", "levels"),
    ("points", "rewards"),
    ("", "campaigns"),
    ("embed", "sliders"),
];
/// Kinds of `history` and `expiry` that take no other field.
const KINDS_WITHOUT_FIELDS: [&str; 3] = ["new_programme", "never", "end_of_next_year"];

/// Reports lists where objects belong (and returns false: nothing more can be read), and
/// fields that do not apply to a `kind` (removed, so reading can go on).
pub(in crate::scenario) fn check_shape(
    document: &mut Value,
    problems: &mut ProblemList,
    wording: Wording,
) -> bool {
    if !document.is_object() {
        let (en, zh) = json_kind(document);
        problems.push(Problem {
            path: String::new(),
            message: wording.say(
                format!("expected the scenario as an object {{ … }}, got {en}"),
                format!("方案应为一个对象 {{ … }}，实际为{zh}"),
            ),
        });
        return false;
    }
    Shapes { problems, wording }.of_object(document, "", "")
}

/// What a JSON value is, in English and in Chinese.
fn json_kind(value: &Value) -> (&'static str, &'static str) {
    match value {
        Value::Null => ("null", " null"),
        Value::Bool(_) => ("true or false", " true 或 false"),
        Value::Number(_) => ("a number", "数字"),
        Value::String(_) => ("text", "文本"),
        Value::Array(_) => ("a list [ … ]", "列表 [ … ]"),
        Value::Object(_) => ("an object { … }", "对象 { … }"),
    }
}

/// The problems found so far, and how to word the next one.
struct Shapes<'p> {
    problems: &'p mut ProblemList,
    wording: Wording,
}

impl Shapes<'_> {
    /// True if no object field below `value`, the value of field `name`, holds a list.
    fn of_object(&mut self, value: &mut Value, path: &str, name: &str) -> bool {
        let Value::Object(object) = value else {
            return true;
        };
        if let Some(Value::String(kind)) = object.get("kind") {
            if KINDS_WITHOUT_FIELDS.contains(&kind.as_str()) {
                let kind = echo(kind);
                let extra: Vec<String> = object.keys().filter(|k| *k != "kind").cloned().collect();
                for key in extra {
                    object.remove(&key);
                    let path = child(path, &key);
                    let key = echo(&key);
                    self.problems.push(Problem {
                        path,
                        message: self.wording.say(
                            format!("\"{key}\" does not apply when kind is \"{kind}\"; remove it"),
                            format!("kind 为 \"{kind}\" 时不适用 \"{key}\"，请删除"),
                        ),
                    });
                }
            }
        }
        let mut objects_ok = true;
        for (key, field) in object.iter_mut() {
            let key = key.as_str();
            if OBJECT_FIELDS.contains(&(name, key)) {
                objects_ok &= self.of_field(field, &child(path, key), key);
            } else if LIST_FIELDS.contains(&(name, key)) {
                if let Value::Array(items) = field {
                    let field_path = child(path, key);
                    for (i, item) in items.iter_mut().enumerate() {
                        // Only a list or an object can hold a list where an object belongs.
                        if item.is_array() || item.is_object() {
                            objects_ok &= self.of_field(item, &format!("{field_path}[{i}]"), key);
                        }
                    }
                }
            }
        }
        objects_ok
    }

    /// True if `value`, the value of field `name`, which should be an object, is not a list
    /// (nor holds one where an object belongs).
    fn of_field(&mut self, value: &mut Value, path: &str, name: &str) -> bool {
        if value.is_array() {
            self.problems.push(Problem {
                path: path.to_owned(),
                message: self.wording.say(
                    "expected an object { … }, got a list [ … ]",
                    "应为对象 { … }，实际为列表 [ … ]",
                ),
            });
            false
        } else {
            self.of_object(value, path, name)
        }
    }
}
