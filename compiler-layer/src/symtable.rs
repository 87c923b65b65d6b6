//! The symbol table: which scope each name of each block lives in.
//!
//! A port of CPython 3.11's `symtable.c`, in its two passes:
//!
//! 1. **Collect** (`Collector`): walk the AST, open a [`Scope`] per module,
//!    function, lambda, comprehension (3.11 compiles comprehensions as nested
//!    functions) and class body, and record how each name is used there
//!    (assigned, a parameter, read, declared `global`/`nonlocal`, imported).
//! 2. **Analyze** (`analyze_block`): decide each name's [`SymbolScope`] —
//!    local, global (explicit or implicit), free (captured from an enclosing
//!    function) or cell (a local that an inner scope captures) — passing the
//!    names bound by enclosing functions down and the free names of children up.
//!
//! **Invariant:** names are stored *mangled* (`__x` in class `C` is `_C__x`),
//! as the code generator looks them up.
//!
//! Class bodies are special: their names are not visible to the functions
//! inside them, and a method that uses `super` or `__class__` makes the class
//! body create a `__class__` cell.

use crate::syntax::ast::*;
use crate::syntax::{Pos, Range, SyntaxError};
use std::collections::{HashMap, HashSet};

/// How a name is used in one scope (CPython's `DEF_*` flags).
pub mod flags {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const DEF_FREE_CLASS: u32 = 64;
    pub const DEF_IMPORT: u32 = 128;
    pub const DEF_ANNOT: u32 = 256;
    pub const DEF_COMP_ITER: u32 = 512;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
use flags::*;

/// Where a name lives, as decided by the analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SymbolScope {
    /// Not yet decided (only between the two passes).
    #[default]
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymbolScope,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

pub type ScopeId = usize;

/// One block: a module, function, lambda, comprehension or class body.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in first-seen order.
    pub symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameters, in order (mangled).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    /// Defined inside a function (directly or not).
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: Option<ComprehensionKind>,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    /// A class body whose methods use `__class__` (or `super`).
    pub needs_class_closure: bool,
    /// Has free variables of its own.
    pub has_free: bool,
    /// Some child has free variables.
    pub child_free: bool,
    /// The class name that mangles names here, if any.
    pub private: Option<String>,
    /// Where each `global`/`nonlocal` directive was written.
    directives: HashMap<String, Range>,
    comp_iter_expr: u32,
    comp_iter_target: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, nested: bool, private: Option<String>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            nested,
            generator: false,
            coroutine: false,
            comprehension: None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            has_free: false,
            child_free: false,
            private,
            directives: HashMap::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i].1)
    }

    fn flags_of(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    fn set_flags(&mut self, name: &str, value: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1.flags = value,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), Symbol { flags: value, scope: SymbolScope::Unknown }));
            }
        }
    }

    /// The scope of an already mangled name (`Unknown` if never seen).
    pub fn scope_of(&self, name: &str) -> SymbolScope {
        self.lookup(name).map_or(SymbolScope::Unknown, |s| s.scope)
    }

    /// Names with this scope (or, with `also_flag`, this flag), sorted: how
    /// CPython orders `co_cellvars` and `co_freevars`.
    pub fn sorted_names(&self, scope: SymbolScope, also_flag: u32) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == scope || s.flags & also_flag != 0)
            .map(|(n, _)| n.clone())
            .collect();
        names.sort();
        names
    }

    pub fn is_function(&self) -> bool {
        self.kind == ScopeKind::Function
    }
}

/// The scopes of one compilation, with the AST nodes that opened them.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// Builds and analyzes the table of a parsed module, expression or
    /// interactive input.
    pub fn build(module: &Mod) -> Result<SymbolTable, SyntaxError> {
        let mut c = Collector {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, "top", false, None)],
                by_node: HashMap::new(),
            },
            stack: vec![0],
            private: None,
        };
        match module {
            Mod::Module { body, .. } | Mod::Interactive { body } => c.stmts(body)?,
            Mod::Expression { body } => c.expr(body)?,
            Mod::FunctionType { argtypes, returns } => {
                for e in argtypes {
                    c.expr(e)?;
                }
                c.expr(returns)?;
            }
        }
        let mut table = c.table;
        let mut global = HashSet::new();
        analyze_block(&mut table.scopes, 0, None, &mut HashSet::new(), &mut global)?;
        Ok(table)
    }

    /// The scope opened by an AST node (a `def`, `class`, lambda or comprehension).
    pub fn scope_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// `_Py_Mangle`: `__spam` inside class `Ham` is `_Ham__spam`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

