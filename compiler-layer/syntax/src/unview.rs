//! The reverse of `view.rs`: a tree a program built from `ast` node objects,
//! given as generic values (class name, fields in `_fields` order,
//! location), back to the Rust AST, for `compile(tree, filename, mode)`.
//!
//! The caller (`ast.py`) has checked that required fields and locations are
//! present; this module checks that each value is of the kind its field
//! holds, with CPython's "expected some sort of expr" messages.

use crate::ast::*;
use crate::pos::Range;
use num_bigint::BigInt;

/// A field's value, as the caller found it on the node object.
#[derive(Clone, Debug)]
pub enum Generic {
    Node(Box<GenericNode>),
    List(Vec<Generic>),
    Str(String),
    Int(BigInt),
    /// Any other constant (`True`, `1.5`, `b''`, `...`).
    Const(Constant),
    None,
}

#[derive(Clone, Debug)]
pub struct GenericNode {
    pub class: String,
    pub fields: Vec<Generic>,
    pub range: Range,
}

type R<T> = Result<T, String>;

/// The module (`Module`, `Expression`, `Interactive`) `g` describes.
pub fn to_mod(g: Generic) -> R<Mod> {
    let (class, mut f) = node(g, "mod")?;
    Ok(match class.as_str() {
        "Module" => Mod::Module { body: f.stmts()?, type_ignores: Vec::new() },
        "Interactive" => Mod::Interactive { body: f.stmts()? },
        "Expression" => Mod::Expression { body: f.expr()? },
        _ => return Err(expected("mod", &class)),
    })
}

fn expected(kind: &str, got: &str) -> String {
    format!("expected some sort of {kind}, but got <ast.{got} object>")
}

/// The fields of a node, taken in order.
struct Fields {
    items: std::vec::IntoIter<Generic>,
    range: Range,
}

fn node(g: Generic, kind: &str) -> R<(String, Fields)> {
    match g {
        Generic::Node(n) => Ok((n.class, Fields { items: n.fields.into_iter(), range: n.range })),
        Generic::None => Err(format!("field of kind {kind} must not be None")),
        other => Err(format!("expected some sort of {kind}, but got {other:?}")),
    }
}

impl Fields {
    fn next(&mut self) -> Generic {
        self.items.next().unwrap_or(Generic::None)
    }

    fn list(&mut self) -> R<Vec<Generic>> {
        match self.next() {
            Generic::List(items) => Ok(items),
            _ => Err("field must be a list".into()),
        }
    }

    fn expr(&mut self) -> R<Box<Expr>> {
        expr(self.next()).map(Box::new)
    }

    fn opt_expr(&mut self) -> R<Option<Box<Expr>>> {
        match self.next() {
            Generic::None => Ok(None),
            g => expr(g).map(|e| Some(Box::new(e))),
        }
    }

    fn exprs(&mut self) -> R<Vec<Expr>> {
        self.list()?.into_iter().map(expr).collect()
    }

    fn stmts(&mut self) -> R<Vec<Stmt>> {
        self.list()?.into_iter().map(stmt).collect()
    }

    fn ident(&mut self) -> R<Identifier> {
        match self.next() {
            Generic::Str(s) => Ok(s),
            _ => Err("AST identifier must be of type str".into()),
        }
    }

    fn opt_ident(&mut self) -> R<Option<Identifier>> {
        match self.next() {
            Generic::None => Ok(None),
            Generic::Str(s) => Ok(Some(s)),
            _ => Err("AST identifier must be of type str".into()),
        }
    }

    fn idents(&mut self) -> R<Vec<Identifier>> {
        self.list()?
            .into_iter()
            .map(|g| match g {
                Generic::Str(s) => Ok(s),
                _ => Err("AST identifier must be of type str".into()),
            })
            .collect()
    }

    fn int(&mut self) -> R<i64> {
        match self.next() {
            Generic::Int(i) => i64::try_from(i).map_err(|_| "int field out of range".into()),
            Generic::Const(Constant::Bool(b)) => Ok(b as i64),
            Generic::None => Ok(0),
            _ => Err("field must be an int".into()),
        }
    }

    fn type_comment(&mut self) -> Option<String> {
        match self.next() {
            Generic::Str(s) => Some(s),
            _ => None,
        }
    }

    fn leaf(&mut self, kind: &str) -> R<String> {
        node(self.next(), kind).map(|(class, _)| class)
    }

    fn ctx(&mut self) -> R<ExprContext> {
        let class = self.leaf("expr_context")?;
        Ok(match class.as_str() {
            "Load" => ExprContext::Load,
            "Store" => ExprContext::Store,
            "Del" => ExprContext::Del,
            _ => return Err(expected("expr_context", &class)),
        })
    }

