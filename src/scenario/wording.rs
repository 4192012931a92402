//! How a problem is worded for the planner who reads it: in which language, and whether a
//! share (0.95) reads as a percent (95%), the way the page shows share fields.
//!
//! What it is for: [`Wording`], which the reader and the validators carry so that each
//! sentence is said in English and in Chinese where the rule that makes it is written, and
//! the display of numbers inside those sentences. What it is not for: the sentences
//! themselves (each check says its own) or the page's labels and tooltips (`www/js`).

use crate::words::Lang;

/// The reader of a problem: the language of the sentence, and how shares are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Wording {
    pub lang: Lang,
    /// Shares (0–1 in the scenario) read as percents: "95%" instead of "0.95". The page
    /// shows share fields as percents, so its problems do too; a JSON file holds 0.95, so
    /// the command line keeps the scenario's own numbers.
    pub shares_as_percent: bool,
}

impl Wording {
    /// English, with the scenario's own numbers: what [`crate::scenario::parse`] and
    /// [`crate::scenario::validate`] say.
    pub const PLAIN: Wording = Wording {
        lang: Lang::En,
        shares_as_percent: false,
    };

    /// The page's wording in `lang`: shares as percents.
    pub fn page(lang: Lang) -> Wording {
        Wording {
            lang,
            shares_as_percent: true,
        }
    }

    /// The sentence in the reader's language.
    pub fn say(self, en: impl Into<String>, zh: impl Into<String>) -> String {
        self.lang.say(en.into(), zh.into())
    }

    pub fn is_zh(self) -> bool {
        self.lang == Lang::ZhCn
    }

    /// A number as the scenario holds it, or as a percent when `share` and shares read as
    /// percents.
    pub(in crate::scenario) fn value(self, value: f64, share: bool) -> String {
        if share && self.shares_as_percent && value.is_finite() {
            format!("{}%", short(value * 100.0))
        } else {
            format!("{value}")
        }
    }

    /// As [`Wording::value`], for a computed number: at most six decimals.
    pub(in crate::scenario) fn computed(self, value: f64, share: bool) -> String {
        if share && self.shares_as_percent && value.is_finite() {
            format!("{}%", short(value * 100.0))
        } else {
            short(value)
        }
    }
}

/// A computed number for a message: at most six decimals, no trailing zeros.
pub(in crate::scenario) fn short(value: f64) -> String {
    let text = format!("{value:.6}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// Longest piece of the planner's own text a message repeats, in characters.
const MAX_ECHO_CHARS: usize = 60;

/// The planner's own text (a name, a field, a value) as a message or a path repeats it:
/// line breaks and other control characters written as escapes (`\n`), so that no text can
/// start a line of the problem list of its own, and anything past 60 characters cut to "…".
pub(crate) fn echo(text: &str) -> String {
    let mut shown = String::with_capacity(text.len().min(4 * MAX_ECHO_CHARS));
    for (i, c) in text.chars().enumerate() {
        if i == MAX_ECHO_CHARS {
            shown.push('…');
            break;
        }
        if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    shown
}

/// A whole number with its thousands grouped: 1,234,567.
pub(crate) fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut text = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            text.push(',');
        }
        text.push(digit);
    }
    text
}
