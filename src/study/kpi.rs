//! The figures every study reports for one run: the KPIs a manager compares (whole-horizon
//! totals and end-of-horizon figures) and the main monthly series the charts overlay.
//!
//! Each figure has a stable name (`active_members_at_end`, `share_in_tier_2`) so that
//! scenarios, seeds and sweep steps can be matched figure by figure; tiers are named by
//! position (0 = entry tier) because two scenarios may name the same rung differently.
//!
//! Not for: running anything, or formatting numbers for people (`words::format`).

use serde::{Deserialize, Serialize};

use crate::engine::RunStop;
use crate::metrics::{simulate, MonthRow, Results};
use crate::money::Money;
use crate::scenario::Scenario;
use crate::words::format;

/// What a figure counts, so the page can format it (12.3k members, ¥1.2M, 18.4%).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Members or tier moves.
    Count,
    Points,
    /// Currency units.
    Money,
    /// A share, 0–1 (0.184 = 18.4%).
    Share,
    /// A ratio such as ROI (0.5 = every unit spent returns 1.5).
    Ratio,
}

impl Unit {
    /// A unit as it appears in JSON and CSV (`count`, `money`, `share`…).
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}

impl From<Unit> for format::Unit {
    /// How a study's figure reads: members and points as counts, money as ¥, shares and
    /// ratios (ROI 0.5) as percentages.
    fn from(unit: Unit) -> format::Unit {
        match unit {
            Unit::Count | Unit::Points => format::Unit::Count,
            Unit::Money => format::Unit::Money,
            Unit::Share | Unit::Ratio => format::Unit::Percent,
        }
    }
}

/// One KPI of one run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kpi {
    pub name: String,
    pub unit: Unit,
    /// None when the figure does not exist (ROI when nothing was spent, breakage when no
    /// points were held at the end).
    pub value: Option<f64>,
}

/// One monthly series of one run, month 0 first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub name: String,
    pub unit: Unit,
    pub values: Vec<f64>,
}

/// What a study keeps of one run: its KPIs and main series. A page worker can run one seed,
/// send back this, and let the main thread combine the seeds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    pub scenario_name: String,
    /// The population seed the run used.
    pub seed: u64,
    /// Tier names, entry tier first (`share_in_tier_k` is the k-th).
    pub tier_names: Vec<String>,
    /// Calendar months of the series, "2026-01" first.
    pub months: Vec<String>,
    pub kpis: Vec<Kpi>,
    pub series: Vec<Series>,
    /// Why the run stopped before its end: then no KPI has a value and there are no series.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped: Option<RunStop>,
}

/// Runs a (validated) scenario, counterfactuals included, and keeps its KPIs and series.
pub fn run_summary(scenario: &Scenario) -> RunSummary {
    summarise(&simulate(scenario), scenario.horizon.seed)
}

/// The KPIs and series of a run made with population seed `seed` (a run that stopped
/// before its end has none: its KPIs are named, without values).
pub fn summarise(results: &Results, seed: u64) -> RunSummary {
    let mut kpis = kpis(results);
    if results.stopped.is_some() {
        for kpi in &mut kpis {
            kpi.value = None;
        }
    }
    RunSummary {
        scenario_name: results.scenario_name.clone(),
        seed,
        tier_names: results.tier_names.clone(),
        months: results.months.iter().map(|r| r.label.clone()).collect(),
        kpis,
        series: main_series(&results.months),
        stopped: results.stopped,
    }
}

/// The scenario's tier names, entry tier first: what `share_in_tier_k` is called.
pub fn tier_names(scenario: &Scenario) -> Vec<String> {
    scenario
        .tiers
        .levels
        .iter()
        .map(|t| t.name.clone())
        .collect()
}

/// The name of the share of members in tier `k` (0 = entry tier).
pub fn tier_share_name(k: usize) -> String {
    format!("share_in_tier_{k}")
}

/// Members in each tier as shares of all members enrolled so far (0 for no members).
pub fn tier_shares(members_per_tier: &[u64]) -> Vec<f64> {
    let all: u64 = members_per_tier.iter().sum();
    members_per_tier
        .iter()
        .map(|n| {
            if all == 0 {
                0.0
            } else {
                *n as f64 / all as f64
            }
        })
        .collect()
}

