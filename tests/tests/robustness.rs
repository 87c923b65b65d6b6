//! The whole `strata` pipeline — decoding, parsing, the `SyntaxError` report,
//! `-m ast` and `-m tokenize` — on the front end's regression inputs
//! (`compiler-layer/syntax/tests/regressions/`) and on the syntax-error golden
//! inputs cut at every tenth byte: an exit status and a message, never a panic.

use std::path::Path;
use tests::strata;

fn inputs() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut inputs = Vec::new();
    for dir in [root.join("../compiler-layer/syntax/tests/regressions"), root.join("golden/syntax_errors")] {
        let Ok(entries) = std::fs::read_dir(&dir) else { panic!("cannot read {}", dir.display()) };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.retain(|p| p.extension().is_some_and(|e| e == "py"));
        paths.sort();
        inputs.extend(paths.iter().filter_map(|p| std::fs::read(p).ok()));
    }
    inputs
}

#[test]
fn every_input_gets_an_answer_not_a_panic() {
    for input in inputs() {
        let cuts: Vec<usize> =
            if input.len() > 4000 { vec![input.len()] } else { (0..=input.len()).step_by(10).collect() };
        for cut in cuts {
            let source = &input[..cut];
            let run = strata(&["-"], source);
            assert!(matches!(run.status, 0 | 1), "strata - exited {} on {:?}", run.status, source);
            for args in [["-m", "ast", "-"], ["-m", "tokenize", "-"]] {
                let run = strata(&args, source);
                assert!(matches!(run.status, 0 | 1), "strata {args:?} exited {} on {:?}", run.status, source);
            }
        }
    }
}
