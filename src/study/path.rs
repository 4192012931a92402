//! Changing one number of a scenario by its JSON path (`tiers.levels[2].threshold`), the
//! way a planner would edit the file: the scenario is written as JSON, the number at the
//! path is changed, and the document is read again with [`parse_in`], so a value out of
//! range comes back as the same problems the editor would show, in the reader's words,
//! never as a panic.
//!
//! Not for: choosing the values (sweeps and tornados do).

use serde_json::Value;

use crate::scenario::{parse_in, Problem, Scenario, Wording};

/// A scenario written as JSON, ready for edits by path; its problems are worded for the
/// planner who reads them.
pub(super) struct Document {
    json: Value,
    wording: Wording,
}

impl Document {
    pub(super) fn of(scenario: &Scenario, wording: Wording) -> Result<Document, Problem> {
        scenario
            .to_json_value()
            .map(|json| Document { json, wording })
            .map_err(|e| {
                problem(
                    "",
                    wording.say(
                        format!("the scenario cannot be written as JSON: {e}"),
                        format!("方案无法写成 JSON：{e}"),
                    ),
                )
            })
    }

    /// The number at `path`, or a problem saying why there is none.
    pub(super) fn number_at(&self, path: &str) -> Result<f64, Problem> {
        let mut value = &self.json;
        for step in steps(path, self.wording)? {
            value = match step {
                Step::Key(key) => value.get(key),
                Step::Index(index) => value.get(index),
            }
            .ok_or_else(|| self.no_such_field(path))?;
        }
        value.as_f64().ok_or_else(|| {
            problem(
                path,
                self.wording.say(
                    "is not a number: only numbers can be swept",
                    "不是数值：只能扫描数值",
                ),
            )
        })
    }

    fn no_such_field(&self, path: &str) -> Problem {
        problem(
            path,
            self.wording
                .say("the scenario has no such field", "方案中没有这个字段"),
        )
    }

    /// The scenario read again with the number at each path set to its new value (rounded
    /// to the nearest whole number where the scenario holds one), or every problem the
    /// reader finds with it.
    pub(super) fn with(&self, changes: &[(String, f64)]) -> Result<Scenario, Vec<Problem>> {
        let mut document = self.json.clone();
        for (path, new) in changes {
            let new = *new;
            let steps = steps(path, self.wording).map_err(|p| vec![p])?;
            let mut slot = &mut document;
            for step in steps {
                slot = match step {
                    Step::Key(key) => slot.get_mut(key),
                    Step::Index(index) => slot.get_mut(index),
                }
                .ok_or_else(|| vec![self.no_such_field(path)])?;
            }
            let Value::Number(old) = slot else {
                return Err(vec![problem(
                    path,
                    self.wording.say("is not a number", "不是数值"),
                )]);
            };
            *slot = if old.is_f64() {
                serde_json::Number::from_f64(new)
                    .map(Value::Number)
                    .ok_or_else(|| {
                        vec![problem(
                            path,
                            self.wording
                                .say(format!("{new} is not a number"), format!("{new} 不是数值")),
                        )]
                    })?
            } else if new >= 0.0 {
                Value::from(new.round() as u64)
            } else {
                Value::from(new.round() as i64)
            };
        }
        let text = document.to_string();
        parse_in(&text, self.wording)
    }
}

enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

/// `tiers.levels[2].threshold` → tiers, levels, 2, threshold.
fn steps(path: &str, wording: Wording) -> Result<Vec<Step<'_>>, Problem> {
    let bad = || {
        problem(
            path,
            wording.say(
                "is not a path like tiers.levels[2].threshold",
                "不是形如 tiers.levels[2].threshold 的路径",
            ),
        )
    };
    let mut steps = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_once('[').unwrap_or((part, ""));
        if key.is_empty() {
            return Err(bad());
        }
        steps.push(Step::Key(key));
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']').ok_or_else(bad)?;
            steps.push(Step::Index(index.parse().map_err(|_| bad())?));
            rest = match after {
                "" => "",
                more => more.strip_prefix('[').ok_or_else(bad)?,
            };
        }
    }
    Ok(steps)
}

fn problem(path: &str, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_string(),
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tier_threshold_is_read_and_changed_by_its_path() {
        let document =
            Document::of(&Scenario::default(), Wording::PLAIN).expect("the default writes as JSON");
        let path = "tiers.levels[2].threshold";
        assert_eq!(document.number_at(path), Ok(300.0));
        let changed = document
            .with(&[(path.to_string(), 600.4)])
            .expect("600 is a valid Gold threshold");
        assert_eq!(changed.tiers.levels.get(2).map(|t| t.threshold), Some(600));
    }

    #[test]
    fn an_invalid_value_comes_back_as_the_editor_s_problem() {
        let document =
            Document::of(&Scenario::default(), Wording::PLAIN).expect("the default writes as JSON");
        let problems = document
            .with(&[("tiers.levels[2].threshold".to_string(), 50.0)])
            .expect_err("Gold under Silver is invalid");
        assert!(problems
            .iter()
            .any(|p| p.path == "tiers.levels[2].threshold"));
        let negative = document.with(&[("points.cost_per_point".to_string(), -1.0)]);
        assert!(negative.is_err());
    }

    #[test]
    fn a_path_to_nothing_or_to_text_is_a_problem() {
        let document =
            Document::of(&Scenario::default(), Wording::PLAIN).expect("the default writes as JSON");
        for path in [
            "tiers.levels[9].threshold",
            "tiers.levels[x].threshold",
            "tiers..levels",
            "name",
        ] {
            assert!(document.number_at(path).is_err(), "{path}");
        }
    }
}
