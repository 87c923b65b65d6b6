//! GC stress mode in the normal test run: the `gc/*rooted*` programs (native code
//! calling back into Python while it holds values: `dict(mapping)`, user
//! `__hash__`/`__eq__` in displays, sets and `in`) run with
//! `STRATA_GC_STRESS=500`, and must still print what python3 printed: each of
//! their callbacks passes thousands of safe points, so it collects several
//! times (every safe point, `=1`, would take minutes here). The whole suite under stress is
//! `cargo xtask conformance --gc-stress` (too slow for `cargo test`).

use tests::programs::{self, Program};

#[test]
fn gc_programs_match_python3_under_gc_stress() {
    let cases: Vec<Program> =
        programs::all().into_iter().filter(|p| p.feature == "gc" && p.name.contains("rooted")).collect();
    assert!(cases.len() >= 2, "no gc/ programs found");
    let env = [(pvm_layer::gc_stress::VARIABLE, "500")];
    let mut failures = String::new();
    for program in &cases {
        let expected = program.expected().unwrap_or_else(|e| panic!("{e}"));
        let got = programs::run_sandboxed_with_env(program, &env);
        if got != expected {
            failures.push_str(&format!("{} under GC stress:\n{}\n", program.key(), got.diff(&expected)));
        }
    }
    assert!(failures.is_empty(), "{failures}");
}
