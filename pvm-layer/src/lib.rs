//! The PVM layer: frames, objects, exceptions, GC, builtins. (Being written.)
//!
//! `semantics/` holds Python's rules for numbers and text as plain Rust
//! functions over Rust types (formatting, hashing, int/float arithmetic, str
//! methods), independent of how the PVM stores its values.

pub mod semantics;
