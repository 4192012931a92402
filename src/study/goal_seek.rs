//! Goal-seek on the tier ladder: the thresholds that put a target share of members in each
//! tier at a chosen month (e.g. 50 / 30 / 15 / 5%).
//!
//! The share of members at or above tier k falls as tier k's threshold rises, so each
//! threshold can be found on its own, from the top tier down. Where to look comes from one
//! run with the entry tier alone, which gives every member's qualifying growth at the
//! month: if tiers changed nothing, the threshold for "the top 5%" would be the growth of
//! the member at the 95th percentile. Tiers do change behaviour (uplifts, discounts, the
//! goal gradient, downgrades), so each threshold is then refined with real runs: a step to
//! where the error says the answer is (one member's worth of share per member ranked
//! past), inside a bracket halved whenever the step would leave it. A pass over the tiers
//! is repeated (at most three times) while lower tiers' moves shift the upper shares.
//!
//! A tier's share is within one percentage point of its target when the shares at or
//! above it and above the next are each within 0.4 point (the tier's share is their
//! difference). Each tier keeps its keep threshold at the same share of its threshold
//! (`ladder::with_thresholds`).
//! Every run uses the scenario's seed; a target no threshold can give (more members above
//! the entry tier than ever buy in the qualifying window) is reported as missed, with the
//! closest shares found.
//!
//! Not for: the points liability ceiling (`ceiling`), or ladders from the time to the top
//! (`designer`).

use serde::Serialize;

use super::csv_words::CsvWords;
use super::kpi::tier_shares;
use super::ladder::with_thresholds;
use super::size::StudySize;
use super::words::{share, shares};
use crate::csv::{Cell, Table};
use crate::engine::{self, Observer, Plan};
use crate::member::{Member, MonthEvents};
use crate::metrics::monthly_rows;
use crate::scenario::{QualificationBasis, Scenario, Wording};
use crate::words::Lang;

/// How far a share at or above a tier may miss its target while seeking (0.4 point).
const TOLERANCE: f64 = 0.004;
/// How far a tier's own share may miss its target for the seek to count as on target.
pub const ON_TARGET: f64 = 0.01;
/// Passes over the tiers at most.
const MAX_PASSES: u32 = 3;
/// Runs spent on one tier in one pass at most.
const MAX_RUNS_PER_TIER: u32 = 16;

/// The thresholds found and the shares they give.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThresholdSeek {
    /// The month (0-based) whose tier shares were targeted.
    pub month: u32,
    /// Growth thresholds, entry tier (0) first.
    pub thresholds: Vec<u32>,
    /// Keep thresholds, at the same share of each threshold as in the scenario.
    pub keep_thresholds: Vec<u32>,
    /// Target share of members in each tier, entry tier first.
    pub target_shares: Vec<f64>,
    /// The shares the thresholds give at the month.
    pub achieved_shares: Vec<f64>,
    /// Whether every tier's share is within one percentage point of its target.
    pub on_target: bool,
    /// Whether each tier's share is (entry tier first), as the page marks them.
    pub tiers_on_target: Vec<bool>,
    /// Engine runs spent.
    pub runs: u32,
}

