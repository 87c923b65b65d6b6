//! Expressions: operators, `and`/`or`, comparisons (chained with `Copy` and
//! `Swap`), containers with `*`/`**` unpacking, calls (`KwNames`,
//! `CallFunctionEx`, method calls), f-strings, `yield`, `await`, walrus, and
//! conditional jumps (`jump_if`).

use super::builder::LabelId;
use super::{constant, fold, CResult, Codegen, Ctx, UnitKind};
use crate::code::Constant;
use crate::instruction::{
    AwaitContext, BinaryOperator as B, ComparisonOperator as C, ConstIndex, Instruction as I,
    UnaryOperator as U,
};
use crate::symtable::ScopeKind;
use strata_syntax::ast::{self, CmpOp, Expr, ExprContext, ExprKind, Keyword, Operator};
use strata_syntax::wtf8::Wtf8Buf;

/// CPython's `STACK_USE_GUIDELINE`: beyond this many items, build in steps.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

pub(crate) fn binary_operator(op: Operator, inplace: bool) -> B {
    let plain = match op {
        Operator::Add => B::Add,
        Operator::Sub => B::Subtract,
        Operator::Mult => B::Multiply,
        Operator::MatMult => B::MatrixMultiply,
        Operator::Div => B::TrueDivide,
        Operator::FloorDiv => B::FloorDivide,
        Operator::Mod => B::Remainder,
        Operator::Pow => B::Power,
        Operator::LShift => B::LeftShift,
        Operator::RShift => B::RightShift,
        Operator::BitAnd => B::And,
        Operator::BitOr => B::Or,
        Operator::BitXor => B::Xor,
    };
    if !inplace {
        return plain;
    }
    match plain {
        B::Add => B::InplaceAdd,
        B::Subtract => B::InplaceSubtract,
        B::Multiply => B::InplaceMultiply,
        B::MatrixMultiply => B::InplaceMatrixMultiply,
        B::TrueDivide => B::InplaceTrueDivide,
        B::FloorDivide => B::InplaceFloorDivide,
        B::Remainder => B::InplaceRemainder,
        B::Power => B::InplacePower,
        B::LeftShift => B::InplaceLeftShift,
        B::RightShift => B::InplaceRightShift,
        B::And => B::InplaceAnd,
        B::Or => B::InplaceOr,
        _ => B::InplaceXor,
    }
}

/// Which container a `starunpack` builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Build {
    List,
    Tuple,
    Set,
}

