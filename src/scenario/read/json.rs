//! Step 1 of reading a scenario: the text as JSON, noting where each field is and which
//! fields are given twice.
//!
//! What it is for: [`read::json`], which reads any JSON value while tracking the path, so that
//! a field given twice (which a plain reader silently resolves to the last one) can be
//! reported, problems can be sorted in the order the planner wrote them, and text that is
//! not JSON is reported at the field being read. What it is not for: knowing what a scenario
//! looks like (`read::shape`, `read`) or wording the complaint (`read::messages`).

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::scenario::problems::ProblemList;
use crate::scenario::read::messages::not_json_message;
use crate::scenario::read::path::child;
use crate::scenario::wording::Wording;
use crate::scenario::Problem;

/// Most fields and list items whose place in the text is noted: far more than any scenario
/// has, few enough to keep the notes small whatever the document. A problem at a field not
/// noted is placed with its nearest noted parent.
const MAX_NOTED_PLACES: usize = 100_000;

/// What reading the JSON noticed besides the value itself.
#[derive(Default)]
struct ReadNotes {
    /// Fields and list items, in the order the text gives them (the first
    /// [`MAX_NOTED_PLACES`] of them).
    order: HashMap<String, usize>,
    duplicates: ProblemList,
    /// The innermost field being read when the text stopped being JSON.
    error_path: Option<String>,
}

impl ReadNotes {
    /// Notes where `path` is in the text, if it is the first time and there is room.
    fn note_place(&mut self, path: &str) {
        let next = self.order.len();
        if next < MAX_NOTED_PLACES && !self.order.contains_key(path) {
            self.order.insert(path.to_owned(), next);
        }
    }
}

/// Reads any JSON value at `path`, writing what it notices into `notes`.
struct JsonSeed<'n> {
    path: String,
    notes: &'n mut ReadNotes,
    wording: Wording,
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
        let JsonSeed {
            path,
            notes,
            wording,
        } = self;
        let mut items = Vec::new();
        loop {
            let item_path = format!("{path}[{}]", items.len());
            notes.note_place(&item_path);
            let seed = JsonSeed {
                path: item_path.clone(),
                notes: &mut *notes,
                wording,
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
        let JsonSeed {
            path,
            notes,
            wording,
        } = self;
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
            notes.note_place(&field_path);
            let seed = JsonSeed {
                path: field_path.clone(),
                notes: &mut *notes,
                wording,
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
                    message: wording.say(
                        "this field is given twice; keep only one",
                        "这个字段出现了两次，请只保留一个",
                    ),
                });
            }
            object.insert(key, value);
        }
    }
}

/// The document as a JSON value and the order of its fields, or None (with the problem)
/// if the text is not JSON.
pub(in crate::scenario) fn read_json(
    json: &str,
    problems: &mut ProblemList,
    wording: Wording,
) -> Option<(Value, HashMap<String, usize>)> {
    let mut notes = ReadNotes::default();
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let seed = JsonSeed {
        path: String::new(),
        notes: &mut notes,
        wording,
    };
    let read = seed
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value));
    match read {
        Ok(value) => {
            problems.append(notes.duplicates);
            Some((value, notes.order))
        }
        Err(error) => {
            problems.push(Problem {
                path: notes.error_path.unwrap_or_default(),
                message: not_json_message(&error, wording),
            });
            None
        }
    }
}
