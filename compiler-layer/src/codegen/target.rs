//! Assignment targets: names, attributes, subscripts, unpacking (with one
//! starred target), `del`, and augmented assignment.

use super::expr::binary_operator;
use super::{CResult, Codegen, Ctx};
use crate::instruction::Instruction as I;
use strata_syntax::ast::{Expr, ExprKind, Operator};
use strata_syntax::Range;

impl<'a> Codegen<'a> {
    /// Stores the value on top of the stack into `target`.
    pub fn store_target(&mut self, target: &'a Expr) -> CResult {
        let saved = self.ur().loc;
        self.set_loc(target.range);
        let result = self.store_inner(target);
        self.u().loc = saved;
        result
    }

    fn store_inner(&mut self, target: &'a Expr) -> CResult {
        match &target.node {
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Store, target.range),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let name = self.name_index(attr);
                self.emit(I::StoreAttr { name });
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(I::StoreSubscr);
                Ok(())
            }
            ExprKind::Starred { .. } => {
                Err(self.error("starred assignment target must be in a list or tuple", target.range))
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.unpack(elts, target.range),
            _ => Err(self.error("cannot assign to expression", target.range)),
        }
    }

    /// `a, b = b, a + b`: a tuple display unpacked at once into as many
    /// targets (two or three, none starred) is its values on the stack put
    /// in order by a `Swap`, as CPython's optimizer does, instead of a tuple
    /// made and unpacked. `false` (nothing emitted) for any other assignment.
    pub fn swap_assign(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<bool> {
        let (
            ExprKind::Tuple { elts: targets, .. } | ExprKind::List { elts: targets, .. },
            ExprKind::Tuple { elts: values, .. },
        ) = (&target.node, &value.node)
        else {
            return Ok(false);
        };
        let starred = |e: &Expr| matches!(e.node, ExprKind::Starred { .. });
        if !(2..=3).contains(&targets.len())
            || targets.len() != values.len()
            || targets.iter().chain(values).any(starred)
            || super::fold(value).is_some()
        {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        let saved = self.ur().loc;
        self.set_loc(target.range);
        self.emit(I::Swap { depth: values.len() as u32 });
        self.u().loc = saved;
        for t in targets {
            self.store_target(t)?;
        }
        Ok(true)
    }

    fn unpack(&mut self, elts: &'a [Expr], range: Range) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { .. } = e.node {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment", range));
                }
                if i >= 1 << 8 || n - i - 1 >= (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment", range));
                }
                self.emit(I::UnpackEx { before: i as u32, after: (n - i - 1) as u32 });
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(I::UnpackSequence { count: n as u32 });
        }
        for e in elts {
            match &e.node {
                ExprKind::Starred { value, .. } => self.store_target(value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    pub fn delete_target(&mut self, target: &'a Expr) -> CResult {
        let saved = self.ur().loc;
        self.set_loc(target.range);
        let result = match &target.node {
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Del, target.range),
            ExprKind::Attribute { value, attr, .. } => self.expr(value).map(|()| {
                let name = self.name_index(attr);
                self.emit(I::DeleteAttr { name });
            }),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value).and_then(|()| self.expr(slice)).map(|()| {
                    self.emit(I::DeleteSubscr);
                })
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            _ => Err(self.error("cannot delete expression", target.range)),
        };
        self.u().loc = saved;
        result
    }

    /// `target op= value` (CPython's `compiler_augassign`).
    pub fn augassign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult {
        let saved = self.ur().loc;
        self.set_loc(target.range);
        match &target.node {
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.expr(obj)?;
                self.emit(I::Copy { depth: 1 });
                let name = self.name_index(attr);
                self.emit(I::LoadAttr { name });
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(I::Copy { depth: 2 });
                self.emit(I::Copy { depth: 2 });
                self.emit(I::BinarySubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Load, target.range)?,
            _ => {
                return Err(self
                    .error("'expression' is an illegal expression for augmented assignment", target.range))
            }
        }
        self.u().loc = saved;
        self.expr(value)?;
        self.emit(I::BinaryOp { op: binary_operator(op, true) });
        self.set_loc(target.range);
        match &target.node {
            ExprKind::Attribute { attr, .. } => {
                self.emit(I::Swap { depth: 2 });
                let name = self.name_index(attr);
                self.emit(I::StoreAttr { name });
            }
            ExprKind::Subscript { .. } => {
                self.emit(I::Swap { depth: 3 });
                self.emit(I::Swap { depth: 2 });
                self.emit(I::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Store, target.range)?,
            _ => {}
        }
        self.u().loc = saved;
        Ok(())
    }
}
