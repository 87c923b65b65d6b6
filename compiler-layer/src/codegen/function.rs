//! Functions, lambdas and classes: defaults, keyword-only defaults and
//! annotations evaluated in the enclosing scope, the body compiled as a
//! nested unit, closures (`LoadClosure` of each free variable into a tuple),
//! `MakeFunction`, decorators, and `__build_class__` for classes.

use super::{docstring_of, CResult, Codegen, Ctx, UnitKind};
use crate::code::{CodeFlags, CodeObject, Constant};
use crate::instruction::{CellIndex, Instruction as I};
use crate::symtable::mangle;
use strata_syntax::ast::{Arguments, Expr, ExprKind, FunctionDef, Keyword, Stmt};
use strata_syntax::wtf8::Wtf8Buf;
use strata_syntax::Range;

impl<'a> Codegen<'a> {
    fn scope_id<T>(&self, node: &T, range: Range) -> CResult<usize> {
        self.table
            .scope_for(node)
            .ok_or_else(|| self.error("internal compiler error: scope not found", range))
    }

    /// Pushes the positional defaults tuple and the keyword-only defaults
    /// dict; returns the `MakeFunction` flags for them.
    fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(I::BuildTuple { count: args.defaults.len() as u32 });
            flags |= 0x01;
        }
        let mut count = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let name = mangle(self.ur().private.as_deref(), &arg.arg);
                self.load_const(Constant::Str(Wtf8Buf::from(name)));
                self.expr(d)?;
                count += 1;
            }
        }
        if count > 0 {
            self.emit(I::BuildMap { count });
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// Pushes the annotations dict if any; returns its `MakeFunction` flag.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<u32> {
        let mut count = 0;
        let ordered = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        for arg in ordered {
            if let Some(ann) = &arg.annotation {
                let name = mangle(self.ur().private.as_deref(), &arg.arg);
                self.load_const(Constant::Str(Wtf8Buf::from(name)));
                self.annotation(ann)?;
                count += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str(Wtf8Buf::from("return")));
            self.annotation(r)?;
            count += 1;
        }
        if count == 0 {
            return Ok(0);
        }
        self.emit(I::BuildMap { count });
        Ok(0x04)
    }

    fn annotation(&mut self, ann: &'a Expr) -> CResult {
        if self.future_annotations {
            return self.annotation_value(ann);
        }
        if let ExprKind::Starred { value, .. } = &ann.node {
            // `*args: *Ts` (PEP 646): the single item of the unpacked value.
            self.expr(value)?;
            self.emit(I::UnpackSequence { count: 1 });
            return Ok(());
        }
        self.expr(ann)
    }

    /// Pushes an annotation's value: the expression's, or under `from
    /// __future__ import annotations` its text (CPython's unparse).
    pub(crate) fn annotation_value(&mut self, ann: &'a Expr) -> CResult {
        if self.future_annotations {
            self.load_const(Constant::Str(strata_syntax::unparse::unparse_expr(ann)));
            return Ok(());
        }
        self.expr(ann)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.arg_count = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonly_arg_count = args.posonlyargs.len() as u32;
        u.kwonly_arg_count = args.kwonlyargs.len() as u32;
    }

    /// Pushes the function made from `code`: its closure tuple first if it
    /// has free variables (CPython's `compiler_make_closure`).
    pub fn make_closure(&mut self, code: CodeObject, mut flags: u32, range: Range) -> CResult {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let cell = self.cell_index(name).ok_or_else(|| {
                    self.error(format!("internal compiler error: no cell for free variable '{name}'"), range)
                })?;
                self.emit(I::LoadClosure { cell: CellIndex(cell) });
            }
            self.emit(I::BuildTuple { count: code.freevars.len() as u32 });
            flags |= 0x08;
        }
        self.load_code(code);
        self.emit(I::MakeFunction { flags });
        Ok(())
    }

    pub fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef, is_async: bool) -> CResult {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let first_line = f.decorator_list.first().map_or(s.range.start.line, |d| d.range.start.line);
        self.set_loc(s.range);
        let mut flags = self.default_arguments(&f.args)?;
        flags |= self.annotations(&f.args, f.returns.as_deref())?;
        let scope = self.scope_id(s, s.range)?;
        let kind = if is_async { UnitKind::AsyncFunction } else { UnitKind::Function };
        let private = self.ur().private.clone();
        self.enter_unit(kind, scope, f.name.clone(), first_line, private);
        self.set_arg_counts(&f.args);
        self.generator_prefix();
        let mut body: &'a [Stmt] = &f.body;
        match body.first().and_then(docstring_of) {
            Some(doc) => {
                self.add_const(Constant::Str(doc.clone()));
                body = &body[1..];
            }
            None => {
                self.add_const(Constant::None);
            }
        }
        let result = self.stmts(body);
        let code = result.and_then(|()| {
            self.implicit_return(s);
            self.leave_unit(CodeFlags(0))
        });
        let code = self.unit_outcome(scope, code)?;
        self.set_loc(s.range);
        self.make_closure(code, flags, s.range)?;
        for _ in &f.decorator_list {
            // `[decorator, function]` is the `[method, self]` layout.
            self.emit(I::Call { argc: 0 });
        }
        self.nameop(&f.name, Ctx::Store, s.range)
    }

    /// Passes on how compiling the unit of `scope` ended; after an error the
    /// half-built unit is popped first, so the error can propagate cleanly.
    pub fn unit_outcome<T>(&mut self, scope: usize, outcome: CResult<T>) -> CResult<T> {
        if outcome.is_err() && self.units.len() > 1 && self.ur().scope == scope {
            self.units.pop();
        }
        outcome
    }

    /// Generators and coroutines start with `ReturnGenerator` (then pop the
    /// `None` the first resumption pushes).
    pub fn generator_prefix(&mut self) {
        let ste = self.scope();
        if ste.generator || ste.coroutine {
            self.emit(I::ReturnGenerator);
            self.emit(I::PopTop);
        }
    }

    fn implicit_return(&mut self, s: &Stmt) {
        let loc = self.ur().loc;
        if loc.line == 0 {
            self.set_loc(s.range);
        }
        self.load_const(Constant::None);
        self.emit(I::ReturnValue);
    }

    pub fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let flags = self.default_arguments(args)?;
        let scope = self.scope_id(e, e.range)?;
        let private = self.ur().private.clone();
        self.enter_unit(UnitKind::Lambda, scope, "<lambda>".into(), e.range.start.line, private);
        self.set_arg_counts(args);
        self.generator_prefix();
        self.add_const(Constant::None);
        self.set_loc(body.range);
        let result = self.expr(body);
        let code = result.and_then(|()| {
            if self.scope().generator {
                self.emit(I::PopTop);
                self.load_const(Constant::None);
            }
            self.emit(I::ReturnValue);
            self.leave_unit(CodeFlags(0))
        });
        let code = self.unit_outcome(scope, code)?;
        self.make_closure(code, flags, e.range)
    }

    pub fn class_def(
        &mut self,
        s: &'a Stmt,
        name: &'a str,
        bases: &'a [Expr],
        keywords: &'a [Keyword],
        body: &'a [Stmt],
        decorators: &'a [Expr],
    ) -> CResult {
        for d in decorators {
            self.expr(d)?;
        }
        let first_line = decorators.first().map_or(s.range.start.line, |d| d.range.start.line);
        let scope = self.scope_id(s, s.range)?;
        self.enter_unit(UnitKind::Class, scope, name.to_string(), first_line, Some(name.to_string()));
        let code = self.class_body(s, body).and_then(|()| self.leave_unit(CodeFlags(0)));
        let code = self.unit_outcome(scope, code)?;
        self.set_loc(s.range);
        self.emit(I::PushNull);
        self.emit(I::LoadBuildClass);
        self.make_closure(code, 0, s.range)?;
        self.load_const(Constant::Str(Wtf8Buf::from(name)));
        self.call_helper(2, bases, keywords)?;
        self.set_loc(s.range);
        for _ in decorators {
            self.emit(I::Call { argc: 0 });
        }
        self.nameop(name, Ctx::Store, s.range)
    }

    fn class_body(&mut self, s: &'a Stmt, body: &'a [Stmt]) -> CResult {
        self.set_loc(s.range);
        self.nameop("__name__", Ctx::Load, s.range)?;
        self.nameop("__module__", Ctx::Store, s.range)?;
        let qualname = self.ur().qualname.clone();
        self.load_const(Constant::Str(Wtf8Buf::from(qualname)));
        self.nameop("__qualname__", Ctx::Store, s.range)?;
        self.body(body, true)?;
        self.set_loc(s.range);
        if self.scope().needs_class_closure {
            let cell = self.cell_index("__class__").unwrap_or(0);
            self.emit(I::LoadClosure { cell: CellIndex(cell) });
            self.emit(I::Copy { depth: 1 });
            let classcell = self.name_index("__classcell__");
            self.emit(I::StoreName { name: classcell });
        } else {
            self.load_const(Constant::None);
        }
        self.emit(I::ReturnValue);
        Ok(())
    }
}
