//! Comprehensions and generator expressions: in 3.11 each is a nested
//! function, called at once with the iterator of its first `for` (which is
//! evaluated in the enclosing scope) as its only argument, `.0`.

use super::builder::SetupKind;
use super::{CResult, Codegen, UnitKind};
use crate::code::{CodeFlags, Constant};
use crate::instruction::{AwaitContext, Instruction as I, LocalIndex};
use strata_syntax::ast::{Comprehension, Expr, ExprKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Codegen<'a> {
    pub fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, name, elt, value, generators): (
            Kind,
            &str,
            &'a Expr,
            Option<&'a Expr>,
            &'a [Comprehension],
        ) = match &e.node {
            ExprKind::ListComp { elt, generators } => (Kind::List, "<listcomp>", elt, None, generators),
            ExprKind::SetComp { elt, generators } => (Kind::Set, "<setcomp>", elt, None, generators),
            ExprKind::DictComp { key, value, generators } => {
                (Kind::Dict, "<dictcomp>", key, Some(value), generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                (Kind::Generator, "<genexpr>", elt, None, generators)
            }
            _ => return Ok(()),
        };
        let Some(outermost) = generators.first() else { return Ok(()) };
        let scope = self
            .table
            .scope_for(e)
            .ok_or_else(|| self.error("internal compiler error: comprehension scope not found", e.range))?;
        let outer_kind = self.ur().kind;
        let private = self.ur().private.clone();
        self.enter_unit(UnitKind::Comprehension, scope, name.into(), e.range.start.line, private);
        self.u().arg_count = 1;
        let is_async = self.scope().coroutine;
        let code = (|| {
            if is_async
                && kind != Kind::Generator
                && !matches!(outer_kind, UnitKind::AsyncFunction | UnitKind::Comprehension)
            {
                return Err(
                    self.error("asynchronous comprehension outside of an asynchronous function", e.range)
                );
            }
            self.set_loc(e.range);
            self.generator_prefix();
            match kind {
                Kind::List => self.emit(I::BuildList { count: 0 }),
                Kind::Set => self.emit(I::BuildSet { count: 0 }),
                Kind::Dict => self.emit(I::BuildMap { count: 0 }),
                Kind::Generator => {}
            }
            self.comprehension_generator(generators, 0, 0, elt, value, kind)?;
            self.set_loc(e.range);
            if kind == Kind::Generator {
                self.load_const(Constant::None);
            }
            self.emit(I::ReturnValue);
            self.leave_unit(CodeFlags(0))
        })();
        let code = self.unit_outcome(scope, code)?;
        self.make_closure(code, 0, e.range)?;
        self.iterable(&outermost.iter)?;
        self.set_loc(e.range);
        self.emit(if outermost.is_async { I::GetAIter } else { I::GetIter });
        // `[function, iterator]` is the `[method, self]` layout: a call with one argument.
        self.emit(I::Call { argc: 0 });
        if is_async && kind != Kind::Generator {
            self.await_top(AwaitContext::Await);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: Kind,
    ) -> CResult {
        let gen = &generators[index];
        if gen.is_async {
            return self.async_comprehension_generator(generators, index, depth, elt, value, kind);
        }
        let (start, if_cleanup, anchor) = (self.new_label(), self.new_label(), self.new_label());
        let mut looping = true;
        if index == 0 {
            self.emit(I::LoadFast { local: LocalIndex(0) });
        } else {
            // `for y in [f(x)]`: the temporary-variable idiom binds without a loop.
            let single = match &gen.iter.node {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => {
                    (!matches!(elts[0].node, ExprKind::Starred { .. })).then(|| &elts[0])
                }
                _ => None,
            };
            match single {
                Some(item) => {
                    self.expr(item)?;
                    looping = false;
                }
                None => {
                    self.iterable(&gen.iter)?;
                    self.emit(I::GetIter);
                }
            }
        }
        if looping {
            depth += 1;
            self.bind(start);
            self.jump(|t| I::ForIter { target: t }, anchor);
        }
        self.store_target(&gen.target)?;
        self.comprehension_body(generators, index, depth, elt, value, kind, if_cleanup)?;
        self.bind(if_cleanup);
        if looping {
            self.jump(|t| I::Jump { target: t }, start);
            self.bind(anchor);
        }
        Ok(())
    }

    /// An `async for` clause (CPython's `compiler_async_comprehension_generator`):
    /// the step of `async for` (`GetANext` awaited in a handler that ends in
    /// `EndAsyncFor`), then the conditions and the rest.
    fn async_comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: Kind,
    ) -> CResult {
        let gen = &generators[index];
        let (start, except, if_cleanup) = (self.new_label(), self.new_label(), self.new_label());
        if index == 0 {
            self.emit(I::LoadFast { local: LocalIndex(0) });
        } else {
            self.expr(&gen.iter)?;
            self.emit(I::GetAIter);
        }
        self.bind(start);
        self.setup(SetupKind::Finally, except);
        self.emit(I::GetANext);
        self.load_const(Constant::None);
        self.yield_from();
        self.pop_block();
        self.store_target(&gen.target)?;
        self.comprehension_body(generators, index, depth + 1, elt, value, kind, if_cleanup)?;
        self.bind(if_cleanup);
        self.jump(|t| I::Jump { target: t }, start);
        self.bind(except);
        self.emit(I::EndAsyncFor);
        Ok(())
    }

    /// After a clause's target is bound: its conditions (jumping to
    /// `if_cleanup` when false), then the next clause or the element.
    #[allow(clippy::too_many_arguments)]
    fn comprehension_body(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: Kind,
        if_cleanup: super::builder::LabelId,
    ) -> CResult {
        let gen = &generators[index];
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            match kind {
                Kind::Generator => {
                    self.expr(elt)?;
                    self.emit_yield();
                    self.emit(I::PopTop);
                }
                Kind::List => {
                    self.expr(elt)?;
                    self.emit(I::ListAppend { depth: depth + 1 });
                }
                Kind::Set => {
                    self.expr(elt)?;
                    self.emit(I::SetAdd { depth: depth + 1 });
                }
                Kind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(I::MapAdd { depth: depth + 1 });
                }
            }
        }
        Ok(())
    }
}
