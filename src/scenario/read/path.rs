//! JSON paths for the reader: the steps of a path, their text (`tiers.levels[2].threshold`)
//! and the value they lead to in a document.
//!
//! What it is for: naming where a structure problem is, and finding the value to set aside.
//! What it is not for: the validator's paths, which are written out as text where they are
//! checked (`check`), nor deciding what a path's problem is (`read`, `read::messages`).

use serde_json::Value;

use crate::scenario::wording::echo;

/// A step of a JSON path: a field name or a list position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(in crate::scenario) enum Step {
    Key(String),
    Index(usize),
}

pub(in crate::scenario) fn path_text(steps: &[Step]) -> String {
    let mut text = String::new();
    for step in steps {
        match step {
            Step::Key(key) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(&echo(key));
            }
            Step::Index(index) => text.push_str(&format!("[{index}]")),
        }
    }
    text
}

/// The path of field `key` inside the object at `path` (a key as a message repeats it:
/// see [`echo`]).
pub(in crate::scenario) fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        echo(key)
    } else {
        format!("{path}.{}", echo(key))
    }
}

/// The steps of the path where the reader stopped.
pub(in crate::scenario) fn steps_of(path: &serde_path_to_error::Path) -> Vec<Step> {
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

/// The path of an unknown field: the reader reports some at the field, some at its object.
pub(in crate::scenario) fn field_steps(steps: &[Step], field: &str) -> Vec<Step> {
    let mut steps = steps.to_vec();
    if steps.last() != Some(&Step::Key(field.to_owned())) {
        steps.push(Step::Key(field.to_owned()));
    }
    steps
}

pub(in crate::scenario) fn last_key(steps: &[Step]) -> Option<&str> {
    match steps.last() {
        Some(Step::Key(key)) => Some(key),
        _ => None,
    }
}

pub(in crate::scenario) fn locate<'v>(mut value: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    for step in steps {
        value = match step {
            Step::Key(key) => value.get(key.as_str())?,
            Step::Index(index) => value.get(*index)?,
        };
    }
    Some(value)
}

pub(in crate::scenario) fn locate_mut<'v>(
    mut value: &'v mut Value,
    steps: &[Step],
) -> Option<&'v mut Value> {
    for step in steps {
        value = match step {
            Step::Key(key) => value.get_mut(key.as_str())?,
            Step::Index(index) => value.get_mut(*index)?,
        };
    }
    Some(value)
}
