//! Tool modules run natively by `strata -m NAME`, in the spirit of CPython's
//! `python3 -m ast` and `python3 -m tokenize`: same options, same output.

pub mod argparse;
pub mod ast;
pub mod tokenize;

use crate::Stdio;

/// Runs tool module `name` with its arguments, or `None` if there is no such tool.
pub fn run(name: &str, args: &[String], io: &mut Stdio<'_>) -> Option<i32> {
    match name {
        "ast" => Some(ast::main(args, io)),
        "tokenize" => Some(tokenize::main(args, io)),
        _ => None,
    }
}
