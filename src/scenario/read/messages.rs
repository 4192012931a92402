//! The reader's complaints in a planner's words: what serde and serde_json say about a
//! document, taken apart and said again in English or Chinese ("expected a whole number (0
//! or more), got the text \"2000\"", "此处没有 \"monhts\" 字段（是不是要写 \"months\"？）").
//!
//! What it is for: [`not_json_message`] for text that is not JSON, [`classify`] and
//! [`explain`] for a structure problem, and the did-you-mean suggestion. What it is not for:
//! finding problems or deciding what reading does next (`read`, `read::json`).

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::scenario::check::members::count;
use crate::scenario::limits::MAX_MEMBERS;
use crate::scenario::read::path::{field_steps, last_key, path_text, Step};
use crate::scenario::wording::{echo, Wording};
use crate::scenario::{DowngradePolicy, QualificationBasis};

/// "not valid JSON at line 3, column 14: a comma or a closing brace } is missing".
pub(in crate::scenario) fn not_json_message(error: &serde_json::Error, w: Wording) -> String {
    let raw = error.to_string();
    let what = raw
        .rfind(" at line ")
        .and_then(|at| raw.get(..at))
        .unwrap_or(&raw);
    let (en, zh) = match what {
        "EOF while parsing a value"
        | "EOF while parsing a list"
        | "EOF while parsing an object"
        | "EOF while parsing a string" => (
            "the text ends before the scenario is complete",
            "方案还没写完，文本就结束了",
        ),
        "trailing comma" => (
            "there is a comma just before a closing bracket or brace",
            "右括号前多了一个逗号",
        ),
        "trailing characters" => (
            "there is more text after the end of the scenario",
            "方案结束后还有多余的文本",
        ),
        "key must be a string" => (
            "field names must be in double quotes",
            "字段名须用英文双引号括起来",
        ),
        "expected `,` or `}`" => (
            "a comma or a closing brace } is missing",
            "缺少逗号或右花括号 }",
        ),
        "expected `,` or `]`" => (
            "a comma or a closing bracket ] is missing",
            "缺少逗号或右方括号 ]",
        ),
        "expected `:`" => (
            "a colon : is missing after a field name",
            "字段名后缺少冒号 :",
        ),
        "expected value" => (
            "a value is missing or malformed (text needs double quotes)",
            "缺少值或值的格式有误（文本须加英文双引号）",
        ),
        "expected ident" => (
            "true, false or null is misspelled",
            "true、false 或 null 拼写有误",
        ),
        "number out of range" => ("a number is too large", "数字太大"),
        "invalid number" => ("a number is malformed", "数字格式有误"),
        "recursion limit exceeded" => ("the document is nested too deeply", "文档嵌套太深"),
        "control character (\\u0000-\\u001F) found while parsing a string" => (
            "a text value contains a line break or another control character",
            "文本值中含有换行或其他控制字符",
        ),
        "invalid escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => (
            "a backslash \\ in a text value starts no valid escape",
            "文本值中的反斜杠 \\ 转义有误",
        ),
        other => (other, "格式有误"),
    };
    if error.line() == 0 {
        w.say(
            format!("not valid JSON: {en}"),
            format!("不是有效的 JSON：{zh}"),
        )
    } else {
        let (line, column) = (error.line(), error.column());
        w.say(
            format!("not valid JSON at line {line}, column {column}: {en}"),
            format!("第 {line} 行第 {column} 列起不是有效的 JSON：{zh}"),
        )
    }
}

/// A reader's complaint, taken apart.
#[derive(Debug, PartialEq)]
pub(in crate::scenario) enum ReadError {
    InvalidType {
        got: String,
        expected: String,
    },
    InvalidValue {
        got: String,
        expected: String,
    },
    UnknownField {
        field: String,
        allowed: Vec<String>,
    },
    UnknownVariant {
        variant: String,
        allowed: Vec<String>,
    },
    MissingField(String),
    Other(String),
}

pub(in crate::scenario) fn classify(raw: &str) -> ReadError {
    // The value a planner typed can contain anything, so split at the last separator.
    let got_expected = |rest: &str| {
        rest.rsplit_once(", expected ")
            .map(|(got, expected)| (got.to_owned(), expected.to_owned()))
    };
    if let Some((got, expected)) = raw.strip_prefix("invalid type: ").and_then(got_expected) {
        return ReadError::InvalidType { got, expected };
    }
    if let Some((got, expected)) = raw.strip_prefix("invalid value: ").and_then(got_expected) {
        return ReadError::InvalidValue { got, expected };
    }
    if let Some((field, allowed)) = raw.strip_prefix("unknown field `").and_then(name_and_list) {
        return ReadError::UnknownField { field, allowed };
    }
    if let Some((variant, allowed)) = raw
        .strip_prefix("unknown variant `")
        .and_then(name_and_list)
    {
        return ReadError::UnknownVariant { variant, allowed };
    }
    if let Some(name) = raw
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return ReadError::MissingField(name.to_owned());
    }
    ReadError::Other(raw.to_owned())
}

