//! Python's rules for numbers and text as plain Rust functions: what `format`,
//! `%`, `hash`, `//`, `%`, `round`, `int()`, `float()` and the `str` methods
//! compute, over Rust types, so that they can be tested alone and reused by
//! any PVM.
//!
//! **Invariant:** nothing here knows how the PVM stores values: inputs and
//! outputs are `&str`, `i64`, `BigInt`, `f64` and small enums defined here;
//! where a rule needs an arbitrary object (`%s`, `{0.attr}`), the caller
//! supplies it through a trait or walks a parsed result.
//!
//! **Invariant:** no function panics, and none allocates more than its result
//! needs: absurd widths and exponents give CPython's error (or `MemoryError`)
//! instead of gigabytes.
//!
//! Every expected value in the golden tests (`golden/`) was produced by
//! CPython 3.11; each generator script sits beside the data it wrote.

pub mod bytes_ops;
pub mod complex_ops;
pub mod float_ops;
pub mod format_spec;
pub mod hash;
pub mod int_ops;
pub mod printf;
pub mod str_format;
pub mod str_methods;
pub mod unicode;
pub mod unicodedata;

#[cfg(test)]
mod golden;

use std::fmt;

/// A Python exception these rules raise: the class, with CPython's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PyErrorKind {
    ValueError(String),
    TypeError(String),
    OverflowError(String),
    ZeroDivisionError(String),
    IndexError(String),
    KeyError(String),
    /// `MemoryError()` (no message): a result too large to build.
    MemoryError,
}

impl PyErrorKind {
    /// The exception class's name: `"ValueError"`.
    pub fn class_name(&self) -> &'static str {
        match self {
            PyErrorKind::ValueError(_) => "ValueError",
            PyErrorKind::TypeError(_) => "TypeError",
            PyErrorKind::OverflowError(_) => "OverflowError",
            PyErrorKind::ZeroDivisionError(_) => "ZeroDivisionError",
            PyErrorKind::IndexError(_) => "IndexError",
            PyErrorKind::KeyError(_) => "KeyError",
            PyErrorKind::MemoryError => "MemoryError",
        }
    }

    /// The message, `str(exc)` (for `KeyError`, the key's repr is the caller's).
    pub fn message(&self) -> &str {
        match self {
            PyErrorKind::ValueError(m)
            | PyErrorKind::TypeError(m)
            | PyErrorKind::OverflowError(m)
            | PyErrorKind::ZeroDivisionError(m)
            | PyErrorKind::IndexError(m)
            | PyErrorKind::KeyError(m) => m,
            PyErrorKind::MemoryError => "",
        }
    }
}

impl fmt::Display for PyErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

/// Results of the rules in this module.
pub type PyResult<T> = Result<T, PyErrorKind>;

pub(crate) fn value_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErrorKind::ValueError(msg.into()))
}

pub(crate) fn overflow_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErrorKind::OverflowError(msg.into()))
}

pub(crate) fn zero_division<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErrorKind::ZeroDivisionError(msg.into()))
}

/// The largest string (in characters) any rule here builds; past it, `MemoryError`.
/// CPython would try and fail (or swap); we refuse early.
pub const MAX_RESULT_LEN: usize = 1 << 28;
