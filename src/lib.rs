//! Tierlab: a loyalty-programme sandbox.
//!
//! A planner designs a membership programme (tiers, growth value, points, rewards) in a
//! [`scenario::Scenario`]; a synthetic population of members whose behaviour follows the
//! published BG/NBD and Gamma-Gamma models lives under it month by month; the results are
//! monthly rows, cohort tables and ledgers that balance.
//!
//! The core (everything but `web`) is plain Rust with no I/O and no JavaScript types, so it
//! builds and tests natively; `web` (WebAssembly) and the `tierlab` binary only translate.

pub mod behaviour;
pub mod calendar;
pub mod chart;
pub mod csv;
pub mod digest;
pub mod economics;
pub mod engine;
pub mod explain;
pub mod export;
pub mod fit;
pub mod member;
pub mod metrics;
pub mod money;
pub mod population;
pub mod random;
pub mod rules;
pub mod scenario;
pub mod study;
#[cfg(target_arch = "wasm32")]
pub mod web;
pub mod words;
