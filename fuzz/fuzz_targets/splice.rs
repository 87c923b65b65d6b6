//! Structure-aware: the input is a recipe that splices lines and tokens of the
//! golden Python files (`tests/golden/**/*.py`) with tricky tokens and
//! indentation, so most inputs get past the lexer and deep into the grammar,
//! the f-string parser and the validators.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use strata_fuzz::{parse_and_report, split_selector, MODES};

struct Fragments {
    lines: Vec<String>,
    tokens: Vec<String>,
}

/// Tokens that open, close or bend structure.
const SPECIAL: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    "=",
    ":=",
    "*",
    "**",
    "->",
    ".",
    "...",
    "\\\n",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "f\"",
    "f'",
    "rf'",
    "b'",
    "{x!r:{y}}",
    "{",
    "}",
    "#",
    "# type: int\n",
    "# type: ignore\n",
    "\t",
    "\x0c",
    "\r",
    "\r\n",
    "\n",
    "    ",
    "lambda",
    "if",
    "else",
    "for",
    "in",
    "async",
    "await",
    "yield",
    "match",
    "case",
    "_",
    "not",
    "-",
    "~",
    "@",
    "\\",
    "\0",
    "\u{fffd}",
    "é",
    "𝔘",
    "0x",
    "1_",
    "1e",
    "1j",
    "0o8",
    "\\N{",
    "\\x",
    "\\u",
    "global",
    "nonlocal",
    "del",
];

fn fragments() -> &'static Fragments {
    static CELL: OnceLock<Fragments> = OnceLock::new();
    CELL.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden");
        let mut lines = Vec::new();
        for folder in ["ast", "eval", "syntax_errors", "tokenize"] {
            let Ok(entries) = std::fs::read_dir(root.join(folder)) else { continue };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "py") {
                    if let Ok(text) = std::fs::read_to_string(&path) {
                        lines.extend(text.lines().map(|l| l.trim_start().to_string()));
                    }
                }
            }
        }
        lines.sort();
        lines.dedup();
        let mut tokens: Vec<String> =
            lines.iter().flat_map(|l| l.split(' ')).filter(|t| !t.is_empty()).map(str::to_string).collect();
        tokens.sort();
        tokens.dedup();
        if lines.is_empty() {
            lines.push("x = 1".to_string());
        }
        if tokens.is_empty() {
            tokens.push("x".to_string());
        }
        Fragments { lines, tokens }
    })
}

fuzz_target!(|data: &[u8]| {
    let (selector, recipe) = split_selector(data);
    let f = fragments();
    let mut source = String::new();
    let mut indent = 0usize;
    for step in recipe.chunks(3) {
        let op = step[0];
        let index = step.get(1..).map_or(0, |b| b.iter().fold(0usize, |acc, &x| acc << 8 | usize::from(x)));
        match op % 4 {
            0 => {
                source.push_str(&" ".repeat(indent));
                source.push_str(&f.lines[index % f.lines.len()]);
                source.push('\n');
            }
            1 => {
                source.push_str(&f.tokens[index % f.tokens.len()]);
                source.push(' ');
            }
            2 => source.push_str(SPECIAL[index % SPECIAL.len()]),
            _ => {
                indent = usize::from(op >> 2) % 12 * 4;
                source.push('\n');
                source.push_str(&" ".repeat(indent));
            }
        }
    }
    let mode = MODES[usize::from(selector) % MODES.len()];
    parse_and_report(&source, mode, selector & 4 != 0);
});
