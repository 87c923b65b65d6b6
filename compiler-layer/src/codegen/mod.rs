//! The code generator: AST → [`CodeObject`], following CPython 3.11's
//! `compile.c` with our own instruction set.
//!
//! One *unit* per scope being compiled (module, class body, function, lambda,
//! comprehension) sits on a stack; nested scopes are compiled when met and
//! become constants of their parent. Each unit emits into a [`Builder`]
//! (instructions with symbolic labels and handler pseudo-instructions), which
//! `assemble` turns into final instructions, the exception table and the
//! maximum stack depth.
//!
//! Files by concept: `expr` (expressions, calls, f-strings), `stmt`
//! (statements, loops, imports, the frame-block stack that `break`,
//! `continue` and `return` unwind), `target` (assignment, unpacking, `del`,
//! augmented assignment), `function` (functions, lambdas, classes, closures),
//! `comprehension`, `exceptions` (`try`, `with`, `raise`), `pattern`
//! (`match`), `builder` and `assemble`.
//!
//! **Invariant:** the generator never panics; every failure is a
//! `SyntaxError` (a compile-time error in CPython's words, or an internal
//! error if assembly finds the code inconsistent).

mod assemble;
mod builder;
mod comprehension;
mod exceptions;
mod expr;
mod function;
mod pattern;
mod stmt;
mod target;
mod warnings;

pub use assemble::{falls_through, jump_depth, jump_target};
pub(crate) use stmt::check_future_placement;

use crate::code::{CodeFlags, CodeObject, Constant, Location};
use crate::instruction::{CellIndex, ConstIndex, Instruction, LocalIndex, NameIndex};
use crate::symtable::{mangle, ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::CompileWarning;
use builder::{Builder, LabelId, SetupKind};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::sync::Arc;
use strata_syntax::ast::{self, Expr, ExprKind, Mod, Stmt, StmtKind};
use strata_syntax::{Mode, Range, SyntaxError};

pub(crate) type CResult<T = ()> = Result<T, SyntaxError>;

/// What kind of scope a unit compiles (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// What a name operation does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

/// The frame blocks (CPython's `fblockinfo`): what `break`, `continue` and
/// `return` must undo on their way out.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: LabelId,
        exit: LabelId,
    },
    ForLoop {
        start: LabelId,
        exit: LabelId,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    FinallyEnd,
    /// `with` (or `async with`, whose exit is awaited).
    With {
        loc: Location,
        is_async: bool,
    },
    HandlerCleanup {
        name: Option<&'a str>,
    },
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
}

/// Constants are shared by value (as CPython's `co_consts`), code objects never.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Vec<u8>),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Code(usize),
}

fn const_key(c: &Constant, serial: usize) -> ConstKey {
    match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(i.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.as_bytes().to_vec()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Tuple(items) => ConstKey::Tuple(items.iter().map(|c| const_key(c, serial)).collect()),
        Constant::FrozenSet(items) => {
            ConstKey::FrozenSet(items.iter().map(|c| const_key(c, serial)).collect())
        }
        Constant::Code(_) => ConstKey::Code(serial),
    }
}

/// An ordered set of strings with their indices.
#[derive(Default)]
pub(crate) struct Table {
    pub items: Vec<String>,
    map: HashMap<String, u32>,
}

impl Table {
    fn from(items: Vec<String>) -> Table {
        let mut t = Table::default();
        for item in items {
            t.add(&item);
        }
        t
    }

    pub fn add(&mut self, item: &str) -> u32 {
        if let Some(&i) = self.map.get(item) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(item.to_string());
        self.map.insert(item.to_string(), i);
        i
    }

    pub fn get(&self, item: &str) -> Option<u32> {
        self.map.get(item).copied()
    }
}

/// One scope being compiled.
pub(crate) struct Unit<'a> {
    pub kind: UnitKind,
    pub scope: ScopeId,
    pub b: Builder,
    consts: Vec<Constant>,
    const_map: HashMap<ConstKey, u32>,
    pub names: Table,
    pub varnames: Table,
    pub cellvars: Table,
    pub freevars: Table,
    pub fblocks: Vec<FBlock<'a>>,
    pub private: Option<String>,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub loc: Location,
}

pub(crate) fn loc_of(range: Range) -> Location {
    Location {
        line: range.start.line,
        col: range.start.col,
        end_line: range.end.line,
        end_col: range.end.col,
    }
}