    fn operator(&mut self) -> R<Operator> {
        let class = self.leaf("operator")?;
        Ok(match class.as_str() {
            "Add" => Operator::Add,
            "Sub" => Operator::Sub,
            "Mult" => Operator::Mult,
            "MatMult" => Operator::MatMult,
            "Div" => Operator::Div,
            "Mod" => Operator::Mod,
            "Pow" => Operator::Pow,
            "LShift" => Operator::LShift,
            "RShift" => Operator::RShift,
            "BitOr" => Operator::BitOr,
            "BitXor" => Operator::BitXor,
            "BitAnd" => Operator::BitAnd,
            "FloorDiv" => Operator::FloorDiv,
            _ => return Err(expected("operator", &class)),
        })
    }

    fn arguments(&mut self) -> R<Box<Arguments>> {
        let (class, mut f) = node(self.next(), "arguments")?;
        if class != "arguments" {
            return Err(expected("arguments", &class));
        }
        let args = |l: Vec<Generic>| l.into_iter().map(arg).collect::<R<Vec<Arg>>>();
        let opt_arg = |g: Generic| match g {
            Generic::None => Ok(None),
            g => arg(g).map(|a| Some(Box::new(a))),
        };
        Ok(Box::new(Arguments {
            posonlyargs: args(f.list()?)?,
            args: args(f.list()?)?,
            vararg: opt_arg(f.next())?,
            kwonlyargs: args(f.list()?)?,
            kw_defaults: f
                .list()?
                .into_iter()
                .map(|g| if matches!(g, Generic::None) { Ok(None) } else { expr(g).map(Some) })
                .collect::<R<_>>()?,
            kwarg: opt_arg(f.next())?,
            defaults: f.exprs()?,
        }))
    }

    fn keywords(&mut self) -> R<Vec<Keyword>> {
        self.list()?
            .into_iter()
            .map(|g| {
                let (class, mut f) = node(g, "keyword")?;
                if class != "keyword" {
                    return Err(expected("keyword", &class));
                }
                Ok(Keyword { arg: f.opt_ident()?, value: *f.expr()?, range: f.range })
            })
            .collect()
    }

    fn comprehensions(&mut self) -> R<Vec<Comprehension>> {
        self.list()?
            .into_iter()
            .map(|g| {
                let (class, mut f) = node(g, "comprehension")?;
                if class != "comprehension" {
                    return Err(expected("comprehension", &class));
                }
                Ok(Comprehension {
                    target: *f.expr()?,
                    iter: *f.expr()?,
                    ifs: f.exprs()?,
                    is_async: f.int()? != 0,
                })
            })
            .collect()
    }

    fn aliases(&mut self) -> R<Vec<Alias>> {
        self.list()?
            .into_iter()
            .map(|g| {
                let (class, mut f) = node(g, "alias")?;
                if class != "alias" {
                    return Err(expected("alias", &class));
                }
                Ok(Alias { name: f.ident()?, asname: f.opt_ident()?, range: f.range })
            })
            .collect()
    }

    fn patterns(&mut self) -> R<Vec<Pattern>> {
        self.list()?.into_iter().map(pattern).collect()
    }
}

fn arg(g: Generic) -> R<Arg> {
    let (class, mut f) = node(g, "arg")?;
    if class != "arg" {
        return Err(expected("arg", &class));
    }
    Ok(Arg { arg: f.ident()?, annotation: f.opt_expr()?, type_comment: f.type_comment(), range: f.range })
}