/// The value of the KPI named `name`, if the list has it and it exists.
pub fn kpi_value(kpis: &[Kpi], name: &str) -> Option<f64> {
    kpis.iter().find(|k| k.name == name).and_then(|k| k.value)
}

/// The names and units of the KPIs of a programme with `tiers` tiers, in the order
/// [`kpis`] lists them (what a tornado or a table can be asked for).
pub fn kpi_names(tiers: usize) -> Vec<(String, Unit)> {
    let mut empty = Results::default();
    empty.totals.members_per_tier_at_end = vec![0; tiers];
    kpis(&empty)
        .into_iter()
        .map(|kpi| (kpi.name, kpi.unit))
        .collect()
}

/// The KPIs, in the order a manager reads them: members, tiers, points, money.
pub fn kpis(results: &Results) -> Vec<Kpi> {
    let t = &results.totals;
    let kpi = |name: &str, unit, value| Kpi {
        name: name.to_string(),
        unit,
        value,
    };
    let count = |n: u64| Some(n as f64);
    let money = |m: Money| Some(m.units());
    let mut kpis = vec![
        kpi("active_members_at_end", Unit::Count, count(t.active_at_end)),
        kpi("retention_at_end", Unit::Share, Some(t.retention_at_end)),
    ];
    for (k, share) in tier_shares(&t.members_per_tier_at_end)
        .into_iter()
        .enumerate()
    {
        kpis.push(kpi(&tier_share_name(k), Unit::Share, Some(share)));
    }
    kpis.extend([
        kpi("upgrades", Unit::Count, count(t.upgrades)),
        kpi("downgrades", Unit::Count, count(t.downgrades)),
        kpi(
            "points_outstanding_at_end",
            Unit::Points,
            count(t.points_outstanding_at_end),
        ),
        kpi("liability_at_end", Unit::Money, money(t.liability_at_end)),
        kpi(
            "breakage_rate",
            Unit::Share,
            results.runoff.ultimate_breakage_rate,
        ),
        kpi("revenue", Unit::Money, money(t.revenue)),
        kpi("programme_cost", Unit::Money, money(t.programme_cost)),
        kpi("incremental_sales", Unit::Money, money(t.incremental_sales)),
        kpi(
            "incremental_profit",
            Unit::Money,
            money(t.incremental_profit),
        ),
        kpi("roi", Unit::Ratio, t.roi),
    ]);
    kpis
}

/// The series the charts overlay and band: active members, revenue, programme cost,
/// liability, and each tier's share of members.
pub fn main_series(months: &[MonthRow]) -> Vec<Series> {
    let series = |name: &str, unit, value: fn(&MonthRow) -> f64| Series {
        name: name.to_string(),
        unit,
        values: months.iter().map(value).collect(),
    };
    let mut all = vec![
        series("active_members", Unit::Count, |r| r.active as f64),
        series("revenue", Unit::Money, |r| r.revenue.units()),
        series("programme_cost", Unit::Money, |r| r.programme_cost.units()),
        series("liability", Unit::Money, |r| r.liability.units()),
    ];
    let tiers = months.first().map_or(0, |r| r.tiers.len());
    let shares: Vec<Vec<f64>> = months.iter().map(|r| tier_shares(&r.tiers)).collect();
    for k in 0..tiers {
        all.push(Series {
            name: tier_share_name(k),
            unit: Unit::Share,
            values: shares
                .iter()
                .map(|s| s.get(k).copied().unwrap_or(0.0))
                .collect(),
        });
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{study_labels, Lang};

    #[test]
    fn every_kpi_has_a_name_in_both_languages() {
        let tiers = ["Member".to_string(), "Gold".to_string(), "金卡".to_string()];
        for lang in [Lang::En, Lang::ZhCn] {
            for (name, _) in kpi_names(2) {
                assert_ne!(study_labels(lang).kpi(&name, &tiers), name, "{lang:?}");
            }
        }
        assert_eq!(
            study_labels(Lang::En).kpi("share_in_tier_1", &tiers),
            "Share in Gold"
        );
        assert_eq!(
            study_labels(Lang::ZhCn).kpi("share_in_tier_1", &tiers),
            "Gold 占比"
        );
        assert_eq!(
            study_labels(Lang::ZhCn).kpi("share_in_tier_2", &tiers),
            "金卡占比"
        );
    }
}
