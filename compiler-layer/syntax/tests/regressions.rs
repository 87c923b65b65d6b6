//! Never panic, never hang: every input under `tests/regressions/` (each a
//! minimised crash or timeout found by fuzzing or by the pathological tests,
//! named for what it exercises), then seeded mutations of the golden Python
//! files, through every entry point of the front end.
//!
//! To reproduce a fuzzer's find, drop the input here (see `fuzz/README.md`).

mod common;

use common::{exercise, parse_and_dump, preview, Rng, MODES};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Generous, for a debug build on a loaded machine.
const LIMIT: Duration = Duration::from_secs(2);

fn files_in(dir: &Path, extension: Option<&str>) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file() && extension.is_none_or(|x| p.extension().is_some_and(|e| e == x)));
    files.sort();
    files
}

#[test]
fn regression_inputs_give_errors_not_panics() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let files = files_in(&dir, None);
    assert!(!files.is_empty(), "no regression inputs in {}", dir.display());
    for path in files {
        let Ok(bytes) = std::fs::read(&path) else { panic!("cannot read {}", path.display()) };
        let started = Instant::now();
        exercise(&bytes);
        let took = started.elapsed();
        assert!(took <= LIMIT * 8, "{}: took {took:?}", path.display());
    }
}

/// Snippets that open, close or bend structure.
const INSERTS: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"'",
    b"\"",
    b"'''",
    b"\"\"\"",
    b"f'{",
    b"f\"{x:{",
    b"}",
    b"\\",
    b"\\\n",
    b"\n",
    b"\r",
    b"\r\n",
    b"    ",
    b"\t",
    b"\x0c",
    b"\0",
    b"\xff",
    b"\xed\xa0\x80",
    b"#",
    b":",
    b",",
    b"=",
    b":=",
    b"lambda:",
    b"not ",
    b"-",
    b"*",
    b"**",
    b"@",
    b".",
    b"...",
    b"if ",
    b"else ",
    b"match x:\n case ",
    b"async ",
    b"await ",
    b"yield ",
    b"\\N{",
    b"\\u",
    b"0x",
    b"1_",
    b"1e",
    b"# type: ",
    b"# type: ignore",
    b"# -*- coding: latin-1 -*-\n",
    b"\xef\xbb\xbf",
];

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, donor: &[u8]) {
    let len = input.len();
    let at = rng.below(len + 1);
    match rng.below(7) {
        0 if len > 0 => input[at.min(len - 1)] = rng.next() as u8,
        1 => input.splice(at..at, INSERTS[rng.below(INSERTS.len())].iter().copied()).for_each(drop),
        2 => input.truncate(at),
        3 => {
            let end = (at + rng.below(64)).min(len);
            input.drain(at..end);
        }
        4 => {
            let end = (at + rng.below(64)).min(len);
            let copy = input[at..end].to_vec();
            let to = rng.below(input.len() + 1);
            input.splice(to..to, copy).for_each(drop);
        }
        5 => {
            let from = rng.below(donor.len() + 1);
            let end = (from + rng.below(200)).min(donor.len());
            input.splice(at..at, donor[from..end].iter().copied()).for_each(drop);
        }
        _ => {
            let indent = b" ".repeat(rng.below(12));
            input.splice(at..at, indent).for_each(drop);
        }
    }
}

#[test]
fn mutated_golden_inputs_give_errors_not_panics() {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden");
    let seeds: Vec<Vec<u8>> = ["ast", "eval", "syntax_errors", "tokenize"]
        .iter()
        .flat_map(|folder| files_in(&golden.join(folder), Some("py")))
        .filter_map(|path| std::fs::read(path).ok())
        .collect();
    assert!(seeds.len() > 50, "golden inputs missing under {}", golden.display());
    let mut rng = Rng::new(0x5eed_f00d);
    for round in 0..3000usize {
        let seed = &seeds[rng.below(seeds.len())];
        let donor = &seeds[rng.below(seeds.len())];
        // A window of the seed keeps each input small: many mutations, fast.
        let start = rng.below(seed.len() / 2 + 1);
        let mut input = seed[start..(start + 1500).min(seed.len())].to_vec();
        for _ in 0..1 + rng.below(4) {
            mutate(&mut rng, &mut input, donor);
        }
        let started = Instant::now();
        if round % 8 == 0 {
            let _ = strata_syntax::tokenize::listing(&input, round % 16 == 0);
        }
        let text = match strata_syntax::source::decode_source(&input) {
            Ok(text) => text,
            Err(_) => String::from_utf8_lossy(&input).into_owned(),
        };
        let _ = parse_and_dump(&text, MODES[round % MODES.len()], round % 3 == 0);
        let took = started.elapsed();
        assert!(took <= LIMIT, "round {round}: took {took:?} on {}", preview(&input));
    }
}
