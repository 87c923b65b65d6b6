//! The grammar's actions: node constructors and the checks that turn the
//! cover grammar into CPython's AST (or CPython's error message).
//!
//! Every grammar action is one call into this module, so the grammar reads as
//! a grammar and the logic here reads as Rust.

use crate::ast::*;
use crate::error::SyntaxError;
use crate::literal;
use crate::parser::targets::{expr_name, into_target, TargetKind};
use crate::pos::{Pos, Range};
use crate::token::Tok;
use lalrpop_util::ParseError;

pub use crate::parser::arguments::{call_args, CallArg, Param};
pub use crate::parser::arguments::{lambda_params, params};

/// What the single start symbol produced, by entry point.
pub enum Parsed {
    Module(Vec<Stmt>),
    Interactive(Vec<Stmt>),
    Expression(Expr),
    FunctionType(Vec<Expr>, Expr),
}

/// One string literal token, for implicit concatenation.
pub struct StrTok {
    pub start: Pos,
    pub text: String,
    pub end: Pos,
}

/// An entry of a mapping pattern: `key: pattern` or `**rest`.
pub enum MappingItem {
    Key(Expr, Pattern),
    Rest(String, Pos, Pos),
}

/// Lifts a helper's error into lalrpop's error type.
pub fn user<T>(r: Result<T, SyntaxError>) -> Result<T, ParseError<Pos, Tok, SyntaxError>> {
    r.map_err(|error| ParseError::User { error })
}

fn range(l: Pos, r: Pos) -> Range {
    Range::new(l, r)
}

// ---------------------------------------------------------------------------
// Lists

pub fn push<T>(mut v: Vec<T>, e: T) -> Vec<T> {
    v.push(e);
    v
}

pub fn push_opt<T>(mut v: Vec<T>, e: Option<T>) -> Vec<T> {
    v.extend(e);
    v
}

pub fn push_front<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

pub fn concat(blocks: Vec<Vec<Stmt>>) -> Vec<Stmt> {
    blocks.into_iter().flatten().collect()
}

// ---------------------------------------------------------------------------
// Expressions

pub fn expr(node: ExprKind, l: Pos, r: Pos) -> Expr {
    Expr { node, range: range(l, r) }
}

pub fn name(id: String, l: Pos, r: Pos) -> Expr {
    expr(ExprKind::Name { id, ctx: ExprContext::Load }, l, r)
}

pub fn constant(value: Constant, l: Pos, r: Pos) -> Expr {
    expr(ExprKind::Constant { value, kind: None }, l, r)
}

pub fn number(text: &str, l: Pos, r: Pos) -> Result<Expr, SyntaxError> {
    let value = literal::number(text).map_err(|msg| SyntaxError::new(msg, l, r))?;
    Ok(constant(value, l, r))
}

pub fn strings(tokens: Vec<StrTok>) -> Result<Expr, SyntaxError> {
    let tokens: Vec<literal::StrToken<'_>> =
        tokens.iter().map(|t| literal::StrToken { start: t.start, text: &t.text, end: t.end }).collect();
    literal::strings(&tokens, &mut crate::parser::parse_fstring_field)
}

pub fn starred(value: Expr, l: Pos, r: Pos) -> Expr {
    expr(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, l, r)
}

pub fn tuple(elts: Vec<Expr>, ctx: ExprContext, l: Pos, r: Pos) -> Expr {
    expr(ExprKind::Tuple { elts, ctx }, l, r)
}

pub fn binop(left: Expr, op: Operator, right: Expr, l: Pos, r: Pos) -> Expr {
    expr(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, l, r)
}

pub fn unary(op: UnaryOp, operand: Expr, l: Pos, r: Pos) -> Expr {
    expr(ExprKind::UnaryOp { op, operand: Box::new(operand) }, l, r)
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: Pos, r: Pos) -> Expr {
    expr(ExprKind::BoolOp { op, values: push_front(first, rest) }, l, r)
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: Pos, r: Pos) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    expr(ExprKind::Compare { left: Box::new(left), ops, comparators }, l, r)
}