/// "x`, expected one of `a`, `b`" → ("x", [a, b]); also "… there are no fields".
fn name_and_list(rest: &str) -> Option<(String, Vec<String>)> {
    let end = rest
        .rfind("`, expected ")
        .or_else(|| rest.rfind("`, there are no "))?;
    let name = rest.get(..end)?.to_owned();
    let list = rest.get(end + 1..)?;
    let allowed = list
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    Some((name, allowed))
}

/// The JSON path to report and the planner's sentence for a reader's complaint.
pub(in crate::scenario) fn explain(
    steps: &[Step],
    error: &ReadError,
    w: Wording,
) -> (Vec<Step>, String) {
    match error {
        ReadError::InvalidType { got, expected } => (
            steps.to_vec(),
            expected_got(&expected_text(expected, steps, w), &got_text(got, w), w),
        ),
        ReadError::InvalidValue { got, expected } => {
            (steps.to_vec(), out_of_type_range(got, expected, steps, w))
        }
        ReadError::UnknownField { field, allowed } => {
            let (guess, field_shown) = (did_you_mean(field, allowed, w), echo(field));
            let message = if allowed.is_empty() {
                w.say(
                    format!("\"{field_shown}\" does not apply here; remove it"),
                    format!("\"{field_shown}\" 不适用于此处，请删除"),
                )
            } else {
                w.say(
                    format!(
                        "\"{field_shown}\" is not a field here{guess}; the fields here are {}",
                        allowed.join(", ")
                    ),
                    format!(
                        "此处没有 \"{field_shown}\" 字段{guess}；此处的字段有 {}",
                        allowed.join("、")
                    ),
                )
            };
            (field_steps(steps, field), message)
        }
        ReadError::UnknownVariant { variant, allowed } => {
            let (guess, choices) = (did_you_mean(variant, allowed, w), quoted(allowed, w));
            let variant = echo(variant);
            (
                steps.to_vec(),
                w.say(
                    format!("\"{variant}\" is not one of the choices{guess}: {choices}"),
                    format!("\"{variant}\" 不是可选项之一{guess}；可选项有 {choices}"),
                ),
            )
        }
        ReadError::MissingField(field) => {
            let mut steps = steps.to_vec();
            steps.push(Step::Key(field.clone()));
            (
                steps,
                w.say("this required field is missing", "缺少这个必填字段"),
            )
        }
        ReadError::Other(raw) => (
            steps.to_vec(),
            w.say(format!("could not be read: {raw}"), "无法读取这个值"),
        ),
    }
}

/// What a field expects, in the planner's words.
fn expected_text(expected: &str, steps: &[Step], w: Wording) -> String {
    let (en, zh) = match expected {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
            ("a whole number (0 or more)", "不小于 0 的整数")
        }
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => ("a whole number", "整数"),
        "f32" | "f64" => ("a number", "数字"),
        "a string" => ("text in double quotes", "用英文双引号括起来的文本"),
        "a boolean" => ("true or false", " true 或 false"),
        "a sequence" => ("a list [ … ]", "列表 [ … ]"),
        "string or map" | "variant identifier" => {
            let allowed = named_choices(steps);
            if allowed.is_empty() {
                (
                    "one of the named choices, in double quotes",
                    "用英文双引号括起来的选项名",
                )
            } else {
                let choices = quoted(&allowed, w);
                return w.say(format!("one of {choices}"), format!("以下之一：{choices}"));
            }
        }
        other
            if other.starts_with("struct ")
                || other.starts_with("internally tagged enum ")
                || other == "a map" =>
        {
            ("an object { … }", "对象 { … }")
        }
        other => (other, "这个字段所需类型的值"),
    };
    w.say(en, zh)
}

