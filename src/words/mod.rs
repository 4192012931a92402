//! Words and numbers in the planner's language: the bottom layer every other module imports
//! downward. [`Lang`] is the page's language; [`Lang::say`] is the one way to say a sentence
//! in both languages; [`format`] writes counts, money and shares the way a planner reads
//! them (12.3k, ¥1.2M, 18.4%; 1.2万, ¥3.4亿); [`study_labels`] names the KPIs, the tornado's
//! assumptions and every word of the study charts and CSVs; [`page`] holds every word of
//! the page, by key.
//!
//! Not for: what a sentence is about (each module words its own sentences with `say`), or
//! where numbers are placed (charts, CSV, the page).

pub mod format;
pub mod page;
mod study_labels;

pub use study_labels::{fill, study_labels, StudyLabels};

/// The language of the page, and so of every word and number on the charts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    ZhCn,
}

impl Lang {
    /// The language for a BCP 47 code: any Chinese ("zh", "zh-CN", "zh_Hans") is
    /// Simplified Chinese; anything else is English.
    pub fn from_code(code: &str) -> Lang {
        let code = code.trim().to_ascii_lowercase();
        if code == "zh" || code.starts_with("zh-") || code.starts_with("zh_") {
            Lang::ZhCn
        } else {
            Lang::En
        }
    }

    /// The BCP 47 code: "en" or "zh-CN".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }
}

impl Lang {
    /// The sentence in this language, given in both.
    pub fn say<T>(self, en: T, zh: T) -> T {
        match self {
            Lang::En => en,
            Lang::ZhCn => zh,
        }
    }
}
