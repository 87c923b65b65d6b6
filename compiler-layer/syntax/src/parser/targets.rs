//! Assignment and deletion targets: an expression parsed by the cover grammar
//! becomes a target (Store or Del context), or CPython's error for it.
//!
//! Mirrors `_PyPegen_set_expr_context` and `_PyPegen_get_invalid_target`.

use crate::ast::{Constant, Expr, ExprContext, ExprKind};
use crate::error::SyntaxError;

/// Which statement the target belongs to: it changes the message and what is allowed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// `=`, augmented and annotated assignment, `with ... as`.
    Star,
    /// `for` loops and comprehensions.
    For,
    /// `del`.
    Del,
}

/// What CPython calls an expression in its messages (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.node {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be a target, if any.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.node {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred { value, .. } => match kind {
            TargetKind::Del => Some(e),
            _ => invalid_target(value, kind),
        },
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

fn target_error(bad: &Expr, kind: TargetKind) -> SyntaxError {
    let verb = if kind == TargetKind::Del { "delete" } else { "assign to" };
    let msg = format!("cannot {verb} {}", expr_name(bad));
    SyntaxError::new(msg, bad.range.start, bad.range.end)
}

/// Turns `e` into a target of `kind`, or CPython's error for it.
pub fn into_target(e: Expr, kind: TargetKind) -> Result<Expr, SyntaxError> {
    if let Some(bad) = invalid_target(&e, kind) {
        return Err(target_error(bad, kind));
    }
    let ctx = if kind == TargetKind::Del { ExprContext::Del } else { ExprContext::Store };
    Ok(with_context(e, ctx))
}

/// A target of `=`. A lone invalid target followed by a plain value gets
/// CPython's hint (`invalid_named_expression`): "Maybe you meant '=='...".
pub fn assignment_target(e: Expr, single: bool, value: &Expr) -> Result<Expr, SyntaxError> {
    if let ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } = e.node {
        let msg = "assignment to yield expression not possible";
        return Err(SyntaxError::new(msg, e.range.start, e.range.end));
    }
    if let Some(bad) = invalid_target(&e, TargetKind::Star) {
        if single && std::ptr::eq(bad, &e) && is_bitwise_or(&e) && is_bitwise_or(value) {
            let msg =
                format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(&e));
            return Err(SyntaxError::new(msg, e.range.start, e.range.end));
        }
        return Err(target_error(bad, TargetKind::Star));
    }
    Ok(with_context(e, ExprContext::Store))
}

/// Whether `e` could be what CPython's `bitwise_or` rule parses, excluding the
/// displays that `invalid_named_expression` leaves out.
fn is_bitwise_or(e: &Expr) -> bool {
    match &e.node {
        ExprKind::BoolOp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::Yield { .. }
        | ExprKind::YieldFrom { .. }
        | ExprKind::Starred { .. }
        | ExprKind::List { .. }
        | ExprKind::Tuple { .. }
        | ExprKind::GeneratorExp { .. } => false,
        ExprKind::UnaryOp { op, .. } => *op != crate::ast::UnaryOp::Not,
        ExprKind::Constant { value, .. } => !matches!(value, Constant::None | Constant::Bool(_)),
        _ => true,
    }
}

fn with_context(mut e: Expr, new_ctx: ExprContext) -> Expr {
    match &mut e.node {
        ExprKind::Name { ctx, .. } | ExprKind::Attribute { ctx, .. } | ExprKind::Subscript { ctx, .. } => {
            *ctx = new_ctx;
        }
        ExprKind::Starred { value, ctx } => {
            *ctx = new_ctx;
            let inner = std::mem::replace(value.as_mut(), placeholder());
            **value = with_context(inner, new_ctx);
        }
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
            *ctx = new_ctx;
            let old = std::mem::take(elts);
            *elts = old.into_iter().map(|x| with_context(x, new_ctx)).collect();
        }
        _ => {}
    }
    e
}

fn placeholder() -> Expr {
    Expr { node: ExprKind::Constant { value: Constant::None, kind: None }, range: Default::default() }
}
