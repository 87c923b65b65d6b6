//! Shared checks for the fuzz targets: each runs one entry point of the front
//! end on arbitrary input and lets any panic, abort or stack overflow surface
//! as a libFuzzer crash (hangs surface through `-timeout`).

use app_layer::report::{render_syntax_error, Columns};
use strata_syntax::dump::{dump, DumpOptions};
use strata_syntax::{LalrpopParser, Mode, ParseOptions, Parser};

pub const MODES: [Mode; 4] = [Mode::Exec, Mode::Eval, Mode::Single, Mode::FuncType];

/// Parses `source` in `mode`; dumps the tree in every form, or renders the error
/// in both column styles.
pub fn parse_and_report(source: &str, mode: Mode, type_comments: bool) {
    match LalrpopParser.parse(source, ParseOptions { mode, type_comments }) {
        Ok(tree) => {
            for include_attributes in [false, true] {
                for indent in [None, Some(3)] {
                    let _ = dump(&tree, DumpOptions { include_attributes, indent });
                }
            }
        }
        Err(error) => {
            for columns in [Columns::Characters, Columns::Bytes] {
                let _ = render_syntax_error(&error, "<fuzz>", source, columns);
            }
        }
    }
}

/// Splits the first byte off `data` as an option selector.
pub fn split_selector(data: &[u8]) -> (u8, &[u8]) {
    match data.split_first() {
        Some((&b, rest)) => (b, rest),
        None => (0, data),
    }
}
