//! Parameter lists (`def`, `lambda`) and call argument lists, parsed flat by
//! the grammar and checked here against CPython's ordering rules and messages.

use crate::ast::{Arg, Arguments, Comprehension, Expr, ExprKind, Keyword};
use crate::error::SyntaxError;
use crate::pos::{Pos, Range};

/// One item of a parameter list.
pub enum Param {
    /// `name[: annotation][= default]`
    Plain(Arg, Option<Expr>),
    /// `/`
    Slash(Pos, Pos),
    /// `*` or `*name[: annotation]`
    Star(Option<Arg>, Pos, Pos),
    /// `**name[: annotation]`; a default (where its `=` is) is an error.
    DoubleStar(Arg, Option<Pos>, Pos, Pos),
}

/// One item of a call's argument list (or a class's bases).
pub enum CallArg {
    Positional(Expr),
    /// `elt for ...` without its own parentheses.
    Generator(Expr, Vec<Comprehension>, Pos, Pos),
    Starred(Expr),
    DoubleStarred(Expr, Pos, Pos),
    /// `key=value` (and where `=` ends); `key` is checked to be a plain name.
    Keyword(Expr, Expr, Pos, Pos, Pos),
}

/// Attaches each parameter's `# type:` comment (after its comma) to it.
pub fn params(
    mut items: Vec<(Param, Option<String>)>,
    last: Option<(Param, Option<String>)>,
) -> Vec<(Param, Option<String>)> {
    items.extend(last);
    items
}

pub fn lambda_params(mut items: Vec<Param>, last: Option<Param>) -> Vec<(Param, Option<String>)> {
    items.extend(last);
    items.into_iter().map(|p| (p, None)).collect()
}

fn err<T>(msg: &str, l: Pos, r: Pos) -> Result<T, SyntaxError> {
    Err(SyntaxError::new(msg, l, r))
}

/// Builds `arguments` from a flat parameter list, as CPython's `parameters` rule.
pub fn arguments(items: Vec<(Param, Option<String>)>) -> Result<Arguments, SyntaxError> {
    let mut a = Arguments::default();
    // Plain parameters seen before `/` (if any) and before `*`.
    let mut positional: Vec<Arg> = vec![];
    let mut saw_slash = false;
    let mut saw_star = false;
    let mut bare_star = None;
    let mut saw_default = false;
    for (param, type_comment) in items {
        if a.kwarg.is_some() {
            let (l, r) = param_span(&param);
            return err("arguments cannot follow var-keyword argument", l, r);
        }
        match param {
            Param::Plain(mut arg, default) => {
                arg.type_comment = type_comment;
                if saw_star {
                    a.kw_defaults.push(default);
                    a.kwonlyargs.push(arg);
                    continue;
                }
                match default {
                    Some(d) => {
                        saw_default = true;
                        a.defaults.push(d);
                    }
                    None if saw_default => {
                        let Range { start, end } = arg.range;
                        return err("non-default argument follows default argument", start, end);
                    }
                    None => {}
                }
                positional.push(arg);
            }
            Param::Slash(l, r) => {
                if saw_slash {
                    return err("/ may appear only once", l, r);
                }
                if saw_star {
                    return err("/ must be ahead of *", l, r);
                }
                if positional.is_empty() {
                    return err("at least one argument must precede /", l, r);
                }
                saw_slash = true;
                a.posonlyargs = std::mem::take(&mut positional);
            }
            Param::Star(arg, l, _) => {
                let star = (l, Pos::new(l.line, l.col + 1));
                if saw_star {
                    return err("* argument may appear only once", star.0, star.1);
                }
                saw_star = true;
                if arg.is_none() {
                    bare_star = Some(star);
                }
                a.vararg = arg.map(|mut arg| {
                    arg.type_comment = type_comment;
                    Box::new(arg)
                });
            }
            Param::DoubleStar(mut arg, default, _, _) => {
                if let Some(eq) = default {
                    let msg = "var-keyword argument cannot have default value";
                    return err(msg, eq, Pos::new(eq.line, eq.col + 1));
                }
                arg.type_comment = type_comment;
                a.kwarg = Some(Box::new(arg));
            }
        }
    }
    if let Some((l, r)) = bare_star.filter(|_| a.kwonlyargs.is_empty()) {
        return err("named arguments must follow bare *", l, r);
    }
    a.args = positional;
    Ok(a)
}

fn param_span(p: &Param) -> (Pos, Pos) {
    match p {
        Param::Plain(arg, _) => (arg.range.start, arg.range.end),
        Param::Slash(l, r) | Param::Star(_, l, r) | Param::DoubleStar(_, _, l, r) => (*l, *r),
    }
}

/// Splits a call's arguments into `args` and `keywords`, with CPython's checks.
/// `parens` is the extent of the call's parentheses, which a lone generator
/// argument takes as its own (`None` for class bases, where it is an error).
pub fn call_args(
    items: Vec<CallArg>,
    parens: Option<(Pos, Pos)>,
) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let count = items.len();
    let mut args = vec![];
    let mut keywords: Vec<Keyword> = vec![];
    let mut saw_double_star = false;
    for item in items {
        match item {
            CallArg::Positional(e) => {
                if !keywords.is_empty() {
                    let msg = if saw_double_star {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    // CPython points at the token after the arguments.
                    let (l, r) = match parens {
                        Some((_, pr)) => (Pos::new(pr.line, pr.col.saturating_sub(1)), pr),
                        None => (e.range.start, e.range.end),
                    };
                    return err(msg, l, r);
                }
                args.push(e);
            }
            CallArg::Generator(elt, generators, l, r) => match parens {
                Some((pl, pr)) if count == 1 => {
                    let node = ExprKind::GeneratorExp { elt: Box::new(elt), generators };
                    args.push(Expr { node, range: Range::new(pl, pr) });
                }
                _ => return err("Generator expression must be parenthesized", l, r),
            },
            CallArg::Starred(e) => {
                if saw_double_star {
                    let msg = "iterable argument unpacking follows keyword argument unpacking";
                    let star = e.range.start;
                    return err(msg, star, Pos::new(star.line, star.col + 1));
                }
                args.push(e);
            }
            CallArg::DoubleStarred(value, l, r) => {
                saw_double_star = true;
                keywords.push(Keyword { arg: None, value, range: Range::new(l, r) });
            }
            CallArg::Keyword(key, value, eq, l, r) => {
                let arg = match key.node {
                    ExprKind::Name { id, .. } => id,
                    ExprKind::Constant { .. }
                        if matches!(crate::parser::targets::expr_name(&key), "True" | "False" | "None") =>
                    {
                        let msg = format!("cannot assign to {}", crate::parser::targets::expr_name(&key));
                        return err(&msg, key.range.start, eq);
                    }
                    _ => {
                        let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                        return err(msg, key.range.start, eq);
                    }
                };
                keywords.push(Keyword { arg: Some(arg), value, range: Range::new(l, r) });
            }
        }
    }
    Ok((args, keywords))
}