/// Finds the thresholds of a (validated) scenario that give `target_shares` (one per tier,
/// entry tier first, adding up to 1) at `month` (0-based, within the horizon); or why not,
/// in `wording`'s words.
pub fn seek_thresholds(
    scenario: &Scenario,
    month: u32,
    target_shares: &[f64],
    wording: Wording,
) -> Result<ThresholdSeek, String> {
    let tiers = scenario.tiers.levels.len();
    if target_shares.len() != tiers {
        let given = target_shares.len();
        return Err(wording.say(
            format!("{given} target shares for {tiers} tiers"),
            format!("给出了 {given} 个目标占比，但方案有 {tiers} 个等级"),
        ));
    }
    let total: f64 = target_shares.iter().sum();
    if target_shares.iter().any(|s| !(0.0..=1.0).contains(s)) || (total - 1.0).abs() > 1e-6 {
        let (given, one, all) = (
            shares(wording, target_shares),
            share(wording, 1.0),
            share(wording, total),
        );
        return Err(wording.say(
            format!("target shares {given} must each be 0–{one} and add up to {one} (they add up to {all})"),
            format!("目标占比 {given} 须各在 0 到 {one} 之间且合计 {one}（当前合计 {all}）"),
        ));
    }
    if month >= scenario.horizon.months {
        let last = scenario.horizon.months.saturating_sub(1);
        return Err(wording.say(
            format!("month {month} is past the horizon's last month {last}"),
            format!("第 {month} 月超出了模拟期的最后一个月（第 {last} 月）"),
        ));
    }
    // At most: the growth at the month, then each pass's runs for every tier and its check.
    let most_runs = 2 + u64::from(MAX_PASSES) * (tiers as u64 * u64::from(MAX_RUNS_PER_TIER) + 1);
    StudySize::engine_runs(scenario, most_runs)
        .check("", wording)
        .map_err(|problem| problem.message)?;
    let mut seeker = Seeker {
        scenario,
        month,
        wording,
        growth: qualifying_growth_at(scenario, month),
        at_or_above: (0..tiers)
            .map(|k| target_shares.iter().skip(k).sum())
            .collect(),
        runs: 1,
    };
    let mut thresholds = seeker.first_guess(tiers);
    let mut shares = seeker.shares(&thresholds)?;
    for _ in 0..MAX_PASSES {
        if seeker.on_target(&shares, TOLERANCE) {
            break;
        }
        for k in (1..tiers).rev() {
            seeker.seek_tier(k, &mut thresholds)?;
        }
        shares = seeker.shares(&thresholds)?;
    }
    let keep_thresholds = with_thresholds(scenario, &thresholds, wording)?
        .tiers
        .levels
        .iter()
        .map(|t| t.keep_threshold)
        .collect();
    let tiers_on_target: Vec<bool> = shares
        .iter()
        .zip(target_shares)
        .map(|(a, t)| (a - t).abs() <= ON_TARGET + 1e-12)
        .collect();
    Ok(ThresholdSeek {
        month,
        thresholds,
        keep_thresholds,
        target_shares: target_shares.to_vec(),
        achieved_shares: shares,
        on_target: tiers_on_target.iter().all(|on| *on),
        tiers_on_target,
        runs: seeker.runs,
    })
}

struct Seeker<'a> {
    scenario: &'a Scenario,
    month: u32,
    wording: Wording,
    /// Members' qualifying growth at the month with the entry tier alone, ascending.
    growth: Vec<u64>,
    /// Target share at or above each tier.
    at_or_above: Vec<f64>,
    runs: u32,
}

impl Seeker<'_> {
    /// Thresholds at the quantiles of qualifying growth, raised where needed to rise.
    fn first_guess(&self, tiers: usize) -> Vec<u32> {
        let mut thresholds = vec![0u32; tiers];
        for k in 1..tiers {
            let target = self.at_or_above.get(k).copied().unwrap_or(0.0);
            let n = self.growth.len();
            let rank = n.saturating_sub((target * n as f64).round() as usize);
            let below = thresholds.get(k - 1).copied().unwrap_or(0);
            if let Some(t) = thresholds.get_mut(k) {
                *t = self.at_rank(rank).max(below + 1);
            }
        }
        thresholds
    }

    /// The growth of the member at `rank` (ascending), or one past the highest.
    fn at_rank(&self, rank: usize) -> u32 {
        let growth = match self.growth.get(rank) {
            Some(g) => *g,
            None => self.growth.last().map_or(0, |g| g + 1),
        };
        u32::try_from(growth).unwrap_or(u32::MAX)
    }

    /// Tier shares at the month under these thresholds.
    fn shares(&mut self, thresholds: &[u32]) -> Result<Vec<f64>, String> {
        let scenario = with_thresholds(self.scenario, thresholds, self.wording)?;
        self.runs += 1;
        let rows = monthly_rows(Plan::new(&scenario), &mut |_| {});
        let row = rows.get(self.month as usize).ok_or_else(|| {
            self.wording
                .say("the month did not run", "所选月份没有运行")
        })?;
        Ok(tier_shares(&row.tiers))
    }

    fn on_target(&self, shares: &[f64], tolerance: f64) -> bool {
        (1..shares.len()).all(|k| (above(shares, k) - self.target(k)).abs() <= tolerance)
    }

    fn target(&self, k: usize) -> f64 {
        self.at_or_above.get(k).copied().unwrap_or(0.0)
    }

    /// Moves tier k's threshold (squeezing lower tiers' under it) until the share at or
    /// above tier k is on target, the bracket closes, or the runs run out; keeps the best.
    fn seek_tier(&mut self, k: usize, thresholds: &mut Vec<u32>) -> Result<(), String> {
        let n = self.growth.len();
        let target = self.target(k);
        let lowest = k as u32;
        let highest = thresholds
            .get(k + 1)
            .map_or(u32::MAX, |t| t.saturating_sub(1))
            .max(lowest);
        let (mut low_rank, mut high_rank) = (0usize, n);
        let current = thresholds.get(k).copied().unwrap_or(lowest);
        let mut rank = self.growth.partition_point(|g| *g < u64::from(current));
        let mut best: Option<(f64, Vec<u32>)> = None;
        for _ in 0..MAX_RUNS_PER_TIER {
            let threshold = self.at_rank(rank).max(lowest).min(highest);
            let candidate = squeezed(thresholds, k, threshold);
            let error = above(&self.shares(&candidate)?, k) - target;
            if best.as_ref().is_none_or(|(e, _)| error.abs() < *e) {
                best = Some((error.abs(), candidate));
            }
            let t = u64::from(threshold);
            if error.abs() <= TOLERANCE {
                break;
            }
            if error > 0.0 {
                // Too many at or above: the answer is past every member at this growth.
                low_rank = low_rank.max(self.growth.partition_point(|g| *g <= t));
                if threshold == highest {
                    break;
                }
            } else {
                let below = self.growth.partition_point(|g| *g < t);
                if below == 0 || threshold == lowest {
                    break;
                }
                high_rank = high_rank.min(below - 1);
            }
            if low_rank > high_rank {
                break;
            }
            let step = rank as f64 + error * n as f64;
            rank = if step >= low_rank as f64 && step <= high_rank as f64 {
                step.round() as usize
            } else {
                low_rank + (high_rank - low_rank) / 2
            };
        }
        if let Some((_, found)) = best {
            *thresholds = found;
        }
        Ok(())
    }
}

