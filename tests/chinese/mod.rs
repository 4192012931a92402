//! What "said in Chinese" means for a problem in the tests: the same path as in English, a
//! different sentence, Chinese characters in it, and no English sentence left over — no two
//! English words in a row outside quotes (a field name to type, a KPI's id or a JSON path
//! may stay as they are: the planner types them).

use tierlab::scenario::Problem;

/// Panics, naming the case, unless `chinese` says `english`'s problem in Chinese.
pub fn assert_said_in_chinese(case: &str, english: &Problem, chinese: &Problem) {
    let said = &chinese.message;
    assert_eq!(english.path, chinese.path, "{case}: not at the same path");
    assert_ne!(english.message, *said, "{case}: still in English");
    assert!(
        said.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{case}: no Chinese in {said}"
    );
    let unquoted: String = said
        .split(['"', '“', '”'])
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ");
    let is_word = |w: &&str| w.len() > 1 && w.bytes().all(|b| b.is_ascii_alphabetic());
    let tokens: Vec<&str> = unquoted.split_whitespace().collect();
    if let Some(pair) = tokens.windows(2).find(|pair| pair.iter().all(is_word)) {
        panic!("{case}: \"{}\" left in English in {said}", pair.join(" "));
    }
}
