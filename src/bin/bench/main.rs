//! `bench`: the native half of the benchmark (`bash tests/tasks.sh bench`). It prints
//! figures; it passes or fails nothing.
//!
//! The workload is the richest preset, the hotel (five tiers, four growth behaviours, three
//! campaigns, referral, points expiring at the end of the next year, 24 warm-up months),
//! with its starting members set to 100,000 and 1,000,000 and no monthly intake, over its
//! 36 months. For each size it times one pass of the engine (the run the planner sees, run-off
//! included) and the page's Run (that pass plus the counterfactual passes: no programme, and
//! one without each campaign; then the charts and the digest), the workloads up to 200k
//! members three times with the median printed. It writes each workload's
//! scenario and native digest to `DIR` so the browser half runs the same scenarios and
//! checks it got the same bytes.
//!
//! ```text
//! bench DIR [MEMBERS ...]      (default sizes: 100000 1000000)
//! bench --plain-model SCENARIO DIR [MEMBERS]
//! ```
//!
//! The second form is issue 15's yardstick (plain_model.rs): one native pass of
//! the plain model (`tests/bench/plain_model.json`) against the same model in vectorised
//! numpy (`tests/bench/plain_model.py`), run one after the other.
//!
//! Not for: pass/fail timing tests (there are none), or anything the product uses.

mod measure;
mod plain_model;

use tierlab::chart::render_all;
use tierlab::digest::results_digest;
use tierlab::engine::{self, memory_use, Plan};
use tierlab::metrics::{simulate, Collector};
use tierlab::scenario::{preset, validate, Scenario};

use measure::{load_average, median_timed, timed};
use tierlab::words::Lang;

/// The workload sizes by default: starting members.
const SIZES: [u32; 2] = [100_000, 1_000_000];

/// Workloads up to this size are timed this many times and the median is printed: on a
/// shared machine one timing of a few seconds can be a fifth off.
const REPEAT_UP_TO: u32 = 200_000;
const REPEATS: usize = 3;

fn workload(members: u32) -> Result<Scenario, String> {
    let mut scenario = preset("hotel").ok_or("no hotel preset")?;
    scenario.name = format!("benchmark: hotel, {members} members");
    scenario.population.starting_members = members;
    scenario.population.new_members_per_month = 0.0;
    let problems = validate(&scenario);
    if let Some(p) = problems.first() {
        return Err(format!(
            "the workload is invalid: {}: {}",
            p.path, p.message
        ));
    }
    Ok(scenario)
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(("--plain-model", rest)) = args.split_first().map(|(f, r)| (f.as_str(), r)) {
        return plain_model::against_numpy(rest);
    }
    let dir = args.first().ok_or("usage: bench DIR [MEMBERS ...]")?;
    let sizes = match args.get(1..).unwrap_or_default() {
        [] => SIZES.to_vec(),
        given => given
            .iter()
            .map(|n| {
                n.parse()
                    .map_err(|_| format!("{n}: expected a number of members"))
            })
            .collect::<Result<_, _>>()?,
    };
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {dir}: {e}"))?;
    println!(
        "native ({} {}; processor time; load average {})",
        std::env::consts::ARCH,
        std::env::consts::OS,
        load_average()
    );
    let mut index = Vec::new();
    let mut state = Vec::new();
    for members in sizes {
        let scenario = workload(members)?;
        let plan = Plan::new(&scenario);
        let times = if members <= REPEAT_UP_TO { REPEATS } else { 1 };
        let (one_pass, member_months) = median_timed(times, || {
            let mut collector = Collector::new(&plan, true);
            engine::run(&plan, &mut collector, &mut |_| {});
            collector.member_months()
        });
        let (all_passes, results) = median_timed(times, || simulate(&scenario));
        let (charts, _) = timed(|| render_all(&results, Lang::En));
        let (digest_time, digest) = timed(|| results_digest(&results));
        let passes = 2 + scenario.campaigns.len();
        let run = all_passes + charts + digest_time;
        let median = if times > 1 {
            format!(", median of {times}")
        } else {
            String::new()
        };
        println!(
            "  {members:>9} members: {member_months} member-months reported; \
             one pass {one_pass:.3} s ({:.1} M member-months/s); \
             Run ({passes} passes) {all_passes:.3} s, + charts {charts:.3} s + digest {digest_time:.3} s = {run:.3} s{median}",
            member_months as f64 / one_pass / 1e6
        );
        let memory = memory_use(&scenario);
        let referred: u64 = results.months.iter().map(|r| r.referred_members).sum();
        let enrolled = results.totals.enrolled.max(1);
        // At worst every referred member waits in the queue at once (in fact only those of
        // one block of members do).
        let queued = memory.bytes_per_referred_member_waiting;
        let population_bytes = (referred * queued as u64).div_ceil(enrolled);
        println!(
            "             member state: {} bytes for the member being run (held once), \
             + {} bytes per month of points lots; per member of the population {population_bytes} \
             bytes ({referred} referred members waiting at worst, {} bytes each; {} runs side by side)",
            memory.working_member_bytes,
            memory.bytes_per_points_lot,
            memory.bytes_per_referred_member_waiting,
            memory.runs_side_by_side
        );
        state.push(serde_json::json!({
            "members": members,
            "working_member_bytes": memory.working_member_bytes,
            "bytes_per_points_lot": memory.bytes_per_points_lot,
            "population_bytes_per_member": population_bytes,
        }));
        let name = format!("hotel-{members}.json");
        let json = serde_json::to_string(&scenario).map_err(|e| e.to_string())?;
        std::fs::write(format!("{dir}/{name}"), json).map_err(|e| e.to_string())?;
        index.push(serde_json::json!({
            "members": members,
            "repeats": times,
            "file": name,
            "passes": passes,
            "member_months": member_months,
            "native_digest": digest,
            "native_one_pass_s": one_pass,
            "native_all_passes_s": all_passes,
            "native_run_s": run,
        }));
    }
    let state = serde_json::to_string_pretty(&state).map_err(|e| e.to_string())?;
    std::fs::write(format!("{dir}/state.json"), state).map_err(|e| e.to_string())?;
    let index = serde_json::to_string_pretty(&index).map_err(|e| e.to_string())?;
    std::fs::write(format!("{dir}/native.json"), index).map_err(|e| e.to_string())?;
    Ok(())
}
