//! `cargo xtask conformance`: every suite against every registered
//! implementation of each layer, as a scorecard.
//!
//! The matrix today is the OS layer's: [`OS_BACKENDS`] lists its
//! implementations, and two suites run against each —
//! - `programs`: every `tests/golden/programs/FEATURE/NAME.py` through the
//!   app layer's embedding entry point (`app_layer::program::run_on`) with
//!   that backend; it passes when stdout, stderr and exit status equal
//!   python3's recorded output. `SandboxOs` runs in-process (files copied
//!   into its in-memory tree, output captured); `HostOs` writes to the real
//!   streams, so each of its runs is a child process of this tool
//!   (`xtask __run-on-host DIR FILE`) in a fresh temporary directory.
//! - `os-contract`: `os_layer::contract::run` on fresh backends.
//!
//! A student's backend joins the matrix by adding a row to [`OS_BACKENDS`].
//! `--verbose` lists every failing case with the first differing line.
//! `--gc-stress[=N]` runs the programs with `STRATA_GC_STRESS` set (a
//! collection at every Nth safe point, `pvm-layer/src/gc_stress.rs`) and
//! holds them to the same expected outputs: a difference is a value native
//! code failed to root. It stresses the PVM, not the OS layer, so it runs
//! them on [`STRESS_BACKEND`] alone, and not the contract suite.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use os_layer::{HostOs, OsBackend, SandboxOs};
use tests::programs::{self, Program, Run};

use crate::regen::{scratch_dir, stage};

/// How one OS backend runs a golden program (with extra environment
/// variables), and how it builds a fresh backend for the contract suite.
pub struct OsImpl {
    pub name: &'static str,
    pub run_program: fn(&Program, &[(&str, &str)]) -> Run,
    pub fresh: fn() -> Box<dyn OsBackend>,
}

/// Every registered implementation of the OS layer.
pub const OS_BACKENDS: &[OsImpl] = &[
    OsImpl { name: "HostOs", run_program: run_on_host, fresh: fresh_host },
    OsImpl { name: "SandboxOs", run_program: programs::run_sandboxed_with_env, fresh: fresh_sandbox },
];

/// The backend `--gc-stress` runs the programs on: in-process, so no child
/// per program.
const STRESS_BACKEND: &str = "SandboxOs";

/// The scratch directories handed to `HostOs` contract runs, removed afterwards.
static CONTRACT_DIRS: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());

fn fresh_host() -> Box<dyn OsBackend> {
    let dir = scratch_dir("contract").unwrap_or_else(|_| std::env::temp_dir());
    if let Ok(mut dirs) = CONTRACT_DIRS.lock() {
        dirs.push(dir.clone());
    }
    Box::new(HostOs::with_cwd(dir))
}

