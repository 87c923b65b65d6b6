//! What the robustness tests run on every input: each entry point of the
//! front end, which must return (an AST or a `SyntaxError`) and never panic.

#![allow(dead_code)]

use std::time::{Duration, Instant};
use strata_syntax::ast::Mod;
use strata_syntax::dump::{dump, DumpOptions};
use strata_syntax::{LalrpopParser, Mode, ParseOptions, Parser, SyntaxError};

pub const MODES: [Mode; 4] = [Mode::Exec, Mode::Eval, Mode::Single, Mode::FuncType];

/// Runs the whole front end on `bytes`: decoding, tokenize listings, and the
/// parser in every mode (with and without type comments), dumping every tree.
/// Returns the module-mode result of the decoded text, if it decoded.
pub fn exercise(bytes: &[u8]) -> Option<Result<Mod, SyntaxError>> {
    let _ = strata_syntax::tokenize::listing(bytes, false);
    let _ = strata_syntax::tokenize::listing(bytes, true);
    let text = match strata_syntax::source::decode_source(bytes) {
        Ok(text) => text,
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    };
    let mut module = None;
    for mode in MODES {
        for type_comments in [false, true] {
            let result = parse_and_dump(&text, mode, type_comments);
            if mode == Mode::Exec && !type_comments {
                module = Some(result);
            }
        }
    }
    module
}

/// Parses `text` and, if it parses, dumps it in every form.
pub fn parse_and_dump(text: &str, mode: Mode, type_comments: bool) -> Result<Mod, SyntaxError> {
    let result = LalrpopParser.parse(text, ParseOptions { mode, type_comments });
    if let Ok(tree) = &result {
        for include_attributes in [false, true] {
            for indent in [None, Some(3)] {
                let _ = dump(tree, DumpOptions { include_attributes, indent });
            }
        }
    }
    result
}

/// Parses `text` as a module, failing the test if that takes longer than `limit`.
pub fn parse_module_within(text: &str, limit: Duration) -> Result<Mod, SyntaxError> {
    let started = Instant::now();
    let result = parse_and_dump(text, Mode::Exec, false);
    let took = started.elapsed();
    assert!(took <= limit, "took {took:?} (limit {limit:?}) on {:?}", preview(text.as_bytes()));
    result
}

/// The first bytes of an input, for failure messages.
pub fn preview(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(80)];
    format!("{:?}{}", String::from_utf8_lossy(head), if bytes.len() > 80 { "..." } else { "" })
}

/// A small deterministic generator (splitmix64), so the mutation test is
/// reproducible without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}
