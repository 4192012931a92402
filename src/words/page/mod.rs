//! Every word the page shows that is not drawn by a chart or worded by a module: labels,
//! buttons, tips, notes and sentences with `{name}` placeholders, each under the key the page
//! asks for (`t('run.done', { members, months, seconds })`), in English and in Simplified
//! Chinese side by side, so that a missing translation is a compile error. The page takes
//! them from the WASM (`web::words`) and keeps no dictionary of its own.
//!
//! One vocabulary: where the page names a figure the charts, the CSV or the studies also
//! name, the words come from there (the KPIs from [`super::study_labels`]), never written
//! twice. Files by part of the page: the frame, the results, explain, the studies, the fit,
//! the editor and its fields.
//!
//! Not for: the words of the charts (`chart::labels`, `study_labels`), of problems
//! (`scenario::wording`) or of the CSV (`export`); names the planner typed.

use std::collections::BTreeMap;

use super::{study_labels, Lang};

/// One key's words in both languages.
pub struct Words {
    pub key: &'static str,
    pub en: &'static str,
    pub zh: &'static str,
}

/// `"key" => "English", "中文";` rows as a table of [`Words`]; a row without both languages
/// does not compile.
macro_rules! words {
    ($($key:literal => $en:literal, $zh:literal;)*) => {
        &[$(Words { key: $key, en: $en, zh: $zh }),*]
    };
}

mod editor;
mod explain;
mod fields;
mod fit;
mod frame;
mod results;
mod studies;

/// The tables, one per part of the page.
pub const PAGE_WORDS: [&[Words]; 7] = [
    frame::WORDS,
    results::WORDS,
    explain::WORDS,
    studies::WORDS,
    fit::WORDS,
    editor::WORDS,
    fields::WORDS,
];

/// The KPI cards of the results view, each named as the studies, the charts and the CSV
/// name the same figure (a study KPI of `study::kpis`).
pub const KPI_CARDS: [(&str, &str); 10] = [
    ("kpi.active", "active_members_at_end"),
    ("kpi.retention", "retention_at_end"),
    ("kpi.points", "points_outstanding_at_end"),
    ("kpi.liability", "liability_at_end"),
    ("kpi.breakage", "breakage_rate"),
    ("kpi.revenue", "revenue"),
    ("kpi.cost", "programme_cost"),
    ("kpi.incremental", "incremental_sales"),
    ("kpi.profit", "incremental_profit"),
    ("kpi.roi", "roi"),
];

/// Every word of the page in `lang`, by key: the tables, and the KPIs in the core's words
/// (`kpi.*` for the cards, `study.kpi.NAME` for the studies, `study.kpi.share_in_tier` with
/// `{tier}` and, where a Latin name meets Chinese words, `{gap}`).
pub fn page_words(lang: Lang) -> BTreeMap<String, String> {
    let mut words: BTreeMap<String, String> = PAGE_WORDS
        .iter()
        .flat_map(|table| table.iter())
        .map(|w| (w.key.to_string(), lang.say(w.en, w.zh).to_string()))
        .collect();
    let labels = study_labels(lang);
    for (key, kpi) in KPI_CARDS {
        words.insert(key.into(), labels.kpi(kpi, &[]));
    }
    let moves = format!(
        "{} / {}",
        labels.kpi("upgrades", &[]),
        labels.kpi("downgrades", &[])
    );
    words.insert("kpi.moves".into(), moves);
    for (name, _) in labels.kpis {
        words.insert(format!("study.kpi.{name}"), labels.kpi(name, &[]));
    }
    let (before, after) = labels.tier_share.split_once("{}").unwrap_or_default();
    let gap = if after.starts_with(|c: char| !c.is_ascii()) {
        "{gap}"
    } else {
        ""
    };
    words.insert(
        "study.kpi.share_in_tier".into(),
        format!("{before}{{tier}}{gap}{after}"),
    );
    words
}

#[cfg(test)]
mod tests;
