//! The threshold designer of seed 004: from how long the most engaged member should take to
//! reach the top tier and how much growth a member can earn in a day, derive each tier's
//! growth threshold.
//!
//! The seed's steps: cap the growth a member can earn per day; choose the time to the top
//! (e.g. 3 years); share that time out between the tiers by an exponential, power or
//! Fibonacci progression; each threshold is then the time to reach the tier × the daily
//! cap. Here the climb from tier k − 1 to tier k takes a share of the time proportional to
//! the progression's k-th term, so each climb is longer than the one below it and the top
//! tiers stand apart (the seeds' "拉开差距"):
//!
//! - exponential with ratio b: climbs in proportion 1, b, b², … (b = 2: 1, 2, 4, 8);
//! - power with exponent e: 1, 2ᵉ, 3ᵉ, … (e = 2: 1, 4, 9, 16);
//! - Fibonacci: 1, 2, 3, 5, 8, … (the sequence without its repeated 1).
//!
//! Thresholds are whole growth, the entry tier's is 0, and each is above the one before
//! (a climb that rounds to nothing is given 1 growth). A year is 365 days.
//!
//! Not for: writing the thresholds into a scenario (`ladder::with_ladder`), or
//! checking how many members they put in each tier (`goal_seek`).

use serde::{Deserialize, Serialize};

use super::csv_words::CsvWords;
use crate::csv::{Cell, Table};
use crate::scenario::{Problem, Wording, MAX_TIERS};
use crate::words::Lang;

/// Days in a year for the designer.
pub const DAYS_PER_YEAR: f64 = 365.0;

/// How the time to the top is shared out between the climbs from tier to tier.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Progression {
    /// Each climb takes `ratio` times as long as the one below (above 1).
    Exponential { ratio: f64 },
    /// The k-th climb takes time in proportion to k^`exponent` (above 0).
    Power { exponent: f64 },
    /// Climbs in proportion to 1, 2, 3, 5, 8, …
    Fibonacci,
}

/// What the planner decides.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LadderDesign {
    /// Years a member earning the daily cap every day takes to reach the top tier.
    pub years_to_top: f64,
    /// Most growth a member can earn in one day.
    pub daily_growth_cap: f64,
    /// Tiers, the entry tier included (1–10).
    pub tiers: usize,
    pub progression: Progression,
}

/// The proposed ladder.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DesignedLadder {
    /// Growth thresholds, entry tier (0) first, strictly rising.
    pub thresholds: Vec<u32>,
    /// Days a member earning the daily cap every day takes to reach each tier.
    pub days_to_reach: Vec<f64>,
}

/// The thresholds the design gives, or why it gives none (with the path of the design's
/// field at fault), in `wording`'s words.
pub fn design(d: &LadderDesign, wording: Wording) -> Result<DesignedLadder, Problem> {
    let (tiers, years, cap) = (d.tiers, d.years_to_top, d.daily_growth_cap);
    if !(1..=MAX_TIERS).contains(&tiers) {
        return Err(problem(
            "tiers",
            wording.say(
                format!("{tiers} tiers: a ladder has 1 to {MAX_TIERS}"),
                format!("当前为 {tiers} 个等级：等级数须在 1 到 {MAX_TIERS} 之间"),
            ),
        ));
    }
    if !(years > 0.0 && years.is_finite()) {
        return Err(problem(
            "years_to_top",
            wording.say(
                format!("{years} years to the top: must be above 0"),
                format!("升到最高等级的年数当前为 {years}，须大于 0"),
            ),
        ));
    }
    if !(cap > 0.0 && cap.is_finite()) {
        return Err(problem(
            "daily_growth_cap",
            wording.say(
                format!("{cap} growth a day: the daily cap must be above 0"),
                format!("每日成长值上限当前为 {cap}，须大于 0"),
            ),
        ));
    }
    let climbs = climbs(d.progression, tiers - 1, wording)?;
    let total: f64 = climbs.iter().sum();
    let days_to_top = d.years_to_top * DAYS_PER_YEAR;
    let mut thresholds = vec![0u32];
    let mut days_to_reach = vec![0.0];
    let mut elapsed = 0.0;
    for climb in climbs {
        elapsed += climb;
        let days = days_to_top * elapsed / total;
        let growth = (days * d.daily_growth_cap).round();
        let below = thresholds.last().copied().unwrap_or(0);
        if growth >= f64::from(u32::MAX) {
            let most = u32::MAX;
            return Err(problem(
                "",
                wording.say(
                    format!(
                        "the top threshold would pass {most}: fewer years or a lower daily cap"
                    ),
                    format!("最高等级的门槛将超过 {most}：请减少年数或降低每日上限"),
                ),
            ));
        }
        thresholds.push((growth as u32).max(below + 1));
        days_to_reach.push(days);
    }
    Ok(DesignedLadder {
        thresholds,
        days_to_reach,
    })
}

