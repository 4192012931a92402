//! The page's words for its language: every key of `words::page` with its text, as JSON text
//! of one object (parsed by the page faster than an object built across the boundary) that
//! the page's `t(key, vars)` reads; and a file's size as the page shows it. Not for:
//! wording anything (the core does).

use wasm_bindgen::prelude::*;

use crate::words::{format, page, Lang};

/// Every word of the page in `lang` ("en" or "zh-CN"), by key, as JSON text.
#[wasm_bindgen]
pub fn page_words(lang: &str) -> String {
    serde_json::to_string(&page::page_words(Lang::from_code(lang))).unwrap_or_default()
}

/// A file's size as the page shows it ("223 KB"), from its bytes.
#[wasm_bindgen]
pub fn file_size(bytes: f64) -> String {
    format::file_size(bytes)
}
