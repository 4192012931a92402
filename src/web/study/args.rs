//! Reading the studies' arguments from the page: whole numbers, JSON arguments and lists of
//! scenarios, each problem worded for the page's reader (in its language, shares as
//! percents) with the path of the argument at fault.
//!
//! Not for: the studies themselves (`crate::study`) or the envelope (`super::outcome`).

use serde::de::DeserializeOwned;

use crate::scenario::{parse_in, Problem, Scenario, Wording};
use crate::study;
use crate::words::Lang;

/// How the page's reader in `lang` reads a problem.
pub(super) fn wording(lang: &str) -> Wording {
    Wording::page(Lang::from_code(lang))
}

pub(super) fn problem(path: &str, message: impl Into<String>) -> Vec<Problem> {
    vec![Problem {
        path: path.to_string(),
        message: message.into(),
    }]
}

/// A whole number from the page: 0 to `most`, or a problem at `path`.
pub(super) fn whole(
    value: f64,
    most: f64,
    path: &str,
    wording: Wording,
) -> Result<u64, Vec<Problem>> {
    if value.is_finite() && value.fract() == 0.0 && (0.0..=most).contains(&value) {
        Ok(value as u64)
    } else {
        Err(problem(
            path,
            wording.say(
                format!("{value} must be a whole number from 0 to {most}"),
                format!("当前为 {value}，须是 0 到 {most} 之间的整数"),
            ),
        ))
    }
}

/// What a JSON argument should have held, in both languages.
pub(super) struct Expected {
    pub(super) en: &'static str,
    pub(super) zh: &'static str,
}

/// JSON text read as `T`; a problem names the path inside it where reading failed. The
/// text is read as a JSON value first and `T` from the value (not from the text): the
/// scenario reader reads from values too, so the `.wasm` holds one reader per type.
pub(super) fn read<T: DeserializeOwned>(
    json: &str,
    what: Expected,
    wording: Wording,
) -> Result<T, Vec<Problem>> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|error| {
        let why = match error.classify() {
            serde_json::error::Category::Eof => "JSON 不完整",
            _ => "不是有效的 JSON",
        };
        let (line, column) = (error.line(), error.column());
        problem(
            "",
            wording.say(
                format!("{}: {error}", what.en),
                format!("{}：{why}（第 {line} 行第 {column} 列）", what.zh),
            ),
        )
    })?;
    serde_path_to_error::deserialize(&value).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let error = e.inner();
        problem(
            &path,
            wording.say(
                format!("{}: {error}", what.en),
                format!("{}：值的类型或取值不对", what.zh),
            ),
        )
    })
}

/// A JSON array of scenarios, A first, each read and validated.
pub(super) fn scenarios(json: &str, wording: Wording) -> Result<Vec<Scenario>, Vec<Problem>> {
    let list = Expected {
        en: "expected a list of scenarios",
        zh: "应为方案列表",
    };
    let documents: Vec<serde_json::Value> = read(json, list, wording)?;
    if documents.is_empty() {
        return Err(problem(
            "",
            wording.say("there is no scenario to compare", "没有可比较的方案"),
        ));
    }
    let mut all = Vec::new();
    let mut problems = Vec::new();
    for (i, document) in documents.iter().enumerate() {
        match parse_in(&document.to_string(), wording) {
            Ok(scenario) => all.push(scenario),
            Err(found) => problems.extend(found.into_iter().map(|p| {
                let letter = study::letter(i);
                Problem {
                    path: if p.path.is_empty() {
                        format!("[{i}]")
                    } else {
                        format!("[{i}].{}", p.path)
                    },
                    message: wording.say(
                        format!("Scenario {letter}: {}", p.message),
                        format!("方案 {letter}：{}", p.message),
                    ),
                }
            })),
        }
    }
    if problems.is_empty() {
        Ok(all)
    } else {
        Err(problems)
    }
}
