//! `try`/`except`/`else`/`finally`, `except*`, and `with`, as CPython 3.11
//! lays them out: handlers are reached through the exception table (the
//! `Setup`/`PopBlock` pseudo-instructions delimit them), and each handler
//! is itself protected by a cleanup that restores the previously handled
//! exception before re-raising (`Copy 3; PopExcept; Reraise 1`).

use super::builder::SetupKind;
use super::{loc_of, CResult, Codegen, Ctx, FBlock};
use crate::code::Constant;
use crate::instruction::Instruction as I;
use strata_syntax::ast::{Stmt, Try, With};

impl<'a> Codegen<'a> {
    /// `[previous, exc]`-style cleanup: restore the handled exception, re-raise.
    fn pop_except_and_reraise(&mut self) {
        self.emit(I::Copy { depth: 3 });
        self.emit(I::PopExcept);
        self.emit(I::Reraise { set_lasti: 1 });
    }

    /// `exit(None, None, None)` with `exit` on top: `[exit, None]` is the
    /// `[method, self]` layout, so two more `None`s make three arguments.
    pub fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(I::Call { argc: 2 });
    }

    pub fn try_except(&mut self, s: &'a Stmt, t: &'a Try) -> CResult {
        let (except, end, cleanup) = (self.new_label(), self.new_label(), self.new_label());
        self.setup(SetupKind::Finally, except);
        self.push_fblock(FBlock::TryExcept, s.range)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.pop_block();
        self.stmts(&t.orelse)?;
        self.jump(|l| I::Jump { target: l }, end);

        self.bind(except);
        self.setup(SetupKind::Cleanup, cleanup);
        self.emit(I::PushExcInfo);
        self.push_fblock(FBlock::ExceptionHandler, s.range)?;
        let n = t.handlers.len();
        for (i, handler) in t.handlers.iter().enumerate() {
            self.set_loc(handler.range);
            if handler.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", handler.range));
            }
            let next = self.new_label();
            if let Some(ty) = &handler.type_ {
                self.expr(ty)?;
                self.emit(I::CheckExcMatch);
                self.jump(|l| I::PopJumpIfFalse { target: l }, next);
            }
            match &handler.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    self.nameop(name, Ctx::Store, handler.range)?;
                    self.setup(SetupKind::Cleanup, cleanup_end);
                    self.push_fblock(FBlock::HandlerCleanup { name: Some(name) }, handler.range)?;
                    self.stmts(&handler.body)?;
                    self.pop_fblock();
                    self.pop_block();
                    self.pop_block();
                    self.emit(I::PopExcept);
                    self.load_const(Constant::None);
                    self.nameop(name, Ctx::Store, handler.range)?;
                    self.nameop(name, Ctx::Del, handler.range)?;
                    self.jump(|l| I::Jump { target: l }, end);

                    self.bind(cleanup_end);
                    self.load_const(Constant::None);
                    self.nameop(name, Ctx::Store, handler.range)?;
                    self.nameop(name, Ctx::Del, handler.range)?;
                    self.emit(I::Reraise { set_lasti: 1 });
                }
                None => {
                    self.emit(I::PopTop);
                    self.push_fblock(FBlock::HandlerCleanup { name: None }, handler.range)?;
                    self.stmts(&handler.body)?;
                    self.pop_fblock();
                    self.pop_block();
                    self.emit(I::PopExcept);
                    self.jump(|l| I::Jump { target: l }, end);
                }
            }
            self.bind(next);
        }
        self.pop_fblock();
        self.emit(I::Reraise { set_lasti: 0 });
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    pub fn try_finally(&mut self, s: &'a Stmt, t: &'a Try, star: bool) -> CResult {
        let (end, exit, cleanup) = (self.new_label(), self.new_label(), self.new_label());
        self.setup(SetupKind::Finally, end);
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody }, s.range)?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else if star {
            self.try_star_except(s, t)?;
        } else {
            self.try_except(s, t)?;
        }
        self.pop_block();
        self.pop_fblock();
        self.stmts(&t.finalbody)?;
        self.jump(|l| I::Jump { target: l }, exit);

        self.bind(end);
        self.setup(SetupKind::Cleanup, cleanup);
        self.emit(I::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd, s.range)?;
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(I::Reraise { set_lasti: 0 });
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `try: ... except* T: ...` (CPython's `compiler_try_star_except`).
    pub fn try_star_except(&mut self, s: &'a Stmt, t: &'a Try) -> CResult {
        let (except, end, cleanup, reraise_star) =
            (self.new_label(), self.new_label(), self.new_label(), self.new_label());
        self.setup(SetupKind::Finally, except);
        self.push_fblock(FBlock::TryExcept, s.range)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.pop_block();
        self.stmts(&t.orelse)?;
        self.jump(|l| I::Jump { target: l }, end);

        self.bind(except);
        self.setup(SetupKind::Cleanup, cleanup);
        self.emit(I::PushExcInfo);
        self.push_fblock(FBlock::ExceptionGroupHandler, s.range)?;
        let n = t.handlers.len();
        for (i, handler) in t.handlers.iter().enumerate() {
            self.set_loc(handler.range);
            let Some(ty) = &handler.type_ else {
                return Err(self.error("expected one or more exception types", handler.range));
            };
            let (handled, except_with_error, no_match) =
                (self.new_label(), self.new_label(), self.new_label());
            if i == 0 {
                // [exc] → [orig, [], exc]
                self.emit(I::Copy { depth: 1 });
                self.emit(I::BuildList { count: 0 });
                self.emit(I::Swap { depth: 2 });
            }
            self.expr(ty)?;
            self.emit(I::CheckEgMatch);
            self.emit(I::Copy { depth: 1 });
            self.jump(|l| I::PopJumpIfNone { target: l }, no_match);
            let cleanup_end = self.new_label();
            match &handler.name {
                Some(name) => self.nameop(name, Ctx::Store, handler.range)?,
                None => self.emit(I::PopTop),
            }
            self.setup(SetupKind::Cleanup, cleanup_end);
            self.push_fblock(FBlock::HandlerCleanup { name: handler.name.as_deref() }, handler.range)?;
            self.stmts(&handler.body)?;
            self.pop_fblock();
            self.pop_block();
            if let Some(name) = &handler.name {
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store, handler.range)?;
                self.nameop(name, Ctx::Del, handler.range)?;
            }
            self.jump(|l| I::Jump { target: l }, handled);

            self.bind(cleanup_end);
            if let Some(name) = &handler.name {
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store, handler.range)?;
                self.nameop(name, Ctx::Del, handler.range)?;
            }
            // Add the raised exception to the list; drop lasti.
            self.emit(I::ListAppend { depth: 3 });
            self.emit(I::PopTop);
            self.jump(|l| I::Jump { target: l }, except_with_error);

            self.bind(handled);
            self.emit(I::Nop);
            self.jump(|l| I::Jump { target: l }, except_with_error);
            self.bind(no_match);
            self.emit(I::PopTop);
            self.bind(except_with_error);
            if i + 1 == n {
                self.emit(I::ListAppend { depth: 1 });
                self.jump(|l| I::Jump { target: l }, reraise_star);
            }
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.bind(reraise_star);
        self.emit(I::PrepReraiseStar);
        self.emit(I::Copy { depth: 1 });
        self.jump(|l| I::PopJumpIfNotNone { target: l }, reraise);
        self.emit(I::PopTop);
        self.pop_block();
        self.emit(I::PopExcept);
        self.jump(|l| I::Jump { target: l }, end);
        self.bind(reraise);
        self.pop_block();
        self.emit(I::Swap { depth: 2 });
        self.emit(I::PopExcept);
        self.emit(I::Reraise { set_lasti: 0 });
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `with a as x, b as y: body`, one item at a time (CPython's `compiler_with`).
    pub fn with_stmt(&mut self, s: &'a Stmt, w: &'a With, pos: usize) -> CResult {
        let Some(item) = w.items.get(pos) else { return self.stmts(&w.body) };
        let (fin, exit, cleanup, suppress) =
            (self.new_label(), self.new_label(), self.new_label(), self.new_label());
        self.expr(&item.context_expr)?;
        self.set_loc(s.range);
        self.emit(I::BeforeWith);
        self.setup(SetupKind::With, fin);
        self.push_fblock(FBlock::With { loc: loc_of(s.range) }, s.range)?;
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(I::PopTop),
        }
        if pos + 1 == w.items.len() {
            self.stmts(&w.body)?;
        } else {
            self.with_stmt(s, w, pos + 1)?;
        }
        self.pop_block();
        self.pop_fblock();
        self.set_loc(s.range);
        self.call_exit_with_nones();
        self.emit(I::PopTop);
        self.jump(|l| I::Jump { target: l }, exit);

        // The exceptional exit: [exit, lasti, exc].
        self.bind(fin);
        self.setup(SetupKind::Cleanup, cleanup);
        self.emit(I::PushExcInfo);
        self.emit(I::WithExceptStart);
        self.jump(|l| I::PopJumpIfTrue { target: l }, suppress);
        // CPython's `RERAISE 2`: re-raise with the lasti that lies below `previous`.
        self.emit(I::Copy { depth: 3 });
        self.emit(I::Swap { depth: 2 });
        self.emit(I::Reraise { set_lasti: 1 });
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.emit(I::PopTop);
        self.pop_block();
        self.emit(I::PopExcept);
        self.emit(I::PopTop);
        self.emit(I::PopTop);
        self.bind(exit);
        Ok(())
    }
}
