//! The compiler layer: Python source in, code objects out.
//!
//! `syntax` (the `strata-syntax` crate, kept apart because its generated parser
//! dominates compile time) turns text into an AST; `symtable` decides where each
//! name lives; `codegen` emits [`Instruction`]s into [`CodeObject`]s.
//!
//! **Invariant:** the compiler layer does no I/O: text in, code objects out.
//!
//! **API boundary:** [`Compiler`] is what the PVM calls (for `exec`, `eval`,
//! `compile`) and what a student's compiler implements.

pub mod code;
pub mod instruction;

pub use code::{CodeObject, Constant};
pub use instruction::Instruction;
pub use strata_syntax as syntax;
pub use strata_syntax::{Mode, SyntaxError};

use std::sync::Arc;

/// **API boundary:** source text to a module's (or expression's) code object.
pub trait Compiler: Send + Sync {
    /// Compiles `source`, reporting errors against `filename`. `Mode::Eval`
    /// code returns its expression's value; `Mode::Single` prints expression
    /// statements' values (the REPL).
    fn compile(&self, source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, SyntaxError>;
}