impl<'a> Codegen<'a> {
    /// Compiles an expression that pushes one value.
    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.ur().loc;
        self.set_loc(e.range);
        let result = self.expr_inner(e);
        self.u().loc = saved;
        result
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match &e.node {
            ExprKind::BoolOp { op, values } => self.boolop(*op, values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(I::Copy { depth: 1 });
                self.store_target(target)
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(I::BinaryOp { op: binary_operator(*op, false) });
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                let op = match op {
                    ast::UnaryOp::Invert => U::Invert,
                    ast::UnaryOp::Not => U::Not,
                    ast::UnaryOp::UAdd => U::Positive,
                    ast::UnaryOp::USub => U::Negative,
                };
                self.emit(I::UnaryOp { op });
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                let (end, next) = (self.new_label(), self.new_label());
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.jump(|t| I::Jump { target: t }, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::Set { elts } => self.starunpack(elts, 0, Build::Set),
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e),
            ExprKind::Await { value } => self.await_expr(e, value),
            ExprKind::Yield { value } => {
                if self.scope().kind != ScopeKind::Function {
                    return Err(self.error("'yield' outside function", e.range));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit_yield();
                Ok(())
            }
            ExprKind::YieldFrom { value } => {
                if self.scope().kind != ScopeKind::Function {
                    return Err(self.error("'yield' outside function", e.range));
                }
                if self.ur().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function", e.range));
                }
                self.expr(value)?;
                self.emit(I::GetYieldFromIter);
                self.load_const(Constant::None);
                self.yield_from();
                Ok(())
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(e, left, ops, comparators),
            ExprKind::Call { func, args, keywords } => {
                self.check_caller(e, func);
                self.call(func, args, keywords)
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.expr(value)?;
                let mut flags = match u8::try_from(*conversion).map(char::from) {
                    Ok('s') => 1,
                    Ok('r') => 2,
                    Ok('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(I::FormatValue { flags });
                Ok(())
            }
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Constant::Str(Wtf8Buf::new()));
                    let join = self.name_index("join");
                    self.emit(I::LoadMethod { name: join });
                    self.emit(I::BuildList { count: 0 });
                    for v in values {
                        self.expr(v)?;
                        self.emit(I::ListAppend { depth: 1 });
                    }
                    self.emit(I::Call { argc: 1 });
                } else {
                    for v in values {
                        self.expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(I::BuildString { count: values.len() as u32 });
                    }
                }
                Ok(())
            }
            ExprKind::Constant { value, .. } => {
                self.load_const(constant(value));
                Ok(())
            }
            ExprKind::Attribute { value, attr, ctx } => match ctx {
                ExprContext::Load => {
                    self.expr(value)?;
                    let name = self.name_index(attr);
                    self.emit(I::LoadAttr { name });
                    Ok(())
                }
                _ => self.store_or_delete(e, *ctx),
            },
            ExprKind::Subscript { value, slice, ctx } => match ctx {
                ExprContext::Load => {
                    self.check_subscript(e, value, slice);
                    self.expr(value)?;
                    self.expr(slice)?;
                    self.emit(I::BinarySubscr);
                    Ok(())
                }
                _ => self.store_or_delete(e, *ctx),
            },
            ExprKind::Starred { ctx, .. } => match ctx {
                ExprContext::Store => {
                    Err(self.error("starred assignment target must be in a list or tuple", e.range))
                }
                _ => Err(self.error("can't use starred expression here", e.range)),
            },
            ExprKind::Name { id, ctx } => {
                if id == "__debug__" && *ctx == ExprContext::Load {
                    self.load_const(Constant::Bool(true));
                    return Ok(());
                }
                let ctx = match ctx {
                    ExprContext::Load => Ctx::Load,
                    ExprContext::Store => Ctx::Store,
                    ExprContext::Del => Ctx::Del,
                };
                self.nameop(id, ctx, e.range)
            }
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Load => self.starunpack(elts, 0, Build::List),
                _ => self.store_or_delete(e, *ctx),
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Load => {
                    if let Some(c) = fold(e) {
                        self.load_const(c);
                        return Ok(());
                    }
                    self.starunpack(elts, 0, Build::Tuple)
                }
                _ => self.store_or_delete(e, *ctx),
            },
            ExprKind::Slice { lower, upper, step } => {
                let mut count = 2;
                match lower {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Constant::None),
                }
                match upper {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Constant::None),
                }
                if let Some(x) = step {
                    self.expr(x)?;
                    count = 3;
                }
                self.emit(I::BuildSlice { count });
                Ok(())
            }
        }
    }

    fn store_or_delete(&mut self, e: &'a Expr, ctx: ExprContext) -> CResult {
        match ctx {
            ExprContext::Del => self.delete_target(e),
            _ => self.store_target(e),
        }
    }

    fn boolop(&mut self, op: ast::BoolOp, values: &'a [Expr]) -> CResult {
        let end = self.new_label();
        let Some((last, rest)) = values.split_last() else { return Ok(()) };
        for v in rest {
            self.expr(v)?;
            match op {
                ast::BoolOp::And => self.jump(|t| I::JumpIfFalseOrPop { target: t }, end),
                ast::BoolOp::Or => self.jump(|t| I::JumpIfTrueOrPop { target: t }, end),
            }
        }
        self.expr(last)?;
        self.bind(end);
        Ok(())
    }

    pub fn compare_op(&mut self, op: CmpOp) {
        let instruction = match op {
            CmpOp::Eq => I::CompareOp { op: C::Equal },
            CmpOp::NotEq => I::CompareOp { op: C::NotEqual },
            CmpOp::Lt => I::CompareOp { op: C::Less },
            CmpOp::LtE => I::CompareOp { op: C::LessEqual },
            CmpOp::Gt => I::CompareOp { op: C::Greater },
            CmpOp::GtE => I::CompareOp { op: C::GreaterEqual },
            CmpOp::Is => I::IsOp { invert: 0 },
            CmpOp::IsNot => I::IsOp { invert: 1 },
            CmpOp::In => I::ContainsOp { invert: 0 },
            CmpOp::NotIn => I::ContainsOp { invert: 1 },
        };
        self.emit(instruction);
    }

    /// The right operand of `in`: a list display of constants folds to a
    /// tuple, as CPython's optimizer does.
    fn comparator(&mut self, op: CmpOp, e: &'a Expr) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            if let ExprKind::List { elts, ctx: ExprContext::Load } = &e.node {
                let folded: Option<Vec<Constant>> = elts.iter().map(fold).collect();
                if let Some(items) = folded {
                    self.with_loc(e.range, |g| g.load_const(Constant::Tuple(items)));
                    return Ok(());
                }
            }
            if let ExprKind::Set { elts } = &e.node {
                let folded: Option<Vec<Constant>> = elts.iter().map(fold).collect();
                if let Some(items) = folded {
                    self.with_loc(e.range, |g| g.load_const(Constant::FrozenSet(items)));
                    return Ok(());
                }
            }
        }
        self.expr(e)
    }

    fn compare(&mut self, e: &'a Expr, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        self.check_compare(e, left, ops, comparators);
        self.expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Ok(());
        }
        if n == 1 {
            self.comparator(ops[0], &comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let (cleanup, end) = (self.new_label(), self.new_label());
        for i in 0..n - 1 {
            self.comparator(ops[i], &comparators[i])?;
            self.emit(I::Swap { depth: 2 });
            self.emit(I::Copy { depth: 2 });
            self.compare_op(ops[i]);
            self.jump(|t| I::JumpIfFalseOrPop { target: t }, cleanup);
        }
        self.comparator(ops[n - 1], &comparators[n - 1])?;
        self.compare_op(ops[n - 1]);
        self.jump(|t| I::Jump { target: t }, end);
        self.bind(cleanup);
        self.emit(I::Swap { depth: 2 });
        self.emit(I::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` if `e`'s truth is `cond` (CPython's `compiler_jump_if`).
    pub fn jump_if(&mut self, e: &'a Expr, target: LabelId, cond: bool) -> CResult {
        let saved = self.ur().loc;
        self.set_loc(e.range);
        let result = self.jump_if_inner(e, target, cond);
        self.u().loc = saved;
        result
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: LabelId, cond: bool) -> CResult {
        if let ExprKind::Compare { .. } = &e.node {
            self.last_compare = Some(e.range);
        }
        match &e.node {
            ExprKind::UnaryOp { op: ast::UnaryOp::Not, operand } => {
                return self.jump_if(operand, target, !cond)
            }
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == ast::BoolOp::Or;
                let next2 = if cond2 != cond { self.new_label() } else { target };
                let Some((last, rest)) = values.split_last() else { return Ok(()) };
                for v in rest {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let (end, next2) = (self.new_label(), self.new_label());
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.jump(|t| I::Jump { target: t }, end);
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators }
                if ops.len() > 1 && comparators.len() == ops.len() =>
            {
                self.check_compare(e, left, ops, comparators);
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                self.expr(left)?;
                for i in 0..n {
                    self.comparator(ops[i], &comparators[i])?;
                    self.emit(I::Swap { depth: 2 });
                    self.emit(I::Copy { depth: 2 });
                    self.compare_op(ops[i]);
                    self.jump(|t| I::PopJumpIfFalse { target: t }, cleanup);
                }
                self.comparator(ops[n], &comparators[n])?;
                self.compare_op(ops[n]);
                if cond {
                    self.jump(|t| I::PopJumpIfTrue { target: t }, target);
                } else {
                    self.jump(|t| I::PopJumpIfFalse { target: t }, target);
                }
                let end = self.new_label();
                self.jump(|t| I::Jump { target: t }, end);
                self.bind(cleanup);
                self.emit(I::PopTop);
                if !cond {
                    self.jump(|t| I::Jump { target: t }, target);
                }
                self.bind(end);
                return Ok(());
            }
            ExprKind::Constant { value, .. } => {
                if let Some(truth) = constant_truth(value) {
                    if truth == cond {
                        self.jump(|t| I::Jump { target: t }, target);
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(e)?;
        if cond {
            self.jump(|t| I::PopJumpIfTrue { target: t }, target);
        } else {
            self.jump(|t| I::PopJumpIfFalse { target: t }, target);
        }
        Ok(())
    }

    /// `[a, *b, c]` and friends (CPython's `starunpack_helper`): `pushed`
    /// values already on the stack become the first items.
    pub fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, build: Build) -> CResult {
        let n = elts.len();
        let (make, add, extend): (fn(u32) -> I, fn(u32) -> I, fn(u32) -> I) = match build {
            Build::Set => {
                (|c| I::BuildSet { count: c }, |d| I::SetAdd { depth: d }, |d| I::SetUpdate { depth: d })
            }
            _ => (
                |c| I::BuildList { count: c },
                |d| I::ListAppend { depth: d },
                |d| I::ListExtend { depth: d },
            ),
        };
        if n > 2 {
            let folded: Option<Vec<Constant>> = elts.iter().map(fold).collect();
            if let Some(items) = folded {
                if build == Build::Tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items));
                    return Ok(());
                }
                self.emit(make(pushed));
                // A set of constants is a frozenset constant, as CPython folds it:
                // how its elements land in the table is the set's order.
                self.load_const(if build == Build::Set {
                    Constant::FrozenSet(items)
                } else {
                    Constant::Tuple(items)
                });
                self.emit(extend(1));
                if build == Build::Tuple {
                    self.emit(I::ListToTuple);
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e.node, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            let count = n as u32 + pushed;
            self.emit(if build == Build::Tuple { I::BuildTuple { count } } else { make(count) });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(make(pushed));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &e.node {
                if !built {
                    self.emit(make(i as u32 + pushed));
                    built = true;
                }
                self.expr(value)?;
                self.emit(extend(1));
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if build == Build::Tuple {
            self.emit(I::ListToTuple);
        }
        Ok(())
    }

    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], begin: usize, end: usize) -> CResult {
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.expr(k)?;
            }
            self.expr(&values[i])?;
        }
        self.emit(I::BuildMap { count: (end - begin) as u32 });
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len().min(keys.len());
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(I::DictUpdate { depth: 1 });
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(I::BuildMap { count: 0 });
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(I::DictUpdate { depth: 1 });
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(I::DictUpdate { depth: 1 });
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(I::DictUpdate { depth: 1 });
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(I::BuildMap { count: 0 });
        }
        Ok(())
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if keywords[i + 1..].iter().any(|other| other.arg.as_ref() == Some(name)) {
                let dup = keywords[i + 1..]
                    .iter()
                    .find(|o| o.arg.as_ref() == Some(name))
                    .map_or(k.range, |o| o.range);
                return Err(self.error(format!("keyword argument repeated: {name}"), dup));
            }
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.check_keywords(keywords)?;
        if let ExprKind::Attribute { value, attr, ctx: ExprContext::Load } = &func.node {
            let simple = args.len() + keywords.len() + usize::from(!keywords.is_empty())
                < STACK_USE_GUIDELINE
                && !args.iter().any(|a| matches!(a.node, ExprKind::Starred { .. }))
                && keywords.iter().all(|k| k.arg.is_some());
            if simple {
                self.expr(value)?;
                // CPython 3.11 reports a failed method lookup at the attribute.
                let name = self.name_index(attr);
                self.with_loc(func.range, |g| g.emit(I::LoadMethod { name }));
                for a in args {
                    self.expr(a)?;
                }
                self.keyword_values(keywords)?;
                self.emit(I::Call { argc: (args.len() + keywords.len()) as u32 });
                return Ok(());
            }
        }
        self.with_loc(func.range, |g| g.emit(I::PushNull));
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// Pushes keyword values and names them with `KwNames`.
    fn keyword_values(&mut self, keywords: &'a [Keyword]) -> CResult {
        if keywords.is_empty() {
            return Ok(());
        }
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.expr(&k.value)?;
            names.push(Constant::Str(Wtf8Buf::from(k.arg.clone().unwrap_or_default())));
        }
        let index = self.add_const(Constant::Tuple(names));
        self.emit(I::KwNames { names: ConstIndex(index) });
        Ok(())
    }

    /// The arguments and the call itself, with `pushed` positional arguments
    /// already on the stack (CPython's `compiler_call_helper`).
    pub fn call_helper(&mut self, pushed: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.check_keywords(keywords)?;
        let starred = args.iter().any(|a| matches!(a.node, ExprKind::Starred { .. }));
        let double = keywords.iter().any(|k| k.arg.is_none());
        if !starred && !double && args.len() + keywords.len() * 2 <= STACK_USE_GUIDELINE {
            for a in args {
                self.expr(a)?;
            }
            self.keyword_values(keywords)?;
            self.emit(I::Call { argc: pushed + (args.len() + keywords.len()) as u32 });
            return Ok(());
        }
        // The general form: a tuple of positional arguments, a dict of keywords.
        // A lone `*x` is passed as it is, as CPython does, so that
        // `CallFunctionEx` names the callee when `x` is not iterable.
        match args {
            [Expr { node: ExprKind::Starred { value, .. }, .. }] if pushed == 0 => self.expr(value)?,
            _ => self.starunpack(args, pushed, Build::Tuple)?,
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut seen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if seen > 0 {
                        self.subkwargs(&keywords[i - seen..i])?;
                        if have_dict {
                            self.emit(I::DictMerge { depth: 1 });
                        }
                        have_dict = true;
                        seen = 0;
                    }
                    if !have_dict {
                        self.emit(I::BuildMap { count: 0 });
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(I::DictMerge { depth: 1 });
                } else {
                    seen += 1;
                }
            }
            if seen > 0 {
                self.subkwargs(&keywords[keywords.len() - seen..])?;
                if have_dict {
                    self.emit(I::DictMerge { depth: 1 });
                }
            }
        }
        self.emit(I::CallFunctionEx { has_kwargs: u32::from(!keywords.is_empty()) });
        Ok(())
    }

    fn subkwargs(&mut self, keywords: &'a [Keyword]) -> CResult {
        for k in keywords {
            self.load_const(Constant::Str(Wtf8Buf::from(k.arg.clone().unwrap_or_default())));
            self.expr(&k.value)?;
        }
        self.emit(I::BuildMap { count: keywords.len() as u32 });
        Ok(())
    }

    /// The `Send`/`YieldValue` loop of `yield from` and `await`: expects the
    /// iterator and the first value to send on the stack, leaves the result.
    pub fn yield_from(&mut self) {
        let (start, exit) = (self.new_label(), self.new_label());
        self.bind(start);
        self.jump(|t| I::Send { target: t }, exit);
        self.emit(I::YieldValue);
        self.jump(|t| I::Jump { target: t }, start);
        self.bind(exit);
    }

    fn await_expr(&mut self, e: &'a Expr, value: &'a Expr) -> CResult {
        if self.scope().kind != ScopeKind::Function {
            return Err(self.error("'await' outside function", e.range));
        }
        if !matches!(self.ur().kind, UnitKind::AsyncFunction | UnitKind::Comprehension) {
            return Err(self.error("'await' outside async function", e.range));
        }
        self.expr(value)?;
        self.await_top(AwaitContext::Await);
        Ok(())
    }

    /// Awaits the value on top, leaving the result (`GetAwaitable`, then the
    /// `Send`/`YieldValue` loop).
    pub fn await_top(&mut self, context: AwaitContext) {
        self.emit(I::GetAwaitable { context });
        self.load_const(Constant::None);
        self.yield_from();
    }

    /// `YieldValue` for a `yield` expression: wrapped first in an
    /// asynchronous generator (CPython's `ADDOP_YIELD`).
    pub fn emit_yield(&mut self) {
        let ste = self.scope();
        if ste.generator && ste.coroutine {
            self.emit(I::AsyncGenWrap);
        }
        self.emit(I::YieldValue);
    }
}

/// The truth of a constant, when it is known at compile time.
pub(crate) fn constant_truth(c: &ast::Constant) -> Option<bool> {
    use num_traits::Zero;
    Some(match c {
        ast::Constant::None => false,
        ast::Constant::Bool(b) => *b,
        ast::Constant::Str(s) => !s.is_empty(),
        ast::Constant::Bytes(b) => !b.is_empty(),
        ast::Constant::Int(i) => !i.is_zero(),
        ast::Constant::Float(f) => *f != 0.0,
        ast::Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        ast::Constant::Ellipsis => true,
    })
}
