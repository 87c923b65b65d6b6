//! The golden-test harness: runs `strata` in-process on recorded inputs and
//! compares its output with what `python3` printed for the same input.
//!
//! A *suite* is a folder under `tests/golden/`. Every `NAME.py` in it is a
//! case; beside it sit the expected outputs, one file per command, named by
//! an extension (`NAME.ast`, `NAME.ast-a`, `NAME.tokens`, `NAME.stderr` +
//! `NAME.exit`). Those files are written only by `cargo xtask regen-golden`,
//! which runs `python3`; there is deliberately no way to "bless" strata's own
//! output, because then the tests would pin our bugs instead of CPython's
//! behaviour. `python3` is not needed to run the tests.
//!
//! A run checks every case of a suite and reports all failures, each with a
//! unified diff, rather than stopping at the first.

pub mod programs;

use similar::TextDiff;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What one in-process run of `strata` produced.
#[derive(Debug, Default)]
pub struct Outcome {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `strata ARGS` in-process, with `stdin` as standard input (not a terminal).
pub fn strata(args: &[&str], stdin: &[u8]) -> Outcome {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let mut input = stdin;
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let status = app_layer::run(
        &args,
        &mut app_layer::Stdio {
            stdin: &mut input,
            stdin_is_tty: false,
            stdout: &mut stdout,
            stderr: &mut stderr,
            ends_process: false,
        },
    );
    Outcome {
        status,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// The folder of suite `name`: `tests/golden/NAME`.
pub fn suite_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("golden").join(name)
}

/// The `.py` cases of a suite, sorted.
pub fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// The failures of a suite so far.
#[derive(Default)]
pub struct Report {
    checked: usize,
    failures: Vec<String>,
    /// Known gaps that failed as expected, and ones that now pass.
    expected_failures: usize,
    fixed_gaps: Vec<String>,
}

/// `tests/golden/known_gaps.txt`: expected files (`suite/NAME.ext`) that strata
/// does not match yet, each written down with a reason, as DESIGN.md asks of
/// every known difference from CPython. A listed case that fails is reported
/// but does not fail the run; a listed case that passes does fail it, so the
/// list only ever shrinks.
pub fn known_gaps() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("golden/known_gaps.txt");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim().to_string())
        .filter(|entry| !entry.is_empty())
        .collect()
}

/// `suite/NAME.ext` for an expected file.
fn gap_key(expected_file: &Path) -> String {
    let name = |p: Option<&Path>| {
        p.and_then(Path::file_name).map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    };
    format!("{}/{}", name(expected_file.parent()), name(Some(expected_file)))
}

impl Report {
    /// Compares `got` with the contents of `expected_file`.
    pub fn compare(&mut self, case: &Path, expected_file: &Path, got: &str) {
        self.checked += 1;
        let name = expected_file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let expected = match std::fs::read(expected_file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                self.failures.push(format!(
                    "{name}: cannot read the expected output ({e}); run `cargo xtask regen-golden`"
                ));
                return;
            }
        };
        let known_gap = known_gaps().contains(&gap_key(expected_file));
        if expected == got {
            if known_gap {
                self.fixed_gaps.push(gap_key(expected_file));
            }
        } else if known_gap {
            self.expected_failures += 1;
        } else {
            let diff = TextDiff::from_lines(&expected, got)
                .unified_diff()
                .context_radius(3)
                .header("python3 (expected)", "strata")
                .to_string();
            self.failures.push(format!("{name} (input {}):\n{diff}", case.display()));
        }
    }

    /// Panics with every failure, if there is any.
    pub fn finish(mut self, suite: &str) {
        assert!(self.checked > 0, "suite {suite}: no cases found (expected files missing?)");
        if self.expected_failures > 0 {
            eprintln!(
                "suite {suite}: {} known gaps still differ (tests/golden/known_gaps.txt)",
                self.expected_failures
            );
        }
        for fixed in &self.fixed_gaps {
            self.failures
                .push(format!("{fixed} now matches python3: remove it from tests/golden/known_gaps.txt"));
        }
        if self.failures.is_empty() {
            return;
        }
        let mut text = format!(
            "suite {suite}: {} of {} checks differ from python3\n\n",
            self.failures.len(),
            self.checked
        );
        for failure in &self.failures {
            let _ = writeln!(text, "{failure}");
        }
        panic!("{text}");
    }
}

/// `text` with the absolute folder `dir` replaced by `$DIR`, so that expected
/// files do not depend on where the repository is checked out.
pub fn normalise_dir(text: &str, dir: &Path) -> String {
    text.replace(&dir.to_string_lossy().into_owned(), "$DIR")
}
