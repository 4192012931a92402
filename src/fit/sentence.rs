//! A sentence for the planner in English and in Chinese. A fit's notes and refusals carry
//! both, so that the page can show the one in its language, and switch, without fitting
//! again. Not for: the page's labels (`words::page`).

use std::fmt;

use serde::Serialize;

use crate::words::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub en: String,
    pub zh: String,
}

impl Sentence {
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Sentence {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The sentence in `lang`.
    pub fn said_in(&self, lang: Lang) -> &str {
        lang.say(&self.en, &self.zh)
    }
}

/// The English sentence (as the command line prints it by default).
impl fmt::Display for Sentence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}
