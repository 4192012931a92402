//! `tierlab compare`, `tierlab sweep` and `tierlab replicate`: read the scenario files, run
//! the studies of `tierlab::study` (seeds spread over the machine's cores) and return the
//! report as pretty JSON or CSV. Nothing else.
//!
//! ```text
//! tierlab compare A.json B.json [...] [--format json|csv] [--runs R]
//! tierlab sweep SCENARIO.json --param PATH --from X --to Y --steps N [--format json|csv]
//! tierlab replicate SCENARIO.json [--runs R] [--format json|csv]
//! ```

use std::str::FromStr;

use tierlab::scenario::{Scenario, Wording};
use tierlab::study::{
    align_seeds, compare_runs, replicated_comparison_of, replication_of, run_summary, seeded,
    seeds, sweep as sweep_parameter, RunSummary, StudySize, DEFAULT_RUNS,
};

const COMPARE: &str = "usage: tierlab compare A.json B.json [...] [--format json|csv] [--runs R]";
const SWEEP: &str = "usage: tierlab sweep SCENARIO.json --param PATH --from X --to Y --steps N \
[--format json|csv]";
const REPLICATE: &str = "usage: tierlab replicate SCENARIO.json [--runs R] [--format json|csv]";

/// Most seeds a replication runs from the command line.
const MAX_RUNS: u32 = 10_000;

/// `tierlab compare`: each scenario's KPIs and their differences from A, all run with A's
/// seed; with `--runs R`, under R seeds with intervals on the differences, paired by seed.
pub fn compare(args: &[String]) -> Result<String, String> {
    let options = Options::read(args, &["--format", "--runs"], COMPARE)?;
    if options.files.len() < 2 {
        return Err(COMPARE.into());
    }
    let scenarios = options
        .files
        .iter()
        .map(|path| read(path))
        .collect::<Result<Vec<_>, _>>()?;
    let (aligned, fairness) = align_seeds(&scenarios);
    let format = options.format()?;
    let runs = options.runs()?;
    within_limits(StudySize::of_each(&aligned, runs.map_or(1, u64::from)))?;
    match runs {
        None => {
            let comparison = compare_runs(&run_all(&aligned)?, fairness);
            output(&comparison, format, || comparison.to_csv())
        }
        Some(runs) => {
            let per_scenario: Vec<Scenario> = aligned
                .iter()
                .flat_map(|s| seeds(s, runs).into_iter().map(|seed| seeded(s, seed)))
                .collect();
            let all = run_all(&per_scenario)?;
            let groups: Vec<Vec<RunSummary>> = all
                .chunks(runs as usize)
                .map(<[RunSummary]>::to_vec)
                .collect();
            let replicated = replicated_comparison_of(&groups, fairness);
            output(&replicated, format, || replicated.to_csv())
        }
    }
}

/// `tierlab sweep`: the KPIs at each of N evenly spaced values of one parameter.
pub fn sweep(args: &[String]) -> Result<String, String> {
    let options = Options::read(
        args,
        &["--param", "--from", "--to", "--steps", "--format"],
        SWEEP,
    )?;
    let [path] = options.files.as_slice() else {
        return Err(SWEEP.into());
    };
    let scenario = read(path)?;
    let parameter = options.get("--param").ok_or(SWEEP)?;
    let from: f64 = options.number("--from")?.ok_or(SWEEP)?;
    let to: f64 = options.number("--to")?.ok_or(SWEEP)?;
    let steps: u32 = options.number("--steps")?.ok_or(SWEEP)?;
    let format = options.format()?;
    let result = sweep_parameter(&scenario, parameter, from, to, steps, Wording::PLAIN)
        .map_err(|p| p.to_string())?;
    output(&result, format, || result.to_csv())
}

/// `tierlab replicate`: the scenario under R seeds (20 unless told), with P10–P90 bands per
/// month and an interval per KPI.
pub fn replicate(args: &[String]) -> Result<String, String> {
    let options = Options::read(args, &["--format", "--runs"], REPLICATE)?;
    let [path] = options.files.as_slice() else {
        return Err(REPLICATE.into());
    };
    let scenario = read(path)?;
    let runs = options.runs()?.unwrap_or(DEFAULT_RUNS);
    let format = options.format()?;
    within_limits(StudySize::full_runs(&scenario, u64::from(runs)))?;
    let jobs: Vec<Scenario> = seeds(&scenario, runs)
        .into_iter()
        .map(|seed| seeded(&scenario, seed))
        .collect();
    let replication = replication_of(&run_all(&jobs)?);
    output(&replication, format, || replication.to_csv())
}

