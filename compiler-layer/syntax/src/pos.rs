//! Source positions, as CPython's `ast` reports them.
//!
//! **Invariant:** `line` is 1-based and `col` is a 0-based offset in UTF-8
//! *bytes* from the start of the line — exactly `lineno` / `col_offset`.

/// A point in the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    /// The column of [`Pos::before_line`].
    pub const BEFORE_LINE: u32 = u32::MAX;

    pub const fn new(line: u32, col: u32) -> Self {
        Pos { line, col }
    }

    /// A point left of the line's first column: CPython's `offset` 0, where
    /// it reports an error found at an INDENT or DEDENT of a line that starts
    /// in column 0 (such tokens have no column; CPython uses the tokenizer's,
    /// which stands just before the line's first character). Only error
    /// positions use it; renderers show no caret for it.
    pub const fn before_line(line: u32) -> Self {
        Pos { line, col: Self::BEFORE_LINE }
    }
}

/// The extent of a node or token: `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Range {
    pub start: Pos,
    pub end: Pos,
}

impl Range {
    pub const fn new(start: Pos, end: Pos) -> Self {
        Range { start, end }
    }
}
