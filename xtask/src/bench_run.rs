//! `cargo xtask bench [--filter NAME] [--reps N]`: strata against python3 on
//! classic workloads, as a ratio measured in one run (DESIGN.md: performance
//! is a ratio against python3, never a timed test).
//!
//! Each `xtask/bench/NAME.py` prints a checksum. The tool builds the release
//! `strata`, then runs every benchmark `N` times (default 3) under the real
//! `python3 -S` binary and under `strata`, alternating the two so that a
//! noisy neighbour hurts both alike, and takes the least CPU time (user and
//! system) of each. CPU time, not wall time: a process waiting for the core
//! is not running slower. The least, as `timeit` advises: a longer run was
//! slowed by something else on the machine, not by the program (on a busy
//! virtual machine the median of either measure moved by 30% between runs).
//! Both must print the same output (the checksum), or the row is marked and
//! left out of the geometric mean of the ratios strata/python3.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::python;

fn bench_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("bench")
}

fn workspace_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    root.canonicalize().unwrap_or(root)
}

/// Builds `strata` in release mode; its path.
fn build_strata() -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    eprintln!("building release strata (cargo build --release -p app-layer --bin strata) …");
    let status = Command::new(cargo)
        .args(["build", "--release", "-p", "app-layer", "--bin", "strata"])
        .current_dir(workspace_root())
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("the release build failed".into());
    }
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| workspace_root().join("target"), PathBuf::from);
    let exe = target.join("release").join(format!("strata{}", std::env::consts::EXE_SUFFIX));
    if exe.is_file() {
        Ok(exe)
    } else {
        Err(format!("no binary at {}", exe.display()))
    }
}

/// The CPU time (user and system) of the children this process has waited
/// for, in seconds; where there is no `getrusage`, the wall time since start.
#[cfg(unix)]
fn children_cpu_seconds() -> f64 {
    // SAFETY: `getrusage` only writes the struct it is given, zeroed here.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

#[cfg(not(unix))]
fn children_cpu_seconds() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

/// One timed run: (CPU seconds, exit status, stdout, stderr).
fn timed(program: &str, args: &[&str]) -> Result<(f64, i32, String, String), String> {
    let before = children_cpu_seconds();
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .env_remove("PYTHONSTARTUP")
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let seconds = children_cpu_seconds() - before;
    Ok((
        seconds,
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

/// The start-up measure: `strata -c pass` against `python3 -S -c
/// pass`, each the fastest of 30 alternating runs (a start-up is short enough
/// that the spawn's own noise would otherwise decide the ratio).
fn startup_line(py: &str, strata: &str) -> Result<(), String> {
    // Nothing to capture: the output goes nowhere, so the spawn costs least.
    let spawn = |program: &str| -> Result<f64, String> {
        let start = Instant::now();
        Command::new(program)
            .args(["-S", "-c", "pass"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| format!("cannot run {program}: {e}"))?;
        Ok(start.elapsed().as_secs_f64())
    };
    let (mut best_py, mut best_strata) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..30 {
        best_py = best_py.min(spawn(py)?);
        best_strata = best_strata.min(spawn(strata)?);
    }
    println!(
        "{:<14} {:>11.1} {:>11.1} {:>8.2}x  -c pass, best of 30: strata starts {:.1}x faster",
        "start-up",
        best_py * 1e3,
        best_strata * 1e3,
        best_strata / best_py,
        best_py / best_strata
    );
    Ok(())
}

pub fn run(filter: Option<&str>, reps: usize) -> Result<bool, String> {
    let reps = reps.max(1);
    let mut benches: Vec<PathBuf> = std::fs::read_dir(bench_dir())
        .map_err(|e| format!("cannot list {}: {e}", bench_dir().display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| filter.is_none_or(|f| p.file_stem().is_some_and(|s| s.to_string_lossy().contains(f))))
        .collect();
    benches.sort();
    if benches.is_empty() {
        return Err(format!("no benchmark matches {filter:?}"));
    }
    let py = python::executable()?;
    let strata = build_strata()?;
    let strata = strata.to_string_lossy().into_owned();
    println!(
        "python3: {py} ({}); strata: {strata}; least CPU time of {reps} alternating runs",
        python::version(&py)?
    );
    println!();
    println!("{:<14} {:>11} {:>11} {:>9}  checksum", "benchmark", "python3 ms", "strata ms", "ratio");
    println!("{}", "-".repeat(62));
    let mut ratios = Vec::new();
    let mut all_ok = true;
    for bench in &benches {
        let name = bench.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let path = bench.to_string_lossy().into_owned();
        let (mut py_times, mut st_times) = (Vec::new(), Vec::new());
        let mut problem = None;
        let mut checksum = String::new();
        for _ in 0..reps {
            let (pt, pstatus, pout, perr) = timed(&py, &["-S", &path])?;
            let (st, sstatus, sout, serr) = timed(&strata, &["-S", &path])?;
            py_times.push(pt);
            st_times.push(st);
            if pstatus != 0 {
                problem = Some(format!("python3 failed: {}", perr.lines().last().unwrap_or("")));
            } else if sstatus != 0 {
                problem = Some(format!("strata failed: {}", serr.lines().last().unwrap_or("")));
            } else if pout != sout {
                problem = Some(format!(
                    "output differs: python3 {:?}, strata {:?}",
                    pout.lines().last().unwrap_or(""),
                    sout.lines().last().unwrap_or("")
                ));
            }
            checksum = pout.lines().last().unwrap_or("").to_string();
            if problem.is_some() {
                break;
            }
        }
        let least = |times: Vec<f64>| times.into_iter().fold(f64::INFINITY, f64::min) * 1e3;
        let (pm, sm) = (least(py_times), least(st_times));
        match problem {
            None => {
                let ratio = sm / pm;
                ratios.push(ratio);
                println!("{name:<14} {pm:>11.1} {sm:>11.1} {ratio:>8.2}x  {checksum}");
            }
            Some(why) => {
                all_ok = false;
                println!("{name:<14} {pm:>11.1} {sm:>11.1} {:>9}  {why}", "n/a");
            }
        }
    }
    println!("{}", "-".repeat(62));
    startup_line(&py, &strata)?;
    if !ratios.is_empty() {
        let geomean = (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp();
        println!(
            "{:<14} {:>11} {:>11} {geomean:>8.2}x  ({} of {} benchmarks)",
            "geomean",
            "",
            "",
            ratios.len(),
            benches.len()
        );
    }
    Ok(all_ok)
}