pub fn if_exp(test: Expr, body: Expr, orelse: Expr, l: Pos, r: Pos) -> Expr {
    let node = ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) };
    expr(node, l, r)
}

pub fn attribute(value: Expr, attr: String, l: Pos, r: Pos) -> Expr {
    expr(ExprKind::Attribute { value: Box::new(value), attr, ctx: ExprContext::Load }, l, r)
}

pub fn subscript(value: Expr, slice: Expr, l: Pos, r: Pos) -> Expr {
    let node = ExprKind::Subscript { value: Box::new(value), slice: Box::new(slice), ctx: ExprContext::Load };
    expr(node, l, r)
}

pub fn slice(lower: Option<Expr>, upper: Option<Expr>, step: Option<Option<Expr>>, l: Pos, r: Pos) -> Expr {
    let node = ExprKind::Slice {
        lower: lower.map(Box::new),
        upper: upper.map(Box::new),
        step: step.flatten().map(Box::new),
    };
    expr(node, l, r)
}

/// A call's (or class's) argument list. A generator expression followed by a
/// trailing comma is never the call's own parenthesized generator
/// (`invalid_arguments`: `f(x for x in y,)`).
pub fn call_arg_list(mut v: Vec<CallArg>, e: Option<CallArg>) -> Result<Vec<CallArg>, SyntaxError> {
    if e.is_none() {
        if let Some(CallArg::Generator(_, _, l, r)) = v.last() {
            return Err(SyntaxError::new("Generator expression must be parenthesized", *l, *r));
        }
    }
    v.extend(e);
    Ok(v)
}

/// `f(args)`; `args_start` is where `(` is, which a lone generator argument spans from.
pub fn call(func: Expr, args: Vec<CallArg>, args_start: Pos, l: Pos, r: Pos) -> Result<Expr, SyntaxError> {
    let (args, keywords) = call_args(args, Some((args_start, r)))?;
    Ok(expr(ExprKind::Call { func: Box::new(func), args, keywords }, l, r))
}

pub fn dict(items: Vec<(Option<Expr>, Expr)>, l: Pos, r: Pos) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    expr(ExprKind::Dict { keys, values }, l, r)
}

/// `(e)`: the inner node itself, as CPython keeps no node for parentheses.
pub fn group(e: Expr) -> Result<Expr, SyntaxError> {
    if let ExprKind::Starred { .. } = e.node {
        return Err(SyntaxError::new("cannot use starred expression here", e.range.start, e.range.end));
    }
    Ok(e)
}

pub fn named_expr(target: Expr, value: Expr, l: Pos, r: Pos) -> Result<Expr, SyntaxError> {
    let id = match target.node {
        ExprKind::Name { id, .. } => id,
        _ => {
            let msg = format!("cannot use assignment expressions with {}", expr_name(&target));
            return Err(SyntaxError::new(msg, target.range.start, target.range.end));
        }
    };
    let target = expr(ExprKind::Name { id, ctx: ExprContext::Store }, target.range.start, target.range.end);
    Ok(expr(ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) }, l, r))
}

pub fn lambda(params: Vec<(Param, Option<String>)>, body: Expr, l: Pos, r: Pos) -> Result<Expr, SyntaxError> {
    let args = crate::parser::arguments::arguments(params)?;
    Ok(expr(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, l, r))
}

pub fn comprehension(
    is_async: bool,
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
) -> Result<Comprehension, SyntaxError> {
    let target = into_target(target, TargetKind::For)?;
    Ok(Comprehension { target, iter, ifs, is_async })
}

// ---------------------------------------------------------------------------
// Simple statements

pub fn stmt(node: StmtKind, l: Pos, r: Pos) -> Stmt {
    Stmt { node, range: range(l, r) }
}

pub fn expr_stmt(e: Expr, l: Pos, r: Pos) -> Stmt {
    stmt(StmtKind::Expr { value: Box::new(e) }, l, r)
}

pub fn raise(exc: Expr, cause: Option<Expr>, l: Pos, r: Pos) -> Stmt {
    stmt(StmtKind::Raise { exc: Some(Box::new(exc)), cause: cause.map(Box::new) }, l, r)
}

