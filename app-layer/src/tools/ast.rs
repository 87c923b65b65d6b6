//! `strata -m ast`: prints a program's AST exactly as `python3 -m ast` does.
//!
//! ```text
//! strata -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments]
//!               [-a] [-i INDENT] [infile]
//! ```
//!
//! Like CPython's `ast.main`: the input is read as bytes (so PEP 263 applies),
//! parsed with `type_comments=True` unless `--no-type-comments`, and printed
//! with `ast.dump(tree, include_attributes=-a, indent=-i (default 3))` and a
//! newline. On a syntax error CPython prints a traceback through `runpy`
//! before the error; we print only the error itself, as running a file would.

use super::argparse::{self, Found, OptSpec};
use crate::report::{render_syntax_error, Columns};
use crate::syntax::dump::{dump, DumpOptions};
use crate::syntax::{source, Mode, SyntaxError};
use crate::{frontend, source_file, Stdio};

const USAGE: &str = "usage: strata -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
";

const HELP: &str = "
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
";

const SPECS: &[OptSpec] = &[
    OptSpec { short: Some('h'), long: "help", takes_value: false },
    OptSpec { short: Some('m'), long: "mode", takes_value: true },
    OptSpec { short: None, long: "no-type-comments", takes_value: false },
    OptSpec { short: Some('a'), long: "include-attributes", takes_value: false },
    OptSpec { short: Some('i'), long: "indent", takes_value: true },
];

/// What to parse and how to print it: the options of `python3 -m ast`.
#[derive(Clone, Copy, Debug)]
pub struct AstOptions {
    pub mode: Mode,
    pub type_comments: bool,
    pub include_attributes: bool,
    /// `ast.dump`'s indent; a negative indent prints like 0, as in Python.
    pub indent: i64,
}

impl Default for AstOptions {
    fn default() -> Self {
        AstOptions { mode: Mode::Exec, type_comments: true, include_attributes: false, indent: 3 }
    }
}

/// The text `python3 -m ast` prints for `bytes` (without the final newline),
/// or the syntax error it stops with and the text to show its line from.
///
/// This is the function the xtask `ast-parity` check calls: the binary and
/// the check can never disagree about what `-m ast` prints.
pub fn dump_source(bytes: &[u8], options: AstOptions) -> Result<String, (SyntaxError, String)> {
    let text = source::decode(bytes).map_err(|e| (e, lossy_text(bytes)))?;
    let tree = frontend::parse(&text, options.mode, options.type_comments).map_err(|e| (e, text))?;
    let indent = usize::try_from(options.indent.max(0)).unwrap_or(0);
    Ok(dump(&tree, DumpOptions { include_attributes: options.include_attributes, indent: Some(indent) }))
}

/// Source text for showing an error line when the bytes did not decode: CPython
/// shows the undecodable bytes as U+FFFD.
pub fn lossy_text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace("\r\n", "\n").replace('\r', "\n")
}

/// `strata -m ast ARGS`: the exit status.
pub fn main(args: &[String], io: &mut Stdio<'_>) -> i32 {
    let (options, infile) = match parse_args(args) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => {
            let _ = write!(io.stdout, "{USAGE}{HELP}");
            return 0;
        }
        Err(message) => {
            let _ = write!(io.stderr, "{USAGE}strata -m ast: error: {message}\n");
            return 2;
        }
    };
    let (name, bytes) = match infile.as_deref() {
        None | Some("-") => {
            let mut bytes = Vec::new();
            if let Err(e) = io.stdin.read_to_end(&mut bytes) {
                let _ = writeln!(io.stderr, "strata -m ast: error: reading stdin: {e}");
                return 1;
            }
            ("<stdin>".to_string(), bytes)
        }
        Some(path) => match source_file::read(&os_layer::HostOs::new(), path) {
            Ok(bytes) => (path.to_string(), bytes),
            Err(e) => {
                let _ = write!(
                    io.stderr,
                    "{USAGE}strata -m ast: error: argument infile: can't open '{path}': {e}: '{path}'\n"
                );
                return 2;
            }
        },
    };
    match dump_source(&bytes, options) {
        Ok(text) => {
            let _ = writeln!(io.stdout, "{text}");
            0
        }
        Err((error, text)) => {
            let _ = write!(io.stderr, "{}", render_syntax_error(&error, &name, &text, Columns::Characters));
            1
        }
    }
}

/// `Ok(None)` means `-h`.
fn parse_args(args: &[String]) -> Result<Option<(AstOptions, Option<String>)>, String> {
    let mut options = AstOptions::default();
    let mut infile = None;
    for found in argparse::scan(args, SPECS)? {
        match found {
            Found::Opt("help", _) => return Ok(None),
            Found::Opt("mode", value) => {
                let value = value.unwrap_or_default();
                options.mode = match value.as_str() {
                    "exec" => Mode::Exec,
                    "eval" => Mode::Eval,
                    "single" => Mode::Single,
                    "func_type" => Mode::FuncType,
                    _ => {
                        return Err(format!(
                            "argument -m/--mode: invalid choice: '{value}' \
                             (choose from 'exec', 'single', 'eval', 'func_type')"
                        ))
                    }
                }
            }
            Found::Opt("no-type-comments", _) => options.type_comments = false,
            Found::Opt("include-attributes", _) => options.include_attributes = true,
            Found::Opt(_, value) => {
                let value = value.unwrap_or_default();
                options.indent = python_int(&value)
                    .ok_or_else(|| format!("argument -i/--indent: invalid int value: '{value}'"))?;
            }
            Found::Positional(path) if infile.is_none() => infile = Some(path),
            Found::Positional(extra) => return Err(format!("unrecognized arguments: {extra}")),
        }
    }
    Ok(Some((options, infile)))
}

/// `int(text)` for the small values an indent takes: surrounding whitespace,
/// a sign and `_` between digits allowed.
fn python_int(text: &str) -> Option<i64> {
    let t = text.trim();
    let (negative, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let value: i64 = digits.replace('_', "").parse().ok()?;
    Some(if negative { -value } else { value })
}
