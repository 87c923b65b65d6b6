//! Indentation: measuring a line's leading blanks and keeping CPython's
//! indent stack, which yields INDENT/DEDENT counts or the indentation errors.
//!
//! CPython measures every line twice — with tabs to multiples of 8 and with
//! tabs as 1 column — and calls the indentation inconsistent (`TabError`) when
//! the two measures disagree on how a line compares with the stack.

use crate::error::ErrorKind;

const TAB_SIZE: u32 = 8;
/// CPython's `MAXINDENT`.
const MAX_INDENT: usize = 100;

pub const TOO_DEEP: &str = "too many levels of indentation";

/// The columns of a line's indentation and the byte length of its blanks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measure {
    pub col: u32,
    pub altcol: u32,
    pub len: usize,
}

/// Measures the blanks at the start of `line` (spaces, tabs, form feeds).
pub fn measure(line: &[u8]) -> Measure {
    let (mut col, mut altcol, mut len) = (0u32, 0u32, 0usize);
    for &c in line {
        match c {
            b' ' => {
                col += 1;
                altcol += 1;
            }
            b'\t' => {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol += 1;
            }
            // A form feed resets the column, as in CPython.
            b'\x0c' => {
                col = 0;
                altcol = 0;
            }
            _ => break,
        }
        len += 1;
    }
    Measure { col, altcol, len }
}

/// What a new logical line's indentation does to the block structure.
#[derive(Debug, PartialEq)]
pub enum Change {
    Same,
    Indent,
    Dedent(usize),
}

/// The stack of open indentation levels, `(col, altcol)`, bottom `(0, 0)`.
#[derive(Debug)]
pub struct Indents {
    stack: Vec<(u32, u32)>,
}

pub const TAB_ERROR: &str = "inconsistent use of tabs and spaces in indentation";
pub const DEDENT_ERROR: &str = "unindent does not match any outer indentation level";

impl Indents {
    pub fn new() -> Self {
        Indents { stack: vec![(0, 0)] }
    }

    /// Open levels above the bottom one (the DEDENTs owed at end of input).
    pub fn depth(&self) -> usize {
        self.stack.len() - 1
    }

    pub fn update(&mut self, m: Measure) -> Result<Change, (ErrorKind, &'static str)> {
        let tab_error = Err((ErrorKind::TabError, TAB_ERROR));
        let &(top, alttop) = self.stack.last().unwrap_or(&(0, 0));
        if m.col == top {
            if m.altcol != alttop {
                return tab_error;
            }
            Ok(Change::Same)
        } else if m.col > top {
            if self.stack.len() >= MAX_INDENT {
                return Err((ErrorKind::IndentationError, TOO_DEEP));
            }
            if m.altcol <= alttop {
                return tab_error;
            }
            self.stack.push((m.col, m.altcol));
            Ok(Change::Indent)
        } else {
            let mut popped = 0;
            while self.stack.len() > 1 && m.col < self.stack[self.stack.len() - 1].0 {
                self.stack.pop();
                popped += 1;
            }
            let &(top, alttop) = self.stack.last().unwrap_or(&(0, 0));
            if m.col != top {
                return Err((ErrorKind::IndentationError, DEDENT_ERROR));
            }
            if m.altcol != alttop {
                return tab_error;
            }
            Ok(Change::Dedent(popped))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_tabs_and_form_feeds() {
        assert_eq!(measure(b"  \tx").col, 8);
        assert_eq!(measure(b"  \tx").altcol, 3);
        assert_eq!(measure(b"    \x0c  x").col, 2);
        assert_eq!(measure(b"   ").len, 3);
    }

    #[test]
    fn stack() {
        let mut s = Indents::new();
        let m = |t: &[u8]| measure(t);
        assert_eq!(s.update(m(b"    x")), Ok(Change::Indent));
        assert_eq!(s.update(m(b"        x")), Ok(Change::Indent));
        assert_eq!(s.update(m(b"x")), Ok(Change::Dedent(2)));
        assert_eq!(s.update(m(b"    x")), Ok(Change::Indent));
        assert_eq!(s.update(m(b"  x")).unwrap_err().1, DEDENT_ERROR);
        let mut s = Indents::new();
        assert_eq!(s.update(m(b"\tx")), Ok(Change::Indent));
        assert_eq!(s.update(m(b"        x")).unwrap_err().0, ErrorKind::TabError);
    }
}
