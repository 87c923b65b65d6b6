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
