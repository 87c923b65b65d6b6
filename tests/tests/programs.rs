//! The program suite: every `tests/golden/programs/FEATURE/NAME.py` runs
//! in-process on a sandboxed OS and must print what `python3` printed
//! (stdout, stderr, exit status). Cases listed in `known_gaps.txt` as
//! `programs/FEATURE/NAME.py # why` may differ; a listed case that matches
//! fails the run, so the list only shrinks. See `tests/src/programs.rs`.
//!
//! `cargo test -p tests --test programs -- --nocapture` shows the pass counts
//! per feature.

use std::fmt::Write as _;

use tests::known_gaps;
use tests::programs::{self, Program, Run};

#[test]
fn programs_match_python3() {
    let cases = programs::all();
    let gaps = known_gaps();
    let outcomes: Vec<(Program, Result<Run, String>, Run)> =
        programs::parallel_map(&cases, programs::default_jobs(), |program| {
            (program.clone(), program.expected(), programs::run_sandboxed(program))
        });

    let mut failures = String::new();
    let mut new_gaps = String::new();
    let mut results = Vec::new();
    for (program, expected, got) in &outcomes {
        let listed = gaps.contains(&program.key());
        let passed = match expected {
            Err(e) => {
                let _ = writeln!(failures, "{}: {e}", program.key());
                false
            }
            Ok(expected) if expected == got => {
                if listed {
                    let _ = writeln!(
                        failures,
                        "{} now matches python3: remove it from known_gaps.txt",
                        program.key()
                    );
                }
                true
            }
            Ok(expected) => {
                if !listed {
                    let _ =
                        writeln!(failures, "{} differs from python3:\n{}", program.key(), got.diff(expected));
                    let _ = writeln!(new_gaps, "{} # {}", program.key(), got.reason(expected));
                }
                false
            }
        };
        results.push((program.clone(), passed));
    }

    let rows = programs::tally(&results);
    let (passed, total) = rows.iter().fold((0, 0), |(p, t), row| (p + row.1, t + row.2));
    eprintln!("{:<16} {:>6}", "feature", "passed");
    for (feature, p, t) in &rows {
        eprintln!("{feature:<16} {p:>3}/{t:<3}");
    }
    eprintln!("{:<16} {passed:>3}/{total:<3}", "total");

    if cases.len() < 150 {
        let _ = writeln!(failures, "expected at least 150 programs, found {}", cases.len());
    }
    if !failures.is_empty() {
        if !new_gaps.is_empty() {
            failures.push_str("\nif these are gaps to accept for now, add to tests/golden/known_gaps.txt:\n");
            failures.push_str(&new_gaps);
        }
        panic!("{failures}");
    }
}
