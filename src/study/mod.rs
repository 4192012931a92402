//! Studies over many runs of the same engine: what a manager needs to choose between
//! programmes, and what a planner needs to find thresholds instead of guessing them.
//!
//! - [`compare`]: scenarios A, B, C… run with one population seed (common random numbers),
//!   each KPI with its difference from A, and each scenario's monthly series for overlays.
//! - [`replicate`]: R seeds in a row; P10 / P50 / P90 bands per month, an interval per KPI
//!   and, for a comparison, intervals on each difference from A paired by seed.
//! - [`sweep`]: one parameter by its JSON path over a range, every KPI at each value;
//!   [`tornado`]: each main assumption at ±20% and the swing in one KPI.
//! - [`seek_thresholds`]: tier thresholds that give target shares of members per tier at a
//!   month; [`seek_liability_ceiling`]: the earn rate or cost per point that keeps the
//!   points liability under a ceiling.
//! - [`design`]: seed 004's threshold designer (time to the top × daily growth cap, shared
//!   out by an exponential, power or Fibonacci progression).
//! - [`with_thresholds`], [`with_ladder`]: either's thresholds written into a scenario.
//!
//! A study larger than [`MAX_STUDY_RUNS`] runs or [`MAX_STUDY_MEMBER_MONTHS`] member-months
//! is refused before it runs ([`StudySize`]).
//!
//! Every report is `Serialize` (JSON) and has a `to_csv` (the ids, for scripts) and a
//! `to_csv_in` a planner reads in Excel, in the page's language, both written by
//! [`crate::csv`]. Studies only call
//! [`crate::metrics::simulate`] and the engine, as a planner's single run does: a study is a
//! layer over the model, not a fork of it. Not for: I/O, threads or progress bars — the
//! page's workers and the command line spread seeds over cores with [`seeded`],
//! [`run_summary`] and the `*_of` combiners.

mod ceiling;
mod compare;
mod csv_words;
mod designer;
mod goal_seek;
mod kpi;
mod ladder;
mod path;
mod replicate;
mod size;
mod stats;
mod sweep;
mod tornado;
mod words;

pub use ceiling::{seek_liability_ceiling, CeilingSeek, PointsLever};
pub use compare::{
    align_seeds, compare, compare_runs, letter, ComparedScenario, Comparison, Fairness, KpiCell,
    KpiComparison,
};
pub use designer::{design, DesignedLadder, LadderDesign, Progression, DAYS_PER_YEAR};
pub use goal_seek::{seek_thresholds, ThresholdSeek, ON_TARGET};
pub use kpi::{
    kpi_names, kpi_value, kpis, main_series, run_summary, summarise, tier_names, tier_share_name,
    tier_shares, Kpi, RunSummary, Series, Unit,
};
pub use ladder::{keep_threshold_for, new_tier_name, with_ladder, with_thresholds};
pub use replicate::{
    paired_differences, replicate, replicate_comparison, replicated_comparison_of, replication_of,
    seeded, seeds, Band, KpiInterval, PairedDifferences, ReplicatedComparison, Replication,
    DEFAULT_RUNS,
};
pub use size::{StudySize, MAX_STUDY_MEMBER_MONTHS, MAX_STUDY_RUNS};
pub use stats::{quantile, Interval};
pub use sweep::{sweep, Sweep, SweepStep, MAX_STEPS};
pub use tornado::{tornado, Tornado, TornadoBar, DEFAULT_CHANGE};
