//! `CodeObject`: the contract between the compiler layer and the PVM.
//!
//! One code object per scope (module, function, lambda, comprehension, class
//! body), nested through [`Constant::Code`]. This is what the code generator
//! produces, what the PVM executes, what `dis` shows and what the cache stores.
//!
//! **Invariant:** a code object is immutable once built and self-contained: every
//! index in its instructions is in range of its tables, every path stays in the
//! code and its value stack within `0..=max_stack` (`validate` checks this, and
//! the PVM relies on it for code that passed).

use crate::instruction::{Instruction, Operand, OperandKind};
use num_bigint::BigInt;
use std::sync::Arc;
use strata_syntax::wtf8::Wtf8Buf;

/// Properties of a code object, as CPython's `co_flags`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    /// Locals live in fast slots (function scopes), not in a namespace dict.
    pub const OPTIMIZED: CodeFlags = CodeFlags(0x0001);
    /// A fresh locals namespace per call.
    pub const NEWLOCALS: CodeFlags = CodeFlags(0x0002);
    /// Has a `*args` parameter (its slot follows the keyword-only ones).
    pub const VARARGS: CodeFlags = CodeFlags(0x0004);
    /// Has a `**kwargs` parameter (its slot follows `*args`'s).
    pub const VARKEYWORDS: CodeFlags = CodeFlags(0x0008);
    /// Defined inside another function.
    pub const NESTED: CodeFlags = CodeFlags(0x0010);
    /// Calling it makes a generator.
    pub const GENERATOR: CodeFlags = CodeFlags(0x0020);
    /// `async def`: calling it makes a coroutine.
    pub const COROUTINE: CodeFlags = CodeFlags(0x0080);
    /// `async def` with `yield`: an async generator.
    pub const ASYNC_GENERATOR: CodeFlags = CodeFlags(0x0200);

    pub fn contains(self, other: CodeFlags) -> bool {
        self.0 & other.0 == other.0
    }

    pub fn insert(&mut self, other: CodeFlags) {
        self.0 |= other.0;
    }
}

/// A constant of a code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Wtf8Buf),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Constant>),
    /// A set display of constants (`x in {1, 2, 3}`, `{1, 2, 3}`), made
    /// from its items in order, as CPython's optimizer folds it.
    FrozenSet(Vec<Constant>),
    /// A nested scope's code.
    Code(Arc<CodeObject>),
}

/// Where an instruction came from, for tracebacks (3.11 underlines the range).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    /// 0-based UTF-8 byte column, as the AST's.
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// One row of the exception table (CPython 3.11's "zero-cost" exceptions):
/// an exception raised by an instruction in `start..end` unwinds the value
/// stack to `depth` values, pushes the instruction index too if `push_lasti`,
/// pushes the exception and jumps to `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: the function's name, `<module>`, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    /// `co_qualname`: `Outer.method.<locals>.inner`.
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub flags: CodeFlags,
    /// Positional parameters, positional-only ones included.
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub instructions: Vec<Instruction>,
    /// One per instruction.
    pub locations: Vec<Location>,
    pub constants: Vec<Constant>,
    /// Global, attribute and import names.
    pub names: Vec<String>,
    /// Fast locals: parameters first (positional, keyword-only, `*args`,
    /// `**kwargs`), then the other locals.
    pub varnames: Vec<String>,
    /// Locals that inner scopes capture; a frame creates these cells.
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing scopes, handed over in the closure.
    pub freevars: Vec<String>,
    /// Parameters that are also cells: `(cell index, local index)`; the frame
    /// copies each argument into its cell on entry.
    pub cell_args: Vec<(u32, u32)>,
    pub exception_table: Vec<ExceptionTableEntry>,
    /// The most values the value stack holds at once.
    pub max_stack: u32,
}

impl CodeObject {
    /// Checks that every operand indexes its table, every jump lands in the
    /// code and the stack discipline holds (`verify`): what the PVM may then
    /// assume (and what a decoded cache entry must pass).
    pub fn validate(&self) -> Result<(), String> {
        let n = self.instructions.len();
        if self.locations.len() != n {
            return Err(format!("{} locations for {n} instructions", self.locations.len()));
        }
        // Parameters are the first locals (the PVM binds arguments to them).
        let params = u64::from(self.arg_count)
            + u64::from(self.kwonly_arg_count)
            + u64::from(self.flags.contains(CodeFlags::VARARGS))
            + u64::from(self.flags.contains(CodeFlags::VARKEYWORDS));
        if params > self.varnames.len() as u64 || self.posonly_arg_count > self.arg_count {
            return Err(format!("{params} parameters for {} locals", self.varnames.len()));
        }
        let cells = self.cellvars.len() + self.freevars.len();
        for (i, instruction) in self.instructions.iter().enumerate() {
            for (value, (name, kind)) in instruction.operands().into_iter().zip(instruction.info().operands) {
                let limit = match kind {
                    OperandKind::Jump => n,
                    OperandKind::Const => self.constants.len(),
                    OperandKind::Name => self.names.len(),
                    OperandKind::Local => self.varnames.len(),
                    OperandKind::Cell => cells,
                    OperandKind::Count | OperandKind::Operator => continue,
                };
                if usize::try_from(value).map_or(true, |v| v >= limit) {
                    return Err(format!(
                        "instruction {i} ({}): {name}={value} out of range {limit}",
                        instruction.name()
                    ));
                }
            }
        }
        for entry in &self.exception_table {
            let (start, end, target) = (entry.start as usize, entry.end as usize, entry.target as usize);
            if start > end || end > n || target >= n {
                return Err(format!("bad exception table entry {entry:?}"));
            }
        }
        for &(cell, local) in &self.cell_args {
            if cell as usize >= self.cellvars.len() || local as usize >= self.varnames.len() {
                return Err(format!("bad cell argument ({cell}, {local})"));
            }
        }
        crate::verify::check_stack_of(self)?;
        for constant in &self.constants {
            if let Constant::Code(code) = constant {
                code.validate()?;
            }
        }
        Ok(())
    }

    /// The number of parameters that have a fast slot (`*args`/`**kwargs` included).
    pub fn total_arg_count(&self) -> u32 {
        let mut n = self.arg_count + self.kwonly_arg_count;
        if self.flags.contains(CodeFlags::VARARGS) {
            n += 1;
        }
        if self.flags.contains(CodeFlags::VARKEYWORDS) {
            n += 1;
        }
        n
    }
}

/// An operand's value, for tables indexed by it.
pub fn index<T: Operand>(operand: T) -> usize {
    operand.to_u32() as usize
}
