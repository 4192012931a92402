//! The page's words: every key once, in both languages, with the same placeholders; and
//! the KPIs only in the core's words.

use std::collections::BTreeSet;

use super::{page_words, KPI_CARDS, PAGE_WORDS};
use crate::words::{study_labels, Lang};

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()))
        // {s} is the English plural ending, {gap} the space a Latin name needs before Chinese.
        .filter(|name| *name != "s" && *name != "gap")
        .collect()
}

/// Sentences whose languages fill different blanks on purpose.
const OWN_BLANKS: [&str; 1] = [
    // "20% off" is "8折" in Chinese: the page fills both {percent} and {zhe}.
    "campaignSummary.offer.percent_off",
];

#[test]
fn every_key_of_the_page_is_said_once_in_both_languages_with_the_same_placeholders() {
    let mut keys = BTreeSet::new();
    for w in PAGE_WORDS.iter().flat_map(|table| table.iter()) {
        assert!(keys.insert(w.key), "{} is in the tables twice", w.key);
        // A list separator or a unit may be blank in one language only on purpose; a
        // sentence never is.
        assert!(
            !w.en.trim().is_empty() || !w.zh.trim().is_empty(),
            "{} says nothing",
            w.key
        );
        if OWN_BLANKS.contains(&w.key) {
            continue;
        }
        assert_eq!(
            placeholders(w.en),
            placeholders(w.zh),
            "{}: the languages fill different blanks",
            w.key
        );
    }
}

#[test]
fn the_kpi_cards_and_the_studies_name_each_kpi_in_the_core_words_only() {
    let written: BTreeSet<&str> = PAGE_WORDS
        .iter()
        .flat_map(|table| table.iter())
        .map(|w| w.key)
        .collect();
    for lang in [Lang::En, Lang::ZhCn] {
        let words = page_words(lang);
        let labels = study_labels(lang);
        for (card, kpi) in KPI_CARDS {
            assert!(!written.contains(card), "{card} is worded twice");
            assert_eq!(words[card], labels.kpi(kpi, &[]), "{card} in {lang:?}");
            assert_eq!(words[&format!("study.kpi.{kpi}")], words[card]);
        }
    }
    assert_eq!(page_words(Lang::En)["kpi.breakage"], "Breakage rate");
    assert_eq!(page_words(Lang::ZhCn)["kpi.breakage"], "积分沉淀率");
}

#[test]
fn a_share_in_a_tier_reads_as_the_studies_read_it() {
    assert_eq!(
        page_words(Lang::En)["study.kpi.share_in_tier"],
        "Share in {tier}"
    );
    assert_eq!(
        page_words(Lang::ZhCn)["study.kpi.share_in_tier"],
        "{tier}{gap}占比"
    );
}