/// What the planner wrote, as a planner would name it.
fn got_text(got: &str, w: Wording) -> String {
    if let Some(text) = got.strip_prefix("string ") {
        let text = echo(text);
        return w.say(format!("the text {text}"), format!("文本 {text}"));
    }
    let literal = ["integer ", "floating point ", "boolean "]
        .iter()
        .find_map(|kind| got.strip_prefix(kind));
    if let Some(literal) = literal {
        let literal = literal.trim_matches('`');
        return w.say(literal, format!(" {literal}"));
    }
    let (en, zh) = match got {
        "map" => ("an object { … }", "对象 { … }"),
        "sequence" => ("a list [ … ]", "列表 [ … ]"),
        "unit value" | "null" => ("null", " null"),
        other => (other, "其他类型的值"),
    };
    w.say(en, zh)
}

/// "expected a whole number from 0 to 4294967295, got -1"; at a field with a planner's
/// limit, that limit instead of the type's.
fn out_of_type_range(got: &str, expected: &str, steps: &[Step], w: Wording) -> String {
    let got = got_text(got, w);
    if let Some(limit) = planner_limit(steps, w) {
        return w.say(
            format!("expected {limit}, got {got}"),
            format!("应为{limit}，实际为{got}"),
        );
    }
    let limit = match expected {
        "u8" => Some((0, i128::from(u8::MAX))),
        "u16" => Some((0, i128::from(u16::MAX))),
        "u32" => Some((0, i128::from(u32::MAX))),
        "u64" => Some((0, i128::from(u64::MAX))),
        "i32" => Some((i128::from(i32::MIN), i128::from(i32::MAX))),
        "i64" => Some((i128::from(i64::MIN), i128::from(i64::MAX))),
        _ => None,
    };
    match limit {
        Some((low, high)) => w.say(
            format!("expected a whole number from {low} to {high}, got {got}"),
            format!("应为 {low} 到 {high} 之间的整数，实际为{got}"),
        ),
        None => expected_got(&expected_text(expected, steps, w), &got, w),
    }
}

/// The range a planner may write in a whole-number field whose limit is far below its
/// type's, in the words validation uses for it: a number past the type's range ("0 to
/// 4294967295") is answered with the limit the editor states.
fn planner_limit(steps: &[Step], w: Wording) -> Option<String> {
    match path_text(steps).as_str() {
        "population.starting_members" => {
            let most = count(MAX_MEMBERS as f64);
            Some(w.say(
                format!("a whole number from 0 to {most} (a tab holds at most {most} members)"),
                format!(" 0 到 {most} 之间的整数（一个标签页最多容纳 {most} 人）"),
            ))
        }
        _ => None,
    }
}

/// "expected a number, got the text \"high\"".
fn expected_got(expected: &str, got: &str, w: Wording) -> String {
    w.say(
        format!("expected {expected}, got {got}"),
        format!("应为{expected}，实际为{got}"),
    )
}

/// "\"none\", \"one_tier\", \"to_qualified_tier\"" (in Chinese joined by "、").
fn quoted(names: &[String], w: Wording) -> String {
    let names: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
    names.join(if w.is_zh() { "、" } else { ", " })
}

/// The names the named-choice field at the end of `steps` accepts (none if it is not one).
pub(in crate::scenario) fn named_choices(steps: &[Step]) -> Vec<String> {
    match last_key(steps) {
        Some("basis") => choices::<QualificationBasis>(),
        Some("downgrade") => choices::<DowngradePolicy>(),
        _ => Vec::new(),
    }
}

/// The names a unit-variant choice accepts, as the reader itself lists them.
fn choices<T: DeserializeOwned>() -> Vec<String> {
    match serde_json::from_value::<T>(Value::String(String::new())) {
        Ok(_) => Vec::new(),
        Err(error) => match classify(&error.to_string()) {
            ReadError::UnknownVariant { allowed, .. } => allowed,
            _ => Vec::new(),
        },
    }
}

/// " (did you mean "months"?)" when one allowed name is a likely typo of `name`.
fn did_you_mean(name: &str, allowed: &[String], w: Wording) -> String {
    let length = name.chars().count();
    allowed
        .iter()
        // Names whose lengths differ by more than two are more than two edits apart.
        .filter(|candidate| candidate.chars().count().abs_diff(length) <= 2)
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= 2 && *distance < candidate.chars().count())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| {
            w.say(
                format!(" (did you mean \"{candidate}\"?)"),
                format!("（是不是要写 \"{candidate}\"？）"),
            )
        })
        .unwrap_or_default()
}

/// Levenshtein distance, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // Row i holds the distances from a's first i characters to each of b's prefixes.
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        let mut left = i + 1;
        for ((cb, diagonal), above) in b.iter().zip(&previous).zip(previous.iter().skip(1)) {
            left = (diagonal + usize::from(ca != *cb))
                .min(above + 1)
                .min(left + 1);
            current.push(left);
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(0)
}
