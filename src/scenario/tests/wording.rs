//! Tests of the problems' wording: every problem the reader and the validators can give
//! reads as Chinese in zh-CN (no English sentence left over), comes back at the same paths
//! in both languages, and a share reads as a percent on the page in both.

use crate::scenario::tests::check::paths;
use crate::scenario::tests::wording_cases::{invalid_scenarios, INVALID_DOCUMENTS};
use crate::scenario::{parse_in, validate_in, Problem, Scenario, Wording};
use crate::words::Lang;

const ZH: Wording = Wording {
    lang: Lang::ZhCn,
    shares_as_percent: false,
};

/// True if the text has a Chinese character.
fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Two English words in a row ("must be", "the value"), outside quoted names and values:
/// what is left of an English sentence.
fn english_words_in_a_row(text: &str) -> Option<String> {
    let mut outside = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' | '“' | '”' => {
                quoted = !quoted;
                outside.push(' ');
            }
            _ if !quoted => outside.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = outside.split(' ').collect();
    let word = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic());
    words
        .windows(2)
        .find(|pair| word(pair[0]) && word(pair[1]))
        .map(|pair| pair.join(" "))
}

/// Asserts the problems read as Chinese and come back where the English ones do.
fn assert_chinese(case: &str, english: &[Problem], chinese: &[Problem]) {
    assert!(!english.is_empty(), "{case}: no problem at all");
    assert_eq!(paths(english), paths(chinese), "{case}");
    for (en, zh) in english.iter().zip(chinese) {
        assert!(has_chinese(&zh.message), "{case}: {}", zh.message);
        assert_ne!(en.message, zh.message, "{case}");
        if let Some(words) = english_words_in_a_row(&zh.message) {
            panic!("{case}: \"{words}\" left in English in {}", zh.message);
        }
    }
}

fn problems(result: Result<Scenario, Vec<Problem>>) -> Vec<Problem> {
    result.err().unwrap_or_default()
}

#[test]
fn every_validation_problem_reads_as_chinese_in_zh_cn() {
    for (case, scenario) in invalid_scenarios() {
        let english = validate_in(&scenario, Wording::PLAIN);
        assert_chinese(case, &english, &validate_in(&scenario, ZH));
        assert_chinese(
            case,
            &english,
            &validate_in(&scenario, Wording::page(Lang::ZhCn)),
        );
    }
}

#[test]
fn every_reading_problem_reads_as_chinese_in_zh_cn() {
    for document in INVALID_DOCUMENTS {
        let english = problems(parse_in(document, Wording::PLAIN));
        assert_chinese(document, &english, &problems(parse_in(document, ZH)));
    }
}

#[test]
fn the_cases_reach_every_kind_of_problem() {
    // A rule left out of the cases above would be left out of the Chinese check: count the
    // distinct problems the cases give, so that losing a case fails here.
    let mut seen: Vec<String> = Vec::new();
    for (_, scenario) in invalid_scenarios() {
        seen.extend(
            validate_in(&scenario, Wording::PLAIN)
                .into_iter()
                .map(|p| p.path),
        );
    }
    for document in INVALID_DOCUMENTS {
        seen.extend(
            problems(parse_in(document, Wording::PLAIN))
                .into_iter()
                .map(|p| p.path),
        );
    }
    seen.sort();
    seen.dedup();
    assert!(
        seen.len() >= 110,
        "only {} distinct problem paths",
        seen.len()
    );
}

#[test]
fn a_share_reads_as_a_percent_on_the_page_in_both_languages() {
    let mut scenario = Scenario::default();
    scenario.tiers.levels[1].discount = 0.95;
    scenario.population.segments[0].share = 0.5;
    let said = |wording: Wording| -> Vec<String> {
        validate_in(&scenario, wording)
            .into_iter()
            .map(|p| p.message)
            .collect()
    };
    assert_eq!(
        said(Wording::page(Lang::En)),
        vec![
            "the shares add up to 50%; they must add up to 100%",
            "95% must be from 0% to 90%",
        ]
    );
    assert_eq!(
        said(Wording::page(Lang::ZhCn)),
        vec![
            "各分层占比合计为 50%，须合计为 100%",
            "当前为 95%，须在 0% 到 90% 之间",
        ]
    );
    assert_eq!(
        said(Wording::PLAIN),
        vec![
            "the shares add up to 0.5; they must add up to 1",
            "0.95 must be from 0 to 0.9",
        ]
    );
}

#[test]
fn a_reading_problem_in_chinese_keeps_the_field_names_to_type() {
    let problems = problems(parse_in(r#"{"horizon": {"monhts": 3}}"#, ZH));
    assert_eq!(paths(&problems), vec!["horizon.monhts"]);
    assert!(
        problems[0]
            .message
            .starts_with("此处没有 \"monhts\" 字段（是不是要写 \"months\"？）"),
        "{}",
        problems[0].message
    );
}
