//! The compiler layer: Python source in, code objects out.
//!
//! `syntax` (the `strata-syntax` crate, kept apart because its generated parser
//! dominates compile time) turns text into an AST; `symtable` decides where each
//! name lives; `codegen` emits [`Instruction`]s into [`CodeObject`]s; `dis`
//! shows them; `verify` checks their stack discipline independently.
//!
//! **Invariant:** the compiler layer does no I/O: text in, code objects out.
//!
//! **API boundary:** [`Compiler`] is what the PVM calls (for `exec`, `eval`,
//! `compile`) and what a student's compiler implements.

pub mod cache;
pub mod code;
pub mod codegen;
pub mod dis;
pub mod instruction;
pub mod symtable;
pub mod verify;

pub use code::{CodeObject, Constant};
pub use instruction::Instruction;
pub use strata_syntax as syntax;
pub use strata_syntax::{Mode, SyntaxError};

use std::sync::Arc;
use strata_syntax::ast::Mod;
use strata_syntax::{LalrpopParser, ParseOptions, Parser};

/// **API boundary:** source text to a module's (or expression's) code object.
pub trait Compiler: Send + Sync {
    /// Compiles `source`, reporting errors against `filename`. `Mode::Eval`
    /// code returns its expression's value; `Mode::Single` prints expression
    /// statements' values (the REPL).
    fn compile(&self, source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, SyntaxError>;

    /// [`compile`](Self::compile), with the `SyntaxWarning`s it issued
    /// (none unless a compiler looks for them).
    fn compile_with_warnings(
        &self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> Result<Compiled, SyntaxError> {
        self.compile(source, filename, mode).map(|code| (code, Vec::new()))
    }

    /// Parses `source` into CPython's AST (`ast.parse`): the tree a program
    /// sees through `import ast`. `Mode::FuncType` is `mode='func_type'`.
    fn parse(&self, source: &str, mode: Mode) -> Result<Mod, SyntaxError>;

    /// Compiles a tree a program built or changed (`compile(tree, ...)`).
    fn compile_tree(&self, tree: &Mod, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, SyntaxError>;
}

/// A code object and the warnings compiling it issued.
pub type Compiled = (Arc<CodeObject>, Vec<CompileWarning>);

/// A `SyntaxWarning` (`"is" with a literal`...): CPython shows it through the
/// `warnings` machinery when it compiles the source, never when it loads the
/// code from a cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub msg: String,
    /// The node warned about: its first line is the warning's line.
    pub range: strata_syntax::Range,
}

/// The reference compiler: the lalrpop parser, then [`symtable`], then
/// [`codegen`], then [`CodeObject::validate`].
#[derive(Clone, Copy, Debug, Default)]
pub struct BytecodeCompiler;

impl BytecodeCompiler {
    /// Compiles an already parsed module.
    ///
    /// The symbol table and the code generator recurse over the tree, whose
    /// nesting the parser bounds (3,000 levels); their frames are large in a
    /// debug build. So they run on the caller's stack when it has
    /// [`COMPILE_STACK_NEEDED`] left (the PVM's thread has), else on a fresh
    /// stack segment of [`COMPILE_STACK`] (the `stacker` crate switches
    /// stacks in place: no thread to start, which cost every import and
    /// every `exec` a quarter of a millisecond).
    pub fn compile_ast(
        &self,
        module: &Mod,
        filename: &str,
        mode: Mode,
    ) -> Result<(CodeObject, Vec<CompileWarning>), SyntaxError> {
        stacker::maybe_grow(COMPILE_STACK_NEEDED, COMPILE_STACK, || {
            self.compile_ast_here(module, filename, mode)
        })
    }

    /// [`compile_ast`](Self::compile_ast) on the caller's stack.
    pub fn compile_ast_here(
        &self,
        module: &Mod,
        filename: &str,
        mode: Mode,
    ) -> Result<(CodeObject, Vec<CompileWarning>), SyntaxError> {
        if let Mod::Module { body, .. } = module {
            codegen::check_future_placement(body)?;
        }
        let table = symtable::SymbolTable::build(module)?;
        let (code, warnings) = codegen::compile_module(module, &table, filename, mode)?;
        code.validate().map_err(internal_error)?;
        Ok((code, warnings))
    }
}

/// The stack the compiler needs for the deepest tree the parser accepts, in
/// a debug build (`tests/deep.rs` checks it), with room to spare.
pub const COMPILE_STACK_NEEDED: usize = 64 << 20;

/// The stack segment the compiler gets when the caller's has less than
/// [`COMPILE_STACK_NEEDED`] left; only what is touched is committed.
pub const COMPILE_STACK: usize = 256 << 20;

fn internal_error(msg: String) -> SyntaxError {
    SyntaxError::new(format!("internal compiler error: {msg}"), Default::default(), Default::default())
}

impl Compiler for BytecodeCompiler {
    fn compile(&self, source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, SyntaxError> {
        self.compile_with_warnings(source, filename, mode).map(|(code, _)| code)
    }

    fn compile_with_warnings(
        &self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> Result<Compiled, SyntaxError> {
        let module = Compiler::parse(self, source, mode)?;
        let (code, warnings) = self.compile_ast(&module, filename, mode)?;
        Ok((Arc::new(code), warnings))
    }

    fn parse(&self, source: &str, mode: Mode) -> Result<Mod, SyntaxError> {
        LalrpopParser.parse(source, ParseOptions { mode, type_comments: false })
    }

    fn compile_tree(&self, tree: &Mod, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, SyntaxError> {
        self.compile_ast(tree, filename, mode).map(|(code, _)| Arc::new(code))
    }
}