fn stmt(g: Generic) -> R<Stmt> {
    let (class, mut f) = node(g, "stmt")?;
    let node = match class.as_str() {
        "FunctionDef" | "AsyncFunctionDef" => {
            let def = FunctionDef {
                name: f.ident()?,
                args: f.arguments()?,
                body: f.stmts()?,
                decorator_list: f.exprs()?,
                returns: f.opt_expr()?,
                type_comment: f.type_comment(),
            };
            if class == "FunctionDef" {
                StmtKind::FunctionDef(def)
            } else {
                StmtKind::AsyncFunctionDef(def)
            }
        }
        "ClassDef" => StmtKind::ClassDef {
            name: f.ident()?,
            bases: f.exprs()?,
            keywords: f.keywords()?,
            body: f.stmts()?,
            decorator_list: f.exprs()?,
        },
        "Return" => StmtKind::Return { value: f.opt_expr()? },
        "Delete" => StmtKind::Delete { targets: f.exprs()? },
        "Assign" => {
            StmtKind::Assign { targets: f.exprs()?, value: f.expr()?, type_comment: f.type_comment() }
        }
        "AugAssign" => StmtKind::AugAssign { target: f.expr()?, op: f.operator()?, value: f.expr()? },
        "AnnAssign" => StmtKind::AnnAssign {
            target: f.expr()?,
            annotation: f.expr()?,
            value: f.opt_expr()?,
            simple: f.int()? != 0,
        },
        "For" | "AsyncFor" => {
            let l = For {
                target: f.expr()?,
                iter: f.expr()?,
                body: f.stmts()?,
                orelse: f.stmts()?,
                type_comment: f.type_comment(),
            };
            if class == "For" {
                StmtKind::For(l)
            } else {
                StmtKind::AsyncFor(l)
            }
        }
        "While" => StmtKind::While { test: f.expr()?, body: f.stmts()?, orelse: f.stmts()? },
        "If" => StmtKind::If { test: f.expr()?, body: f.stmts()?, orelse: f.stmts()? },
        "With" | "AsyncWith" => {
            let items = f
                .list()?
                .into_iter()
                .map(|g| {
                    let (class, mut f) = node(g, "withitem")?;
                    if class != "withitem" {
                        return Err(expected("withitem", &class));
                    }
                    Ok(WithItem { context_expr: *f.expr()?, optional_vars: f.opt_expr()? })
                })
                .collect::<R<_>>()?;
            let w = With { items, body: f.stmts()?, type_comment: f.type_comment() };
            if class == "With" {
                StmtKind::With(w)
            } else {
                StmtKind::AsyncWith(w)
            }
        }
        "Match" => {
            let subject = f.expr()?;
            let cases = f
                .list()?
                .into_iter()
                .map(|g| {
                    let (class, mut f) = node(g, "match_case")?;
                    if class != "match_case" {
                        return Err(expected("match_case", &class));
                    }
                    Ok(MatchCase { pattern: pattern(f.next())?, guard: f.opt_expr()?, body: f.stmts()? })
                })
                .collect::<R<_>>()?;
            StmtKind::Match { subject, cases }
        }
        "Raise" => StmtKind::Raise { exc: f.opt_expr()?, cause: f.opt_expr()? },
        "Try" | "TryStar" => {
            let body = f.stmts()?;
            let handlers = f
                .list()?
                .into_iter()
                .map(|g| {
                    let (class, mut f) = node(g, "excepthandler")?;
                    if class != "ExceptHandler" {
                        return Err(expected("excepthandler", &class));
                    }
                    Ok(ExceptHandler {
                        type_: f.opt_expr()?,
                        name: f.opt_ident()?,
                        body: f.stmts()?,
                        range: f.range,
                    })
                })
                .collect::<R<_>>()?;
            let t = Try { body, handlers, orelse: f.stmts()?, finalbody: f.stmts()? };
            if class == "Try" {
                StmtKind::Try(t)
            } else {
                StmtKind::TryStar(t)
            }
        }
        "Assert" => StmtKind::Assert { test: f.expr()?, msg: f.opt_expr()? },
        "Import" => StmtKind::Import { names: f.aliases()? },
        "ImportFrom" => StmtKind::ImportFrom {
            module: f.opt_ident()?,
            names: f.aliases()?,
            level: f.int()?.max(0) as u32,
        },
        "Global" => StmtKind::Global { names: f.idents()? },
        "Nonlocal" => StmtKind::Nonlocal { names: f.idents()? },
        "Expr" => StmtKind::Expr { value: f.expr()? },
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        _ => return Err(expected("stmt", &class)),
    };
    Ok(Stmt { node, range: f.range })
}

