//! Python `open()` mode strings, parsed as CPython 3.11's `io.open` does.
//!
//! A mode is one of `r`, `w`, `x`, `a`, optionally `+`, optionally one of `b`,
//! `t`, each at most once, in any order. The errors are CPython's `ValueError`
//! messages, word for word.

use std::fmt;

use crate::backend::OpenOptions;

/// A parsed mode: the OS-level [`OpenOptions`] and whether it is binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenMode {
    pub options: OpenOptions,
    /// `b` given: `bytes` in and out; otherwise text.
    pub binary: bool,
}

/// A bad mode string; `Display` is CPython's `ValueError` message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModeError(pub String);

impl fmt::Display for ModeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ModeError {}

impl OpenMode {
    /// Parses a Python mode string such as `"r"`, `"wb"`, `"a+"`, `"x"`.
    pub fn parse(mode: &str) -> Result<OpenMode, ModeError> {
        let invalid = || ModeError(format!("invalid mode: '{mode}'"));
        let (mut r, mut w, mut x, mut a, mut plus, mut t, mut b) =
            (false, false, false, false, false, false, false);
        for (i, c) in mode.char_indices() {
            let flag = match c {
                'r' => &mut r,
                'w' => &mut w,
                'x' => &mut x,
                'a' => &mut a,
                '+' => &mut plus,
                't' => &mut t,
                'b' => &mut b,
                _ => return Err(invalid()),
            };
            *flag = true;
            if mode[i + c.len_utf8()..].contains(c) {
                return Err(invalid());
            }
        }
        if t && b {
            return Err(ModeError("can't have text and binary mode at once".to_string()));
        }
        let count = [r, w, x, a].iter().filter(|f| **f).count();
        if count > 1 {
            return Err(ModeError("must have exactly one of create/read/write/append mode".to_string()));
        }
        if count == 0 {
            return Err(ModeError(
                "Must have exactly one of create/read/write/append mode and at most one plus".to_string(),
            ));
        }
        let options = OpenOptions {
            read: r || plus,
            write: w || x || a || plus,
            append: a,
            truncate: w,
            create: w || a,
            create_new: x,
        };
        Ok(OpenMode { options, binary: b })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(mode: &str) -> String {
        match OpenMode::parse(mode) {
            Ok(m) => format!("ok {m:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn errors_match_cpython() {
        let one = "must have exactly one of create/read/write/append mode";
        let none = "Must have exactly one of create/read/write/append mode and at most one plus";
        assert_eq!(err("rw"), one);
        assert_eq!(err("wx"), one);
        assert_eq!(err("rr"), "invalid mode: 'rr'");
        assert_eq!(err("r++"), "invalid mode: 'r++'");
        assert_eq!(err("q"), "invalid mode: 'q'");
        assert_eq!(err("rU"), "invalid mode: 'rU'");
        assert_eq!(err("rbt"), "can't have text and binary mode at once");
        assert_eq!(err("abt"), "can't have text and binary mode at once");
        assert_eq!(err(""), none);
        assert_eq!(err("b"), none);
        assert_eq!(err("+"), none);
        assert_eq!(err("é"), "invalid mode: 'é'");
    }

    #[test]
    fn flags() {
        let m = OpenMode::parse("r+b").unwrap_or_else(|e| panic!("{e}"));
        assert!(m.binary && m.options.read && m.options.write && !m.options.truncate);
        let m = OpenMode::parse("w").unwrap_or_else(|e| panic!("{e}"));
        assert!(!m.options.read && m.options.write && m.options.truncate && m.options.create);
        let m = OpenMode::parse("a+").unwrap_or_else(|e| panic!("{e}"));
        assert!(m.options.read && m.options.append && m.options.create);
        let m = OpenMode::parse("xb").unwrap_or_else(|e| panic!("{e}"));
        assert!(m.options.create_new && m.options.write && !m.options.read);
    }
}
