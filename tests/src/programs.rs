//! The program suite: end-to-end Python programs, grouped by feature.
//!
//! `tests/golden/programs/FEATURE/NAME.py` is a case. Beside it sit what
//! `python3 -S` printed when it ran the program (`NAME.stdout`,
//! `NAME.stderr`, `NAME.exit`), written only by `cargo xtask regen-golden`.
//! Files of a feature folder whose name starts with `_` (modules a program
//! imports, data it reads) are support files, not cases; so are folders
//! whose name starts with `_` (packages), copied with everything in them
//! but `__pycache__`.
//!
//! **How a program runs** — the same for python3 and for every OS backend:
//! the case and its folder's support files are copied into a fresh, empty
//! directory `D`; the program runs as `D/NAME.py` with `D` as its current
//! directory and `sys.argv == ['D/NAME.py']` (in the sandbox,
//! `sys.executable` is [`SANDBOX_EXECUTABLE`]), with empty stdin; then `D`
//! is replaced by `$DIR` in stdout and stderr, so that expected files do not
//! depend on where anything is checked out. A case passes when stdout,
//! stderr and exit status all equal python3's.
//!
//! [`run_sandboxed`] runs a program on [`SandboxOs`] in-process (what
//! `cargo test` does); `cargo xtask conformance` also runs each one on
//! [`os_layer::HostOs`] in a child process, through the same app-layer entry
//! point, [`app_layer::program::run_on`].

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use os_layer::SandboxOs;
use similar::TextDiff;

/// How long one program may run before it counts as hung.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The directory a sandboxed program runs in (replaced by `$DIR` afterwards).
pub const SANDBOX_DIR: &str = "/conformance";

/// `sys.executable` in the sandbox: an absolute path, as python3's is.
pub const SANDBOX_EXECUTABLE: &str = "/usr/bin/strata";

/// One case of the suite.
#[derive(Clone, Debug)]
pub struct Program {
    /// The feature folder's name, e.g. `closures`.
    pub feature: String,
    /// The case's file name, e.g. `counter.py`.
    pub name: String,
    /// `tests/golden/programs/FEATURE/NAME.py`.
    pub path: PathBuf,
}

impl Program {
    /// `programs/FEATURE/NAME.py`: how `known_gaps.txt` names the case.
    pub fn key(&self) -> String {
        format!("programs/{}/{}", self.feature, self.name)
    }

    /// The expected file with extension `ext` (`stdout`, `stderr`, `exit`).
    pub fn expected_file(&self, ext: &str) -> PathBuf {
        self.path.with_extension(ext)
    }

    /// What python3 printed, as recorded by `cargo xtask regen-golden`.
    pub fn expected(&self) -> Result<Run, String> {
        let read = |ext: &str| {
            std::fs::read(self.expected_file(ext)).map(|b| String::from_utf8_lossy(&b).into_owned()).map_err(
                |e| format!("{}: {e}; run `cargo xtask regen-golden`", self.expected_file(ext).display()),
            )
        };
        let exit = read("exit")?;
        let status = exit.trim().parse().map_err(|_| format!("{}.exit: not a number", self.key()))?;
        Ok(Run { stdout: read("stdout")?, stderr: read("stderr")?, status })
    }

    /// The files copied beside the program: the case itself, then the
    /// folder's support files and the files of its support folders (`_*`),
    /// as (path relative to the folder, contents).
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = vec![(self.name.clone(), std::fs::read(&self.path).unwrap_or_default())];
        if let Some(dir) = self.path.parent() {
            for entry in sorted_entries(dir) {
                let name = file_name(&entry);
                if name.starts_with('_') {
                    support_files(&entry, &name, &mut files);
                }
            }
        }
        files
    }
}

/// `path` (shown as `relative`) if a file, or every file under it if a folder.
fn support_files(path: &Path, relative: &str, out: &mut Vec<(String, Vec<u8>)>) {
    if path.is_file() {
        out.push((relative.to_string(), std::fs::read(path).unwrap_or_default()));
    } else if path.is_dir() && !relative.ends_with("__pycache__") {
        for entry in sorted_entries(path) {
            support_files(&entry, &format!("{relative}/{}", file_name(&entry)), out);
        }
    }
}

/// What one run printed, after `D` was replaced by `$DIR`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

impl Run {
    /// A unified diff of every part that differs from `expected`; empty if equal.
    pub fn diff(&self, expected: &Run) -> String {
        let mut text = String::new();
        for (part, want, got) in
            [("stdout", &expected.stdout, &self.stdout), ("stderr", &expected.stderr, &self.stderr)]
        {
            if want != got {
                let diff = TextDiff::from_lines(want.as_str(), got.as_str())
                    .unified_diff()
                    .context_radius(2)
                    .header(&format!("{part} python3"), &format!("{part} strata"))
                    .to_string();
                text.push_str(&diff);
            }
        }
        if expected.status != self.status {
            text.push_str(&format!("exit status: python3 {}, strata {}\n", expected.status, self.status));
        }
        text
    }

