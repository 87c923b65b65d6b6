//! Strata's front end: Python 3.11 source text in, CPython's AST out.
//!
//! The pipeline is `lexer` (logos tokens, then indentation) → `parser`
//! (a lalrpop LR(1) grammar over a cover grammar, validated afterwards) →
//! `ast`. String literals are decoded by `literal`, which calls back into the
//! parser for f-string replacement fields. `view` sees any node as its class
//! name, fields and location (`unview` goes back); `dump` prints an AST exactly as
//! CPython's `ast.dump` does; `tokenize` mirrors CPython's `tokenize` module.
//!
//! **Invariant:** nothing here does I/O and nothing here panics on any input:
//! every failure is a [`SyntaxError`].

pub mod ast;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod pos;
pub mod pyrepr;
pub mod source;
pub mod token;
pub mod tokenize;
pub mod unparse;
pub mod unview;
pub mod view;
pub mod wtf8;

pub use error::{error_text, ErrorKind, SyntaxError};
pub use parser::{LalrpopParser, Mode, ParseOptions, Parser};
pub use pos::{Pos, Range};
