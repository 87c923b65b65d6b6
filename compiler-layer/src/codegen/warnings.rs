//! The `SyntaxWarning`s CPython 3.11's compiler issues for code that runs but
//! is almost surely a mistake (`compile.c`: `check_compare`, `check_caller`,
//! `check_subscripter`, `check_index`, and `compiler_assert`'s tuple test).
//! They are collected while generating code and handed to whoever compiled
//! the source, who shows them through the warnings machinery.

use super::Codegen;
use crate::CompileWarning;
use strata_syntax::ast::{self, CmpOp, Expr, ExprKind};
use strata_syntax::Range;

/// The type CPython infers for a literal or display (`infer_type`).
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.node {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant { value, .. } => constant_type(value),
        _ => return None,
    })
}

fn constant_type(c: &ast::Constant) -> &'static str {
    match c {
        ast::Constant::None => "NoneType",
        ast::Constant::Bool(_) => "bool",
        ast::Constant::Str(_) => "str",
        ast::Constant::Bytes(_) => "bytes",
        ast::Constant::Int(_) => "int",
        ast::Constant::Float(_) => "float",
        ast::Constant::Complex { .. } => "complex",
        ast::Constant::Ellipsis => "ellipsis",
    }
}

/// Whether `e` may be an operand of `is`: anything but a literal other than
/// `None`, `True`, `False` and `...` (after folding, as CPython's AST
/// optimizer folds `-1` and `(1, 2)` into constants).
fn is_identity_operand(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Constant { value, .. } => {
            matches!(value, ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis)
        }
        _ => super::fold(e).is_none(),
    }
}

impl Codegen<'_> {
    fn warn(&mut self, msg: String, range: Range) {
        self.warnings.push(CompileWarning { msg, range });
    }

    /// `x is 1`, `"a" is not s`.
    pub(crate) fn check_compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let mut left_ok = is_identity_operand(left);
        for (op, right) in ops.iter().zip(comparators) {
            let right_ok = is_identity_operand(right);
            let msg = match op {
                CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
                CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
                _ => "",
            };
            if !msg.is_empty() && !(left_ok && right_ok) {
                self.warn(msg.into(), e.range);
                return;
            }
            left_ok = right_ok;
        }
    }

    /// `(1, 2) (3, 4)`: a literal called.
    pub(crate) fn check_caller(&mut self, call: &Expr, func: &Expr) {
        if matches!(func.node, ExprKind::Lambda { .. }) {
            return;
        }
        if let Some(t) = literal_type(func) {
            self.warn(format!("'{t}' object is not callable; perhaps you missed a comma?"), call.range);
        }
    }

    /// `[1, 2] [0, 1]`, `{1} [0]`: a literal subscripted in a way that fails.
    pub(crate) fn check_subscript(&mut self, e: &Expr, value: &Expr, index: &Expr) {
        let not_subscriptable = match &value.node {
            ExprKind::Constant { value: c, .. } => matches!(
                c,
                ast::Constant::None
                    | ast::Constant::Ellipsis
                    | ast::Constant::Int(_)
                    | ast::Constant::Float(_)
                    | ast::Constant::Complex { .. }
                    | ast::Constant::Bool(_)
            ),
            ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if not_subscriptable {
            if let Some(t) = literal_type(value) {
                self.warn(format!("'{t}' object is not subscriptable; perhaps you missed a comma?"), e.range);
            }
            return;
        }
        let Some(index_type) = literal_type(index) else { return };
        if matches!(index_type, "int" | "bool") {
            return;
        }
        let sequence = match &value.node {
            ExprKind::Constant { value: c, .. } => {
                matches!(c, ast::Constant::Str(_) | ast::Constant::Bytes(_))
            }
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. } => true,
            _ => false,
        };
        if let (true, Some(t)) = (sequence, literal_type(value)) {
            let msg = format!(
                "{t} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
            );
            self.warn(msg, e.range);
        }
    }

    /// `assert (x, "message")`: a non-empty tuple is always true.
    pub(crate) fn check_assert(&mut self, test: &Expr, statement: Range) {
        if matches!(&test.node, ExprKind::Tuple { elts, .. } if !elts.is_empty()) {
            self.warn("assertion is always true, perhaps remove parentheses?".into(), statement);
        }
    }
}
