//! Golden tests for `tokenize::listing`: every `tests/tokenize/NAME.py` is
//! listed and compared with `NAME.out` (and `NAME.exact.out` for `-e`), both
//! produced by CPython 3.11 — see `tests/tokenize/regenerate.sh`.
//!
//! Two ignored tests measure against a whole corpus (e.g. the stdlib):
//! `STRATA_CORPUS=files.txt STRATA_EXPECTED=dir cargo test -p strata-syntax
//! --test tokenize_golden -- --ignored`, where `dir/I.out` / `dir/I.err` hold
//! what `python3 -m tokenize` printed for the I-th file (0-based), and
//! `dir/I.ast` holds `ok` when `ast.parse` accepts it.

use std::fs;
use std::path::Path;
use strata_syntax::lexer::{LexOptions, Lexer};
use strata_syntax::pos::Pos;
use strata_syntax::token::Tok;
use strata_syntax::tokenize::{listing, listing_named};

#[test]
fn golden_listings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tokenize");
    let mut checked = 0;
    let mut entries: Vec<_> = fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for py in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let source = fs::read(py).unwrap();
        for (exact, ext) in [(false, "out"), (true, "exact.out")] {
            let expected = fs::read_to_string(py.with_extension(ext)).unwrap();
            let got = match listing(&source, exact) {
                Ok(text) => text,
                Err(e) => format!("error:{e}\n"),
            };
            assert_eq!(got, expected, "{} ({ext})", py.display());
            checked += 1;
        }
    }
    assert!(checked > 0);
}

fn corpus() -> Option<(Vec<String>, String)> {
    let files = std::env::var("STRATA_CORPUS").ok()?;
    let expected = std::env::var("STRATA_EXPECTED").ok()?;
    let list = fs::read_to_string(files).ok()?;
    Some((list.lines().map(String::from).collect(), expected))
}

#[test]
#[ignore]
fn corpus_listings() {
    let Some((files, expected)) = corpus() else {
        return;
    };
    let (mut same, mut diff) = (0, Vec::new());
    for (i, file) in files.iter().enumerate() {
        let source = fs::read(file).unwrap();
        let out = fs::read_to_string(format!("{expected}/{i}.out")).unwrap_or_default();
        let err = fs::read_to_string(format!("{expected}/{i}.err")).unwrap_or_default();
        let ok = match listing_named(&source, false, file) {
            Ok(text) => err.is_empty() && text == out,
            Err(e) => out.is_empty() && err.trim_end() == e,
        };
        if ok {
            same += 1;
        } else {
            diff.push(format!("{i} {file}"));
        }
    }
    println!("tokenize listing identical: {same}/{}", files.len());
    let _ = fs::write(format!("{expected}/mismatches.txt"), diff.join("\n"));
}

#[test]
#[ignore]
fn corpus_lexes() {
    let Some((files, expected)) = corpus() else {
        return;
    };
    let options = LexOptions { type_comments: true, origin: Pos::new(1, 0) };
    let (mut accepted, mut clean, mut report) = (0, 0, Vec::new());
    for (i, file) in files.iter().enumerate() {
        let ast_ok = fs::read_to_string(format!("{expected}/{i}.ast")).is_ok_and(|s| s.trim() == "ok");
        let Ok(source) = String::from_utf8(fs::read(file).unwrap()) else {
            continue;
        };
        if !ast_ok {
            continue;
        }
        accepted += 1;
        match Lexer::new(&source, Tok::StartModule, options).find_map(Result::err) {
            None => clean += 1,
            Some(e) => report.push(format!("{file}: {e:?}")),
        }
    }
    println!("lexed without error: {clean}/{accepted} files that ast.parse accepts");
    let _ = fs::write(format!("{expected}/lex_errors.txt"), report.join("\n"));
}

/// Prints our listing of `$STRATA_ONE`, to diff against `python3 -m tokenize`.
#[test]
#[ignore]
fn one_file() {
    let Ok(file) = std::env::var("STRATA_ONE") else {
        return;
    };
    match listing_named(&fs::read(&file).unwrap(), false, &file) {
        Ok(text) => print!("{text}"),
        Err(e) => println!("{e}"),
    }
}

/// Mutates every corpus file a few times (byte flips, cuts, inserted
/// quotes/brackets/tabs) and runs the lexer and `listing` on the result:
/// neither may panic or hang.
#[test]
#[ignore]
fn corpus_mutations_never_panic() {
    let Some((files, _)) = corpus() else {
        return;
    };
    let options = LexOptions { type_comments: true, origin: Pos::new(1, 0) };
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut rand = move |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let inserts: [&[u8]; 10] =
        [b"'", b"\"\"\"", b"(", b")", b"\\", b"\t", b"\n ", b"0x", b"\xe2\x82\xac", b"\0"];
    for file in &files {
        let original = fs::read(file).unwrap();
        for _ in 0..4 {
            let mut bytes = original.clone();
            for _ in 0..3 {
                let at = rand(bytes.len() + 1);
                match rand(3) {
                    0 => bytes.truncate(at),
                    1 => {
                        let ins = inserts[rand(inserts.len())];
                        bytes.splice(at..at, ins.iter().copied());
                    }
                    _ => {
                        if at < bytes.len() {
                            bytes[at] = rand(256) as u8;
                        }
                    }
                }
            }
            let _ = listing(&bytes, true);
            let text = String::from_utf8_lossy(&bytes);
            for t in Lexer::new(&text, Tok::StartModule, options) {
                if t.is_err() {
                    break;
                }
            }
        }
    }
}
