//! An expression back to source text, as CPython's `ast_unparse.c` writes
//! it: the string an annotation becomes under `from __future__ import
//! annotations` (PEP 563). Parentheses come from the operators' precedence,
//! not from the source; constants are written by their `repr`.

use crate::ast::{
    Arguments, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, Operator, UnaryOp,
};
use crate::pyrepr;
use crate::wtf8::Wtf8Buf;

/// Precedence levels, lowest first (`ast_unparse.c`'s `PR_*`).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const EXPR: u8 = 6;
const BOR: u8 = EXPR;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// `e` as an annotation's text (`_PyAST_ExprAsUnicode`).
pub fn unparse_expr(e: &Expr) -> Wtf8Buf {
    let mut out = Wtf8Buf::new();
    expr(&mut out, e, TEST);
    out
}

fn paren_if(out: &mut Wtf8Buf, cond: bool, s: &str) {
    if cond {
        out.push_str(s);
    }
}

fn joined(out: &mut Wtf8Buf, items: &[Expr], level: u8) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, item, level);
    }
}

fn expr(out: &mut Wtf8Buf, e: &Expr, level: u8) {
    match &e.node {
        ExprKind::BoolOp { op, values } => {
            let (word, pr) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            paren_if(out, level > pr, "(");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(word);
                }
                expr(out, v, pr + 1);
            }
            paren_if(out, level > pr, ")");
        }
        ExprKind::NamedExpr { target, value } => {
            paren_if(out, level > TUPLE, "(");
            expr(out, target, ATOM);
            out.push_str(" := ");
            expr(out, value, ATOM);
            paren_if(out, level > TUPLE, ")");
        }
        ExprKind::BinOp { left, op, right } => {
            let (symbol, pr) = binop(*op);
            let rassoc = u8::from(*op == Operator::Pow);
            paren_if(out, level > pr, "(");
            expr(out, left, pr + rassoc);
            out.push_str(symbol);
            expr(out, right, pr + 1 - rassoc);
            paren_if(out, level > pr, ")");
        }
        ExprKind::UnaryOp { op, operand } => {
            let (symbol, pr) = match op {
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            paren_if(out, level > pr, "(");
            out.push_str(symbol);
            expr(out, operand, pr);
            paren_if(out, level > pr, ")");
        }
        ExprKind::Lambda { args, body } => {
            paren_if(out, level > TEST, "(");
            let positional = args.args.len() + args.posonlyargs.len();
            out.push_str(if positional > 0 { "lambda " } else { "lambda" });
            arguments(out, args);
            out.push_str(": ");
            expr(out, body, TEST);
            paren_if(out, level > TEST, ")");
        }
        ExprKind::IfExp { test, body, orelse } => {
            paren_if(out, level > TEST, "(");
            expr(out, body, TEST + 1);
            out.push_str(" if ");
            expr(out, test, TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, TEST);
            paren_if(out, level > TEST, ")");
        }
        ExprKind::Dict { keys, values } => {
            out.push_str("{");
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, EXPR);
                    }
                }
            }
            out.push_str("}");
        }
        ExprKind::Set { elts } => {
            out.push_str("{");
            joined(out, elts, TEST);
            out.push_str("}");
        }
        ExprKind::ListComp { elt, generators } => {
            out.push_str("[");
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push_str("]");
        }
        ExprKind::SetComp { elt, generators } => {
            out.push_str("{");
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push_str("}");
        }
        ExprKind::DictComp { key, value, generators } => {
            out.push_str("{");
            expr(out, key, TEST);
            out.push_str(": ");
            expr(out, value, TEST);
            comprehensions(out, generators);
            out.push_str("}");
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push_str("(");
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push_str(")");
        }
        ExprKind::Await { value } => {
            paren_if(out, level > AWAIT, "(");
            out.push_str("await ");
            expr(out, value, ATOM);
            paren_if(out, level > AWAIT, ")");
        }
        ExprKind::Yield { value } => match value {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, TEST);
                out.push_str(")");
            }
        },
        ExprKind::YieldFrom { value } => {
            out.push_str("(yield from ");
            expr(out, value, TEST);
            out.push_str(")");
        }
        ExprKind::Compare { left, ops, comparators } => {
            paren_if(out, level > CMP, "(");
            expr(out, left, CMP + 1);
            for (op, right) in ops.iter().zip(comparators) {
                out.push_str(cmpop(*op));
                expr(out, right, CMP + 1);
            }
            paren_if(out, level > CMP, ")");
        }
        ExprKind::Call { func, args, keywords } => call(out, func, args, keywords),
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr { .. } => {
            let mut body = Wtf8Buf::new();
            fstring_element(&mut body, e, false);
            out.push_str("f");
            out.push_str(&pyrepr::wtf8_repr(&body));
        }
        ExprKind::Constant { value, kind } => {
            if *value == Constant::Ellipsis {
                out.push_str("...");
                return;
            }
            if let Some(kind) = kind {
                out.push_str(kind);
            }
            constant(out, value);
        }
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, ATOM);
            // `1 .real`: a space keeps the period from reading as a decimal point.
            let int = matches!(&value.node, ExprKind::Constant { value: Constant::Int(_), .. });
            out.push_str(if int { " ." } else { "." });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, ATOM);
            out.push_str("[");
            expr(out, slice, TUPLE);
            out.push_str("]");
        }
        ExprKind::Starred { value, .. } => {
            out.push_str("*");
            expr(out, value, EXPR);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push_str("[");
            joined(out, elts, TEST);
            out.push_str("]");
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            paren_if(out, level > TUPLE, "(");
            joined(out, elts, TEST);
            paren_if(out, elts.len() == 1, ",");
            paren_if(out, level > TUPLE, ")");
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(lower) = lower {
                expr(out, lower, TEST);
            }
            out.push_str(":");
            if let Some(upper) = upper {
                expr(out, upper, TEST);
            }
            if let Some(step) = step {
                out.push_str(":");
                expr(out, step, TEST);
            }
        }
    }
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => (" + ", ARITH),
        Operator::Sub => (" - ", ARITH),
        Operator::Mult => (" * ", TERM),
        Operator::MatMult => (" @ ", TERM),
        Operator::Div => (" / ", TERM),
        Operator::Mod => (" % ", TERM),
        Operator::FloorDiv => (" // ", TERM),
        Operator::LShift => (" << ", SHIFT),
        Operator::RShift => (" >> ", SHIFT),
        Operator::BitOr => (" | ", BOR),
        Operator::BitXor => (" ^ ", BXOR),
        Operator::BitAnd => (" & ", BAND),
        Operator::Pow => (" ** ", POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// A constant's `repr`, an infinity written `1e309` so that it reads back.
fn constant(out: &mut Wtf8Buf, value: &Constant) {
    let text = match value {
        Constant::None => "None".to_string(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        Constant::Str(s) => pyrepr::wtf8_repr(s),
        Constant::Bytes(b) => pyrepr::bytes_repr(b),
        Constant::Int(i) => pyrepr::int_repr(i),
        Constant::Float(x) => pyrepr::float_repr(*x).replace("inf", "1e309"),
        Constant::Complex { real, imag } => pyrepr::complex_repr(*real, *imag).replace("inf", "1e309"),
        Constant::Ellipsis => "Ellipsis".to_string(),
    };
    out.push_str(&text);
}

fn call(out: &mut Wtf8Buf, func: &Expr, args: &[Expr], keywords: &[Keyword]) {
    expr(out, func, ATOM);
    // A lone generator expression brings its own parentheses.
    if let ([arg], []) = (args, keywords) {
        if matches!(arg.node, ExprKind::GeneratorExp { .. }) {
            expr(out, arg, TEST);
            return;
        }
    }
    out.push_str("(");
    joined(out, args, TEST);
    for (i, kw) in keywords.iter().enumerate() {
        if i > 0 || !args.is_empty() {
            out.push_str(", ");
        }
        match &kw.arg {
            Some(name) => {
                out.push_str(name);
                out.push_str("=");
            }
            None => out.push_str("**"),
        }
        expr(out, &kw.value, TEST);
    }
    out.push_str(")");
}

fn comprehensions(out: &mut Wtf8Buf, generators: &[Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, TEST + 1);
        }
    }
}