/// The progression's first `n` terms: the relative length of each climb.
fn climbs(progression: Progression, n: usize, wording: Wording) -> Result<Vec<f64>, Problem> {
    match progression {
        Progression::Exponential { ratio } if ratio > 1.0 && ratio.is_finite() => {
            Ok((0..n).map(|k| ratio.powi(k as i32)).collect())
        }
        Progression::Exponential { ratio } => Err(problem(
            "progression.ratio",
            wording.say(
                format!(
                    "ratio {ratio}: each climb must be longer than the one below (ratio above 1)"
                ),
                format!("倍数当前为 {ratio}：每一级的爬升须比下一级更久（倍数须大于 1）"),
            ),
        )),
        Progression::Power { exponent } if exponent > 0.0 && exponent.is_finite() => {
            Ok((1..=n).map(|k| (k as f64).powf(exponent)).collect())
        }
        Progression::Power { exponent } => Err(problem(
            "progression.exponent",
            wording.say(
                format!(
                    "exponent {exponent}: each climb must be longer than the one below \
                     (exponent above 0)"
                ),
                format!("指数当前为 {exponent}：每一级的爬升须比下一级更久（指数须大于 0）"),
            ),
        )),
        Progression::Fibonacci => {
            let mut terms = Vec::with_capacity(n);
            let (mut a, mut b) = (1.0, 2.0);
            for _ in 0..n {
                terms.push(a);
                (a, b) = (b, a + b);
            }
            Ok(terms)
        }
    }
}

fn problem(path: &str, message: String) -> Problem {
    Problem {
        path: path.to_string(),
        message,
    }
}

impl DesignedLadder {
    /// The ladder as CSV: `tier,threshold,days_to_reach`, tier 0 (entry) first.
    pub fn to_csv(&self) -> String {
        self.table(None)
    }

    /// The same lines for a planner reading in `lang` (the page's download): the headers in
    /// that language.
    pub fn to_csv_in(&self, lang: Lang) -> String {
        self.table(Some(&CsvWords::new(lang, &[])))
    }

    fn table(&self, words: Option<&CsvWords>) -> String {
        let mut table = Table::new(match words {
            None => ["tier", "threshold", "days_to_reach"],
            Some(w) => [
                w.say("Tier (0 = entry)", "等级（0 = 入门级）"),
                w.say("Threshold", "门槛"),
                w.say("Days to reach at the daily cap", "按每日上限达到所需天数"),
            ],
        });
        for (k, (threshold, days)) in self.thresholds.iter().zip(&self.days_to_reach).enumerate() {
            table.row([
                Cell::number(k),
                Cell::number(*threshold),
                Cell::number(*days),
            ]);
        }
        table.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ladder(tiers: usize, progression: Progression) -> Vec<u32> {
        let plan = LadderDesign {
            years_to_top: 3.0,
            daily_growth_cap: 20.0,
            tiers,
            progression,
        };
        design(&plan, Wording::PLAIN)
            .map(|l| l.thresholds)
            .unwrap_or_default()
    }

    #[test]
    fn the_top_threshold_is_the_years_to_the_top_times_the_daily_cap() {
        // 3 years × 365 days × 20 growth a day = 21,900, whatever the progression.
        for progression in [
            Progression::Exponential { ratio: 2.0 },
            Progression::Power { exponent: 2.0 },
            Progression::Fibonacci,
        ] {
            assert_eq!(ladder(5, progression).last(), Some(&21_900));
        }
    }

    #[test]
    fn an_exponential_progression_doubles_each_climb() {
        // Climbs 1, 2, 4, 8 of 15 shares of 21,900.
        assert_eq!(
            ladder(5, Progression::Exponential { ratio: 2.0 }),
            vec![0, 1_460, 4_380, 10_220, 21_900]
        );
    }

    #[test]
    fn a_power_progression_grows_the_climbs_as_squares() {
        // Climbs 1, 4, 9, 16 of 30 shares: 730, 3,650, 10,220, 21,900.
        assert_eq!(
            ladder(5, Progression::Power { exponent: 2.0 }),
            vec![0, 730, 3_650, 10_220, 21_900]
        );
    }

    #[test]
    fn a_fibonacci_progression_climbs_one_two_three_five() {
        // Climbs 1, 2, 3, 5 of 11 shares: 1,990.9…, 5,972.7…, 11,945.5…, 21,900.
        assert_eq!(
            ladder(5, Progression::Fibonacci),
            vec![0, 1_991, 5_973, 11_945, 21_900]
        );
    }

    #[test]
    fn thresholds_rise_strictly_even_when_a_climb_rounds_to_nothing() {
        let plan = LadderDesign {
            years_to_top: 0.01,
            daily_growth_cap: 1.0,
            tiers: 10,
            progression: Progression::Exponential { ratio: 2.0 },
        };
        let thresholds = design(&plan, Wording::PLAIN)
            .map(|l| l.thresholds)
            .unwrap_or_default();
        assert_eq!(thresholds.len(), 10);
        assert!(thresholds.windows(2).all(|w| w[0] < w[1]), "{thresholds:?}");
    }

    #[test]
    fn one_tier_is_the_entry_tier_alone_and_impossible_designs_are_refused() {
        assert_eq!(ladder(1, Progression::Fibonacci), vec![0]);
        assert!(ladder(11, Progression::Fibonacci).is_empty());
        assert!(ladder(4, Progression::Exponential { ratio: 1.0 }).is_empty());
        assert!(ladder(4, Progression::Power { exponent: 0.0 }).is_empty());
    }

    #[test]
    fn a_refused_design_names_the_field_at_fault() {
        let path = |tiers, progression| {
            let plan = LadderDesign {
                years_to_top: 3.0,
                daily_growth_cap: 20.0,
                tiers,
                progression,
            };
            design(&plan, Wording::PLAIN)
                .err()
                .map(|p| p.path)
                .unwrap_or_default()
        };
        assert_eq!(path(11, Progression::Fibonacci), "tiers");
        assert_eq!(
            path(4, Progression::Exponential { ratio: 1.0 }),
            "progression.ratio"
        );
        assert_eq!(
            path(4, Progression::Power { exponent: -1.0 }),
            "progression.exponent"
        );
    }
}