pub fn assert(test: Expr, msg: Option<Expr>, l: Pos, r: Pos) -> Stmt {
    stmt(StmtKind::Assert { test: Box::new(test), msg: msg.map(Box::new) }, l, r)
}

pub fn delete(targets: Vec<Expr>, l: Pos, r: Pos) -> Result<Stmt, SyntaxError> {
    let targets = targets.into_iter().map(|t| into_target(t, TargetKind::Del)).collect::<Result<_, _>>()?;
    Ok(stmt(StmtKind::Delete { targets }, l, r))
}

pub fn assign(
    first: Expr,
    rest: Vec<Expr>,
    type_comment: Option<String>,
    l: Pos,
    r: Pos,
) -> Result<Stmt, SyntaxError> {
    let mut all = push_front(first, rest);
    let value = all.pop().unwrap_or_else(|| constant(Constant::None, l, r));
    let single = all.len() == 1;
    let targets = all
        .into_iter()
        .map(|t| crate::parser::targets::assignment_target(t, single, &value))
        .collect::<Result<_, _>>()?;
    Ok(stmt(StmtKind::Assign { targets, value: Box::new(value), type_comment }, l, r))
}

pub fn aug_assign(target: Expr, op: Operator, value: Expr, l: Pos, r: Pos) -> Result<Stmt, SyntaxError> {
    match target.node {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&target));
            return Err(SyntaxError::new(msg, target.range.start, target.range.end));
        }
    }
    let target = into_target(target, TargetKind::Star)?;
    Ok(stmt(StmtKind::AugAssign { target: Box::new(target), op, value: Box::new(value) }, l, r))
}

pub fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: Pos,
    r: Pos,
) -> Result<Stmt, SyntaxError> {
    let (start, end) = (target.range.start, target.range.end);
    let simple = match &target.node {
        // Parentheses around a name make it "not simple": the statement then starts before it.
        ExprKind::Name { .. } => start == l,
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
        ExprKind::Tuple { .. } | ExprKind::List { .. } => {
            let msg = format!("only single target (not {}) can be annotated", expr_name(&target));
            return Err(SyntaxError::new(msg, start, end));
        }
        _ => return Err(SyntaxError::new("illegal target for annotation", start, end)),
    };
    let target = into_target(target, TargetKind::Star)?;
    let node = StmtKind::AnnAssign {
        target: Box::new(target),
        annotation: Box::new(annotation),
        value: value.map(Box::new),
        simple,
    };
    Ok(stmt(node, l, r))
}

pub fn import_from(dots: Vec<u32>, module: Option<String>, names: Vec<Alias>, l: Pos, r: Pos) -> Stmt {
    let level = dots.iter().sum();
    stmt(StmtKind::ImportFrom { module, names, level }, l, r)
}

pub fn alias(name: String, asname: Option<String>, l: Pos, r: Pos) -> Alias {
    Alias { name, asname, range: range(l, r) }
}

pub fn dotted(mut prefix: String, name: String) -> String {
    prefix.push('.');
    prefix.push_str(&name);
    prefix
}

// ---------------------------------------------------------------------------
// Compound statements

pub fn decorated(decorators: Vec<Expr>, mut def: Stmt) -> Stmt {
    match &mut def.node {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef { decorator_list, .. } => *decorator_list = decorators,
        _ => {}
    }
    def
}

pub fn function_def(
    is_async: bool,
    name: String,
    params: Vec<(Param, Option<String>)>,
    returns: Option<Expr>,
    (type_comment, body): (Option<String>, Vec<Stmt>),
    l: Pos,
    r: Pos,
) -> Result<Stmt, SyntaxError> {
    let args = crate::parser::arguments::arguments(params)?;
    let def = FunctionDef {
        name,
        args: Box::new(args),
        body,
        decorator_list: vec![],
        returns: returns.map(Box::new),
        type_comment,
    };
    let node = if is_async { StmtKind::AsyncFunctionDef(def) } else { StmtKind::FunctionDef(def) };
    Ok(stmt(node, l, r))
}