/// A lambda's parameters (`append_ast_args`).
fn arguments(out: &mut Wtf8Buf, args: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut Wtf8Buf| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional: Vec<_> = args.posonlyargs.iter().chain(&args.args).collect();
    let skipped = positional.len() - args.defaults.len().min(positional.len());
    for (i, arg) in positional.iter().enumerate() {
        sep(out);
        out.push_str(&arg.arg);
        if i >= skipped {
            out.push_str("=");
            expr(out, &args.defaults[i - skipped], TEST);
        }
        if !args.posonlyargs.is_empty() && i + 1 == args.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(out);
        out.push_str("*");
        if let Some(v) = &args.vararg {
            out.push_str(&v.arg);
        }
    }
    for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
        sep(out);
        out.push_str(&arg.arg);
        if let Some(d) = default {
            out.push_str("=");
            expr(out, d, TEST);
        }
    }
    if let Some(k) = &args.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.arg);
    }
}

/// One part of an f-string's body: literal text with its braces doubled,
/// or a `{replacement field}` (`append_fstring_element`).
fn fstring_element(body: &mut Wtf8Buf, e: &Expr, is_spec: bool) {
    match &e.node {
        ExprKind::Constant { value: Constant::Str(s), .. } => {
            for cp in s.code_points() {
                if cp == u32::from('{') || cp == u32::from('}') {
                    body.push_code_point(cp);
                }
                body.push_code_point(cp);
            }
        }
        ExprKind::JoinedStr { values } => {
            if is_spec {
                values.iter().for_each(|v| fstring_element(body, v, true));
            } else {
                let mut inner = Wtf8Buf::new();
                values.iter().for_each(|v| fstring_element(&mut inner, v, false));
                body.push_wtf8(&inner);
            }
        }
        ExprKind::FormattedValue { value, conversion, format_spec } => {
            let mut text = Wtf8Buf::new();
            expr(&mut text, value, TEST + 1);
            // `{ {...} }`: a brace opening the expression is set apart.
            body.push_str(if text.as_bytes().first() == Some(&b'{') { "{ " } else { "{" });
            body.push_wtf8(&text);
            match u8::try_from(*conversion).ok().map(char::from) {
                Some(c @ ('s' | 'r' | 'a')) => {
                    body.push_char('!');
                    body.push_char(c);
                }
                _ => {}
            }
            if let Some(spec) = format_spec {
                body.push_str(":");
                fstring_element(body, spec, true);
            }
            body.push_str("}");
        }
        _ => {}
    }
}
