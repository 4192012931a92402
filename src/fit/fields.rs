//! Splitting a transaction export's lines into fields, and finding its separator.
//!
//! The separator is, over the first 20 non-blank lines, the first of tab, `;` and `,` that
//! most often splits a line into 3 or more fields; otherwise runs of whitespace. Fields
//! may be double-quoted (`""` is a quote inside one); a quoted field cannot span lines.
//! Fields are trimmed.

use std::collections::BTreeMap;

use serde::Serialize;

const SEPARATOR_SAMPLE_LINES: usize = 20;

/// How fields are separated on a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Separator {
    Tab,
    Semicolon,
    Comma,
    Whitespace,
}

fn split_quoted(line: &str, separator: char) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (_, '"') => quoted = !quoted,
            (false, c) if c == separator => {
                fields.push(field.trim().to_string());
                field.clear();
            }
            (_, c) => field.push(c),
        }
    }
    fields.push(field.trim().to_string());
    fields
}

pub fn split(line: &str, separator: Separator) -> Vec<String> {
    match separator {
        Separator::Tab => split_quoted(line, '\t'),
        Separator::Semicolon => split_quoted(line, ';'),
        Separator::Comma => split_quoted(line, ','),
        Separator::Whitespace => line
            .split_whitespace()
            .map(|f| f.trim_matches('"').to_string())
            .collect(),
    }
}

/// The most common value (the larger on a tie), if any.
pub fn mode(values: impl Iterator<Item = usize>) -> Option<usize> {
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(v, n)| (n, v))
        .map(|(v, _)| v)
}

pub fn detect_separator(lines: &[(usize, &str)]) -> Separator {
    let sample = &lines[..lines.len().min(SEPARATOR_SAMPLE_LINES)];
    [Separator::Tab, Separator::Semicolon, Separator::Comma]
        .into_iter()
        .find(|&s| mode(sample.iter().map(|(_, l)| split(l, s).len())).is_some_and(|n| n >= 3))
        .unwrap_or(Separator::Whitespace)
}
