//! Syntax errors, shaped like CPython's `SyntaxError` and its subclasses.

use crate::pos::Pos;
use std::fmt;

/// Which exception class CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Nesting deeper than the front end accepts: CPython raises
    /// `RecursionError` ("maximum recursion depth exceeded during compilation").
    RecursionError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// An error in the source text. Positions are byte-based (see [`Pos`]); the
/// app layer converts them to CPython's 1-based character offsets when printing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub start: Pos,
    pub end: Pos,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, start: Pos, end: Pos) -> Self {
        SyntaxError { kind: ErrorKind::SyntaxError, msg: msg.into(), start, end }
    }

    pub fn with_kind(kind: ErrorKind, msg: impl Into<String>, start: Pos, end: Pos) -> Self {
        SyntaxError { kind, msg: msg.into(), start, end }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.msg, self.start.line)
    }
}

impl std::error::Error for SyntaxError {}

/// The source line and caret line CPython prints under `  File "…", line N`
/// for a `SyntaxError` (`print_error_text` and its caller in
/// `pythonrun.c`), from the exception's attributes: `text` is the offending
/// line, `offset`/`end_offset` are 1-based character columns. Shared by the
/// app layer's report of a script's error and the PVM's traceback of an
/// imported module's, so the two cannot drift apart.
pub fn error_text(text: &str, lineno: u32, offset: i64, end_lineno: u32, end_offset: i64) -> String {
    let text_chars = i64::try_from(text.chars().count()).unwrap_or(i64::MAX);
    let end_offset = if end_lineno > lineno {
        text_chars
    } else if end_lineno == lineno {
        end_offset
    } else {
        -1
    }
    .min(text_chars + 1);
    let carets = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };

    // To 0-based, then strip leading whitespace, moving the offset with it.
    let mut offset = offset - 1;
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset -= i64::try_from(text.len() - stripped.len()).unwrap_or(0);
    let shown = stripped.strip_suffix('\n').unwrap_or(stripped);
    let len = i64::try_from(shown.chars().count()).unwrap_or(i64::MAX);
    offset = offset.min(len);

    let mut out = format!("    {shown}\n");
    if offset >= 0 {
        let spaces = usize::try_from(offset).unwrap_or(0);
        let carets = usize::try_from(carets).unwrap_or(1);
        out.push_str(&format!("    {}{}\n", " ".repeat(spaces), "^".repeat(carets)));
    }
    out
}
