//! How the benchmark times and reports: processor time of a call (the median of several),
//! the machine's load average beside each figure, and counts written with thousands
//! separators.
//!
//! Not for: what is timed (main.rs, plain_model.rs).

use std::time::Instant;

/// Seconds of processor time `f` takes (the wall-clock time where the system does not
/// say), with what it returned. The machine is shared, so the wall clock counts other
/// people's builds too; the processor time is what the run itself costs.
pub fn timed<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    let value = f();
    let elapsed = match (cpu, cpu_seconds()) {
        (Some(before), Some(after)) => after - before,
        _ => wall.elapsed().as_secs_f64(),
    };
    (elapsed, value)
}

/// The median time of `times` calls of `f`, with what the last one returned.
pub fn median_timed<T>(times: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let (mut seconds, mut value) = timed(&mut f);
    let mut all = vec![seconds];
    for _ in 1..times {
        (seconds, value) = timed(&mut f);
        all.push(seconds);
    }
    all.sort_by(f64::total_cmp);
    (all.get(all.len() / 2).copied().unwrap_or(seconds), value)
}

/// The machine's load average over 1, 5 and 15 minutes, as Linux's /proc gives it.
pub fn load_average() -> String {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    load.split(' ').take(3).collect::<Vec<_>>().join(" ")
}

/// This process's processor time so far, from Linux's /proc (user + system, in ticks of
/// 1/100 s), or None elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(") ")?.1.split(' ').collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
    Some((ticks(11)? + ticks(12)?) / 100.0)
}

/// 1000000 → "1,000,000".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
