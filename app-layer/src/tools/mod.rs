//! Tool modules run natively by `strata -m NAME`, in the spirit of CPython's
//! `python3 -m ast`, `-m tokenize`, `-m dis`, `-m py_compile` and
//! `-m compileall`: same options, and the same output where the layers agree.

pub mod argparse;
pub mod ast;
pub mod compile;
pub mod dis;
pub mod tokenize;

use crate::Stdio;

/// Runs tool module `name` with its arguments, or `None` if there is no such tool.
pub fn run(name: &str, args: &[String], io: &mut Stdio<'_>) -> Option<i32> {
    match name {
        "ast" => Some(ast::main(args, io)),
        "tokenize" => Some(tokenize::main(args, io)),
        "dis" => Some(dis::main(args, io)),
        "py_compile" => Some(compile::py_compile(args, io)),
        "compileall" => Some(compile::compileall(args, io)),
        _ => None,
    }
}
