//! Golden tests: `strata` against outputs recorded from `python3`.
//! The cases live in `tests/golden/SUITE/`; see `tests/golden/README.md`.

use std::path::Path;
use tests::{cases, normalise_dir, strata, suite_dir, Report};

/// Runs `strata ARGS FILE` over a suite and compares stdout with `FILE.<ext>`.
fn stdout_suite(suite: &str, args: &[&str], ext: &str) {
    let dir = suite_dir(suite);
    let mut report = Report::default();
    for case in cases(&dir) {
        let path = case.to_string_lossy().into_owned();
        let mut full: Vec<&str> = args.to_vec();
        full.push(&path);
        let out = strata(&full, b"");
        // On failure show strata's stderr too, so a SyntaxError explains itself.
        let got = if out.status == 0 {
            out.stdout
        } else {
            format!("{}[exit {}] {}", out.stdout, out.status, out.stderr)
        };
        report.compare(&case, &case.with_extension(ext), &got);
    }
    report.finish(suite);
}

#[test]
fn ast_dump() {
    stdout_suite("ast", &["-m", "ast"], "ast");
}

#[test]
fn ast_dump_with_attributes() {
    stdout_suite("ast", &["-m", "ast", "-a"], "ast-a");
}

#[test]
fn ast_eval_mode() {
    stdout_suite("eval", &["-m", "ast", "-m", "eval"], "ast");
}

#[test]
fn tokenize_listing() {
    stdout_suite("tokenize", &["-m", "tokenize"], "tokens");
}

/// `strata -S FILE` prints the SyntaxError exactly as `python3 -S FILE`.
#[test]
fn syntax_errors() {
    let dir = suite_dir("syntax_errors");
    let mut report = Report::default();
    for case in cases(&dir) {
        let path = case.to_string_lossy().into_owned();
        let out = strata(&["-S", &path], b"");
        let stderr = normalise_dir(&out.stderr, &dir);
        report.compare(&case, &case.with_extension("stderr"), &stderr);
        report.compare(&case, &case.with_extension("exit"), &format!("{}\n", out.status));
    }
    report.finish("syntax_errors");
}

/// The suites are not empty and every case has its expected files.
#[test]
fn every_case_has_expected_files() {
    let suites: &[(&str, &[&str])] = &[
        ("ast", &["ast", "ast-a"]),
        ("eval", &["ast"]),
        ("tokenize", &["tokens"]),
        ("syntax_errors", &["stderr", "exit"]),
    ];
    let mut missing = Vec::new();
    for (suite, exts) in suites {
        let found = cases(&suite_dir(suite));
        assert!(!found.is_empty(), "suite {suite} has no cases");
        for case in found {
            for ext in *exts {
                let expected = case.with_extension(ext);
                if !Path::new(&expected).exists() {
                    missing.push(expected.display().to_string());
                }
            }
        }
    }
    assert!(missing.is_empty(), "run `cargo xtask regen-golden`; missing: {missing:#?}");
}
