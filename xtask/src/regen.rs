//! `cargo xtask regen-golden`: the only writer of `tests/golden/`'s expected files.
//!
//! Each expected file is exactly what `python3` printed for its case; the
//! README in `tests/golden/` says so. Cases are checked for the suite they
//! are in: an `ast`/`eval`/`tokenize` case must be accepted by python3, a
//! `syntax_errors` case must be rejected by `ast.parse` (an error that only
//! the compiler reports, such as `'return' outside function`, belongs to a
//! later suite) — a misfiled case is reported and not written.
//!
//! `programs/FEATURE/NAME.py` runs as `tests/src/programs.rs` describes: in
//! a fresh temporary directory `D` holding the case and its support files,
//! as `python3 -S D/NAME.py`, with `D` shown as `$DIR`. Each program runs
//! twice; one whose output differs between the runs (hash order, timing) is
//! reported and not written.

use crate::python::{self, Output};
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("tests").join("golden")
}

fn cases(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".py"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Every suite: (folder, [(python3 arguments before the file, extension)]).
const STDOUT_SUITES: &[(&str, &[(&[&str], &str)])] = &[
    ("ast", &[(&["-m", "ast"], "ast"), (&["-m", "ast", "-a"], "ast-a")]),
    ("eval", &[(&["-m", "ast", "-m", "eval"], "ast")]),
    ("tokenize", &[(&["-m", "tokenize"], "tokens")]),
];

const PARSE_CHECK: &str = "import ast, sys\nast.parse(open(sys.argv[1], 'rb').read())";

pub fn run() -> Result<bool, String> {
    let py = python::executable()?;
    let root = golden_dir();
    let root = root.canonicalize().unwrap_or(root);
    let mut written = 0;
    let mut problems = Vec::new();
    for (suite, commands) in STDOUT_SUITES {
        let dir = root.join(suite);
        for case in cases(&dir) {
            for (args, ext) in *commands {
                let mut full = vec!["-S"];
                full.extend_from_slice(args);
                full.push(&case);
                let out = python::run_in(Some(&dir), &full, b"", &py)?;
                if out.status != 0 {
                    problems.push(format!("{suite}/{case}: python3 rejects it:\n{}", text(&out.stderr)));
                    continue;
                }
                write(&dir, &case, ext, &out.stdout)?;
                written += 1;
            }
        }
    }
    let dir = root.join("syntax_errors");
    for case in cases(&dir) {
        let path = dir.join(&case).to_string_lossy().into_owned();
        let check = python::run_in(None, &["-S", "-c", PARSE_CHECK, &path], b"", &py)?;
        if check.status == 0 {
            problems.push(format!(
                "syntax_errors/{case}: ast.parse accepts it (a compiler error, not a parse error?)"
            ));
            continue;
        }
        // Run by absolute path, so python3 prints exactly that path; the
        // folder is then replaced by $DIR, as the test runner does for strata.
        let out: Output = python::run_in(None, &["-S", &path], b"", &py)?;
        let dir_text = dir.to_string_lossy().into_owned();
        let stderr = text(&out.stderr).replace(&dir_text, "$DIR");
        write(&dir, &case, "stderr", stderr.as_bytes())?;
        write(&dir, &case, "exit", format!("{}\n", out.status).as_bytes())?;
        written += 2;
    }
    let (programs_written, program_problems) = regen_programs(&py)?;
    written += programs_written;
    problems.extend(program_problems);
    println!("wrote {written} expected files from {py} ({})", python::version(&py)?);
    for problem in &problems {
        eprintln!("{problem}");
    }
    Ok(problems.is_empty())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn write(dir: &Path, case: &str, ext: &str, contents: &[u8]) -> Result<(), String> {
    let stem = case.strip_suffix(".py").unwrap_or(case);
    let path = dir.join(format!("{stem}.{ext}"));
    std::fs::write(&path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A fresh, empty directory under the system's temp dir.
pub fn scratch_dir(tag: &str) -> Result<PathBuf, String> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("strata-{tag}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir.canonicalize().unwrap_or(dir))
}

/// Copies `program` and its support files into a scratch directory; returns
/// the directory and the program's absolute path in it.
pub fn stage(program: &tests::programs::Program, tag: &str) -> Result<(PathBuf, String), String> {
    let dir = scratch_dir(tag)?;
    for (name, contents) in program.files() {
        let path = dir.join(&name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, contents).map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    let script = dir.join(&program.name).to_string_lossy().into_owned();
    Ok((dir, script))
}

/// One `python3 -S D/NAME.py` run of `program`, with `D` shown as `$DIR`.
fn python_run(program: &tests::programs::Program, py: &str) -> Result<tests::programs::Run, String> {
    let (dir, script) = stage(program, "regen")?;
    let out = python::run_in(Some(&dir), &["-S", &script], b"", py);
    let _ = std::fs::remove_dir_all(&dir);
    let out = out?;
    let dir_text = dir.to_string_lossy().into_owned();
    Ok(tests::programs::Run {
        stdout: tests::programs::normalise(&text(&out.stdout), &dir_text),
        stderr: tests::programs::normalise(&text(&out.stderr), &dir_text),
        status: out.status,
    })
}

/// Writes `NAME.stdout`, `NAME.stderr`, `NAME.exit` for every program.
fn regen_programs(py: &str) -> Result<(usize, Vec<String>), String> {
    let programs = tests::programs::all();
    let runs = tests::programs::parallel_map(&programs, 2, |program| {
        let first = python_run(program, py)?;
        let second = python_run(program, py)?;
        Ok::<_, String>((first, second))
    });
    let mut written = 0;
    let mut problems = Vec::new();
    for (program, runs) in programs.iter().zip(runs) {
        let (first, second) = runs?;
        if first != second {
            problems.push(format!(
                "{}: python3's output differs between two runs:\n{}",
                program.key(),
                second.diff(&first)
            ));
            continue;
        }
        let dir = program.path.parent().map(Path::to_path_buf).unwrap_or_default();
        write(&dir, &program.name, "stdout", first.stdout.as_bytes())?;
        write(&dir, &program.name, "stderr", first.stderr.as_bytes())?;
        write(&dir, &program.name, "exit", format!("{}\n", first.status).as_bytes())?;
        written += 3;
    }
    Ok((written, problems))
}
