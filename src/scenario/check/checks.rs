//! The shared ways of checking a scenario's fields: [`Checks`] collects the problems found so
//! far, in the reader's [`Wording`], and checks a number against a [`Range`], a whole number
//! against its bounds, and names for presence, length and uniqueness, each with the
//! planner's sentence in English and in Chinese.
//!
//! What it is for: wording a range once, so that every field says it the same way ("must
//! be from 0 to 0.9", "须在 0 到 0.9 之间"; a share field "must be from 0% to 90%" on the
//! page). What it is not for: knowing which field has which range; the `validate*` files
//! say that.

use std::collections::HashMap;

use crate::scenario::limits::MAX_NAME_CHARS;
use crate::scenario::problems::ProblemList;
use crate::scenario::wording::{echo, grouped, Wording};
use crate::scenario::Problem;

/// The problems found so far, and how to word the next one.
pub(in crate::scenario) struct Checks {
    pub(in crate::scenario) problems: ProblemList,
    pub(in crate::scenario) wording: Wording,
}

impl Checks {
    pub(in crate::scenario) fn new(wording: Wording) -> Checks {
        Checks {
            problems: ProblemList::default(),
            wording,
        }
    }

    /// A problem at `path`, said in English and in Chinese.
    pub(in crate::scenario) fn fail(
        &mut self,
        path: &str,
        en: impl Into<String>,
        zh: impl Into<String>,
    ) {
        let message = self.wording.say(en, zh);
        self.problems.push(Problem {
            path: path.to_owned(),
            message,
        });
    }

    /// A finite number within `range`; true if it is.
    pub(in crate::scenario) fn number(&mut self, path: &str, value: f64, range: Range) -> bool {
        self.number_because(path, value, range, ("", ""))
    }

    /// A share (0.05 = 5%) within `range`; true if it is. On the page its numbers read as
    /// percents.
    pub(in crate::scenario) fn share(&mut self, path: &str, value: f64, range: Range) -> bool {
        self.within(path, value, range, true, ("", ""))
    }

    /// As [`Checks::number`], with the reason (English, Chinese) added to the message.
    pub(in crate::scenario) fn number_because(
        &mut self,
        path: &str,
        value: f64,
        range: Range,
        reason: (&str, &str),
    ) -> bool {
        self.within(path, value, range, false, reason)
    }

    fn within(
        &mut self,
        path: &str,
        value: f64,
        range: Range,
        share: bool,
        (reason_en, reason_zh): (&str, &str),
    ) -> bool {
        let w = self.wording;
        let (en, zh) = if value.is_nan() {
            (
                format!(
                    "NaN (not a number) is not allowed; the value {}",
                    range.rule_en(w, share)
                ),
                format!("不能是 NaN（非数字）；{}", range.rule_zh(w, share)),
            )
        } else if value.is_infinite() {
            (
                format!(
                    "infinity is not allowed; the value {}",
                    range.rule_en(w, share)
                ),
                format!("不能是无穷大；{}", range.rule_zh(w, share)),
            )
        } else if !range.contains(value) {
            let shown = w.value(value, share);
            (
                format!("{shown} {}", range.rule_en(w, share)),
                format!("当前为 {shown}，{}", range.rule_zh(w, share)),
            )
        } else {
            return true;
        };
        if reason_en.is_empty() {
            self.fail(path, en, zh);
        } else {
            self.fail(
                path,
                format!("{en}: {reason_en}"),
                format!("{zh}；{reason_zh}"),
            );
        }
        false
    }

    /// A whole number from `low` to `high`; true if it is.
    pub(in crate::scenario) fn whole(
        &mut self,
        path: &str,
        value: u32,
        low: u32,
        high: u32,
    ) -> bool {
        if (low..=high).contains(&value) {
            return true;
        }
        self.fail(
            path,
            format!("{value} must be from {low} to {high}"),
            format!("当前为 {value}，须在 {low} 到 {high} 之间"),
        );
        false
    }

    /// A whole number of at most `most` (a count, points or growth that a run adds up); true
    /// if it is.
    pub(in crate::scenario) fn at_most(&mut self, path: &str, value: u64, most: u64) -> bool {
        if value <= most {
            return true;
        }
        let limit = grouped(most);
        self.fail(
            path,
            format!(
                "{value} must be at most {limit}, so that a run's totals can be counted exactly"
            ),
            format!("当前为 {value}，不能大于 {limit}，否则模拟的合计无法精确计数"),
        );
        false
    }