/// Compiles a parsed module to its code object, with the warnings issued.
pub fn compile_module(
    module: &Mod,
    table: &SymbolTable,
    filename: &str,
    mode: Mode,
) -> CResult<(CodeObject, Vec<CompileWarning>)> {
    let mut g = Codegen {
        warnings: Vec::new(),
        table,
        filename: filename.to_string(),
        units: Vec::new(),
        interactive: mode == Mode::Single,
        last_compare: None,
        future_annotations: matches!(module, Mod::Module { body, .. } if stmt::future_annotations(body)),
    };
    g.enter_unit(UnitKind::Module, 0, "<module>".into(), 1, None);
    match module {
        Mod::Module { body, .. } => {
            g.body(body, true)?;
            g.load_const(Constant::None);
            g.emit(Instruction::ReturnValue);
        }
        Mod::Interactive { body } => {
            if stmt::find_annotations(body) {
                g.emit(Instruction::SetupAnnotations);
            }
            g.stmts(body)?;
            g.load_const(Constant::None);
            g.emit(Instruction::ReturnValue);
        }
        Mod::Expression { body } => {
            g.expr(body)?;
            g.emit(Instruction::ReturnValue);
        }
        Mod::FunctionType { .. } => {
            return Err(SyntaxError::new(
                "func_type input cannot be compiled",
                Default::default(),
                Default::default(),
            ));
        }
    }
    let code = g.leave_unit(CodeFlags(0))?;
    Ok((code, g.warnings))
}

pub(crate) struct Codegen<'a> {
    pub table: &'a SymbolTable,
    pub filename: String,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    /// The last comparison a conditional jump tested (`jump_if`): CPython
    /// 3.11 gives an `assert`'s raise that comparison's location.
    pub last_compare: Option<Range>,
    /// `from __future__ import annotations`: annotations are their text.
    pub future_annotations: bool,
    /// The `SyntaxWarning`s issued so far (`warnings.rs`).
    pub warnings: Vec<CompileWarning>,
}