/// The file names and `--option value` pairs of a command line.
struct Options<'a> {
    files: Vec<&'a str>,
    values: Vec<(&'a str, &'a str)>,
}

impl<'a> Options<'a> {
    /// Reads the arguments after the command; refuses options not in `allowed`.
    fn read(args: &'a [String], allowed: &[&str], usage: &str) -> Result<Self, String> {
        let mut options = Options {
            files: Vec::new(),
            values: Vec::new(),
        };
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if !arg.starts_with("--") {
                options.files.push(arg);
                continue;
            }
            if !allowed.contains(&arg.as_str()) {
                return Err(format!("unknown option {arg}\n{usage}"));
            }
            let value = rest
                .next()
                .ok_or_else(|| format!("{arg} needs a value\n{usage}"))?;
            options.values.push((arg, value));
        }
        Ok(options)
    }

    fn get(&self, name: &str) -> Option<&'a str> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
    }

    fn number<T: FromStr>(&self, name: &str) -> Result<Option<T>, String> {
        self.get(name)
            .map(|text| {
                text.parse()
                    .map_err(|_| format!("{name} {text}: expected a number"))
            })
            .transpose()
    }

    fn runs(&self) -> Result<Option<u32>, String> {
        match self.number::<u32>("--runs")? {
            Some(runs) if !(1..=MAX_RUNS).contains(&runs) => {
                Err(format!("--runs {runs}: expected 1 to {MAX_RUNS} seeds"))
            }
            runs => Ok(runs),
        }
    }

    fn format(&self) -> Result<Format, String> {
        match self.get("--format").unwrap_or("json") {
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            other => Err(format!("--format {other}: expected json or csv")),
        }
    }
}

#[derive(Clone, Copy)]
enum Format {
    Json,
    Csv,
}

fn output(
    report: &impl serde::Serialize,
    format: Format,
    csv: impl FnOnce() -> String,
) -> Result<String, String> {
    match format {
        Format::Json => super::pretty(report),
        Format::Csv => Ok(csv()),
    }
}

/// A scenario file, or its problems each prefixed with the file's name.
fn read(path: &str) -> Result<Scenario, String> {
    super::read_scenario(&[path.to_string()])?.map_err(|problems| {
        super::problems_text(&problems)
            .lines()
            .map(|line| format!("{path}: {line}\n"))
            .collect()
    })
}

/// The study, refused before it runs if it is larger than a study may be.
fn within_limits(size: StudySize) -> Result<(), String> {
    size.check("", Wording::PLAIN)
        .map_err(|problem| problem.message)
}

/// Runs every scenario (with its counterfactuals) on all the machine's cores; the summaries
/// come back in the scenarios' order, or the problem of the first run that stopped.
fn run_all(scenarios: &[Scenario]) -> Result<Vec<RunSummary>, String> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, scenarios.len().max(1));
    let mut done: Vec<Option<RunSummary>> = vec![None; scenarios.len()];
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                scope.spawn(move || {
                    scenarios
                        .iter()
                        .enumerate()
                        .skip(worker)
                        .step_by(workers)
                        .map(|(i, s)| (i, run_summary(s)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            let finished = handle.join().map_err(|_| "a run failed".to_string())?;
            for (i, summary) in finished {
                if let Some(slot) = done.get_mut(i) {
                    *slot = Some(summary);
                }
            }
        }
        Ok::<(), String>(())
    })?;
    let done: Vec<RunSummary> = done.into_iter().flatten().collect();
    match done
        .iter()
        .find_map(|summary| summary.stopped.map(|s| (summary, s)))
    {
        Some((summary, stop)) => Err(format!(
            "{} (seed {}): {}",
            summary.scenario_name,
            summary.seed,
            stop.problem(Wording::PLAIN)
        )),
        None => Ok(done),
    }
}
