//! Issue 15's yardstick: one native pass of the plain model (`tests/bench/plain_model.json`:
//! BG/NBD purchases, Gamma-Gamma spend, tiers by growth with a yearly review, points with
//! expiry) against the same model in vectorised numpy (`tests/bench/plain_model.py`), run
//! one after the other on the same machine, with headline figures of both side by side.
//!
//! Not for: the page's workloads (main.rs).

use tierlab::behaviour::BehaviourModel;
use tierlab::calendar::DAYS_PER_MONTH;
use tierlab::engine::{self, Plan};
use tierlab::metrics::{Collector, MonthRow};
use tierlab::scenario::{parse, validate, Problem, Scenario};

use crate::measure::{load_average, thousands, timed};

/// The numpy version of the plain model. It runs under the interpreter `TIERLAB_PYTHON`
/// names (`python3` if unset; `tests/tasks.sh bench` names one with numpy installed).
const PLAIN_MODEL_NUMPY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bench/plain_model.py");

/// Issue 15's target: one native pass at least this many times as fast as the numpy version.
const PLAIN_MODEL_TARGET: f64 = 4.0;

/// `bench --plain-model SCENARIO DIR [MEMBERS]`: one native pass of the plain model (the
/// monthly rows; no run-off of the points after the horizon, since the numpy version does
/// none), timed in processor time like the rest of this file; then the numpy version of the
/// same model on the same scenario, right after; then the two times, their ratio and
/// headline figures of both side by side. The scenario as read (every default written out)
/// goes to DIR, and the numpy version reads it from there. MEMBERS replaces the scenario's
/// starting members (for a quicker try).
pub fn against_numpy(args: &[String]) -> Result<(), String> {
    let [path, dir, rest @ ..] = args else {
        return Err("usage: bench --plain-model SCENARIO DIR [MEMBERS]".into());
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut scenario = parse(&text).map_err(|problems| described(path, &problems))?;
    if let Some(n) = rest.first() {
        scenario.population.starting_members = n
            .parse()
            .map_err(|_| format!("{n}: expected a number of members"))?;
    }
    let problems = validate(&scenario);
    if !problems.is_empty() {
        return Err(described(path, &problems));
    }
    let members = scenario.population.starting_members;
    let months = scenario.horizon.months;
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {dir}: {e}"))?;
    let file = format!("{dir}/plain-model-{members}.json");
    let json = serde_json::to_string(&scenario).map_err(|e| e.to_string())?;
    std::fs::write(&file, json).map_err(|e| format!("cannot write {file}: {e}"))?;

    let plan = Plan::new(&scenario);
    let (native, rows) = timed(|| {
        let mut collector = Collector::new(&plan, false);
        engine::run(&plan, &mut collector, &mut |_| {});
        collector.into_rows()
    });
    let numpy = run_numpy(&file)?;
    let numpy_seconds = numpy_figure(&numpy, "/seconds_process")?;
    let ratio = numpy_seconds / native;
    let verdict = if ratio >= PLAIN_MODEL_TARGET {
        "met"
    } else {
        "missed"
    };
    println!(
        "plain model, {} members × {months} months: native one pass {native:.2} s, \
         numpy {numpy_seconds:.2} s, ratio numpy/native = {ratio:.2} \
         (target ≥ {PLAIN_MODEL_TARGET}×): {verdict}",
        thousands(u64::from(members))
    );
    println!(
        "  processor time of each; numpy {} took {:.2} s by the wall clock (load average {})",
        numpy["numpy"].as_str().unwrap_or("?"),
        numpy_figure(&numpy, "/seconds_wall")?,
        load_average()
    );
    print_side_by_side(&scenario, &rows, &numpy)
}

fn described(path: &str, problems: &[Problem]) -> String {
    let all: Vec<String> = problems.iter().map(|p| format!("{path}: {p}")).collect();
    all.join("\n")
}

/// Runs the numpy version on `scenario_file` and reads the JSON it prints.
fn run_numpy(scenario_file: &str) -> Result<serde_json::Value, String> {
    let python = std::env::var("TIERLAB_PYTHON").unwrap_or_else(|_| "python3".into());
    let output = std::process::Command::new(&python)
        .arg(PLAIN_MODEL_NUMPY)
        .arg(scenario_file)
        .output()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the numpy version failed ({python} {PLAIN_MODEL_NUMPY}; TIERLAB_PYTHON names a \
             Python with numpy, `bash tests/tasks.sh bench` makes one): {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("the numpy version's output: {e}"))
}

fn numpy_figure(numpy: &serde_json::Value, pointer: &str) -> Result<f64, String> {
    numpy
        .pointer(pointer)
        .and_then(serde_json::Value::as_f64)
        .ok_or_else(|| format!("the numpy version printed no {pointer}"))
}

/// Headline figures of the native pass's monthly rows, per member of the population: the
/// numpy version's name for each, what the table calls it, and its value.
fn native_headline(scenario: &Scenario, rows: &[MonthRow]) -> Vec<(String, String, f64)> {
    let last = rows.last().cloned().unwrap_or_default();
    let members = last.enrolled.max(1) as f64;
    let sum = |f: fn(&MonthRow) -> u64| rows.iter().map(f).sum::<u64>() as f64 / members;
    let share = |count: u64| count as f64 / members;
    let purchases = sum(|r| r.first_purchases + r.repeat_purchases);
    let revenue = rows.iter().map(|r| r.revenue.cents()).sum::<i64>() as f64 / 100.0 / members;
    let figures = [
        ("repeat_purchases_per_member", sum(|r| r.repeat_purchases)),
        ("alive_share_at_end", share(last.alive)),
        ("active_share_at_end", share(last.active)),
        ("spend_per_purchase", revenue / purchases),
        ("points_issued_per_member", sum(|r| r.points_issued)),
        ("points_redeemed_per_member", sum(|r| r.points_redeemed)),
        ("points_expired_per_member", sum(|r| r.points_expired)),
        (
            "points_outstanding_per_member",
            share(last.points_outstanding),
        ),
        ("downgrades_per_member", sum(|r| r.downgrades)),
    ];
    let tiers = scenario.tiers.levels.iter().zip(&last.tiers).enumerate();
    figures
        .into_iter()
        .map(|(key, value)| (key.to_string(), key.replace('_', " "), value))
        .chain(tiers.map(|(i, (tier, count))| {
            let label = format!("share at end in {}", tier.name);
            (format!("tier_{i}_share_at_end"), label, share(*count))
        }))
        .collect()
}

/// The papers' closed form of a headline figure, where there is one: E[X(t)] of the BG/NBD
/// for the repeat purchases (averaged over the join day, uniform within month 0: a member
/// who joins on day d of the month is watched t − d), pγ/(q − 1) of the Gamma-Gamma for the
/// spend per purchase.
fn closed_form(scenario: &Scenario, key: &str) -> Option<f64> {
    let [segment] = scenario.population.segments.as_slice() else {
        return None;
    };
    let model: BehaviourModel = segment.behaviour.model();
    let weeks = f64::from(scenario.horizon.months) * DAYS_PER_MONTH / 7.0;
    match key {
        "repeat_purchases_per_member" => {
            const STEPS: u32 = 200;
            let month_weeks = DAYS_PER_MONTH / 7.0;
            let sum: f64 = (0..STEPS)
                .map(|i| {
                    let joined = (f64::from(i) + 0.5) / f64::from(STEPS) * month_weeks;
                    model.purchases.expected_repeat_purchases(weeks - joined)
                })
                .sum();
            Some(sum / f64::from(STEPS))
        }
        "spend_per_purchase" => Some(model.spend.mean_spend()),
        _ => None,
    }
}

/// The headline figures of both side by side. z is the difference over its standard error,
/// √2 × the numpy figure's (the native figure, from as many members, has about the same):
/// within ±3 is sampling noise.
fn print_side_by_side(
    scenario: &Scenario,
    rows: &[MonthRow],
    numpy: &serde_json::Value,
) -> Result<(), String> {
    println!(
        "  {:<46} {:>11} {:>11} {:>9} {:>6} {:>11}",
        "figure (per member of the population)", "native", "numpy", "± s.e.", "z", "closed form"
    );
    let mut largest_z = 0.0f64;
    for (key, label, native) in native_headline(scenario, rows) {
        let value = numpy_figure(numpy, &format!("/headline/{key}/value"))?;
        let se = numpy_figure(numpy, &format!("/headline/{key}/se"))?;
        let z = (native - value) / (std::f64::consts::SQRT_2 * se);
        if z.is_finite() {
            largest_z = largest_z.max(z.abs());
        }
        let closed = closed_form(scenario, &key).map_or(String::new(), |c| format!("{c:.4}"));
        let label = padded(&label, 46);
        println!("  {label} {native:>11.4} {value:>11.4} {se:>9.4} {z:>6.1} {closed:>11}");
    }
    println!(
        "  largest |z|: {largest_z:.1} (the two are the same model if every |z| is within about 3)"
    );
    Ok(())
}

/// `label` padded with spaces to `columns` terminal columns (Chinese characters take two).
fn padded(label: &str, columns: usize) -> String {
    let taken: usize = label
        .chars()
        .map(|c| if c >= '\u{2E80}' { 2 } else { 1 })
        .sum();
    format!("{label}{}", " ".repeat(columns.saturating_sub(taken)))
}
