//! Finding a problem inside a tagged object: a segment's `behaviour` (tagged by `form`), and
//! the `history`, `expiry`, campaign `audience` (with the conditions it combines) and `offer`
//! (tagged by `kind`).
//!
//! What it is for: [`look_inside_tagged`]. The typed reader reads a tagged object as a whole
//! and reports any problem inside it at the object ("campaigns[1].audience"), often with a
//! second, made-up problem once the object is set aside; reading the object's fields again
//! as the form or kind it names finds the field itself ("campaigns[1].audience.stages[0]"),
//! condition inside condition. The `…Fields` enums below mirror the kinds' fields for that
//! second reading only (a test keeps them in step with the scenario's own types). What it
//! is not for: wording the problem (`read::messages`) or reading on (`read`).

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::behaviour::{BehaviourModel, PlannerBehaviour};
use crate::scenario::read::path::{locate, steps_of, Step};
use crate::scenario::Audience;
use crate::scenario::Stage;

/// The fields of each kind of `population.history` (mirror of [`crate::scenario::History`]).
#[derive(Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[expect(dead_code, reason = "read only for the reader's complaint about it")]
pub(in crate::scenario) enum HistoryFields {
    NewProgramme {},
    ExistingProgramme { warmup_months: u32 },
}

/// The fields of each kind of `points.expiry` (mirror of [`crate::scenario::Expiry`]).
#[derive(Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[expect(dead_code, reason = "read only for the reader's complaint about it")]
pub(in crate::scenario) enum ExpiryFields {
    Never {},
    MonthsAfterEarning { months: u32 },
    EndOfNextYear {},
    AfterInactivity { months: u32 },
}

/// The fields of each kind of campaign audience (mirror of [`Audience`]); the conditions a
/// combination holds are read one level at a time.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[expect(dead_code, reason = "read only for the reader's complaint about it")]
pub(in crate::scenario) enum AudienceFields {
    Everyone {},
    Stage { stages: Vec<Stage> },
    Tier { tiers: Vec<usize> },
    Segment { segments: Vec<String> },
    DaysSinceLastPurchase { min: u32, max: u32 },
    Purchases { min: u32, max: u32 },
    TotalSpend { min: f64, max: f64 },
    TrailingSpend { months: u32, min: f64, max: f64 },
    PointsBalance { min: u64, max: u64 },
    TenureMonths { min: u32, max: u32 },
    BirthdayThisMonth {},
    JoinedBetween { from_month: i32, to_month: i32 },
    All { of: Vec<Value> },
    Any { of: Vec<Value> },
    Not { of: Value },
}

/// The fields of each kind of offer (mirror of [`crate::scenario::Offer`]).
#[derive(Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[expect(dead_code, reason = "read only for the reader's complaint about it")]
pub(in crate::scenario) enum OfferFields {
    AmountOff {
        min_spend: f64,
        amount: f64,
    },
    PercentOff {
        percent: f64,
        cap: f64,
    },
    PointsMultiplier {
        multiplier: f64,
        max_bonus_points: u64,
    },
    BonusPoints {
        points: u64,
    },
    Gift {
        cost: f64,
    },
    RewardDiscount {
        share: f64,
    },
}

/// A problem the reader reports at a tagged object (`steps`, with its complaint `raw`),
/// followed into the object: the path of the field at fault inside it and the complaint
/// about that field, condition inside condition. Unchanged if the object is not tagged or
/// the problem is the object's own (its form or kind missing or unknown).
pub(in crate::scenario) fn look_inside_tagged(
    document: &Value,
    mut steps: Vec<Step>,
    mut raw: String,
) -> (Vec<Step>, String) {
    while let Some(Value::Object(object)) = locate(document, &steps) {
        let Some((more, inner)) = inner_error(object, holder(&steps)) else {
            break;
        };
        raw = inner;
        if more.is_empty() {
            // A field of the object itself is missing: nothing further to look into.
            break;
        }
        steps.extend(more);
    }
    (steps, raw)
}

/// The field that holds the object at `steps` (for a list item, the list's field).
fn holder(steps: &[Step]) -> Option<&str> {
    steps.iter().rev().find_map(|step| match step {
        Step::Key(key) => Some(key.as_str()),
        Step::Index(_) => None,
    })
}

/// The first problem with the fields of a tagged object held by field `holder`: its steps
/// from the object (none for a field of the object missing) and the reader's complaint.
fn inner_error(object: &Map<String, Value>, holder: Option<&str>) -> Option<(Vec<Step>, String)> {
    if let Some(Value::String(form)) = object.get("form") {
        return match form.as_str() {
            "model" => fields_error::<BehaviourModel>(object, "form"),
            "planner" => fields_error::<PlannerBehaviour>(object, "form"),
            _ => None,
        };
    }
    let Some(Value::String(kind)) = object.get("kind") else {
        return None;
    };
    match holder {
        Some("history") => kind_error::<HistoryFields>(object, kind),
        Some("expiry") => kind_error::<ExpiryFields>(object, kind),
        Some("offer") => kind_error::<OfferFields>(object, kind),
        Some("audience" | "of") => {
            kind_error::<AudienceFields>(object, kind).or_else(|| combined_condition_error(object))
        }
        _ => None,
    }
}

/// The object's fields besides `tag`, read as `T`.
fn fields_error<T: DeserializeOwned>(
    object: &Map<String, Value>,
    tag: &str,
) -> Option<(Vec<Step>, String)> {
    let fields = Value::Object(without(object, tag));
    first_error::<T>(&fields)
}

/// The object's fields besides `kind`, read as kind `kind` of the mirror `T`. An unknown
/// kind is the object's own problem (reported at `kind` by the reader): none here.
fn kind_error<T: DeserializeOwned>(
    object: &Map<String, Value>,
    kind: &str,
) -> Option<(Vec<Step>, String)> {
    let mut tagged = Map::new();
    tagged.insert(kind.to_owned(), Value::Object(without(object, "kind")));
    let (mut steps, raw) = first_error::<T>(&Value::Object(tagged))?;
    // The mirror's path starts with the kind, which is not a field of the document.
    if steps.first() == Some(&Step::Key(kind.to_owned())) {
        steps.remove(0);
    }
    if steps.is_empty() && raw.starts_with("unknown variant") {
        return None;
    }
    Some((steps, raw))
}

/// The first condition of an `all`, `any` or `not` that does not read as an audience.
fn combined_condition_error(object: &Map<String, Value>) -> Option<(Vec<Step>, String)> {
    let of = object.get("of")?;
    let conditions: Vec<(Option<usize>, &Value)> = match of {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, c)| (Some(i), c))
            .collect(),
        single => vec![(None, single)],
    };
    conditions.into_iter().find_map(|(index, condition)| {
        // Through the path-tracking reader the scenario is read with: one reader of
        // audiences in the WASM, not two.
        let error = serde_path_to_error::deserialize::<_, Audience>(condition).err()?;
        let mut steps = vec![Step::Key("of".into())];
        steps.extend(index.map(Step::Index));
        Some((steps, error.into_inner().to_string()))
    })
}

fn first_error<T: DeserializeOwned>(value: &Value) -> Option<(Vec<Step>, String)> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(_) => None,
        Err(error) => Some((steps_of(error.path()), error.inner().to_string())),
    }
}

fn without(object: &Map<String, Value>, tag: &str) -> Map<String, Value> {
    object
        .iter()
        .filter(|(key, _)| key.as_str() != tag)
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}
