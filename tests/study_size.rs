//! A study larger than a study may be (20,000 runs, 10,000,000,000 member-months) is refused
//! before it runs, with the limit in the message, on the command line and in the core.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tierlab::scenario::{preset, Wording};
use tierlab::study::{self, StudySize, MAX_STUDY_MEMBER_MONTHS, MAX_STUDY_RUNS};
use tierlab::words::Lang;

/// Runs `tierlab` with `args`; (succeeded, standard error), or a failure if it has not
/// answered within `most` (it is then stopped).
fn tierlab_within(args: &[String], most: Duration) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tierlab"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tierlab starts");
    let start = Instant::now();
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            if let Some(mut stderr) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut stderr, &mut err);
            }
            return (status.success(), err);
        }
        if start.elapsed() > most {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "tierlab {} still running after {most:?}: not refused before running",
                args.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn preset_file(id: &str) -> String {
    let path = std::env::temp_dir().join(format!("tierlab-size-{}-{id}.json", std::process::id()));
    let json = serde_json::to_string(&preset(id).expect("a preset")).expect("JSON");
    std::fs::write(&path, json).expect("a temporary file");
    path.to_string_lossy().into_owned()
}

#[test]
fn comparing_fifty_files_over_ten_thousand_seeds_is_refused_before_it_runs() {
    let file = preset_file("cosmetics");
    let mut args = vec!["compare".to_string()];
    args.extend(std::iter::repeat_n(file, 50));
    args.extend(["--runs".to_string(), "10000".to_string()]);
    let (ok, err) = tierlab_within(&args, Duration::from_secs(30));
    assert!(!ok);
    assert_eq!(
        err.trim_end(),
        "this study would make 500,000 runs; a study makes at most 20,000: use fewer runs, steps or scenarios"
    );
}

#[test]
fn replicating_a_large_scenario_over_many_seeds_is_refused_before_it_runs() {
    let file = preset_file("hotel");
    let args: Vec<String> = ["replicate", &file, "--runs", "10000"]
        .iter()
        .map(|a| a.to_string())
        .collect();
    let (ok, err) = tierlab_within(&args, Duration::from_secs(30));
    assert!(!ok);
    assert!(
        err.contains("member-months") && err.contains("at most 10,000,000,000"),
        "{err}"
    );
}

#[test]
fn a_study_size_counts_runs_members_months_and_counterfactual_runs() {
    let mut scenario = preset("cdnow").expect("the CDNOW preset");
    scenario.campaigns = vec![tierlab::scenario::campaign_presets().remove(0)];
    scenario.population.new_members_per_month = 0.0;
    scenario.population.starting_members = 1_000;
    scenario.horizon.months = 10;
    // 1,000 members × 10 months × (this run, the run under no programme, the run without
    // the campaign) × 4 seeds.
    let size = StudySize::full_runs(&scenario, 4);
    assert_eq!(size.runs, 4);
    assert_eq!(size.member_months, 120_000.0);
    assert!(size.check("runs", Wording::PLAIN).is_ok());
    let too_many = StudySize::of_each(&[scenario.clone(), scenario.clone()], MAX_STUDY_RUNS);
    let problem = too_many
        .check("runs", Wording::page(Lang::ZhCn))
        .expect_err("40,000 runs are too many");
    assert_eq!(problem.path, "runs");
    assert!(
        problem.message.contains("最多运行 20,000 次"),
        "{}",
        problem.message
    );
}

#[test]
fn a_sweep_of_a_large_scenario_is_refused_at_its_steps() {
    let mut scenario = preset("cdnow").expect("the CDNOW preset");
    scenario.population.starting_members = 4_000_000;
    scenario.horizon.months = 120;
    let problem = study::sweep(
        &scenario,
        "points.per_currency_unit",
        0.5,
        2.0,
        200,
        Wording::PLAIN,
    )
    .expect_err("the sweep is too large");
    assert_eq!(problem.path, "steps");
    assert_eq!(MAX_STUDY_MEMBER_MONTHS, 10_000_000_000);
    assert!(
        problem.message.contains("member-months")
            && problem.message.contains("at most 10,000,000,000"),
        "{}",
        problem.message
    );
}

#[test]
fn a_member_who_joins_later_counts_only_the_months_left_in_a_study_size() {
    let mut scenario = preset("cdnow").expect("the CDNOW preset");
    scenario.campaigns.clear();
    scenario.population.starting_members = 1_000;
    scenario.population.new_members_per_month = 100.0;
    scenario.population.acquisition_growth_per_month = 0.0;
    scenario.horizon.months = 10;
    // 1,000 starting members × 10 months, and 100 joining in each month m for 10 − m.
    let joined_later: f64 = (0..10).map(|m| 100.0 * f64::from(10 - m)).sum();
    let size = StudySize::engine_runs(&scenario, 1);
    assert_eq!(size.member_months, 10_000.0 + joined_later);
    // Under an existing programme, the starting members join during warm-up: counted over
    // all of it, and no one else joins before month 0.
    scenario.population.history =
        tierlab::scenario::History::ExistingProgramme { warmup_months: 6 };
    let size = StudySize::engine_runs(&scenario, 1);
    assert_eq!(size.member_months, 1_000.0 * 16.0 + joined_later);
}
