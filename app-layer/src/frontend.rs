//! The one place the app layer chooses its parser.
//!
//! Everything that parses — running a program, `-m ast`, the xtask parity
//! checks — goes through [`parse`], so swapping in another implementation of
//! the `Parser` trait (a student's hand-written parser, say) is a one-line
//! change here.

use crate::syntax::ast::Mod;
use crate::syntax::{LalrpopParser, Mode, ParseOptions, Parser, SyntaxError};

/// The parser the app layer uses.
pub fn parser() -> &'static dyn Parser {
    &LalrpopParser
}

/// Parses decoded source text.
pub fn parse(source: &str, mode: Mode, type_comments: bool) -> Result<Mod, SyntaxError> {
    parser().parse(source, ParseOptions { mode, type_comments })
}
