//! `cargo xtask regen-golden`: the only writer of `tests/golden/`'s expected files.
//!
//! Each expected file is exactly what `python3` printed for its case; the
//! README in `tests/golden/` says so. Cases are checked for the suite they
//! are in: an `ast`/`eval`/`tokenize` case must be accepted by python3, a
//! `syntax_errors` case must be rejected by `ast.parse` (an error that only
//! the compiler reports, such as `'return' outside function`, belongs to a
//! later suite) — a misfiled case is reported and not written.

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
