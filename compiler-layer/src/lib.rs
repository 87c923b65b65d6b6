//! The compiler layer: Python source in, AST (and, later, code objects) out.
//!
//! The front end lives in the `strata-syntax` crate (`syntax/`), kept apart
//! because its generated parser dominates compile time.
//!
//! **Invariant:** the compiler layer does no I/O.

pub use strata_syntax as syntax;