pub(crate) fn error_at(msg: impl Into<String>, range: Range) -> SyntaxError {
    SyntaxError::new(msg, range.start, range.end)
}

// ---------------------------------------------------------------- pass 1

struct Collector {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    private: Option<String>,
}

type R = Result<(), SyntaxError>;

impl Collector {
    fn cur(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.table.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, node: usize) {
        let parent = self.cur();
        let nested =
            self.table.scopes[parent].nested || self.table.scopes[parent].kind == ScopeKind::Function;
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name, nested, self.private.clone()));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(node, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, range: Range) -> R {
        let id = self.cur();
        self.add_def_in(id, name, flag, range)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, range: Range) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.table.scopes[id];
        let mut val = flag;
        if let Some(sym) = scope.lookup(&mangled) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return Err(error_at(format!("duplicate argument '{name}' in function definition"), range));
            }
            val |= sym.flags;
        }
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(error_at(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        scope.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // `global x` anywhere marks `x` in the module's table too.
            let module = &mut self.table.scopes[0];
            let old = module.flags_of(&mangled);
            module.set_flags(&mangled, old | flag);
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.table.scopes[self.cur()].flags_of(&mangled)
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, exprs: &[Expr]) -> R {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match &s.node {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.range)?;
                self.exprs(&f.args.defaults)?;
                for d in f.args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.annotations(&f.args, f.returns.as_deref())?;
                self.exprs(&f.decorator_list)?;
                self.enter(ScopeKind::Function, &f.name, s as *const Stmt as usize);
                if matches!(s.node, StmtKind::AsyncFunctionDef(_)) {
                    self.scope().coroutine = true;
                }
                self.arguments(&f.args)?;
                self.stmts(&f.body)?;
                self.exit();
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list } => {
                self.add_def(name, DEF_LOCAL, s.range)?;
                self.exprs(bases)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(decorator_list)?;
                self.enter(ScopeKind::Class, name, s as *const Stmt as usize);
                let saved = self.private.replace(name.clone());
                let id = self.cur();
                self.table.scopes[id].private = Some(name.clone());
                let result = self.stmts(body);
                self.private = saved;
                result?;
                self.exit();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.scope().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.node {
                    let cur = self.lookup(id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && *simple {
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{id}' can't be global")
                        } else {
                            format!("annotated name '{id}' can't be nonlocal")
                        };
                        return Err(error_at(msg, s.range));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.range)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.range)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                    if let Some(c) = cause {
                        self.expr(c)?;
                    }
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts(&t.body)?;
                self.stmts(&t.orelse)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, h.range)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    self.import_alias(alias)?;
                }
            }
            StmtKind::Global { names } => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(error_at(msg, s.range));
                    }
                    self.add_def(name, DEF_GLOBAL, s.range)?;
                    self.record_directive(name, s.range);
                }
            }
            StmtKind::Nonlocal { names } => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(error_at(msg, s.range));
                    }
                    self.add_def(name, DEF_NONLOCAL, s.range)?;
                    self.record_directive(name, s.range);
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, range: Range) {
        let mangled = mangle(self.private.as_deref(), name);
        self.scope().directives.entry(mangled).or_insert(range);
    }

    fn import_alias(&mut self, alias: &Alias) -> R {
        let stored = match &alias.asname {
            Some(a) => a.as_str(),
            None => alias.name.split('.').next().unwrap_or(&alias.name),
        };
        if stored == "*" {
            if self.table.scopes[self.cur()].kind != ScopeKind::Module {
                return Err(error_at("import * only allowed at module level", alias.range));
            }
            return Ok(());
        }
        self.add_def(stored, DEF_IMPORT, alias.range)
    }

    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> R {
        let all =
            args.posonlyargs.iter().chain(&args.args).chain(args.vararg.as_deref()).chain(&args.kwonlyargs);
        for a in all.chain(args.kwarg.as_deref()) {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn arguments(&mut self, args: &Arguments) -> R {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.add_def(&a.arg, DEF_PARAM, a.range)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, DEF_PARAM, a.range)?;
            self.scope().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, DEF_PARAM, a.range)?;
            self.scope().varkeywords = true;
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        match &p.node {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.exprs(keys)?;
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.range)?;
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.range)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.range)?;
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        match &e.node {
            ExprKind::NamedExpr { target, value } => {
                if self.table.scopes[self.cur()].comp_iter_expr > 0 {
                    return Err(error_at(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.range,
                    ));
                }
                if self.table.scopes[self.cur()].comprehension.is_some() {
                    self.extend_namedexpr_scope(target)?;
                }
                self.expr(value)?;
                self.expr(target)?;
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.enter(ScopeKind::Function, "lambda", e as *const Expr as usize);
                self.arguments(args)?;
                self.expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } => self.exprs(elts)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", ComprehensionKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", ComprehensionKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "genexpr", ComprehensionKind::Generator, generators, elt, None)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "dictcomp", ComprehensionKind::Dict, generators, key, Some(value))?
            }
            ExprKind::Await { value } => {
                self.expr(value)?;
                self.scope().coroutine = true;
            }
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.yield_seen(e)?;
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                self.yield_seen(e)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load { USE } else { DEF_LOCAL };
                self.add_def(id, flag, e.range)?;
                if *ctx == ExprContext::Load && self.table.scopes[self.cur()].is_function() && id == "super" {
                    self.add_def("__class__", USE, e.range)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
        }
        Ok(())
    }

    fn yield_seen(&mut self, e: &Expr) -> R {
        let scope = self.scope();
        scope.generator = true;
        if let Some(kind) = scope.comprehension {
            let msg = match kind {
                ComprehensionKind::List => "'yield' inside list comprehension",
                ComprehensionKind::Set => "'yield' inside set comprehension",
                ComprehensionKind::Dict => "'yield' inside dict comprehension",
                ComprehensionKind::Generator => "'yield' inside generator expression",
            };
            return Err(error_at(msg, e.range));
        }
        Ok(())
    }

    /// A walrus in a comprehension binds in the nearest enclosing function
    /// (or the module); CPython's `symtable_extend_namedexpr_scope`.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.node else { return Ok(()) };
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let ste = &self.table.scopes[sid];
            let mangled = mangle(self.private.as_deref(), id);
            if ste.comprehension.is_some() {
                if ste.flags_of(&mangled) & DEF_COMP_ITER != 0 {
                    return Err(error_at(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{id}'"
                        ),
                        target.range,
                    ));
                }
                continue;
            }
            match ste.kind {
                ScopeKind::Function => {
                    let flag =
                        if ste.flags_of(&mangled) & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(id, flag, target.range)?;
                    self.record_directive(id, target.range);
                    return self.add_def_in(sid, id, DEF_LOCAL, target.range);
                }
                ScopeKind::Module => {
                    self.add_def(id, DEF_GLOBAL, target.range)?;
                    self.record_directive(id, target.range);
                    return self.add_def_in(sid, id, DEF_GLOBAL, target.range);
                }
                ScopeKind::Class => {
                    return Err(error_at(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.range,
                    ));
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else { return Ok(()) };
        let cur = self.cur();
        self.table.scopes[cur].comp_iter_expr += 1;
        let result = self.expr(&outermost.iter);
        self.table.scopes[cur].comp_iter_expr -= 1;
        result?;
        self.enter(ScopeKind::Function, name, e as *const Expr as usize);
        let is_generator = kind == ComprehensionKind::Generator;
        self.scope().comprehension = Some(kind);
        if outermost.is_async {
            self.scope().coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, outermost.iter.range)?;
        self.scope().comp_iter_target = true;
        let result = self.expr(&outermost.target);
        self.scope().comp_iter_target = false;
        result?;
        self.exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.scope().comp_iter_target = true;
            let result = self.expr(&g.target);
            self.scope().comp_iter_target = false;
            result?;
            self.scope().comp_iter_expr += 1;
            let result = self.expr(&g.iter);
            self.scope().comp_iter_expr -= 1;
            result?;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.scope().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        let scope = self.scope();
        scope.generator = is_generator;
        let is_async = scope.coroutine && !is_generator;
        self.exit();
        if is_async {
            self.scope().coroutine = true;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------- pass 2

fn directive_error(scope: &Scope, name: &str, msg: String) -> SyntaxError {
    let range = scope.directives.get(name).copied().unwrap_or(Range::new(Pos::new(1, 0), Pos::new(1, 0)));
    error_at(msg, range)
}

/// `analyze_block`: decides the scope of each name of `id` and its children.
/// `bound` is `None` only for the module. Adds this block's free names to `free`.
fn analyze_block(
    scopes: &mut [Scope],
    id: ScopeId,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<(), SyntaxError> {
    let mut local = HashSet::new();
    let mut decided: Vec<SymbolScope> = Vec::with_capacity(scopes[id].symbols.len());
    let mut bound_here: Option<HashSet<String>> = bound.cloned();
    let kind = scopes[id].kind;
    let mut newbound = HashSet::new();
    let mut newglobal = HashSet::new();
    if kind == ScopeKind::Class {
        // A class namespace is invisible to nested functions: pass down what
        // was known before this block's own names are considered.
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    for i in 0..scopes[id].symbols.len() {
        let (name, sym) = &scopes[id].symbols[i];
        let (name, flags) = (name.clone(), sym.flags);
        let scope =
            analyze_name(&mut scopes[id], &name, flags, bound_here.as_mut(), &mut local, free, global)?;
        decided.push(scope);
    }
    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_here {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut newfree = HashSet::new();
    let children = scopes[id].children.clone();
    for child in children {
        let mut child_bound = newbound.clone();
        let mut child_global = newglobal.clone();
        let mut child_free = HashSet::new();
        analyze_child(scopes, child, &mut child_bound, &mut child_free, &mut child_global)?;
        if scopes[child].has_free || scopes[child].child_free {
            scopes[id].child_free = true;
        }
        newfree.extend(child_free);
    }
    let scope = &mut scopes[id];
    for (i, s) in decided.into_iter().enumerate() {
        scope.symbols[i].1.scope = s;
    }
    match kind {
        ScopeKind::Function => {
            // analyze_cells: locals captured by children become cells.
            for (name, sym) in scope.symbols.iter_mut() {
                if sym.scope == SymbolScope::Local && newfree.remove(name.as_str()) {
                    sym.scope = SymbolScope::Cell;
                }
            }
        }
        ScopeKind::Class => {
            if newfree.remove("__class__") {
                scope.needs_class_closure = true;
            }
        }
        ScopeKind::Module => {}
    }
    // update_symbols: record the children's free names not resolved here.
    let class = kind == ScopeKind::Class;
    let mut sorted_free: Vec<&String> = newfree.iter().collect();
    sorted_free.sort();
    for name in sorted_free {
        if let Some(&i) = scope.index.get(name.as_str()) {
            let sym = &mut scope.symbols[i].1;
            if class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = &bound_here {
            if !b.contains(name.as_str()) {
                continue;
            }
        }
        scope.set_flags(name, 0);
        if let Some(&i) = scope.index.get(name.as_str()) {
            scope.symbols[i].1.scope = SymbolScope::Free;
        }
    }
    free.extend(newfree);
    Ok(())
}

fn analyze_child(
    scopes: &mut [Scope],
    id: ScopeId,
    bound: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<(), SyntaxError> {
    let b = bound.clone();
    analyze_block(scopes, id, Some(&b), free, global)
}

fn analyze_name(
    ste: &mut Scope,
    name: &str,
    flags: u32,
    bound: Option<&mut HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<SymbolScope, SyntaxError> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(directive_error(ste, name, format!("name '{name}' is nonlocal and global")));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(SymbolScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(directive_error(
                ste,
                name,
                "nonlocal declaration not allowed at module level".into(),
            ));
        };
        if !b.contains(name) {
            return Err(directive_error(ste, name, format!("no binding for nonlocal '{name}' found")));
        }
        ste.has_free = true;
        free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymbolScope::Local);
    }
    if let Some(b) = &bound {
        if b.contains(name) {
            ste.has_free = true;
            free.insert(name.to_string());
            return Ok(SymbolScope::Free);
        }
    }
    if global.contains(name) {
        return Ok(SymbolScope::GlobalImplicit);
    }
    if ste.nested {
        ste.has_free = true;
    }
    Ok(SymbolScope::GlobalImplicit)
}
