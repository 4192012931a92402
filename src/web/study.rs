//! The WebAssembly surface of the studies: compare, replicate (one seed per call, so the
//! page can spread seeds over its workers, then combine), sweep, tornado, goal-seek and the
//! threshold designer. Each call translates its arguments, calls `crate::study` and
//! `crate::chart`, and returns the envelope every call here returns:
//! `{ ok, problems: [{path, message}], value }` (`value` null when not ok).
//!
//! Arguments, as the page passes them:
//! - `scenario_json`: a scenario as JSON text; its problems carry the scenario's own paths.
//! - `scenarios_json`: a JSON array of scenarios, A first; the i-th one's problems carry
//!   the path `[i].<its path>` and a message starting "Scenario B: " ("方案 B：").
//! - `runs_json`: a JSON array, one per scenario (A first), of arrays of `RunSummary` as
//!   `run_summary` returned them (JSON.stringify of its `value`s).
//! - `seed`, `runs`, `steps`, `month`: whole numbers as JS numbers, below 2^53.
//! - `lang`, always the last argument: "en" or "zh-CN". Every problem is said in that
//!   language, shares as percents as the page shows them (the scenario's through
//!   `parse_in`, the studies' own where each study checks); charts are `[[id, svgText], …]`
//!   in that language.
//! - `label` (sweep): what the planner calls the swept number ("Gold · Threshold
//!   (growth)"), shown in the charts' titles and value axis; empty, the JSON path.
//! - `shares_json`: a JSON array of target shares, entry tier first (`[0.5,0.3,0.15,0.05]`).
//! - `lever`: "earn_rate" or "cost_per_point"; `ceiling`: currency units.
//! - `design_json`: `{years_to_top, daily_growth_cap, tiers, progression: {kind:
//!   "exponential", ratio} | {kind: "power", exponent} | {kind: "fibonacci"}}`.
//!
//! Each study's value also carries `csv`, its `to_csv_in(lang)` text, for the page's
//! export to a planner in Excel: headers in `lang`, each KPI, tier and assumption by its
//! name (a KPI's id beside it); the command line's `to_csv()` keeps the ids for scripts.
//! Nothing here panics: every failure comes back as problems.

mod args;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{outcome, to_js};
use crate::chart::{comparison_charts, replication_charts, sweep_charts, tornado_charts};
use crate::scenario::{parse_in, Problem, Scenario};
use crate::study::{self, Fairness, PointsLever, RunSummary};
use crate::words::Lang;
use args::{problem, read, scenarios, whole, wording, Expected};

/// The largest whole number a JavaScript number holds exactly (2^53 − 1).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
/// Most seeds a replication from the page runs.
const MAX_RUNS: u32 = 10_000;

type Charts = Vec<(String, String)>;

/// One seed of a replication: the scenario run with population seed `seed`
/// (counterfactuals included), as a `RunSummary`.
#[wasm_bindgen]
pub fn run_summary(scenario_json: &str, seed: f64, lang: &str) -> JsValue {
    let wording = wording(lang);
    outcome(parse_in(scenario_json, wording).and_then(|scenario| {
        let seed = whole(seed, MAX_SAFE_INTEGER, "seed", wording)?;
        let summary = study::run_summary(&study::seeded(&scenario, seed));
        match summary.stopped {
            Some(stop) => Err(vec![stop.problem(wording)]),
            None => Ok(summary),
        }
    }))
}

/// The seeds a replication of `runs` runs uses: the scenario's seed and the runs − 1 after
/// it. A comparison runs A's seeds for every scenario.
#[wasm_bindgen]
pub fn replication_seeds(scenario_json: &str, runs: f64, lang: &str) -> JsValue {
    let wording = wording(lang);
    outcome(parse_in(scenario_json, wording).and_then(|scenario| {
        let runs = whole(runs, f64::from(MAX_RUNS), "runs", wording)?;
        study::StudySize::full_runs(&scenario, runs)
            .check("runs", wording)
            .map_err(|p| vec![p])?;
        if runs == 0 {
            return Err(problem(
                "runs",
                wording.say(
                    "a replication runs at least one seed",
                    "重复模拟至少要运行一个种子",
                ),
            ));
        }
        let seeds = study::seeds(&scenario, runs as u32);
        if seeds.iter().any(|s| *s as f64 > MAX_SAFE_INTEGER) {
            let seed = scenario.horizon.seed;
            return Err(problem(
                "horizon.seed",
                wording.say(
                    format!(
                        "seed {seed} is too large for the page: use a seed below 2^53 − {runs}"
                    ),
                    format!("种子 {seed} 对页面来说太大：请使用小于 2^53 − {runs} 的种子"),
                ),
            ));
        }
        Ok(seeds)
    }))
}

