//! The command line: every preset runs, validation reports problems and exits non-zero,
//! and output that cannot be written ends the command without a panic: quietly when the
//! reader stopped reading (`| head`), with one line when the disk is full.

use std::process::{Command, Output, Stdio};

fn tierlab(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tierlab"))
        .args(args)
        .output();
    match out {
        Ok(o) => (
            o.status.success(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        ),
        Err(e) => (false, String::new(), e.to_string()),
    }
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("tierlab-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {path:?}: {e}"));
    path
}

#[test]
fn every_preset_is_listed_printed_and_runs() {
    let (ok, list, _) = tierlab(&["presets"]);
    assert!(ok);
    let names: Vec<&str> = list
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(names.len() >= 4, "{list}");
    for name in names {
        let (ok, json, err) = tierlab(&["preset", name]);
        assert!(ok, "preset {name}: {err}");
        let path = temp_file(&format!("{name}.json"), &json);
        let path = path.to_string_lossy();
        let format = if name == "cosmetics" { "csv" } else { "json" };
        let (ok, out, err) = tierlab(&["run", &path, "--format", format, "--seed", "5"]);
        assert!(ok, "run {name}: {err}");
        match format {
            "csv" => assert!(out.starts_with("month,calendar_month,"), "{name}: {out}"),
            _ => assert!(out.contains("\"months\""), "{name}"),
        }
    }
}

#[test]
fn validate_prints_every_problem_with_its_path_and_fails() {
    let path = temp_file(
        "bad.json",
        r#"{"version": 1, "horizon": {"months": 0, "start_month": 13}}"#,
    );
    let (ok, _, err) = tierlab(&["validate", &path.to_string_lossy()]);
    assert!(!ok);
    assert!(err.contains("horizon.months"), "{err}");
    assert!(err.contains("horizon.start_month"), "{err}");
}

#[test]
fn fit_reads_the_cdnow_sample_and_prints_the_published_parameters() {
    let (ok, out, err) = tierlab(&[
        "fit",
        "tests/data/cdnow_sample.txt",
        "--cutoff",
        "1997-09-30",
        "--format",
        "csv",
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("r,0.2425"), "{out}");
    assert!(out.contains("log_likelihood,-9582.4"), "{out}");
}

#[test]
fn compare_sweep_and_replicate_run_from_the_command_line() {
    let (ok, json, err) = tierlab(&["preset", "cosmetics"]);
    assert!(ok, "{err}");
    let path = temp_file("study.json", &json);
    let path = path.to_string_lossy();
    let (ok, out, err) = tierlab(&["compare", &path, &path, "--format", "csv"]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with("kpi,unit,scenario,name,value,difference_from_A"),
        "{out}"
    );
    assert!(
        out.lines()
            .filter(|l| l.contains(",B,"))
            .all(|l| l.ends_with(",0,0")),
        "{out}"
    );
    let (ok, out, err) = tierlab(&[
        "sweep",
        &path,
        "--param",
        "tiers.levels[2].threshold",
        "--from",
        "1500",
        "--to",
        "3000",
        "--steps",
        "3",
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("\"steps\""), "{out}");
    let (ok, out, err) = tierlab(&["replicate", &path, "--runs", "3", "--format", "csv"]);
    assert!(ok, "{err}");
    assert!(out.starts_with("kind,name,unit,month"), "{out}");
}

/// Every command that prints to standard output, on a small scenario.
fn printing_commands() -> Vec<Vec<String>> {
    let (ok, json, err) = tierlab(&["preset", "cosmetics"]);
    assert!(ok, "{err}");
    let path = temp_file("printing.json", &json);
    let path = path.to_string_lossy().into_owned();
    let fit = "tests/data/cdnow_sample.txt";
    let commands: [&[&str]; 13] = [
        &["run", &path],
        &["run", &path, "--format", "csv"],
        &["validate", &path],
        &["digest", &path],
        &["presets"],
        &["preset", "hotel"],
        &["fit", fit, "--cutoff", "1997-09-30"],
        &["fit", fit, "--cutoff", "1997-09-30", "--format", "csv"],
        &["compare", &path, &path],
        &["compare", &path, &path, "--format", "csv"],
        &["compare", &path, &path, "--runs", "2", "--format", "csv"],
        &[
            "sweep",
            &path,
            "--param",
            "points.per_currency_unit",
            "--from",
            "1",
            "--to",
            "2",
            "--steps",
            "2",
        ],
        &["replicate", &path, "--runs", "2", "--format", "csv"],
    ];
    commands
        .iter()
        .map(|c| c.iter().map(|a| a.to_string()).collect())
        .collect()
}

/// `tierlab ARGS…` with its standard output sent to `stdout`.
fn tierlab_into(args: &[String], stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tierlab"))
        .args(args)
        .stdout(stdout)
        .output()
        .unwrap_or_else(|e| panic!("tierlab {args:?}: {e}"))
}

/// A pipe whose reading end is closed before the command writes a byte (`| head -c 0`).
fn closed_pipe() -> std::io::PipeWriter {
    let (_reader, writer) = std::io::pipe().unwrap_or_else(|e| panic!("a pipe: {e}"));
    writer
}

#[test]
fn a_reader_that_stops_reading_ends_every_command_quietly() {
    for args in printing_commands() {
        let out = tierlab_into(&args, closed_pipe().into());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "tierlab {args:?}: {stderr}");
        assert_eq!(stderr, "", "tierlab {args:?} says nothing");
    }
}

#[test]
fn a_full_disk_ends_every_command_with_one_line_and_a_failure() {
    for args in printing_commands() {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
        let full = full.unwrap_or_else(|e| panic!("/dev/full (Linux): {e}"));
        let out = tierlab_into(&args, full.into());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "tierlab {args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "tierlab {args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "tierlab {args:?}: {stderr}");
        assert!(
            stderr.contains("No space left"),
            "tierlab {args:?}: {stderr}"
        );
    }
}
