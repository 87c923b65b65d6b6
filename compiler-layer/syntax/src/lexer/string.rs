//! String literal bodies. Logos recognises the prefix and opening quote; this
//! module finds the closing quote, skipping backslash escapes, and counts the
//! newlines crossed so the caller can keep its line numbers right.

/// Where a physical line starts, kept up to date while scanning.
#[derive(Clone, Copy, Debug)]
pub struct Lines {
    /// 1-based number of the current line.
    pub line: u32,
    /// Byte offset of the current line's first character.
    pub start: usize,
}

impl Lines {
    /// Records a line break whose last byte is at `nl_end - 1`.
    pub fn newline(&mut self, nl_end: usize) {
        self.line += 1;
        self.start = nl_end;
    }
}

/// A string that never closes; `line` is CPython's "detected at line N".
#[derive(Debug, PartialEq)]
pub struct Unterminated {
    pub triple: bool,
    pub line: u32,
}

/// Scans a string body starting at `i` (just after the opening quote(s)) and
/// returns the offset just past the closing quote(s).
pub fn scan(
    s: &[u8],
    mut i: usize,
    quote: u8,
    triple: bool,
    lines: &mut Lines,
) -> Result<usize, Unterminated> {
    loop {
        let Some(&c) = s.get(i) else {
            // At EOF after a final line break, CPython names the last real line.
            let line = if lines.start == s.len() && lines.line > 1 { lines.line - 1 } else { lines.line };
            return Err(Unterminated { triple, line });
        };
        match c {
            b'\\' => {
                i += 1;
                match s.get(i) {
                    Some(b'\r') if s.get(i + 1) == Some(&b'\n') => {
                        i += 2;
                        lines.newline(i);
                    }
                    Some(b'\r') | Some(b'\n') => {
                        i += 1;
                        lines.newline(i);
                    }
                    Some(_) => i += 1,
                    None => {}
                }
            }
            b'\n' | b'\r' => {
                if !triple {
                    return Err(Unterminated { triple, line: lines.line });
                }
                i += if c == b'\r' && s.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                lines.newline(i);
            }
            _ if c == quote => {
                if !triple {
                    return Ok(i + 1);
                }
                if s.get(i + 1) == Some(&quote) && s.get(i + 2) == Some(&quote) {
                    return Ok(i + 3);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(src: &str, from: usize, triple: bool) -> (Result<usize, Unterminated>, u32) {
        let mut lines = Lines { line: 1, start: 0 };
        let q = src.as_bytes()[from - 1];
        (scan(src.as_bytes(), from, q, triple, &mut lines), lines.line)
    }

    #[test]
    fn closes_and_counts_lines() {
        assert_eq!(run(r"'a\'b' x", 1, false), (Ok(6), 1));
        assert_eq!(run("'a\\\nb'", 1, false), (Ok(6), 2));
        assert_eq!(run("'''a\n''b'''", 3, true), (Ok(11), 2));
        assert_eq!(run("'''a\r\nb'''", 3, true), (Ok(10), 2));
    }

    #[test]
    fn unterminated() {
        let (r, _) = run("'abc\n", 1, false);
        assert_eq!(r, Err(Unterminated { triple: false, line: 1 }));
        let (r, _) = run("'''abc\n\n", 3, true);
        assert_eq!(r, Err(Unterminated { triple: true, line: 2 }));
        let (r, _) = run("'a\\\n", 1, false);
        assert_eq!(r, Err(Unterminated { triple: false, line: 1 }));
    }
}
