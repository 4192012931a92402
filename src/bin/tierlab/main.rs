//! `tierlab`: the command line over the library. It reads files, calls the core and prints;
//! nothing else.
//!
//! ```text
//! tierlab run SCENARIO.json [--format json|csv] [--seed S]
//! tierlab validate SCENARIO.json [--lang en|zh-CN]
//! tierlab presets
//! tierlab preset NAME
//! tierlab digest SCENARIO.json
//! tierlab fit TRANSACTIONS.csv [--cutoff YYYY-MM-DD] [--format json|csv] [--lang en|zh-CN]
//! tierlab compare A.json B.json [...] [--format json|csv] [--runs R]
//! tierlab sweep SCENARIO.json --param PATH --from X --to Y --steps N [--format json|csv]
//! tierlab replicate SCENARIO.json [--runs R] [--format json|csv]
//! ```

mod fit;
mod study;

use std::io::{ErrorKind, Write};
use std::process::ExitCode;

use tierlab::digest::results_digest;
use tierlab::metrics::{simulate, Results};
use tierlab::scenario::{parse_in, preset, preset_names, Problem, Wording};
use tierlab::words::Lang;

const USAGE: &str = "usage:
  tierlab run SCENARIO.json [--format json|csv] [--seed S]
  tierlab validate SCENARIO.json [--lang en|zh-CN]
  tierlab presets
  tierlab preset NAME
  tierlab digest SCENARIO.json
  tierlab fit TRANSACTIONS.csv [--cutoff YYYY-MM-DD] [--format json|csv] [--lang en|zh-CN]
      [--customer-column N|NAME] [--date-column N|NAME] [--amount-column N|NAME]
  tierlab compare A.json B.json [...] [--format json|csv] [--runs R]
  tierlab sweep SCENARIO.json --param PATH --from X --to Y --steps N [--format json|csv]
  tierlab replicate SCENARIO.json [--runs R] [--format json|csv]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match dispatch(&args) {
        Ok(out) => print_output(&out),
        Err(message) => {
            say(&message);
            ExitCode::FAILURE
        }
    }
}

/// Writes the command's output through one locked handle on standard output. A reader that
/// stopped reading (`tierlab run x.json | head`) ends the command quietly with success, as
/// ripgrep does: the reader took what it wanted, and a script under `set -o pipefail` does
/// not fail because of it. Any other failure (`> /dev/full`: the disk is full) is one line
/// on standard error and exit 1 — never a panic.
fn print_output(out: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            say(&format!("tierlab: cannot write the output: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// A message on standard error; if even that cannot be written, there is no one to tell.
fn say(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}

fn dispatch(args: &[String]) -> Result<String, String> {
    match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("validate") => validate(&args[1..]),
        Some("fit") => fit::run(&args[1..]),
        Some("compare") => study::compare(&args[1..]),
        Some("sweep") => study::sweep(&args[1..]),
        Some("replicate") => study::replicate(&args[1..]),
        Some("digest") => {
            let scenario = read_scenario(&args[1..])?.map_err(|p| problems_text(&p))?;
            Ok(results_digest(&simulate_checked(&scenario)?) + "\n")
        }
        Some("presets") => Ok(preset_names()
            .into_iter()
            .filter_map(|id| preset(id).map(|s| format!("{id}\t{}\n", s.name)))
            .collect()),
        Some("preset") => {
            let name = args.get(1).ok_or(USAGE)?;
            let scenario = preset(name).ok_or_else(|| format!("no preset named {name}"))?;
            pretty(&scenario)
        }
        _ => Err(USAGE.into()),
    }
}

/// The value after `--flag`, if given.
fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn read_scenario(
    args: &[String],
) -> Result<Result<tierlab::scenario::Scenario, Vec<Problem>>, String> {
    read_scenario_in(args, Wording::PLAIN)
}

/// As `read_scenario`, its problems worded for the reader (the file's own numbers, in the
/// reader's language).
fn read_scenario_in(
    args: &[String],
    wording: Wording,
) -> Result<Result<tierlab::scenario::Scenario, Vec<Problem>>, String> {
    let path = args.first().ok_or(USAGE)?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(parse_in(&text, wording))
}

fn problems_text(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}\n", p.path, p.message))
        .collect()
}

fn run(args: &[String]) -> Result<String, String> {
    let mut scenario = read_scenario(args)?.map_err(|p| problems_text(&p))?;
    if let Some(seed) = flag(args, "--seed") {
        scenario.horizon.seed = seed
            .parse()
            .map_err(|_| format!("--seed {seed}: expected a whole number"))?;
    }
    let results = simulate_checked(&scenario)?;
    match flag(args, "--format").unwrap_or("json") {
        "json" => pretty(&results),
        "csv" => Ok(tierlab::export::monthly_csv(&results)),
        other => Err(format!("--format {other}: expected json or csv")),
    }
}

/// The results of a run, or the problem that stopped it.
fn simulate_checked(scenario: &tierlab::scenario::Scenario) -> Result<Results, String> {
    let results = simulate(scenario);
    match results.stopped {
        Some(stop) => Err(problems_text(&[stop.problem(Wording::PLAIN)])),
        None => Ok(results),
    }
}

fn validate(args: &[String]) -> Result<String, String> {
    let lang = match flag(args, "--lang") {
        None => Lang::En,
        Some(code @ ("en" | "zh-CN")) => Lang::from_code(code),
        Some(other) => return Err(format!("--lang {other}: expected en or zh-CN")),
    };
    let wording = Wording {
        lang,
        ..Wording::PLAIN
    };
    match read_scenario_in(args, wording)? {
        Ok(_) => Ok("valid\n".into()),
        Err(problems) => Err(problems_text(&problems)),
    }
}

fn pretty(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
}
