//! Checking what the scenario exposes to an embedded view: each slider must lead to a
//! number in the scenario and run from a lower to a higher end in a positive step. A range
//! that leaves out the scenario's current value is not a problem: the view widens it to
//! reach the value, so a viewer starts where the planner left it, and a planner who edits
//! the field beyond the range is not stopped from running.
//!
//! What it is for: [`embed`], called by [`crate::scenario::validate`]. What it is not for: drawing
//! the sliders (`www/js/embed.js`) or the fields' own ranges: a viewer who moves a slider
//! to a value its field refuses sees that field's problem.

use std::collections::HashMap;

use serde_json::Value;

use crate::scenario::check::checks::{Checks, Range};
use crate::scenario::limits::MAX_NAME_CHARS;
use crate::scenario::wording::echo;
use crate::scenario::{EmbedSlider, Scenario, MAX_SLIDERS};

/// The sliders of `scenario.embed`, against the scenario they expose.
pub(in crate::scenario) fn embed(check: &mut Checks, scenario: &Scenario) {
    let sliders = &scenario.embed.sliders;
    if sliders.is_empty() {
        return;
    }
    if sliders.len() > MAX_SLIDERS {
        check.fail(
            "embed.sliders",
            format!(
                "{} sliders; an embedded view shows at most {MAX_SLIDERS}",
                sliders.len()
            ),
            format!(
                "共 {} 个滑块；嵌入视图最多显示 {MAX_SLIDERS} 个",
                sliders.len()
            ),
        );
    }
    // The scenario as its JSON, to follow each path the way the planner wrote it.
    let document = scenario.to_json_value().unwrap_or(Value::Null);
    // The first slider on each field: one look-up per slider, however many there are.
    let mut first_on: HashMap<Vec<&str>, usize> = HashMap::new();
    for (i, slider) in sliders.iter().enumerate() {
        let at = format!("embed.sliders[{i}]");
        let field = steps(&slider.path);
        if let Some(first) = first_on.get(&field).filter(|_| !field.is_empty()) {
            let path = echo(&slider.path);
            check.fail(
                &format!("{at}.path"),
                format!(
                    "{path} already has a slider (embed.sliders[{first}]); each field gets one"
                ),
                format!("{path} 已有滑块（embed.sliders[{first}]）；每个字段只能有一个"),
            );
            continue;
        }
        first_on.entry(field).or_insert(i);
        let current = exposed_number(check, &at, &document, &slider.path);
        range(check, &at, slider, current);
        let length = slider.label.chars().count();
        if length > MAX_NAME_CHARS {
            check.fail(
                &format!("{at}.label"),
                format!(
                    "the label is {length} characters long; at most {MAX_NAME_CHARS} are allowed"
                ),
                format!("标签有 {length} 个字符，最多允许 {MAX_NAME_CHARS} 个"),
            );
        }
    }
}

/// The current value at `path` and whether the field holds whole numbers, or None (with
/// the problem) if the path leads to no number a viewer may move.
fn exposed_number(
    check: &mut Checks,
    at: &str,
    document: &Value,
    path: &str,
) -> Option<(f64, bool)> {
    let field = format!("{at}.path");
    let steps = steps(path);
    let path = &echo(path);
    if matches!(steps.first(), None | Some(&"version" | &"embed")) {
        check.fail(
            &field,
            format!("\"{path}\" cannot have a slider: name a number of the scenario, such as tiers.levels[1].threshold"),
            format!("\"{path}\" 不能设为滑块：请填写方案中的一个数字字段，如 tiers.levels[1].threshold"),
        );
        return None;
    }
    let mut value = document;
    for step in &steps {
        let next = match value {
            Value::Array(items) => step.parse::<usize>().ok().and_then(|i| items.get(i)),
            Value::Object(fields) => fields.get(*step),
            _ => None,
        };
        let Some(next) = next else {
            check.fail(
                &field,
                format!("the scenario has no field {path}"),
                format!("方案中没有字段 {path}"),
            );
            return None;
        };
        value = next;
    }
    match value {
        Value::Number(number) => Some((
            number.as_f64().unwrap_or(0.0),
            number.is_u64() || number.is_i64(),
        )),
        _ => {
            check.fail(
                &field,
                format!("{path} is not a number: only numbers can have a slider"),
                format!("{path} 不是数字：只有数字字段才能设为滑块"),
            );
            None
        }
    }
}

/// `tiers.levels[1].threshold` or `tiers.levels.1.threshold` → tiers, levels, 1, threshold
/// (empty if a step is blank).
fn steps(path: &str) -> Vec<&str> {
    let steps: Vec<&str> = path
        .split(['.', '['])
        .map(|step| step.strip_suffix(']').unwrap_or(step).trim())
        .collect();
    if steps.iter().any(|step| step.is_empty()) {
        Vec::new()
    } else {
        steps
    }
}

/// A finite number; true if it is.
fn finite(check: &mut Checks, path: &str, value: f64) -> bool {
    if !value.is_finite() {
        check.fail(
            path,
            format!("{value} is not a number a slider can reach"),
            format!("当前为 {value}，滑块的两端须为有限的数字"),
        );
    }
    value.is_finite()
}

/// From `min` to `max` in steps of `step`; whole numbers for a whole-number field.
fn range(check: &mut Checks, at: &str, slider: &EmbedSlider, current: Option<(f64, bool)>) {
    let ends_ok = finite(check, &format!("{at}.min"), slider.min)
        & finite(check, &format!("{at}.max"), slider.max);
    let step_ok = check.number(&format!("{at}.step"), slider.step, Range::above(0.0));
    if !ends_ok {
        return;
    }
    let (min, max) = (slider.min, slider.max);
    if min >= max {
        check.fail(
            &format!("{at}.max"),
            format!("{max} must be above the slider's minimum {min}"),
            format!("当前为 {max}，须大于滑块的最小值 {min}"),
        );
        return;
    }
    if step_ok && slider.step > max - min {
        check.fail(
            &format!("{at}.step"),
            format!(
                "{} is more than the whole range from {min} to {max}",
                slider.step
            ),
            format!("当前为 {}，超过了 {min} 到 {max} 的整个范围", slider.step),
        );
    }
    if current.is_some_and(|(_, whole)| whole) {
        for (name, number) in [("min", min), ("max", max), ("step", slider.step)] {
            if number.fract() != 0.0 {
                check.fail(
                    &format!("{at}.{name}"),
                    format!(
                        "{number} must be a whole number: {} holds whole numbers",
                        echo(&slider.path)
                    ),
                    format!(
                        "当前为 {number}，须为整数：{} 只能取整数",
                        echo(&slider.path)
                    ),
                );
            }
        }
    }
}