    /// A name that is not blank (else the problem is `missing`, in English and Chinese) and
    /// not too long; true if it is.
    pub(in crate::scenario) fn name(
        &mut self,
        path: &str,
        name: &str,
        missing: (&str, &str),
    ) -> bool {
        let length = name.chars().count();
        if name.trim().is_empty() {
            self.fail(path, missing.0, missing.1);
        } else if length > MAX_NAME_CHARS {
            self.fail(
                path,
                format!(
                    "the name is {length} characters long; at most {MAX_NAME_CHARS} are allowed"
                ),
                format!("名称有 {length} 个字符，最多允许 {MAX_NAME_CHARS} 个"),
            );
        } else {
            return true;
        }
        false
    }

    /// A list of named items: at most `max` of them, each name present, not too long, and
    /// unique (ignoring spaces at either end). `what` is the item in English and Chinese
    /// ("tier", "等级").
    pub(in crate::scenario) fn names<'a>(
        &mut self,
        list: &str,
        names: impl ExactSizeIterator<Item = &'a str>,
        (what, what_zh): (&str, &str),
        max: usize,
    ) {
        if names.len() > max {
            self.fail(
                list,
                format!("{} {what}s; at most {max} are allowed", names.len()),
                format!("共 {} 个{what_zh}，最多允许 {max} 个", names.len()),
            );
        }
        let missing = (
            format!("each {what} needs a name"),
            format!("每个{what_zh}都需要名称"),
        );
        // The first position of each name: one look-up per name, however long the list.
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, name) in names.enumerate() {
            let path = format!("{list}[{i}].name");
            let trimmed = name.trim();
            if self.name(&path, name, (&missing.0, &missing.1)) {
                if let Some(first) = seen.get(trimmed) {
                    let shown = echo(trimmed);
                    self.fail(
                        &path,
                        format!("\"{shown}\" is already the name of {list}[{first}]; each {what} needs its own name"),
                        format!("“{shown}”已是 {list}[{first}] 的名称；每个{what_zh}的名称须各不相同"),
                    );
                }
            }
            seen.entry(trimmed).or_insert(i);
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
pub(in crate::scenario) struct Range {
    low: Bound,
    high: Option<Bound>,
}

impl Range {
    /// [low, high]
    pub(in crate::scenario) const fn from_to(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Included(low),
            high: Some(Bound::Included(high)),
        }
    }
    /// (low, high]
    pub(in crate::scenario) const fn above_to(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Excluded(low),
            high: Some(Bound::Included(high)),
        }
    }
    /// [low, high)
    pub(in crate::scenario) const fn from_below(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Included(low),
            high: Some(Bound::Excluded(high)),
        }
    }
    /// (low, high)
    pub(in crate::scenario) const fn between(low: f64, high: f64) -> Self {
        Range {
            low: Bound::Excluded(low),
            high: Some(Bound::Excluded(high)),
        }
    }
    /// [low, ∞)
    pub(in crate::scenario) const fn at_least(low: f64) -> Self {
        Range {
            low: Bound::Included(low),
            high: None,
        }
    }
    /// (low, ∞)
    pub(in crate::scenario) const fn above(low: f64) -> Self {
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
    fn rule_en(&self, w: Wording, share: bool) -> String {
        let shown = |x: f64| w.value(x, share);
        let low = match self.low {
            Bound::Included(l) => format!("at least {}", shown(l)),
            Bound::Excluded(l) => format!("above {}", shown(l)),
        };
        match (self.low, self.high) {
            (Bound::Included(l), Some(Bound::Included(h))) => {
                format!("must be from {} to {}", shown(l), shown(h))
            }
            (_, Some(Bound::Included(h))) => format!("must be {low} and at most {}", shown(h)),
            (_, Some(Bound::Excluded(h))) => format!("must be {low} and below {}", shown(h)),
            (_, None) => format!("must be {low}"),
        }
    }

    /// "须在 0 到 0.9 之间", "须大于 0 且小于 1", "不能小于 0".
    fn rule_zh(&self, w: Wording, share: bool) -> String {
        let shown = |x: f64| w.value(x, share);
        match (self.low, self.high) {
            (Bound::Included(l), Some(Bound::Included(h))) => {
                format!("须在 {} 到 {} 之间", shown(l), shown(h))
            }
            (Bound::Excluded(l), Some(Bound::Included(h))) => {
                format!("须大于 {} 且不超过 {}", shown(l), shown(h))
            }
            (Bound::Included(l), Some(Bound::Excluded(h))) => {
                format!("须不小于 {} 且小于 {}", shown(l), shown(h))
            }
            (Bound::Excluded(l), Some(Bound::Excluded(h))) => {
                format!("须大于 {} 且小于 {}", shown(l), shown(h))
            }
            (Bound::Included(l), None) => format!("不能小于 {}", shown(l)),
            (Bound::Excluded(l), None) => format!("须大于 {}", shown(l)),
        }
    }
}