impl<'a> Codegen<'a> {
    pub fn u(&mut self) -> &mut Unit<'a> {
        // The module unit is pushed first and popped last.
        let last = self.units.len() - 1;
        &mut self.units[last]
    }

    pub fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    pub fn scope(&self) -> &'a crate::symtable::Scope {
        &self.table.scopes[self.ur().scope]
    }

    pub fn error(&self, msg: impl Into<String>, range: Range) -> SyntaxError {
        SyntaxError::new(msg, range.start, range.end)
    }

    // ------------------------------------------------------------ units

    pub fn enter_unit(
        &mut self,
        kind: UnitKind,
        scope: ScopeId,
        name: String,
        first_line: u32,
        private: Option<String>,
    ) {
        let ste = &self.table.scopes[scope];
        let varnames = Table::from(ste.params.clone());
        let mut cells = ste.sorted_names(SymbolScope::Cell, 0);
        if ste.needs_class_closure {
            cells.push("__class__".to_string());
        }
        let frees = ste.sorted_names(SymbolScope::Free, crate::symtable::flags::DEF_FREE_CLASS);
        let mut unit = Unit {
            kind,
            scope,
            b: Builder::default(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Table::default(),
            varnames,
            cellvars: Table::from(cells),
            freevars: Table::from(frees),
            fblocks: Vec::new(),
            private,
            name,
            qualname: String::new(),
            first_line,
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            loc: Location { line: first_line, col: 0, end_line: first_line, end_col: 0 },
        };
        unit.qualname = self.qualname_for(&unit);
        self.units.push(unit);
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, unit: &Unit) -> String {
        if self.units.len() <= 1 || unit.kind == UnitKind::Module {
            return unit.name.clone();
        }
        let parent = self.ur();
        let mut force_global = false;
        if matches!(unit.kind, UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class) {
            let mangled = mangle(parent.private.as_deref(), &unit.name);
            if self.table.scopes[parent.scope].scope_of(&mangled) == SymbolScope::GlobalExplicit {
                force_global = true;
            }
        }
        if force_global {
            return unit.name.clone();
        }
        if matches!(parent.kind, UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda) {
            format!("{}.<locals>.{}", parent.qualname, unit.name)
        } else {
            format!("{}.{}", parent.qualname, unit.name)
        }
    }

    /// Assembles the current unit and pops it.
    pub fn leave_unit(&mut self, extra_flags: CodeFlags) -> CResult<CodeObject> {
        let Some(unit) = self.units.pop() else {
            return Err(SyntaxError::new(
                "internal compiler error: no unit",
                Default::default(),
                Default::default(),
            ));
        };
        let ste = &self.table.scopes[unit.scope];
        let mut flags = extra_flags;
        if ste.kind == ScopeKind::Function {
            flags.insert(CodeFlags::OPTIMIZED);
            flags.insert(CodeFlags::NEWLOCALS);
            if ste.nested {
                flags.insert(CodeFlags::NESTED);
            }
            match (ste.generator, ste.coroutine) {
                (true, false) => flags.insert(CodeFlags::GENERATOR),
                (false, true) => flags.insert(CodeFlags::COROUTINE),
                (true, true) => flags.insert(CodeFlags::ASYNC_GENERATOR),
                _ => {}
            }
            if ste.varargs {
                flags.insert(CodeFlags::VARARGS);
            }
            if ste.varkeywords {
                flags.insert(CodeFlags::VARKEYWORDS);
            }
        }
        let assembled = assemble::assemble(&unit.b).map_err(|e| {
            let at = Location { line: unit.first_line, ..Default::default() };
            SyntaxError::new(
                format!("internal compiler error in {}: {e}", unit.qualname),
                strata_syntax::Pos::new(at.line, 0),
                strata_syntax::Pos::new(at.line, 0),
            )
        })?;
        let varnames = unit.varnames.items;
        let cell_args = unit
            .cellvars
            .items
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                let li = ste.params.iter().position(|p| p == name)?;
                Some((ci as u32, li as u32))
            })
            .collect();
        Ok(CodeObject {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            first_line: unit.first_line,
            flags,
            arg_count: unit.arg_count,
            posonly_arg_count: unit.posonly_arg_count,
            kwonly_arg_count: unit.kwonly_arg_count,
            instructions: assembled.instructions,
            locations: assembled.locations,
            constants: unit.consts,
            names: unit.names.items,
            varnames,
            cellvars: unit.cellvars.items,
            freevars: unit.freevars.items,
            cell_args,
            exception_table: assembled.exception_table,
            max_stack: assembled.max_stack,
        })
    }

    // ------------------------------------------------------------ emitting

    pub fn emit(&mut self, instruction: Instruction) {
        let u = self.u();
        let loc = u.loc;
        u.b.emit(instruction, loc);
    }

    pub fn new_label(&mut self) -> LabelId {
        self.u().b.new_label()
    }

    pub fn bind(&mut self, label: LabelId) {
        self.u().b.bind(label);
    }

    pub fn jump(&mut self, make: fn(crate::instruction::Label) -> Instruction, label: LabelId) {
        self.emit(make(builder::to(label)));
    }

    pub fn setup(&mut self, kind: SetupKind, target: LabelId) {
        self.u().b.setup(kind, target);
    }

    pub fn pop_block(&mut self) {
        self.u().b.pop_block();
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.u();
        let key = const_key(&c, u.consts.len());
        if let Some(&i) = u.const_map.get(&key) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        u.const_map.insert(key, i);
        i
    }

    pub fn load_const(&mut self, c: Constant) {
        let index = self.add_const(c);
        self.emit(Instruction::LoadConst { index: ConstIndex(index) });
    }

    pub fn load_code(&mut self, code: CodeObject) {
        self.load_const(Constant::Code(Arc::new(code)));
    }

    /// A name for the names table, mangled (CPython's `ADDOP_NAME`).
    pub fn name_index(&mut self, name: &str) -> NameIndex {
        let mangled = mangle(self.ur().private.as_deref(), name);
        NameIndex(self.u().names.add(&mangled))
    }

    pub fn with_loc<T>(&mut self, range: Range, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.ur().loc;
        self.u().loc = loc_of(range);
        let result = f(self);
        self.u().loc = saved;
        result
    }

    pub fn set_loc(&mut self, range: Range) {
        self.u().loc = loc_of(range);
    }

    // ------------------------------------------------------------ names

    /// Loads, stores or deletes a variable where the symbol table says it
    /// lives (CPython's `compiler_nameop`).
    pub fn nameop(&mut self, name: &str, ctx: Ctx, range: Range) -> CResult {
        if name == "__debug__" && ctx != Ctx::Load {
            let verb = if ctx == Ctx::Store { "assign to" } else { "delete" };
            return Err(self.error(format!("cannot {verb} __debug__"), range));
        }
        let mangled = mangle(self.ur().private.as_deref(), name);
        let ste = self.scope();
        let scope = ste.scope_of(&mangled);
        let is_function = ste.kind == ScopeKind::Function;
        let is_class = ste.kind == ScopeKind::Class;
        enum Op {
            Fast,
            Deref,
            Global,
            Name,
        }
        let op = match scope {
            SymbolScope::Free | SymbolScope::Cell => Op::Deref,
            SymbolScope::Local if is_function => Op::Fast,
            SymbolScope::GlobalImplicit if is_function => Op::Global,
            SymbolScope::GlobalExplicit => Op::Global,
            _ => Op::Name,
        };
        let instruction = match op {
            Op::Deref => {
                let cell = self.cell_index(&mangled).ok_or_else(|| {
                    self.error(format!("internal compiler error: no cell for '{mangled}'"), range)
                })?;
                let cell = CellIndex(cell);
                match ctx {
                    Ctx::Load if is_class => Instruction::LoadClassDeref { cell },
                    Ctx::Load => Instruction::LoadDeref { cell },
                    Ctx::Store => Instruction::StoreDeref { cell },
                    Ctx::Del => Instruction::DeleteDeref { cell },
                }
            }
            Op::Fast => {
                let local = LocalIndex(self.u().varnames.add(&mangled));
                match ctx {
                    Ctx::Load => Instruction::LoadFast { local },
                    Ctx::Store => Instruction::StoreFast { local },
                    Ctx::Del => Instruction::DeleteFast { local },
                }
            }
            Op::Global => {
                let name = NameIndex(self.u().names.add(&mangled));
                match ctx {
                    Ctx::Load => Instruction::LoadGlobal { name },
                    Ctx::Store => Instruction::StoreGlobal { name },
                    Ctx::Del => Instruction::DeleteGlobal { name },
                }
            }
            Op::Name => {
                let name = NameIndex(self.u().names.add(&mangled));
                match ctx {
                    Ctx::Load => Instruction::LoadName { name },
                    Ctx::Store => Instruction::StoreName { name },
                    Ctx::Del => Instruction::DeleteName { name },
                }
            }
        };
        self.emit(instruction);
        Ok(())
    }

    /// A cell's index: `cellvars` first, then `freevars`.
    pub fn cell_index(&self, mangled: &str) -> Option<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.get(mangled) {
            return Some(i);
        }
        u.freevars.get(mangled).map(|i| i + u.cellvars.items.len() as u32)
    }

    // ------------------------------------------------------------ bodies

    /// A module or class body: the docstring into `__doc__`, the
    /// annotations dict if any annotation is there, then the statements.
    pub fn body(&mut self, body: &'a [Stmt], docstring: bool) -> CResult {
        if stmt::find_annotations(body) {
            if let Some(first) = body.first() {
                self.set_loc(first.range);
            }
            self.emit(Instruction::SetupAnnotations);
        }
        let mut rest = body;
        if docstring {
            if let Some((first, tail)) = body.split_first() {
                if let Some(doc) = docstring_of(first) {
                    self.set_loc(first.range);
                    self.load_const(Constant::Str(doc.clone()));
                    self.nameop("__doc__", Ctx::Store, first.range)?;
                    rest = tail;
                }
            }
        }
        self.stmts(rest)
    }

    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub fn is_top_level(&self) -> bool {
        self.units.len() == 1
    }
}

