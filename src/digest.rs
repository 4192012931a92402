//! Fingerprints: a short digest of a run's results and charts to compare
//! runs across machines and targets.

use crate::chart::render_all;
use crate::metrics::Results;
use crate::random::fnv1a;
use crate::words::Lang;

/// FNV-1a of the results' JSON and of every chart drawn from them in both languages, as 16
/// hex digits: equal digests natively and in the browser mean the same numbers and the same
/// chart bytes.
pub fn results_digest(results: &Results) -> String {
    let mut text = serde_json::to_string(results).unwrap_or_default();
    for lang in [Lang::En, Lang::ZhCn] {
        for (_, svg) in render_all(results, lang) {
            text += &svg;
        }
    }
    format!("{:016x}", fnv1a(text.as_bytes()))
}