pub fn class_def(
    name: String,
    args: Option<Vec<CallArg>>,
    body: Vec<Stmt>,
    l: Pos,
    r: Pos,
) -> Result<Stmt, SyntaxError> {
    let (bases, keywords) = call_args(args.unwrap_or_default(), None)?;
    Ok(stmt(StmtKind::ClassDef { name, bases, keywords, body, decorator_list: vec![] }, l, r))
}

pub fn arg(name: String, annotation: Option<Expr>, l: Pos, r: Pos) -> Arg {
    Arg { arg: name, annotation: annotation.map(Box::new), type_comment: None, range: range(l, r) }
}

pub fn if_stmt(test: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>, l: Pos, r: Pos) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    stmt(StmtKind::If { test: Box::new(test), body, orelse }, l, r)
}

pub fn while_stmt(test: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>, l: Pos, r: Pos) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    stmt(StmtKind::While { test: Box::new(test), body, orelse }, l, r)
}

pub fn for_stmt(
    is_async: bool,
    target: Expr,
    iter: Expr,
    type_comment: Option<String>,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
    l: Pos,
    r: Pos,
) -> Result<Stmt, SyntaxError> {
    let target = into_target(target, TargetKind::For)?;
    let orelse = orelse.unwrap_or_default();
    let f = For { target: Box::new(target), iter: Box::new(iter), body, orelse, type_comment };
    Ok(stmt(if is_async { StmtKind::AsyncFor(f) } else { StmtKind::For(f) }, l, r))
}

pub fn with_stmt(
    is_async: bool,
    items: Vec<(Expr, Option<Expr>)>,
    type_comment: Option<String>,
    body: Vec<Stmt>,
    l: Pos,
    r: Pos,
) -> Result<Stmt, SyntaxError> {
    let items = items
        .into_iter()
        .map(|(context_expr, vars)| {
            let optional_vars = vars.map(|v| into_target(v, TargetKind::Star)).transpose()?;
            Ok(WithItem { context_expr, optional_vars: optional_vars.map(Box::new) })
        })
        .collect::<Result<_, SyntaxError>>()?;
    let w = With { items, body, type_comment };
    Ok(stmt(if is_async { StmtKind::AsyncWith(w) } else { StmtKind::With(w) }, l, r))
}

/// An `except` clause as parsed, before `try_stmt` checks the clauses agree.
pub struct Handler {
    star: bool,
    /// `except` or `except*`: where CPython points when clauses are mixed.
    keyword: (Pos, Pos),
    handler: ExceptHandler,
}

/// An `except` clause; `keyword_end` is where `except` (or `except*`) ends.
pub fn except_handler(
    star: bool,
    keyword_end: Pos,
    type_: Option<Expr>,
    name: Option<String>,
    body: Vec<Stmt>,
    l: Pos,
    r: Pos,
) -> Result<Handler, SyntaxError> {
    let handler = ExceptHandler { type_: type_.map(Box::new), name, body, range: range(l, r) };
    Ok(Handler { star, keyword: (l, keyword_end), handler })
}

pub fn try_stmt(
    body: Vec<Stmt>,
    handlers: Vec<Handler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
    l: Pos,
    r: Pos,
) -> Result<Stmt, SyntaxError> {
    let star = handlers.first().is_some_and(|h| h.star);
    if let Some(h) = handlers.iter().find(|h| h.star != star) {
        let msg = "cannot have both 'except' and 'except*' on the same 'try'";
        return Err(SyntaxError::new(msg, h.keyword.0, h.keyword.1));
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.handler).collect();
    let t =
        Try { body, handlers, orelse: orelse.unwrap_or_default(), finalbody: finalbody.unwrap_or_default() };
    Ok(stmt(if star { StmtKind::TryStar(t) } else { StmtKind::Try(t) }, l, r))
}

// ---------------------------------------------------------------------------
// match statement

pub fn pattern(node: PatternKind, l: Pos, r: Pos) -> Pattern {
    Pattern { node, range: range(l, r) }
}

