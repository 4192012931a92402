//! The shared ways of checking a scenario's fields: [`Checks`] collects the problems found so
//! far, and checks a number against a [`Range`], a whole number against its bounds, and
//! names for presence, length and uniqueness, each with the planner's sentence.
//!
//! What it is for: wording a range once, so that every field says it the same way ("must
//! be from 0 to 0.9", "must be above 0 and below 1"). What it is not for: knowing which
//! field has which range; the `validate*` files say that.

use super::validate::MAX_NAME_CHARS;
use super::Problem;

/// The problems found so far.
#[derive(Default)]
pub(super) struct Checks {
    pub(super) problems: Vec<Problem>,
}

impl Checks {
    pub(super) fn fail(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_owned(),
            message: message.into(),
        });
    }

    /// A finite number within `range`; true if it is.
    pub(super) fn number(&mut self, path: &str, value: f64, range: Range) -> bool {
        self.number_because(path, value, range, "")
    }

    /// As [`Checks::number`], with the reason added to the message.
    pub(super) fn number_because(
        &mut self,
        path: &str,
        value: f64,
        range: Range,
        reason: &str,
    ) -> bool {
        let message = if value.is_nan() {
            format!(
                "NaN (not a number) is not allowed; the value {}",
                range.rule()
            )
        } else if value.is_infinite() {
            format!("infinity is not allowed; the value {}", range.rule())
        } else if !range.contains(value) {
            format!("{value} {}", range.rule())
        } else {
            return true;
        };
        if reason.is_empty() {
            self.fail(path, message);
        } else {
            self.fail(path, format!("{message}: {reason}"));
        }
        false
    }

    /// A whole number from `low` to `high`; true if it is.
    pub(super) fn whole(&mut self, path: &str, value: u32, low: u32, high: u32) -> bool {
        if (low..=high).contains(&value) {
            return true;
        }
        self.fail(path, format!("{value} must be from {low} to {high}"));
        false
    }

    /// A name that is not blank (else the problem is `missing`) and not too long; true if
    /// it is.
    pub(super) fn name(&mut self, path: &str, name: &str, missing: &str) -> bool {
        let length = name.chars().count();
        if name.trim().is_empty() {
            self.fail(path, missing);
        } else if length > MAX_NAME_CHARS {
            self.fail(
                path,
                format!(
                    "the name is {length} characters long; at most {MAX_NAME_CHARS} are allowed"
                ),
            );
        } else {
            return true;
        }
        false
    }

    /// A list of named items: at most `max` of them, each name present, not too long, and
    /// unique (ignoring spaces at either end).
    pub(super) fn names<'a>(
        &mut self,
        list: &str,
        names: impl ExactSizeIterator<Item = &'a str>,
        what: &str,
        max: usize,
    ) {
        if names.len() > max {
            self.fail(
                list,
                format!("{} {what}s; at most {max} are allowed", names.len()),
            );
        }
        let mut seen: Vec<&str> = Vec::new();
        for (i, name) in names.enumerate() {
            let path = format!("{list}[{i}].name");
            let trimmed = name.trim();
            if self.name(&path, name, &format!("each {what} needs a name")) {
                if let Some(first) = seen.iter().position(|s| *s == trimmed) {
                    self.fail(
                        &path,
                        format!("\"{trimmed}\" is already the name of {list}[{first}]; each {what} needs its own name"),
                    );
                }
            }
            seen.push(trimmed);
        }
    }
}

/// One end of a range, included or excluded.
#[derive(Clone, Copy)]
enum Bound {
    Included(f64),
    Excluded(f64),
}

/// The values a number field accepts: a lower end and, for most fields, an upper one.
#[derive(Clone, Copy)]
pub(super) struct Range {
    low: Bound,
    high: Option<Bound>,
}

impl Range {
    /// [low, high]
    pub(super) const fn from_to(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Included(low),
            high: Some(Bound::Included(high)),
        }
    }
    /// (low, high]
    pub(super) const fn above_to(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Excluded(low),
            high: Some(Bound::Included(high)),
        }
    }
    /// [low, high)
    pub(super) const fn from_below(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Included(low),
            high: Some(Bound::Excluded(high)),
        }
    }
    /// (low, high)
    pub(super) const fn between(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Excluded(low),
            high: Some(Bound::Excluded(high)),
        }
    }
    /// [low, ∞)
    pub(super) const fn at_least(low: f64) -> Self {
        Range {
            low: Bound::Included(low),
            high: None,
        }
    }
    /// (low, ∞)
    pub(super) const fn above(low: f64) -> Self {
        Range {
            low: Bound::Excluded(low),
            high: None,
        }
    }

    fn contains(&self, value: f64) -> bool {
        let low = match self.low {
            Bound::Included(low) => value >= low,
            Bound::Excluded(low) => value > low,
        };
        let high = match self.high {
            None => true,
            Some(Bound::Included(high)) => value <= high,
            Some(Bound::Excluded(high)) => value < high,
        };
        low && high && value.is_finite()
    }

    /// "must be from 0 to 0.9", "must be above 0 and below 1", "must be at least 0".
    fn rule(&self) -> String {
        let low = match self.low {
            Bound::Included(l) => format!("at least {l}"),
            Bound::Excluded(l) => format!("above {l}"),
        };
        match (self.low, self.high) {
            (Bound::Included(l), Some(Bound::Included(h))) => format!("must be from {l} to {h}"),
            (_, Some(Bound::Included(h))) => format!("must be {low} and at most {h}"),
            (_, Some(Bound::Excluded(h))) => format!("must be {low} and below {h}"),
            (_, None) => format!("must be {low}"),
        }
    }
}
