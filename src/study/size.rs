//! How large a study may be: at most [`MAX_STUDY_RUNS`] runs, and at most
//! [`MAX_STUDY_MEMBER_MONTHS`] member-months simulated in all. A study is refused before it
//! runs when it would pass either, with the limit in the message: its runs' summaries are
//! all kept until the study combines them (so memory grows with the runs), and its time
//! grows with the member-months (about three million a second on one core).
//!
//! What it is for: [`StudySize`], which each study (and the command line and the page,
//! for the studies they orchestrate themselves: comparisons and replications) works out
//! and checks first. What it is not for: the size of one run, which validation holds to
//! 5,000,000 members and 120 months.

use crate::population::{arrivals, JoinMonth};
use crate::scenario::{grouped, Problem, Scenario, Wording};

/// Most runs one study makes (about 10 KB of summary each).
pub const MAX_STUDY_RUNS: u64 = 20_000;
/// Most member-months one study simulates (about an hour on one core).
pub const MAX_STUDY_MEMBER_MONTHS: u64 = 10_000_000_000;

/// The runs and member-months a study would simulate.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StudySize {
    pub runs: u64,
    /// Members × the months each is simulated (from the month they join, warm-up
    /// included), summed over every engine run.
    pub member_months: f64,
}

impl StudySize {
    /// `runs` runs of `scenario` as a planner's run makes them: with the run under no
    /// programme and the run without each campaign.
    pub fn full_runs(scenario: &Scenario, runs: u64) -> StudySize {
        let engine_runs = 2.0 + scenario.campaigns.len() as f64;
        StudySize {
            runs,
            member_months: runs as f64 * engine_runs * one_run(scenario),
        }
    }

    /// `runs` engine runs of `scenario` alone (what a goal-seek makes).
    pub fn engine_runs(scenario: &Scenario, runs: u64) -> StudySize {
        StudySize {
            runs,
            member_months: runs as f64 * one_run(scenario),
        }
    }

    /// `runs` runs of each of `scenarios`.
    pub fn of_each(scenarios: &[Scenario], runs: u64) -> StudySize {
        scenarios
            .iter()
            .map(|s| StudySize::full_runs(s, runs))
            .fold(StudySize::default(), |all, one| StudySize {
                runs: all.runs.saturating_add(one.runs),
                member_months: all.member_months + one.member_months,
            })
    }

    /// The study within the limits, or the problem (at `path`) saying which it passes.
    pub fn check(self, path: &str, w: Wording) -> Result<(), Problem> {
        let message = if self.runs > MAX_STUDY_RUNS {
            let (runs, most) = (grouped(self.runs), grouped(MAX_STUDY_RUNS));
            w.say(
                format!("this study would make {runs} runs; a study makes at most {most}: use fewer runs, steps or scenarios"),
                format!("该分析需运行 {runs} 次；一次分析最多运行 {most} 次：请减少运行次数、步数或方案数"),
            )
        } else if self.member_months.is_nan() || self.member_months > MAX_STUDY_MEMBER_MONTHS as f64
        {
            let size = if self.member_months < 1e18 {
                grouped(self.member_months as u64)
            } else {
                format!("{:.1e}", self.member_months)
            };
            let most = grouped(MAX_STUDY_MEMBER_MONTHS);
            w.say(
                format!("this study would simulate {size} member-months (members × months over all its runs, counterfactual runs included); a study simulates at most {most}: use fewer runs, steps or scenarios, or fewer members or months"),
                format!("该分析需模拟 {size} 个会员月（所有运行的会员数 × 月数，含反事实运行）；一次分析最多模拟 {most} 个会员月：请减少运行次数、步数或方案数，或减少会员数、月数"),
            )
        } else {
            return Ok(());
        };
        Err(Problem {
            path: path.to_string(),
            message,
        })
    }
}

/// Member-months of one engine run of `scenario`: each planned member from the month they
/// join to the end of the horizon, those who join during warm-up over all of it (an upper
/// bound: each joins in one of its months).
fn one_run(scenario: &Scenario) -> f64 {
    let months = f64::from(scenario.horizon.months);
    arrivals(scenario)
        .iter()
        .map(|run| {
            let lived = match run.join {
                JoinMonth::At(month) => months - f64::from(month),
                JoinMonth::DuringWarmup { months: warmup } => f64::from(warmup) + months,
            };
            run.count as f64 * lived
        })
        .sum()
}