fn remove_contract_dirs() {
    if let Ok(mut dirs) = CONTRACT_DIRS.lock() {
        for dir in dirs.drain(..) {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn fresh_sandbox() -> Box<dyn OsBackend> {
    Box::new(SandboxOs::new())
}

/// Runs `program` on `HostOs` in a child process, in a fresh directory.
fn run_on_host(program: &Program, env: &[(&str, &str)]) -> Run {
    let failed = |why: String| Run { stderr: format!("[harness] {why}\n"), status: -1, ..Run::default() };
    let (dir, script) = match stage(program, "host") {
        Ok(staged) => staged,
        Err(why) => return failed(why),
    };
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => return failed(format!("cannot find this executable: {e}")),
    };
    let child = Command::new(exe)
        .args(["__run-on-host", &dir.to_string_lossy(), &script])
        .current_dir(&dir)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let run = match child {
        Ok(child) => wait_with_timeout(child, programs::TIMEOUT),
        Err(e) => Err(format!("cannot start the child: {e}")),
    };
    let _ = std::fs::remove_dir_all(&dir);
    let dir_text = dir.to_string_lossy().into_owned();
    match run {
        Ok((status, stdout, stderr)) => Run {
            stdout: programs::normalise(&String::from_utf8_lossy(&stdout), &dir_text),
            stderr: programs::normalise(&String::from_utf8_lossy(&stderr), &dir_text),
            status,
        },
        Err(why) => failed(why),
    }
}

/// Waits for `child`, killing it (by its own id) after `limit`.
fn wait_with_timeout(
    mut child: std::process::Child,
    limit: Duration,
) -> Result<(i32, Vec<u8>, Vec<u8>), String> {
    use std::io::Read;
    let mut out_pipe = child.stdout.take();
    let mut err_pipe = child.stderr.take();
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(p) = out_pipe.as_mut() {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(p) = err_pipe.as_mut() {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {}s", limit.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok((status.code().unwrap_or(-1), stdout, stderr))
}

/// The child side of [`run_on_host`]: `xtask __run-on-host DIR FILE`.
pub fn child_run_on_host(args: &[String]) -> i32 {
    let (Some(dir), Some(script)) = (args.first(), args.get(1)) else {
        eprintln!("usage: xtask __run-on-host DIR FILE");
        return 2;
    };
    let bytes = match std::fs::read(script) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("cannot read {script}: {e}");
            return 2;
        }
    };
    let os = Arc::new(HostOs::with_cwd(Path::new(dir)).with_argv(vec![script.clone()]));
    let status = app_layer::program::run_on(os, &bytes, script);
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    status
}

/// One scorecard row.
struct Score {
    suite: &'static str,
    implementation: &'static str,
    passed: usize,
    total: usize,
    gaps: usize,
    failures: Vec<String>,
}

pub fn run(verbose: bool, jobs: Option<usize>, gc_stress: Option<&str>) -> Result<bool, String> {
    let env: Vec<(&str, &str)> =
        gc_stress.map(|every| (pvm_layer::gc_stress::VARIABLE, every)).into_iter().collect();
    let cases = programs::all();
    let gaps = tests::known_gaps();
    let jobs = jobs.unwrap_or_else(programs::default_jobs);
    let backends: Vec<&OsImpl> =
        OS_BACKENDS.iter().filter(|b| gc_stress.is_none() || b.name == STRESS_BACKEND).collect();
    let mut scores = Vec::new();
    for backend in &backends {
        let start = Instant::now();
        let runs = programs::parallel_map(&cases, jobs, |p| (backend.run_program)(p, &env));
        let mut score = Score {
            suite: "programs",
            implementation: backend.name,
            passed: 0,
            total: 0,
            gaps: 0,
            failures: vec![],
        };
        for (program, got) in cases.iter().zip(&runs) {
            score.total += 1;
            let expected = program.expected()?;
            if *got == expected {
                score.passed += 1;
            } else {
                if gaps.contains(&program.key()) {
                    score.gaps += 1;
                }
                score.failures.push(format!("{}: {}", program.key(), got.reason(&expected)));
            }
        }
        let stress = gc_stress.map(|every| format!(" with STRATA_GC_STRESS={every}")).unwrap_or_default();
        eprintln!("programs on {}{stress}: {:.1}s", backend.name, start.elapsed().as_secs_f64());
        scores.push(score);
    }
    for backend in OS_BACKENDS.iter().filter(|_| gc_stress.is_none()) {
        let report = os_layer::contract::run(&backend.fresh);
        scores.push(Score {
            suite: "os-contract",
            implementation: backend.name,
            passed: report.passed(),
            total: report.total(),
            gaps: 0,
            failures: report.failures().into_iter().map(|(name, why)| format!("{name}: {why}")).collect(),
        });
    }
    remove_contract_dirs();

    println!();
    println!("{:<12} {:<12} {:>9} {:>7}  {}", "suite", "impl", "passed", "%", "failing (known gaps)");
    println!("{}", "-".repeat(60));
    for s in &scores {
        let percent = if s.total == 0 { 0.0 } else { 100.0 * s.passed as f64 / s.total as f64 };
        println!(
            "{:<12} {:<12} {:>4}/{:<4} {:>6.1}%  {} ({})",
            s.suite,
            s.implementation,
            s.passed,
            s.total,
            percent,
            s.total - s.passed,
            s.gaps
        );
    }
    // Per feature, one column per backend.
    println!();
    print!("{:<16}", "programs");
    for backend in &backends {
        print!(" {:>10}", backend.name);
    }
    println!();
    let mut features: Vec<&str> = cases.iter().map(|c| c.feature.as_str()).collect();
    features.dedup();
    for feature in features {
        print!("{feature:<16}");
        for s in scores.iter().filter(|s| s.suite == "programs") {
            let total = cases.iter().filter(|c| c.feature == feature).count();
            let prefix = format!("programs/{feature}/");
            let failed = s.failures.iter().filter(|f| f.starts_with(&prefix)).count();
            print!(" {:>10}", format!("{}/{}", total - failed, total));
        }
        println!();
    }
    if verbose {
        for s in &scores {
            for failure in &s.failures {
                println!("[{} on {}] {failure}", s.suite, s.implementation);
            }
        }
    }
    Ok(true)
}
