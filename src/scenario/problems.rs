//! A problem with a scenario, and the list the reader and the validators fill: where (a JSON
//! path) and what, in a planner's words; at most [`MAX_PROBLEMS_LISTED`] of them, the rest
//! only counted and said in one last line ("… and 12,345 more problems not listed").
//!
//! What it is for: [`Problem`] and [`ProblemList`], so that a document of repeated mistakes
//! (tens of thousands of fields given twice) gets a short answer in bounded memory. What it
//! is not for: finding or wording the problems (`read*`, `validate*`).

use std::fmt;

use serde::Serialize;

use crate::scenario::wording::{grouped, Wording};

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

/// Most problems listed for one document; the rest are counted.
pub(in crate::scenario) const MAX_PROBLEMS_LISTED: usize = 100;

/// The problems found so far: the first [`MAX_PROBLEMS_LISTED`] kept, the rest counted.
#[derive(Debug, Default)]
pub(in crate::scenario) struct ProblemList {
    listed: Vec<Problem>,
    unlisted: usize,
}

impl ProblemList {
    pub(in crate::scenario) fn push(&mut self, problem: Problem) {
        if self.listed.len() < MAX_PROBLEMS_LISTED {
            self.listed.push(problem);
        } else {
            self.unlisted += 1;
        }
    }

    pub(in crate::scenario) fn append(&mut self, other: ProblemList) {
        self.unlisted += other.unlisted;
        for problem in other.listed {
            self.push(problem);
        }
    }

    pub(in crate::scenario) fn is_empty(&self) -> bool {
        self.listed.is_empty() && self.unlisted == 0
    }

    pub(in crate::scenario) fn contains(&self, problem: &Problem) -> bool {
        self.listed.contains(problem)
    }

    /// Puts the listed problems in the order of `key` (the unlisted ones stay unlisted).
    pub(in crate::scenario) fn sort_by_key<K: Ord>(&mut self, key: impl FnMut(&Problem) -> K) {
        self.listed.sort_by_key(key);
    }

    /// The problems listed, and a last one saying how many more there were, if any.
    pub(in crate::scenario) fn into_vec(self, wording: Wording) -> Vec<Problem> {
        let mut listed = self.listed;
        if self.unlisted > 0 {
            let more = grouped(self.unlisted as u64);
            listed.push(Problem {
                path: String::new(),
                message: wording.say(
                    format!("… and {more} more problems not listed"),
                    format!("……另有 {more} 个问题未列出"),
                ),
            });
        }
        listed
    }
}
