//! Python's rules for numbers and text as plain Rust functions: what `format`,
//! `%`, `hash`, `//`, `%`, `round`, `int()`, `float()` and the `str` methods
//! compute, over Rust types, so that they can be tested alone and reused by
//! any PVM. (Being written.)