fn expr(g: Generic) -> R<Expr> {
    let (class, mut f) = node(g, "expr")?;
    let node = match class.as_str() {
        "BoolOp" => {
            let op = match f.leaf("boolop")?.as_str() {
                "And" => BoolOp::And,
                "Or" => BoolOp::Or,
                other => return Err(expected("boolop", other)),
            };
            ExprKind::BoolOp { op, values: f.exprs()? }
        }
        "NamedExpr" => ExprKind::NamedExpr { target: f.expr()?, value: f.expr()? },
        "BinOp" => ExprKind::BinOp { left: f.expr()?, op: f.operator()?, right: f.expr()? },
        "UnaryOp" => {
            let op = match f.leaf("unaryop")?.as_str() {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                "USub" => UnaryOp::USub,
                other => return Err(expected("unaryop", other)),
            };
            ExprKind::UnaryOp { op, operand: f.expr()? }
        }
        "Lambda" => ExprKind::Lambda { args: f.arguments()?, body: f.expr()? },
        "IfExp" => ExprKind::IfExp { test: f.expr()?, body: f.expr()?, orelse: f.expr()? },
        "Dict" => {
            let keys = f
                .list()?
                .into_iter()
                .map(|g| if matches!(g, Generic::None) { Ok(None) } else { expr(g).map(Some) })
                .collect::<R<_>>()?;
            ExprKind::Dict { keys, values: f.exprs()? }
        }
        "Set" => ExprKind::Set { elts: f.exprs()? },
        "ListComp" => ExprKind::ListComp { elt: f.expr()?, generators: f.comprehensions()? },
        "SetComp" => ExprKind::SetComp { elt: f.expr()?, generators: f.comprehensions()? },
        "DictComp" => {
            ExprKind::DictComp { key: f.expr()?, value: f.expr()?, generators: f.comprehensions()? }
        }
        "GeneratorExp" => ExprKind::GeneratorExp { elt: f.expr()?, generators: f.comprehensions()? },
        "Await" => ExprKind::Await { value: f.expr()? },
        "Yield" => ExprKind::Yield { value: f.opt_expr()? },
        "YieldFrom" => ExprKind::YieldFrom { value: f.expr()? },
        "Compare" => {
            let left = f.expr()?;
            let ops = f
                .list()?
                .into_iter()
                .map(|g| {
                    let (class, _) = node(g, "cmpop")?;
                    Ok(match class.as_str() {
                        "Eq" => CmpOp::Eq,
                        "NotEq" => CmpOp::NotEq,
                        "Lt" => CmpOp::Lt,
                        "LtE" => CmpOp::LtE,
                        "Gt" => CmpOp::Gt,
                        "GtE" => CmpOp::GtE,
                        "Is" => CmpOp::Is,
                        "IsNot" => CmpOp::IsNot,
                        "In" => CmpOp::In,
                        "NotIn" => CmpOp::NotIn,
                        _ => return Err(expected("cmpop", &class)),
                    })
                })
                .collect::<R<_>>()?;
            ExprKind::Compare { left, ops, comparators: f.exprs()? }
        }
        "Call" => ExprKind::Call { func: f.expr()?, args: f.exprs()?, keywords: f.keywords()? },
        "FormattedValue" => ExprKind::FormattedValue {
            value: f.expr()?,
            conversion: f.int()? as i32,
            format_spec: f.opt_expr()?,
        },
        "JoinedStr" => ExprKind::JoinedStr { values: f.exprs()? },
        "Constant" => ExprKind::Constant { value: constant(f.next())?, kind: f.opt_ident()? },
        "Attribute" => ExprKind::Attribute { value: f.expr()?, attr: f.ident()?, ctx: f.ctx()? },
        "Subscript" => ExprKind::Subscript { value: f.expr()?, slice: f.expr()?, ctx: f.ctx()? },
        "Starred" => ExprKind::Starred { value: f.expr()?, ctx: f.ctx()? },
        "Name" => ExprKind::Name { id: f.ident()?, ctx: f.ctx()? },
        "List" => ExprKind::List { elts: f.exprs()?, ctx: f.ctx()? },
        "Tuple" => ExprKind::Tuple { elts: f.exprs()?, ctx: f.ctx()? },
        "Slice" => ExprKind::Slice { lower: f.opt_expr()?, upper: f.opt_expr()?, step: f.opt_expr()? },
        _ => return Err(expected("expr", &class)),
    };
    Ok(Expr { node, range: f.range })
}

fn constant(g: Generic) -> R<Constant> {
    Ok(match g {
        Generic::None => Constant::None,
        Generic::Str(s) => Constant::Str(s.as_str().into()),
        Generic::Int(i) => Constant::Int(i),
        Generic::Const(c) => c,
        _ => return Err("got an invalid type in Constant: list".into()),
    })
}

fn pattern(g: Generic) -> R<Pattern> {
    let (class, mut f) = node(g, "pattern")?;
    let node = match class.as_str() {
        "MatchValue" => PatternKind::MatchValue { value: f.expr()? },
        "MatchSingleton" => PatternKind::MatchSingleton { value: constant(f.next())? },
        "MatchSequence" => PatternKind::MatchSequence { patterns: f.patterns()? },
        "MatchMapping" => {
            PatternKind::MatchMapping { keys: f.exprs()?, patterns: f.patterns()?, rest: f.opt_ident()? }
        }
        "MatchClass" => PatternKind::MatchClass {
            cls: f.expr()?,
            patterns: f.patterns()?,
            kwd_attrs: f.idents()?,
            kwd_patterns: f.patterns()?,
        },
        "MatchStar" => PatternKind::MatchStar { name: f.opt_ident()? },
        "MatchAs" => {
            let inner = match f.next() {
                Generic::None => None,
                g => Some(Box::new(pattern(g)?)),
            };
            PatternKind::MatchAs { pattern: inner, name: f.opt_ident()? }
        }
        "MatchOr" => PatternKind::MatchOr { patterns: f.patterns()? },
        _ => return Err(expected("pattern", &class)),
    };
    Ok(Pattern { node, range: f.range })
}