/// The docstring of a body whose first statement is this one, if any.
pub(crate) fn docstring_of(first: &Stmt) -> Option<&strata_syntax::wtf8::Wtf8Buf> {
    if let StmtKind::Expr { value } = &first.node {
        if let ExprKind::Constant { value: ast::Constant::Str(s), .. } = &value.node {
            return Some(s);
        }
    }
    None
}

/// An AST constant as a code constant.
pub(crate) fn constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

/// The constant an expression folds to, as CPython's AST optimizer folds
/// literals: constants, tuples of constants, and signs on numbers.
pub(crate) fn fold(e: &Expr) -> Option<Constant> {
    match &e.node {
        ExprKind::Constant { value, .. } => Some(constant(value)),
        ExprKind::Tuple { elts, ctx: ast::ExprContext::Load } => {
            let mut items = Vec::with_capacity(elts.len());
            for elt in elts {
                items.push(fold(elt)?);
            }
            Some(Constant::Tuple(items))
        }
        ExprKind::UnaryOp { op, operand } => {
            let ExprKind::Constant { value, .. } = &operand.node else { return None };
            match (op, value) {
                (ast::UnaryOp::USub, ast::Constant::Int(i)) => Some(Constant::Int(-i.clone())),
                (ast::UnaryOp::USub, ast::Constant::Float(f)) => Some(Constant::Float(-f)),
                (ast::UnaryOp::USub, ast::Constant::Complex { real, imag }) => {
                    Some(Constant::Complex { real: -real, imag: -imag })
                }
                (ast::UnaryOp::UAdd, ast::Constant::Int(i)) => Some(Constant::Int(i.clone())),
                (ast::UnaryOp::UAdd, ast::Constant::Float(f)) => Some(Constant::Float(*f)),
                (ast::UnaryOp::Invert, ast::Constant::Int(i)) => Some(Constant::Int(-i.clone() - 1)),
                _ => None,
            }
        }
        _ => None,
    }
}
