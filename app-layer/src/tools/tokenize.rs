//! `strata -m tokenize`: the token listing `python3 -m tokenize` prints.
//!
//! ```text
//! strata -m tokenize [-h] [-e] [filename.py]
//! ```
//!
//! The listing itself comes from the syntax crate's `tokenize::listing`,
//! which mirrors CPython's `tokenize` module; this file only does the command
//! line, the file reading and the error line (`FILE:LINE:COL: error: MSG`).

use super::argparse::{self, Found, OptSpec};
use crate::syntax::tokenize;
use crate::{source_file, Stdio};

const USAGE: &str = "usage: strata -m tokenize [-h] [-e] [filename.py]\n";

const HELP: &str = "
positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type
";

const SPECS: &[OptSpec] = &[
    OptSpec { short: Some('h'), long: "help", takes_value: false },
    OptSpec { short: Some('e'), long: "exact", takes_value: false },
];

/// `strata -m tokenize ARGS`: the exit status.
pub fn main(args: &[String], io: &mut Stdio<'_>) -> i32 {
    let found = match argparse::scan(args, SPECS) {
        Ok(found) => found,
        Err(message) => {
            let _ = write!(io.stderr, "{USAGE}strata -m tokenize: error: {message}\n");
            return 2;
        }
    };
    let mut exact = false;
    let mut filename = None;
    for item in found {
        match item {
            Found::Opt("help", _) => {
                let _ = write!(io.stdout, "{USAGE}{HELP}");
                return 0;
            }
            Found::Opt(_, _) => exact = true,
            Found::Positional(path) if filename.is_none() => filename = Some(path),
            Found::Positional(extra) => {
                let _ =
                    write!(io.stderr, "{USAGE}strata -m tokenize: error: unrecognized arguments: {extra}\n");
                return 2;
            }
        }
    }
    let (name, bytes) = match filename {
        Some(path) => match source_file::read(&os_layer::HostOs::new(), &path) {
            Ok(bytes) => (path, bytes),
            Err(e) => {
                let _ = writeln!(io.stderr, "error: {e}: '{path}'");
                return 1;
            }
        },
        None => {
            let mut bytes = Vec::new();
            if let Err(e) = io.stdin.read_to_end(&mut bytes) {
                let _ = writeln!(io.stderr, "error: {e}");
                return 1;
            }
            ("<stdin>".to_string(), bytes)
        }
    };
    match tokenize::listing(&bytes, exact) {
        Ok(text) => {
            let _ = io.stdout.write_all(text.as_bytes());
            if !text.is_empty() && !text.ends_with('\n') {
                let _ = writeln!(io.stdout);
            }
            0
        }
        Err(error) => {
            let _ = writeln!(io.stderr, "{}", error_line(&name, &error));
            1
        }
    }
}

/// CPython's tokenize prints `FILE:LINE:COL: error: MSG` (or `FILE: error: MSG`);
/// `listing` does not know the file name, so its error is the line without
/// `FILE:` in front, which we add here (and leave alone if it is already there).
fn error_line(filename: &str, error: &str) -> String {
    if error.starts_with(&format!("{filename}:")) {
        error.to_string()
    } else if error.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{filename}:{error}")
    } else if let Some(rest) = error.strip_prefix("error: ") {
        format!("{filename}: error: {rest}")
    } else {
        error.to_string()
    }
}
