//! Placeholder: replaced by the validation work.
use serde::Serialize;

use super::Scenario;

/// One thing wrong with a scenario: where (a JSON path) and what, in a planner's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

pub fn validate(_scenario: &Scenario) -> Vec<Problem> {
    Vec::new()
}

pub fn parse(json: &str) -> Result<Scenario, Vec<Problem>> {
    serde_json::from_str(json).map_err(|e| {
        vec![Problem {
            path: String::new(),
            message: e.to_string(),
        }]
    })
}