#[derive(Serialize)]
struct Compared {
    comparison: study::Comparison,
    charts: Charts,
    csv: String,
}

/// Scenarios A, B, C… run with A's seed (common random numbers): the KPI table with each
/// difference from A, and the overlay charts.
#[wasm_bindgen]
pub fn compare_scenarios(scenarios_json: &str, lang: &str) -> JsValue {
    let wording = wording(lang);
    outcome(scenarios(scenarios_json, wording).and_then(|all| {
        study::StudySize::of_each(&all, 1)
            .check("", wording)
            .map_err(|p| vec![p])?;
        let comparison = study::compare(&all);
        let tiers = all.first().map(study::tier_names).unwrap_or_default();
        Ok(Compared {
            charts: comparison_charts(&comparison, Lang::from_code(lang)),
            csv: comparison.to_csv_in(Lang::from_code(lang), &tiers),
            comparison,
        })
    }))
}

#[derive(Serialize)]
struct Combined {
    replication: study::ReplicatedComparison,
    charts: Charts,
    csv: String,
}

/// The runs of a replication (one list per scenario, A first, all under A's seeds)
/// combined: P10–P90 bands, KPI intervals, and the differences from A paired by seed.
#[wasm_bindgen]
pub fn combine_replications(runs_json: &str, lang: &str) -> JsValue {
    let wording = wording(lang);
    let list = Expected {
        en: "expected a list of runs per scenario",
        zh: "应为每个方案的运行结果列表",
    };
    let combined = read::<Vec<Vec<RunSummary>>>(runs_json, list, wording).and_then(|runs| {
        let seeds = |r: &[RunSummary]| r.iter().map(|s| s.seed).collect::<Vec<_>>();
        let a = runs.first().map(|r| seeds(r)).unwrap_or_default();
        if a.is_empty() {
            return Err(problem(
                "[0]",
                wording.say(
                    "scenario A has no runs to combine",
                    "方案 A 没有可合并的运行结果",
                ),
            ));
        }
        for (i, scenario) in runs.iter().enumerate().skip(1) {
            if seeds(scenario) != a {
                let letter = study::letter(i);
                return Err(problem(
                    &format!("[{i}]"),
                    wording.say(
                        format!(
                            "scenario {letter} must run A's seeds, in A's order, to be paired with A"
                        ),
                        format!("方案 {letter} 须按 A 的顺序运行 A 的种子，才能与 A 配对"),
                    ),
                ));
            }
        }
        let firsts = runs.iter().filter_map(|r| r.first().map(|s| s.seed));
        let fairness = Fairness::of_seeds(firsts.collect());
        let tiers = runs.first().and_then(|r| r.first()).map(|s| s.tier_names.clone());
        let replication = study::replicated_comparison_of(&runs, fairness);
        Ok((replication, tiers.unwrap_or_default()))
    });
    outcome(combined.map(|(replication, tiers)| Combined {
        charts: replication_charts(&replication, Lang::from_code(lang)),
        csv: replication.to_csv_in(Lang::from_code(lang), &tiers),
        replication,
    }))
}

#[derive(Serialize)]
struct Swept {
    sweep: study::Sweep,
    charts: Charts,
    csv: String,
}

/// The KPIs at `steps` evenly spaced values of the number at `path`, from `from` to `to`,
/// charted against it under the planner's `label` for it.
#[wasm_bindgen]
pub fn sweep_parameter(
    scenario_json: &str,
    path: &str,
    from: f64,
    to: f64,
    steps: f64,
    label: &str,
    lang: &str,
) -> JsValue {
    let wording = wording(lang);
    outcome(parse_in(scenario_json, wording).and_then(|scenario| {
        let steps = whole(steps, f64::from(study::MAX_STEPS), "steps", wording)?;
        let sweep =
            study::sweep(&scenario, path, from, to, steps as u32, wording).map_err(|p| vec![p])?;
        let tiers = study::tier_names(&scenario);
        Ok(Swept {
            charts: sweep_charts(&sweep, &tiers, label, Lang::from_code(lang)),
            csv: sweep.to_csv_in(Lang::from_code(lang), &tiers),
            sweep,
        })
    }))
}

#[derive(Serialize)]
struct Tornadoed {
    tornado: study::Tornado,
    charts: Charts,
    csv: String,
}

/// Each main assumption moved by ±`change` (0.2 = ±20%) and the KPI named `kpi` for each.
#[wasm_bindgen]
pub fn tornado_chart(scenario_json: &str, kpi: &str, change: f64, lang: &str) -> JsValue {
    let wording = wording(lang);
    outcome(parse_in(scenario_json, wording).and_then(|scenario| {
        let tornado = study::tornado(&scenario, kpi, change, wording).map_err(|p| vec![p])?;
        let tiers = study::tier_names(&scenario);
        Ok(Tornadoed {
            charts: tornado_charts(&tornado, &tiers, Lang::from_code(lang)),
            csv: tornado.to_csv_in(Lang::from_code(lang), &tiers),
            tornado,
        })
    }))
}