/// Thresholds with tier k's set and every lower tier's kept under the one above it.
fn squeezed(thresholds: &[u32], k: usize, threshold: u32) -> Vec<u32> {
    let mut out = thresholds.to_vec();
    if let Some(t) = out.get_mut(k) {
        *t = threshold;
    }
    for j in (1..k).rev() {
        let above = out.get(j + 1).copied().unwrap_or(u32::MAX);
        if let Some(t) = out.get_mut(j) {
            *t = (*t).min(above.saturating_sub(1));
        }
    }
    out
}

/// The share of members at or above tier k.
fn above(shares: &[f64], k: usize) -> f64 {
    shares.iter().skip(k).sum()
}

/// Every member's qualifying growth at `month` with the entry tier alone, ascending.
fn qualifying_growth_at(scenario: &Scenario, month: u32) -> Vec<u64> {
    let mut entry_only = scenario.clone();
    entry_only.tiers.levels.truncate(1);
    let plan = Plan::new(&entry_only);
    let mut observer = GrowthAt {
        month,
        basis: scenario.tiers.basis,
        growth: Vec::new(),
    };
    engine::run(&plan, &mut observer, &mut |_| {});
    observer.growth.sort_unstable();
    observer.growth
}

/// Notes each member's qualifying growth at one month.
struct GrowthAt {
    month: u32,
    basis: QualificationBasis,
    growth: Vec<u64>,
}

impl Observer for GrowthAt {
    fn observe(&mut self, month: u32, member: &Member, _events: &MonthEvents) {
        if month == self.month {
            self.growth
                .push(member.standing.qualifying_growth(self.basis));
        }
    }

    fn wants_runoff(&self) -> bool {
        false
    }
}

impl ThresholdSeek {
    /// The ladder as CSV, entry tier first:
    /// `tier,threshold,keep_threshold,target_share,achieved_share`.
    pub fn to_csv(&self) -> String {
        self.table(None)
    }

    /// The same lines for a planner reading in `lang` (the page's download): the headers in
    /// that language and each tier by its name (`tier_names`, entry tier first).
    pub fn to_csv_in(&self, lang: Lang, tier_names: &[String]) -> String {
        self.table(Some(&CsvWords::new(lang, tier_names)))
    }

    fn table(&self, words: Option<&CsvWords>) -> String {
        let mut table = Table::new(match words {
            None => [
                "tier",
                "threshold",
                "keep_threshold",
                "target_share",
                "achieved_share",
            ],
            Some(w) => [
                w.say("Tier", "等级"),
                w.say("Threshold", "门槛"),
                w.say("Growth to keep the tier", "保级成长值"),
                w.say("Target share (0–1)", "目标占比（0–1）"),
                w.say("Achieved share (0–1)", "达成占比（0–1）"),
            ],
        });
        for (k, threshold) in self.thresholds.iter().enumerate() {
            table.row([
                words.map_or_else(|| Cell::number(k), |w| Cell::text(w.tier(k))),
                Cell::number(*threshold),
                Cell::number(self.keep_thresholds.get(k).copied()),
                Cell::number(self.target_shares.get(k).copied()),
                Cell::number(self.achieved_shares.get(k).copied()),
            ]);
        }
        table.finish()
    }
}
