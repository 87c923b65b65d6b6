//! Statements, and the frame-block stack: `break`, `continue` and `return`
//! leave loops, handlers, `finally` blocks and `with` blocks by undoing
//! each enclosing block in turn (CPython's `compiler_unwind_fblock`).

use super::builder::SetupKind;
use super::{constant, CResult, Codegen, Ctx, FBlock, UnitKind};
use crate::code::Constant;
use crate::instruction::{AwaitContext, Instruction as I};
use crate::symtable::ScopeKind;
use num_bigint::BigInt;
use strata_syntax::ast::{Alias, Expr, ExprKind, Stmt, StmtKind};
use strata_syntax::wtf8::Wtf8Buf;
use strata_syntax::Range;

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;

/// Features `from __future__ import` accepts (all of them already on in 3.11
/// but `annotations`: see `future_annotations`).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Whether a module or class body has an annotated assignment (outside
/// nested functions and classes): then it needs `__annotations__`.
pub(crate) fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.node {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For(f) | StmtKind::AsyncFor(f) => find_annotations(&f.body) || find_annotations(&f.orelse),
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_annotations(body) || find_annotations(orelse)
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => find_annotations(&w.body),
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            find_annotations(&t.body)
                || find_annotations(&t.orelse)
                || find_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| find_annotations(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_annotations(&c.body)),
        _ => false,
    })
}

