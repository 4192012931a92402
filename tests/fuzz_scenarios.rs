//! Mutated presets, read and run: whatever a planner (or a broken export) does to a
//! scenario, the reader and the engine neither panic nor hang, every refusal names where in
//! the document the problem is, and every scenario accepted runs with its ledgers balanced
//! (or stops with a problem at a field of the document).
//!
//! Each preset is first made small (at most 200 starting members, 10 joining a month, 12
//! months, 6 months of warm-up) so that a case runs in milliseconds; then each case applies
//! one to three mutations picked by a fixed-seed generator: a number scaled by 0, −1, 10⁶
//! or 10⁻⁶ or set to a type's bound, a value swapped for one of another type, a field
//! deleted, a list item duplicated. The seed and the count are fixed, so the cases are the
//! same on every run.

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;
use tierlab::metrics::{check_ledgers, simulate};
use tierlab::scenario::{parse, preset, preset_names, Problem, Wording};

/// Cases per preset.
const CASES_PER_PRESET: u32 = 200;
/// The generator's seed.
const SEED: u64 = 0x7131_e4ab;
/// Longest one case may take before it counts as a hang (the slowest takes well under a
/// second in a release build).
const MOST_PER_CASE: Duration = Duration::from_secs(20);

/// SplitMix64 (Steele, Lea & Flood 2014): a small, fixed generator, enough to pick mutations.
struct Picks(u64);

