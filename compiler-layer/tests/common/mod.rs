//! Helpers shared by the compiler layer's tests.
#![allow(dead_code)]

use compiler_layer::{BytecodeCompiler, CodeObject, Compiler, Mode, SyntaxError};
use std::sync::Arc;

pub fn compile(source: &str) -> Result<Arc<CodeObject>, SyntaxError> {
    BytecodeCompiler.compile(source, "<test>", Mode::Exec)
}

/// Parses and compiles on the caller's stack, without switching stacks.
pub fn compile_here(source: &str) -> Result<CodeObject, SyntaxError> {
    use compiler_layer::syntax::{LalrpopParser, ParseOptions, Parser};
    let module = LalrpopParser.parse(source, ParseOptions { mode: Mode::Exec, type_comments: false })?;
    BytecodeCompiler.compile_ast_here(&module, "<test>", Mode::Exec).map(|(code, _)| code)
}

pub fn dis(source: &str) -> String {
    match compile(source) {
        Ok(code) => compiler_layer::dis::disassemble(&code),
        Err(e) => format!("error: {e}"),
    }
}
