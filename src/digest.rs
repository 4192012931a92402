//! Fingerprints: FNV-1a hashing, and a short digest of a run's results to compare runs
//! across machines and targets.

use crate::metrics::Results;

/// FNV-1a, 64-bit.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// FNV-1a of the results' JSON, as 16 hex digits. Equal results give equal digests natively
/// and in the browser.
pub fn results_digest(results: &Results) -> String {
    let json = serde_json::to_string(results).unwrap_or_default();
    format!("{:016x}", fnv1a(json.as_bytes()))
}