impl Picks {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A whole number below `n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A step into a JSON document.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

/// The path of every value in the document, the document itself first.
fn all_paths(value: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(at.clone());
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                at.push(Step::Key(key.clone()));
                all_paths(field, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push(Step::Index(i));
                all_paths(item, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn locate_mut<'v>(mut value: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    for step in steps {
        value = match step {
            Step::Key(key) => value.get_mut(key.as_str())?,
            Step::Index(i) => value.get_mut(*i)?,
        };
    }
    Some(value)
}

/// Applies one mutation, described in the returned text.
fn mutate(document: &mut Value, picks: &mut Picks) -> String {
    let mut paths = Vec::new();
    all_paths(document, &mut Vec::new(), &mut paths);
    // Never the document itself: a scenario that is not an object is tested by the reader's
    // own tests.
    let Some(path) = paths.get(1 + picks.below(paths.len() - 1)).cloned() else {
        return "nothing".into();
    };
    let kind = picks.below(5);
    let Some(value) = locate_mut(document, &path) else {
        return "nothing".into();
    };
    match (kind, &*value) {
        (0, Value::Number(number)) => {
            let x = number.as_f64().unwrap_or(0.0);
            let factor = [0.0, -1.0, 1e6, 1e-6][picks.below(4)];
            *value = json_number(x * factor, number.is_f64());
            format!("{path:?} × {factor}")
        }
        (1, Value::Number(_)) => {
            let bound = [
                serde_json::json!(u32::MAX),
                serde_json::json!(u64::MAX),
                serde_json::json!(i64::MIN),
                serde_json::json!(f64::MAX),
                serde_json::json!(-f64::MAX),
                serde_json::json!(9_007_199_254_740_993u64),
            ][picks.below(6)]
            .clone();
            let shown = bound.to_string();
            *value = bound;
            format!("{path:?} = {shown}")
        }
        (2, _) => {
            let other = [
                Value::String("x\ny".into()),
                Value::Bool(true),
                Value::Null,
                Value::Array(Vec::new()),
                Value::Object(serde_json::Map::new()),
                serde_json::json!(1),
            ][picks.below(6)]
            .clone();
            let shown = other.to_string();
            *value = other;
            format!("{path:?} → {shown}")
        }
        (3, _) => {
            if let (Some(Step::Key(key)), Some(Value::Object(fields))) =
                (path.last(), locate_mut(document, &path[..path.len() - 1]))
            {
                fields.remove(key);
            }
            format!("{path:?} deleted")
        }
        (_, Value::Array(items)) if !items.is_empty() => {
            let i = picks.below(items.len());
            let copy = items[i].clone();
            if let Value::Array(items) = value {
                items.insert(i, copy);
            }
            format!("{path:?}[{i}] duplicated")
        }
        _ => "nothing".into(),
    }
}

/// A number as JSON: whole when the field held a whole number and the value is whole and
/// in range, so that scaling tests ranges rather than only types.
fn json_number(x: f64, was_float: bool) -> Value {
    if !was_float && x.fract() == 0.0 && x.abs() < 9e15 {
        serde_json::json!(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}

/// The preset made small, as JSON.
fn small_preset(id: &str) -> Value {
    let mut scenario = preset(id).unwrap_or_else(|| panic!("preset {id}"));
    let population = &mut scenario.population;
    population.starting_members = population.starting_members.min(200);
    population.new_members_per_month = population.new_members_per_month.min(10.0);
    if let tierlab::scenario::History::ExistingProgramme { warmup_months } = &mut population.history
    {
        *warmup_months = (*warmup_months).min(6);
    }
    scenario.horizon.months = scenario.horizon.months.min(12);
    serde_json::to_value(&scenario).expect("a scenario is JSON")
}

/// Whether a problem's path points into `document`: at a value there, or at a field
/// missing from an object there. The last line of a long list ("… and 3 more problems not
/// listed") is about the document as a whole.
fn points_into(document: &Value, problem: &Problem) -> bool {
    if problem.path.is_empty() {
        return problem.message.ends_with("more problems not listed");
    }
    let mut steps = Vec::new();
    for part in problem.path.split('.') {
        let (key, indexes) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            steps.push(Step::Key(key.to_owned()));
        }
        for index in indexes.split('[') {
            match index.trim_end_matches(']').parse() {
                Ok(i) => steps.push(Step::Index(i)),
                Err(_) if index.is_empty() => {}
                Err(_) => return false,
            }
        }
    }
    let mut document = document.clone();
    let parent = steps.len().saturating_sub(1);
    locate_mut(&mut document, &steps[..parent]).is_some()
}

/// What one case came to.
enum Outcome {
    Refused(Vec<Problem>),
    Stopped(Problem),
    Ran(usize),
}

fn run_case(json: String) -> Outcome {
    match parse(&json) {
        Err(problems) => Outcome::Refused(problems),
        Ok(scenario) => {
            let results = simulate(&scenario);
            match results.stopped {
                Some(stop) => Outcome::Stopped(stop.problem(Wording::PLAIN)),
                None => Outcome::Ran(check_ledgers(&results).len()),
            }
        }
    }
}

#[test]
fn mutated_presets_are_refused_where_they_are_wrong_or_run_with_balanced_ledgers() {
    let mut picks = Picks(SEED);
    let (mut refused, mut stopped, mut ran) = (0, 0, 0);
    for id in preset_names() {
        let base = small_preset(id);
        for case in 0..CASES_PER_PRESET {
            let mut document = base.clone();
            let mutations: Vec<String> = (0..1 + picks.below(3))
                .map(|_| mutate(&mut document, &mut picks))
                .collect();
            let what = format!("{id} case {case}: {}", mutations.join("; "));
            let json = document.to_string();
            let (send, receive) = mpsc::channel();
            std::thread::spawn(move || {
                let outcome = catch_unwind(AssertUnwindSafe(|| run_case(json)));
                let _ = send.send(outcome.map_err(|_| ()));
            });
            let outcome = match receive.recv_timeout(MOST_PER_CASE) {
                Ok(Ok(outcome)) => outcome,
                Ok(Err(())) => panic!("{what}: panicked"),
                Err(_) => panic!("{what}: no answer in {MOST_PER_CASE:?}"),
            };
            match outcome {
                Outcome::Refused(problems) => {
                    refused += 1;
                    assert!(!problems.is_empty(), "{what}: refused without a problem");
                    let mut seen = HashSet::new();
                    for problem in &problems {
                        assert!(
                            seen.insert((&problem.path, &problem.message)),
                            "{what}: {problem:?} listed twice"
                        );
                    }
                    for problem in &problems {
                        assert!(
                            points_into(&document, problem),
                            "{what}: {problem:?} does not point into the document"
                        );
                        assert!(!problem.to_string().contains('\n'), "{what}: {problem:?}");
                    }
                }
                Outcome::Stopped(problem) => {
                    stopped += 1;
                    assert!(points_into(&document, &problem), "{what}: {problem:?}");
                }
                Outcome::Ran(breaks) => {
                    ran += 1;
                    assert_eq!(breaks, 0, "{what}: the ledgers do not balance");
                }
            }
        }
    }
    // The mix shows the cases reach both the reader's refusals and the engine.
    assert!(
        refused >= 50 && ran >= 50,
        "refused {refused}, stopped {stopped}, ran {ran}"
    );
}
