//! Printing a `SyntaxError` exactly as CPython 3.11 does when it runs a file.
//!
//! CPython's `PyErr_Display` prints
//!
//! ```text
//!   File "/tmp/x.py", line 1
//!     x = = 1
//!         ^
//! SyntaxError: invalid syntax
//! ```
//!
//! The rules, from CPython's `print_error_text` (checked against
//! `sys.excepthook` on thousands of generated cases):
//!
//! * the offending line is printed with its leading spaces, tabs and form
//!   feeds removed, after four spaces;
//! * `offset` and `end_offset` are 1-based **character** columns (our
//!   [`Pos`] is a 0-based **byte** column: we convert);
//! * an error that ends on a later line underlines to the end of its line;
//! * `end_offset` is clipped to one past the line, and the caret run is
//!   `end_offset - offset` long, or 1 when that is not positive;
//! * no caret is printed when the offset falls left of the stripped text;
//! * line 0 means "no location": only the `File` line is printed.

use crate::syntax::{error_text, source, SyntaxError};
use pvm_layer::loader::{error_offsets, source_line};
use pvm_layer::SyntaxErrorInfo;
use std::fmt::Write as _;

/// How CPython counts the columns of the caret line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Columns {
    /// Source given as text (`-c`, `compile()`), or bytes that declare their
    /// encoding: columns count characters.
    Characters,
    /// Bytes read from a file or stdin without a BOM or coding cookie: CPython
    /// skips its byte-to-character conversion, so columns count UTF-8 bytes.
    Bytes,
}

/// The text CPython prints for `error` raised while compiling `source` from `filename`.
pub fn render_syntax_error(error: &SyntaxError, filename: &str, source: &str, columns: Columns) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "  File \"{filename}\", line {}", error.start.line);
    if let Some(text) = source_line(source, error.start.line) {
        let (offset, end_offset) = offsets(error, text, columns);
        out.push_str(&error_text(text, error.start.line, offset, error.end.line, end_offset));
    }
    let _ = writeln!(out, "{}: {}", error.kind.name(), error.msg);
    out
}

/// `error` as the attributes of the `SyntaxError` an importer gets for a
/// module file whose bytes are `bytes` (decoded: `source`).
pub fn error_info(error: &SyntaxError, filename: &str, source: &str, bytes: &[u8]) -> SyntaxErrorInfo {
    SyntaxErrorInfo::new(error, filename, source, source::declares_encoding(bytes))
}

/// `SyntaxError.offset` and `.end_offset` of `error` on its line `text`.
fn offsets(error: &SyntaxError, text: &str, columns: Columns) -> (i64, i64) {
    error_offsets(error, text, columns == Columns::Characters)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{ErrorKind, Pos};

    fn err(line: u32, col: u32, end_line: u32, end_col: u32) -> SyntaxError {
        SyntaxError::new("m", Pos::new(line, col), Pos::new(end_line, end_col))
    }

    // Expected texts are what python3.11's sys.excepthook prints for the same error.
    #[test]
    fn single_caret_after_stripped_indent() {
        let got = render_syntax_error(&err(1, 8, 1, 9), "f.py", "    x = = 1\n", Columns::Characters);
        assert_eq!(got, "  File \"f.py\", line 1\n    x = = 1\n        ^\nSyntaxError: m\n");
    }

    #[test]
    fn range_multiline_and_non_ascii() {
        let got = render_syntax_error(&err(1, 4, 1, 7), "f.py", "    f() = 1\n", Columns::Characters);
        assert!(got.contains("\n    f() = 1\n    ^^^\n"));
        let got = render_syntax_error(&err(1, 4, 2, 2), "f.py", "x = (1,\n  2 3\n", Columns::Characters);
        assert!(got.contains("\n    x = (1,\n        ^^^\n"));
        // "é" is two bytes but one column.
        let got = render_syntax_error(&err(1, 8, 1, 9), "f.py", "é = é = 1\n", Columns::Characters);
        assert!(got.contains("\n    é = é = 1\n          ^\n"));
    }

    #[test]
    fn eof_tabs_and_no_location() {
        let got = render_syntax_error(&err(1, 7, 1, 7), "f.py", "x = (1,", Columns::Characters);
        assert!(got.contains("\n    x = (1,\n           ^\n"));
        let got = render_syntax_error(&err(1, 4, 1, 5), "f.py", "x\t= = 1\n", Columns::Characters);
        assert!(got.contains("\n    x\t= = 1\n        ^\n"));
        let mut e = err(0, 0, 0, 0);
        e.kind = ErrorKind::IndentationError;
        let got = render_syntax_error(&e, "f.py", "x\n", Columns::Characters);
        assert_eq!(got, "  File \"f.py\", line 0\nIndentationError: m\n");
        // Only whitespace left of the offset: no caret line.
        let got = render_syntax_error(&err(1, 0, 1, 1), "f.py", "   \n", Columns::Characters);
        assert_eq!(got, "  File \"f.py\", line 1\n    \nSyntaxError: m\n");
    }
}

/// What CPython's default `warnings.showwarning` prints for a
/// `SyntaxWarning` found compiling the main program (no filter can be set
/// before it runs): `FILE:LINE: SyntaxWarning: MSG`, then the stripped
/// source line when `linecache` can read it (not for `<string>`, `<stdin>`).
pub fn render_warning(warning: &compiler_layer::CompileWarning, filename: &str, source: &str) -> String {
    let lineno = warning.range.start.line;
    let mut out = format!("{filename}:{lineno}: SyntaxWarning: {}\n", warning.msg);
    let line = source_line(source, lineno).map(str::trim).filter(|l| !l.is_empty());
    if let (false, Some(line)) = (filename.starts_with('<'), line) {
        let _ = writeln!(out, "  {line}");
    }
    out
}