#[derive(Serialize)]
struct Sought<T: Serialize> {
    seek: T,
    /// The scenario with the answer applied; none when there is no answer.
    scenario: Option<Scenario>,
    csv: String,
}

/// The tier thresholds that give the target shares of members per tier at `month`
/// (0-based), and the scenario with them applied.
#[wasm_bindgen]
pub fn seek_tier_thresholds(
    scenario_json: &str,
    month: f64,
    shares_json: &str,
    lang: &str,
) -> JsValue {
    let wording = wording(lang);
    outcome(parse_in(scenario_json, wording).and_then(|scenario| {
        let last = scenario.horizon.months.saturating_sub(1);
        let month = whole(month, f64::from(last), "month", wording)? as u32;
        let list = Expected {
            en: "expected a list of shares",
            zh: "应为占比列表",
        };
        let shares: Vec<f64> = read(shares_json, list, wording).map_err(|found| {
            let at = |p: Problem| Problem {
                path: format!("shares{}", p.path),
                message: p.message,
            };
            found.into_iter().map(at).collect::<Vec<_>>()
        })?;
        let seek = study::seek_thresholds(&scenario, month, &shares, wording)
            .map_err(|message| problem("shares", message))?;
        let applied = study::with_thresholds(&scenario, &seek.thresholds, wording).ok();
        Ok(Sought {
            csv: seek.to_csv_in(Lang::from_code(lang), &study::tier_names(&scenario)),
            scenario: applied,
            seek,
        })
    }))
}

/// The highest earn rate or cost per point that keeps the points liability at the end of
/// the horizon at or under `ceiling`, and the scenario with it applied.
#[wasm_bindgen]
pub fn seek_liability(scenario_json: &str, lever: &str, ceiling: f64, lang: &str) -> JsValue {
    let wording = wording(lang);
    outcome(parse_in(scenario_json, wording).and_then(|scenario| {
        let lever: PointsLever = serde_json::from_value(lever.into()).map_err(|_| {
            problem(
                "lever",
                wording.say(
                    format!("{lever:?} is not a lever: use \"earn_rate\" or \"cost_per_point\""),
                    format!("{lever:?} 不是可调的杠杆：请用 \"earn_rate\"（积分发放率）或 \"cost_per_point\"（每积分成本）"),
                ),
            )
        })?;
        let seek = study::seek_liability_ceiling(&scenario, lever, ceiling, wording)
            .map_err(|message| problem("ceiling", message))?;
        Ok(Sought {
            csv: seek.to_csv_in(Lang::from_code(lang)),
            scenario: seek.value.map(|value| lever.applied(&scenario, value)),
            seek,
        })
    }))
}

#[derive(Serialize)]
struct Designed {
    #[serde(flatten)]
    ladder: study::DesignedLadder,
    /// What each tier is called if Apply adds it (`study::new_tier_name`), entry tier first.
    new_tier_names: Vec<String>,
    csv: String,
}

/// Tier thresholds from the years to the top, the daily growth cap and a progression.
#[wasm_bindgen]
pub fn design_ladder(design_json: &str, lang: &str) -> JsValue {
    let wording = wording(lang);
    let what = Expected {
        en: "expected a ladder design",
        zh: "应为等级阶梯设计",
    };
    outcome(
        read::<study::LadderDesign>(design_json, what, wording).and_then(|plan| {
            let ladder = study::design(&plan, wording).map_err(|p| vec![p])?;
            Ok(Designed {
                csv: ladder.to_csv_in(Lang::from_code(lang)),
                new_tier_names: (1..=ladder.thresholds.len())
                    .map(|place| study::new_tier_name(place, wording))
                    .collect(),
                ladder,
            })
        }),
    )
}

#[derive(Serialize)]
struct KpiName {
    name: String,
    unit: study::Unit,
}

/// The KPIs a tornado or a table can use, in order, for a programme of `tiers` tiers (the
/// default scenario's when not given), as a plain list `[{name, unit}]`.
#[wasm_bindgen]
pub fn kpi_names(tiers: Option<u32>) -> JsValue {
    let tiers = tiers.map_or_else(|| Scenario::default().tiers.levels.len(), |t| t as usize);
    let names: Vec<KpiName> = study::kpi_names(tiers.min(crate::scenario::MAX_TIERS))
        .into_iter()
        .map(|(name, unit)| KpiName { name, unit })
        .collect();
    to_js(&names)
}