impl<'a> Codegen<'a> {
    pub fn push_fblock(&mut self, block: FBlock<'a>, range: Range) -> CResult {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", range));
        }
        self.u().fblocks.push(block);
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_loc(s.range);
        match &s.node {
            StmtKind::FunctionDef(f) => self.function_def(s, f, false),
            StmtKind::AsyncFunctionDef(f) => self.function_def(s, f, true),
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list } => {
                self.class_def(s, name, bases, keywords, body, decorator_list)
            }
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => targets.iter().try_for_each(|t| self.delete_target(t)),
            StmtKind::Assign { targets, value, .. } => {
                if let [target] = &targets[..] {
                    if self.swap_assign(target, value)? {
                        return Ok(());
                    }
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(I::Copy { depth: 1 });
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.augassign(target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.annassign(target, annotation, value.as_deref(), *simple)
            }
            StmtKind::For(f) => self.for_stmt(s, f),
            StmtKind::AsyncFor(f) => self.async_for_stmt(s, f),
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() { end } else { self.new_label() };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump(|t| I::Jump { target: t }, end);
                    self.bind(next);
                    self.stmts(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With(w) => self.with_stmt(s, w, 0, false),
            StmtKind::AsyncWith(w) => {
                if self.ur().kind != UnitKind::AsyncFunction {
                    return Err(self.error("'async with' outside async function", s.range));
                }
                self.with_stmt(s, w, 0, true)
            }
            StmtKind::Match { subject, cases } => self.match_stmt(s, subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut count = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    count += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        count += 1;
                    }
                }
                self.set_loc(s.range);
                self.emit(I::RaiseVarargs { count });
                Ok(())
            }
            StmtKind::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(s, t)
                } else {
                    self.try_finally(s, t, false)
                }
            }
            StmtKind::TryStar(t) => {
                if t.finalbody.is_empty() {
                    self.try_star_except(s, t)
                } else {
                    self.try_finally(s, t, true)
                }
            }
            StmtKind::Assert { test, msg } => {
                self.check_assert(test, s.range);
                let end = self.new_label();
                self.last_compare = None;
                self.jump_if(test, end, true)?;
                // The raise takes the location of the last comparison tested
                // (traceback carets under it), else the statement's.
                let raise_at = self.last_compare.take().unwrap_or(s.range);
                self.set_loc(raise_at);
                self.emit(I::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_loc(raise_at);
                    // `[AssertionError, msg]` is the `[method, self]` layout: a call with `msg`.
                    self.emit(I::Call { argc: 0 });
                }
                self.emit(I::RaiseVarargs { count: 1 });
                self.bind(end);
                Ok(())
            }
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom { module, names, level } => {
                self.import_from(s, module.as_deref(), names, *level)
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => Ok(()),
            StmtKind::Expr { value } => {
                if self.interactive && self.is_top_level() {
                    self.expr(value)?;
                    self.emit(I::PrintExpr);
                } else if !matches!(value.node, ExprKind::Constant { .. }) {
                    self.expr(value)?;
                    self.emit(I::PopTop);
                }
                Ok(())
            }
            StmtKind::Break => {
                let Some(depth) = self.unwind_to_loop(s.range)? else {
                    return Err(self.error("'break' outside loop", s.range));
                };
                let block = self.ur().fblocks[depth];
                self.unwind_block(block, false, s.range)?;
                if let FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } = block {
                    self.jump(|t| I::Jump { target: t }, exit);
                }
                Ok(())
            }
            StmtKind::Continue => {
                let Some(depth) = self.unwind_to_loop(s.range)? else {
                    return Err(self.error("'continue' not properly in loop", s.range));
                };
                if let FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } =
                    self.ur().fblocks[depth]
                {
                    self.jump(|t| I::Jump { target: t }, start);
                }
                Ok(())
            }
        }
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        if self.scope().kind != ScopeKind::Function {
            return Err(self.error("'return' outside function", s.range));
        }
        let ste = self.scope();
        if value.is_some() && ste.coroutine && ste.generator {
            return Err(self.error("'return' with value in async generator", s.range));
        }
        let preserve_tos = value.is_some_and(|v| !matches!(v.node, ExprKind::Constant { .. }));
        if let (true, Some(v)) = (preserve_tos, value) {
            self.expr(v)?;
        }
        self.set_loc(s.range);
        self.unwind_all(preserve_tos, s.range)?;
        self.set_loc(s.range);
        match value {
            None => self.load_const(Constant::None),
            Some(Expr { node: ExprKind::Constant { value, .. }, .. }) => self.load_const(constant(value)),
            Some(_) => {}
        }
        self.emit(I::ReturnValue);
        Ok(())
    }

    /// Unwinds every block (for `return`), innermost first.
    fn unwind_all(&mut self, preserve_tos: bool, range: Range) -> CResult {
        let blocks = self.ur().fblocks.clone();
        for (i, block) in blocks.iter().enumerate().rev() {
            if let FBlock::ExceptionGroupHandler = block {
                return Err(
                    self.error("'break', 'continue' and 'return' cannot appear in an except* block", range)
                );
            }
            // The block's own code runs outside it: hide it (and inner ones).
            let saved = std::mem::take(&mut self.u().fblocks);
            self.u().fblocks = saved[..i].to_vec();
            let result = self.unwind_block(*block, preserve_tos, range);
            self.u().fblocks = saved;
            result?;
        }
        Ok(())
    }

    /// Unwinds the blocks inside the innermost loop; its index, if any.
    fn unwind_to_loop(&mut self, range: Range) -> CResult<Option<usize>> {
        let blocks = self.ur().fblocks.clone();
        for (i, block) in blocks.iter().enumerate().rev() {
            match block {
                FBlock::ExceptionGroupHandler => {
                    return Err(self
                        .error("'break', 'continue' and 'return' cannot appear in an except* block", range))
                }
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } => return Ok(Some(i)),
                _ => {}
            }
            let saved = std::mem::take(&mut self.u().fblocks);
            self.u().fblocks = saved[..i].to_vec();
            let result = self.unwind_block(*block, false, range);
            self.u().fblocks = saved;
            result?;
        }
        Ok(None)
    }

    /// Emits what leaving one block requires; with `preserve_tos` the value
    /// on top (a return value) stays on top.
    fn unwind_block(&mut self, block: FBlock<'a>, preserve_tos: bool, range: Range) -> CResult {
        match block {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(I::Swap { depth: 2 });
                }
                self.emit(I::PopTop);
            }
            FBlock::TryExcept => self.pop_block(),
            FBlock::FinallyTry { body } => {
                self.pop_block();
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, range)?;
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(I::Swap { depth: 2 });
                }
                self.emit(I::PopTop);
                if preserve_tos {
                    self.emit(I::Swap { depth: 2 });
                }
                self.pop_block();
                self.emit(I::PopExcept);
            }
            FBlock::With { loc, is_async } => {
                let saved = self.ur().loc;
                self.u().loc = loc;
                self.pop_block();
                if preserve_tos {
                    self.emit(I::Swap { depth: 2 });
                }
                self.call_exit_with_nones();
                if is_async {
                    self.await_top(AwaitContext::AExit);
                }
                self.emit(I::PopTop);
                self.u().loc = saved;
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.pop_block();
                }
                if preserve_tos {
                    self.emit(I::Swap { depth: 2 });
                }
                self.pop_block();
                self.emit(I::PopExcept);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.nameop(name, Ctx::Store, range)?;
                    self.nameop(name, Ctx::Del, range)?;
                }
            }
        }
        Ok(())
    }

    fn for_stmt(&mut self, s: &'a Stmt, f: &'a strata_syntax::ast::For) -> CResult {
        let (start, cleanup, end) = (self.new_label(), self.new_label(), self.new_label());
        self.push_fblock(FBlock::ForLoop { start, exit: end }, s.range)?;
        self.iterable(&f.iter)?;
        self.emit(I::GetIter);
        self.bind(start);
        self.jump(|t| I::ForIter { target: t }, cleanup);
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.set_loc(f.iter.range);
        self.jump(|t| I::Jump { target: t }, start);
        self.bind(cleanup);
        self.pop_fblock();
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async for` (CPython's `compiler_async_for`): each step awaits
    /// `__anext__()` inside a handler that ends the loop on
    /// `StopAsyncIteration` (`EndAsyncFor`), then runs the body outside it.
    fn async_for_stmt(&mut self, s: &'a Stmt, f: &'a strata_syntax::ast::For) -> CResult {
        if self.ur().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async for' outside async function", s.range));
        }
        let (start, except, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(&f.iter)?;
        self.emit(I::GetAIter);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, exit: end }, s.range)?;
        self.setup(SetupKind::Finally, except);
        self.emit(I::GetANext);
        self.load_const(Constant::None);
        self.yield_from();
        self.pop_block();
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.set_loc(f.iter.range);
        self.jump(|t| I::Jump { target: t }, start);
        self.pop_fblock();
        self.bind(except);
        self.set_loc(f.iter.range);
        self.emit(I::EndAsyncFor);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// The iterable of a `for`: a list display becomes a tuple, as CPython's
    /// optimizer does (constant lists fold to a constant tuple).
    pub fn iterable(&mut self, e: &'a Expr) -> CResult {
        if let ExprKind::List { elts, ctx: strata_syntax::ast::ExprContext::Load } = &e.node {
            let folded: Option<Vec<Constant>> = elts.iter().map(super::fold).collect();
            if let Some(items) = folded {
                self.with_loc(e.range, |g| g.load_const(Constant::Tuple(items)));
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn while_stmt(&mut self, s: &'a Stmt, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let (start, anchor, end) = (self.new_label(), self.new_label(), self.new_label());
        self.bind(start);
        self.push_fblock(FBlock::WhileLoop { start, exit: end }, s.range)?;
        self.jump_if(test, anchor, false)?;
        self.stmts(body)?;
        self.set_loc(s.range);
        self.jump(|t| I::Jump { target: t }, start);
        self.pop_fblock();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let module_or_class = matches!(self.ur().kind, UnitKind::Module | UnitKind::Class);
        match &target.node {
            ExprKind::Name { id, .. } => {
                if id == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", target.range));
                }
                if simple && module_or_class {
                    self.annotation_value(annotation)?;
                    let annotations = self.name_index("__annotations__");
                    self.emit(I::LoadName { name: annotations });
                    let mangled = crate::symtable::mangle(self.ur().private.as_deref(), id);
                    self.load_const(Constant::Str(Wtf8Buf::from(mangled)));
                    self.emit(I::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => {}
        }
        if !simple && module_or_class && !self.future_annotations {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.expr(e)?;
        self.emit(I::PopTop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.node {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|e| self.check_ann_subscr(e)),
            _ => self.check_ann_expr(e),
        }
    }

    // Import instructions keep the statement's location, as CPython 3.11's
    // (a failed import underlines nothing: the range is the whole line).
    fn import(&mut self, names: &'a [Alias]) -> CResult {
        for alias in names {
            self.load_const(Constant::Int(BigInt::from(0)));
            self.load_const(Constant::None);
            let name = self.name_index(&alias.name);
            self.emit(I::ImportName { name });
            match &alias.asname {
                Some(asname) => {
                    let mut parts = alias.name.split('.');
                    parts.next();
                    let attrs: Vec<&str> = parts.collect();
                    if attrs.is_empty() {
                        self.nameop(asname, Ctx::Store, alias.range)?;
                    } else {
                        for (i, attr) in attrs.iter().enumerate() {
                            let name = self.name_index(attr);
                            self.emit(I::ImportFrom { name });
                            if i + 1 < attrs.len() {
                                self.emit(I::Swap { depth: 2 });
                                self.emit(I::PopTop);
                            }
                        }
                        self.nameop(asname, Ctx::Store, alias.range)?;
                        self.emit(I::PopTop);
                    }
                }
                None => {
                    let first = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.nameop(first, Ctx::Store, alias.range)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&'a str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        if module == Some("__future__") && level == 0 {
            for alias in names {
                if alias.name == "braces" {
                    return Err(self.error("not a chance", s.range));
                }
                if !FUTURE_FEATURES.contains(&alias.name.as_str()) {
                    return Err(self.error(format!("future feature {} is not defined", alias.name), s.range));
                }
            }
        }
        self.load_const(Constant::Int(BigInt::from(level)));
        let fromlist = names.iter().map(|a| Constant::Str(Wtf8Buf::from(a.name.as_str()))).collect();
        self.load_const(Constant::Tuple(fromlist));
        let name = self.name_index(module.unwrap_or(""));
        self.emit(I::ImportName { name });
        for alias in names {
            if alias.name == "*" {
                self.emit(I::ImportStar);
                return Ok(());
            }
            let name = self.name_index(&alias.name);
            self.emit(I::ImportFrom { name });
            let store = alias.asname.as_deref().unwrap_or(&alias.name);
            self.nameop(store, Ctx::Store, alias.range)?;
        }
        self.set_loc(s.range);
        self.emit(I::PopTop);
        Ok(())
    }
}

/// Whether the module begins with `from __future__ import annotations`:
/// then annotations are not evaluated but kept as their text (PEP 563).
pub(crate) fn future_annotations(body: &[Stmt]) -> bool {
    body.iter()
        .enumerate()
        .take_while(|(i, s)| {
            matches!(&s.node, StmtKind::ImportFrom { module: Some(m), level: 0, .. } if m == "__future__")
                || (*i == 0 && super::docstring_of(s).is_some())
        })
        .any(|(_, s)| matches!(&s.node, StmtKind::ImportFrom { names, .. } if names.iter().any(|a| a.name == "annotations")))
}

/// Checks that `from __future__` imports come first (after the docstring),
/// as CPython's `future.c` does.
pub(crate) fn check_future_placement(body: &[Stmt]) -> Result<(), strata_syntax::SyntaxError> {
    let mut allowed = true;
    for (i, s) in body.iter().enumerate() {
        match &s.node {
            StmtKind::ImportFrom { module: Some(m), level: 0, .. } if m == "__future__" => {
                if !allowed {
                    return Err(strata_syntax::SyntaxError::new(
                        "from __future__ imports must occur at the beginning of the file",
                        s.range.start,
                        s.range.end,
                    ));
                }
            }
            _ if i == 0 && super::docstring_of(s).is_some() => {}
            _ => allowed = false,
        }
    }
    Ok(())
}