    /// A one-line guess at why this run differs from `expected`, for
    /// `known_gaps.txt`: strata's exception if it raised one python3 did
    /// not, else the first differing line.
    pub fn reason(&self, expected: &Run) -> String {
        let last = |s: &str| s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
        if self.stderr != expected.stderr
            && last(&self.stderr) != last(&expected.stderr)
            && !self.stderr.is_empty()
        {
            return format!("strata: {}", clip(&last(&self.stderr)));
        }
        for (part, want, got) in
            [("stdout", &expected.stdout, &self.stdout), ("stderr", &expected.stderr, &self.stderr)]
        {
            if want != got {
                let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
                let i = w.iter().zip(&g).take_while(|(a, b)| a == b).count();
                let show = |v: &Vec<&str>| v.get(i).map_or("<end>".to_string(), |l| clip(l));
                return format!("{part} line {}: expected {:?}, got {:?}", i + 1, show(&w), show(&g));
            }
        }
        format!("exit status {} instead of {}", self.status, expected.status)
    }
}

fn clip(line: &str) -> String {
    let line = line.trim();
    if line.chars().count() > 90 {
        format!("{}…", line.chars().take(90).collect::<String>())
    } else {
        line.to_string()
    }
}

/// `tests/golden/programs`.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("golden").join("programs")
}

/// Every case, sorted by feature then name.
pub fn all() -> Vec<Program> {
    let mut found = Vec::new();
    for feature_dir in sorted_entries(&root()) {
        if !feature_dir.is_dir() {
            continue;
        }
        let feature = file_name(&feature_dir);
        for path in sorted_entries(&feature_dir) {
            let name = file_name(&path);
            if name.ends_with(".py") && !name.starts_with('_') {
                found.push(Program { feature: feature.clone(), name, path });
            }
        }
    }
    found
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|e| e.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// `text` with the run directory `dir` shown as `$DIR`.
pub fn normalise(text: &str, dir: &str) -> String {
    text.replace(dir, "$DIR")
}

/// Runs `program` in-process on a fresh [`SandboxOs`] whose current
/// directory `/conformance` holds the program and its support files.
pub fn run_sandboxed(program: &Program) -> Run {
    run_sandboxed_with_env(program, &[])
}

/// [`run_sandboxed`] with the variables `env` in the sandbox's environment
/// (`STRATA_GC_STRESS`, which the PVM reads there).
pub fn run_sandboxed_with_env(program: &Program, env: &[(&str, &str)]) -> Run {
    let script = format!("{SANDBOX_DIR}/{}", program.name);
    let mut builder =
        SandboxOs::builder().cwd(SANDBOX_DIR).argv([script.clone()]).executable(SANDBOX_EXECUTABLE);
    for (name, value) in env {
        builder = builder.env(name, value);
    }
    let files = program.files();
    for (name, contents) in &files {
        builder = builder.file(&format!("{SANDBOX_DIR}/{name}"), contents.clone());
    }
    let os = match builder.build() {
        Ok(os) => Arc::new(os),
        Err(e) => {
            return Run { stderr: format!("cannot build the sandbox: {e}\n"), status: -1, ..Run::default() }
        }
    };
    let source = files.first().map(|(_, c)| c.clone()).unwrap_or_default();
    let status = with_timeout(TIMEOUT, {
        let os = os.clone();
        move || app_layer::program::run_on(os, &source, &script)
    });
    let stdout = normalise(&os.stdout_string(), SANDBOX_DIR);
    let mut stderr = normalise(&os.stderr_string(), SANDBOX_DIR);
    let status = status.unwrap_or_else(|why| {
        stderr.push_str(&format!("[harness] {why}\n"));
        -1
    });
    Run { stdout, stderr, status }
}

/// Runs `f` on a thread of its own; gives up (leaving the thread behind) after `limit`.
pub fn with_timeout<T: Send + 'static>(
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new().name("program".into()).stack_size(64 << 20).spawn(move || {
        let _ = tx.send(f());
    });
    if let Err(e) = spawned {
        return Err(format!("cannot start a thread: {e}"));
    }
    match rx.recv_timeout(limit) {
        Ok(value) => Ok(value),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("timed out after {}s", limit.as_secs())),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("the run panicked".to_string()),
    }
}

/// Runs `f` over `items` on `jobs` threads; results in the order of `items`.
pub fn parallel_map<I: Sync, T: Send>(items: &[I], jobs: usize, f: impl Fn(&I) -> T + Sync) -> Vec<T> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<T>>> =
        items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                let value = f(item);
                if let Ok(mut slot) = results[i].lock() {
                    *slot = Some(value);
                }
            });
        }
    });
    results.into_iter().filter_map(|m| m.into_inner().ok().flatten()).collect()
}

/// The worker count: the machine's parallelism, or `STRATA_TEST_JOBS`.
pub fn default_jobs() -> usize {
    std::env::var("STRATA_TEST_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
}

/// Passed / total per feature, as the rows of a table.
pub fn tally(results: &[(Program, bool)]) -> Vec<(String, usize, usize)> {
    let mut rows: Vec<(String, usize, usize)> = Vec::new();
    for (program, passed) in results {
        match rows.last_mut() {
            Some(row) if row.0 == program.feature => {
                row.1 += usize::from(*passed);
                row.2 += 1;
            }
            _ => rows.push((program.feature.clone(), usize::from(*passed), 1)),
        }
    }
    rows
}
