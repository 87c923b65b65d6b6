//! Helpers shared by the compiler layer's tests.
#![allow(dead_code)]

use compiler_layer::{BytecodeCompiler, CodeObject, Compiler, Mode, SyntaxError};
use std::sync::Arc;

pub fn compile(source: &str) -> Result<Arc<CodeObject>, SyntaxError> {
    BytecodeCompiler.compile(source, "<test>", Mode::Exec)
}

pub fn dis(source: &str) -> String {
    match compile(source) {
        Ok(code) => compiler_layer::dis::disassemble(&code),
        Err(e) => format!("error: {e}"),
    }
}