fn capture_name(name: String, l: Pos, r: Pos) -> Result<Option<String>, SyntaxError> {
    match name.as_str() {
        "_" => Ok(None),
        _ => {
            let _ = (l, r);
            Ok(Some(name))
        }
    }
}

pub fn as_pattern(p: Pattern, name: String, l: Pos, r: Pos) -> Result<Pattern, SyntaxError> {
    if name == "_" {
        return Err(SyntaxError::new("cannot use '_' as a target", l, r));
    }
    Ok(pattern(PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(name) }, l, r))
}

pub fn star_pattern(name: String, l: Pos, r: Pos) -> Pattern {
    let name = if name == "_" { None } else { Some(name) };
    pattern(PatternKind::MatchStar { name }, l, r)
}

pub fn literal_pattern(value: Expr, l: Pos, r: Pos) -> Pattern {
    match &value.node {
        ExprKind::Constant { value: v @ (Constant::None | Constant::Bool(_)), .. } => {
            pattern(PatternKind::MatchSingleton { value: v.clone() }, l, r)
        }
        _ => pattern(PatternKind::MatchValue { value: Box::new(value) }, l, r),
    }
}

/// `a.b.c` as a Load expression.
fn name_or_attr(parts: Vec<(String, Pos, Pos)>) -> Expr {
    let mut parts = parts.into_iter();
    let (first, l, r) = parts.next().unwrap_or_default();
    let mut e = name(first, l, r);
    for (attr, _, r) in parts {
        e = attribute(e, attr, l, r);
    }
    e
}

pub fn name_pattern(parts: Vec<(String, Pos, Pos)>, l: Pos, r: Pos) -> Result<Pattern, SyntaxError> {
    if parts.len() == 1 {
        let (n, nl, nr) = parts.into_iter().next().unwrap_or_default();
        let name = capture_name(n, nl, nr)?;
        return Ok(pattern(PatternKind::MatchAs { pattern: None, name }, l, r));
    }
    Ok(pattern(PatternKind::MatchValue { value: Box::new(name_or_attr(parts)) }, l, r))
}

pub fn class_pattern(
    cls: Vec<(String, Pos, Pos)>,
    args: Vec<(Option<(String, Pos, Pos)>, Pattern)>,
    l: Pos,
    r: Pos,
) -> Result<Pattern, SyntaxError> {
    let mut patterns = vec![];
    let mut kwd_attrs = vec![];
    let mut kwd_patterns = vec![];
    for (kw, p) in args {
        match kw {
            Some((name, _, _)) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
            None if !kwd_attrs.is_empty() => {
                let msg = "positional patterns follow keyword patterns";
                return Err(SyntaxError::new(msg, p.range.start, p.range.end));
            }
            None => patterns.push(p),
        }
    }
    let cls = Box::new(name_or_attr(cls));
    Ok(pattern(PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns }, l, r))
}

pub fn mapping_attr_key(
    parts: Vec<(String, Pos, Pos)>,
    p: Pattern,
    l: Pos,
    r: Pos,
) -> Result<MappingItem, SyntaxError> {
    if parts.len() < 2 {
        // A bare name is a capture pattern, which cannot be a key.
        return Err(SyntaxError::new("invalid syntax", l, r));
    }
    Ok(MappingItem::Key(name_or_attr(parts), p))
}

pub fn mapping_pattern(items: Vec<MappingItem>, l: Pos, r: Pos) -> Result<Pattern, SyntaxError> {
    let mut keys = vec![];
    let mut patterns = vec![];
    let mut rest = None;
    for item in items {
        match item {
            MappingItem::Key(k, p) if rest.is_none() => {
                keys.push(k);
                patterns.push(p);
            }
            MappingItem::Key(k, _) => {
                return Err(SyntaxError::new("invalid syntax", k.range.start, k.range.end))
            }
            MappingItem::Rest(name, nl, nr) if rest.is_none() => {
                let _ = (nl, nr);
                rest = Some(name);
            }
            MappingItem::Rest(_, nl, nr) => return Err(SyntaxError::new("invalid syntax", nl, nr)),
        }
    }
    Ok(pattern(PatternKind::MatchMapping { keys, patterns, rest }, l, r))
}
