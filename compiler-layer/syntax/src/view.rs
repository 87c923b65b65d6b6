//! A node seen generically: its class name, its fields in `_fields` order,
//! and its location. `dump.rs` prints this view, and the PVM's `_ast` module
//! turns it into Python objects, so the correspondence between the Rust
//! tree and CPython's classes is written once, here.

use crate::ast::*;
use crate::pos::Range;

/// Any value a field can hold: a node, a list of nodes, or a primitive.
#[derive(Clone, Copy)]
pub enum V<'a> {
    Mod(&'a Mod),
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Pattern(&'a Pattern),
    Arguments(&'a Arguments),
    Arg(&'a Arg),
    Keyword(&'a Keyword),
    Alias(&'a Alias),
    WithItem(&'a WithItem),
    MatchCase(&'a MatchCase),
    Comprehension(&'a Comprehension),
    Handler(&'a ExceptHandler),
    TypeIgnore(&'a TypeIgnore),
    /// A node without fields or attributes: `Load()`, `Add()`.
    Leaf(&'static str),
    Stmts(&'a [Stmt]),
    Exprs(&'a [Expr]),
    /// `Dict.keys` and `kw_defaults`, whose entries may be `None`.
    OptExprs(&'a [Option<Expr>]),
    Patterns(&'a [Pattern]),
    Args(&'a [Arg]),
    Keywords(&'a [Keyword]),
    Aliases(&'a [Alias]),
    WithItems(&'a [WithItem]),
    MatchCases(&'a [MatchCase]),
    Comprehensions(&'a [Comprehension]),
    Handlers(&'a [ExceptHandler]),
    TypeIgnores(&'a [TypeIgnore]),
    Idents(&'a [Identifier]),
    CmpOps(&'a [CmpOp]),
    Str(&'a str),
    Int(i64),
    Const(&'a Constant),
    None,
}

/// A node seen as its class name, its fields (every one, in `_fields`
/// order; an absent optional field is [`V::None`]), and its location.
pub struct NodeView<'a> {
    pub name: &'static str,
    fields: [(&'static str, V<'a>); 8],
    len: usize,
    /// `lineno`, `col_offset`, `end_lineno`, `end_col_offset`, for the
    /// classes that have `_attributes`.
    pub range: Option<Range>,
}

impl<'a> NodeView<'a> {
    fn new(name: &'static str, range: Option<Range>) -> Self {
        NodeView { name, fields: [("", V::None); 8], len: 0, range }
    }

    fn field(mut self, name: &'static str, value: V<'a>) -> Self {
        self.fields[self.len] = (name, value);
        self.len += 1;
        self
    }

    /// Adds an optional field, [`V::None`] when absent.
    fn opt(self, name: &'static str, value: Option<V<'a>>) -> Self {
        self.field(name, value.unwrap_or(V::None))
    }

    /// The `(name, value)` pairs, in `_fields` order.
    pub fn fields(&self) -> &[(&'static str, V<'a>)] {
        &self.fields[..self.len]
    }
}

fn opt_expr(e: &Option<Box<Expr>>) -> Option<V<'_>> {
    e.as_deref().map(V::Expr)
}

fn opt_str(s: &Option<String>) -> Option<V<'_>> {
    s.as_deref().map(V::Str)
}

/// The view of a node value; `None` for lists and primitives.
pub fn view(v: V<'_>) -> Option<NodeView<'_>> {
    Some(match v {
        V::Mod(m) => view_mod(m),
        V::Stmt(s) => view_stmt(s),
        V::Expr(e) => view_expr(e),
        V::Pattern(p) => view_pattern(p),
        V::Arguments(a) => NodeView::new("arguments", None)
            .field("posonlyargs", V::Args(&a.posonlyargs))
            .field("args", V::Args(&a.args))
            .opt("vararg", a.vararg.as_deref().map(V::Arg))
            .field("kwonlyargs", V::Args(&a.kwonlyargs))
            .field("kw_defaults", V::OptExprs(&a.kw_defaults))
            .opt("kwarg", a.kwarg.as_deref().map(V::Arg))
            .field("defaults", V::Exprs(&a.defaults)),
        V::Arg(a) => NodeView::new("arg", Some(a.range))
            .field("arg", V::Str(&a.arg))
            .opt("annotation", opt_expr(&a.annotation))
            .opt("type_comment", opt_str(&a.type_comment)),
        V::Keyword(k) => NodeView::new("keyword", Some(k.range))
            .opt("arg", opt_str(&k.arg))
            .field("value", V::Expr(&k.value)),
        V::Alias(a) => NodeView::new("alias", Some(a.range))
            .field("name", V::Str(&a.name))
            .opt("asname", opt_str(&a.asname)),
        V::WithItem(w) => NodeView::new("withitem", None)
            .field("context_expr", V::Expr(&w.context_expr))
            .opt("optional_vars", opt_expr(&w.optional_vars)),
        V::MatchCase(c) => NodeView::new("match_case", None)
            .field("pattern", V::Pattern(&c.pattern))
            .opt("guard", opt_expr(&c.guard))
            .field("body", V::Stmts(&c.body)),
        V::Comprehension(c) => NodeView::new("comprehension", None)
            .field("target", V::Expr(&c.target))
            .field("iter", V::Expr(&c.iter))
            .field("ifs", V::Exprs(&c.ifs))
            .field("is_async", V::Int(c.is_async as i64)),
        V::Handler(h) => NodeView::new("ExceptHandler", Some(h.range))
            .opt("type", opt_expr(&h.type_))
            .opt("name", opt_str(&h.name))
            .field("body", V::Stmts(&h.body)),
        V::TypeIgnore(t) => NodeView::new("TypeIgnore", None)
            .field("lineno", V::Int(t.lineno as i64))
            .field("tag", V::Str(&t.tag)),
        V::Leaf(name) => NodeView::new(name, None),
        _ => return None,
    })
}

fn view_mod(m: &Mod) -> NodeView<'_> {
    match m {
        Mod::Module { body, type_ignores } => NodeView::new("Module", None)
            .field("body", V::Stmts(body))
            .field("type_ignores", V::TypeIgnores(type_ignores)),
        Mod::Interactive { body } => NodeView::new("Interactive", None).field("body", V::Stmts(body)),
        Mod::Expression { body } => NodeView::new("Expression", None).field("body", V::Expr(body)),
        Mod::FunctionType { argtypes, returns } => NodeView::new("FunctionType", None)
            .field("argtypes", V::Exprs(argtypes))
            .field("returns", V::Expr(returns)),
    }
}

fn view_stmt(s: &Stmt) -> NodeView<'_> {
    let n = |name| NodeView::new(name, Some(s.range));
    match &s.node {
        StmtKind::FunctionDef(f) => function_def(n("FunctionDef"), f),
        StmtKind::AsyncFunctionDef(f) => function_def(n("AsyncFunctionDef"), f),
        StmtKind::ClassDef { name, bases, keywords, body, decorator_list } => n("ClassDef")
            .field("name", V::Str(name))
            .field("bases", V::Exprs(bases))
            .field("keywords", V::Keywords(keywords))
            .field("body", V::Stmts(body))
            .field("decorator_list", V::Exprs(decorator_list)),
        StmtKind::Return { value } => n("Return").opt("value", opt_expr(value)),
        StmtKind::Delete { targets } => n("Delete").field("targets", V::Exprs(targets)),
        StmtKind::Assign { targets, value, type_comment } => n("Assign")
            .field("targets", V::Exprs(targets))
            .field("value", V::Expr(value))
            .opt("type_comment", opt_str(type_comment)),
        StmtKind::AugAssign { target, op, value } => n("AugAssign")
            .field("target", V::Expr(target))
            .field("op", V::Leaf(operator_name(*op)))
            .field("value", V::Expr(value)),
        StmtKind::AnnAssign { target, annotation, value, simple } => n("AnnAssign")
            .field("target", V::Expr(target))
            .field("annotation", V::Expr(annotation))
            .opt("value", opt_expr(value))
            .field("simple", V::Int(*simple as i64)),
        StmtKind::For(f) => for_loop(n("For"), f),
        StmtKind::AsyncFor(f) => for_loop(n("AsyncFor"), f),
        StmtKind::While { test, body, orelse } => n("While")
            .field("test", V::Expr(test))
            .field("body", V::Stmts(body))
            .field("orelse", V::Stmts(orelse)),
        StmtKind::If { test, body, orelse } => n("If")
            .field("test", V::Expr(test))
            .field("body", V::Stmts(body))
            .field("orelse", V::Stmts(orelse)),
        StmtKind::With(w) => with(n("With"), w),
        StmtKind::AsyncWith(w) => with(n("AsyncWith"), w),
        StmtKind::Match { subject, cases } => {
            n("Match").field("subject", V::Expr(subject)).field("cases", V::MatchCases(cases))
        }
        StmtKind::Raise { exc, cause } => n("Raise").opt("exc", opt_expr(exc)).opt("cause", opt_expr(cause)),
        StmtKind::Try(t) => try_stmt(n("Try"), t),
        StmtKind::TryStar(t) => try_stmt(n("TryStar"), t),
        StmtKind::Assert { test, msg } => n("Assert").field("test", V::Expr(test)).opt("msg", opt_expr(msg)),
        StmtKind::Import { names } => n("Import").field("names", V::Aliases(names)),
        StmtKind::ImportFrom { module, names, level } => n("ImportFrom")
            .opt("module", opt_str(module))
            .field("names", V::Aliases(names))
            .field("level", V::Int(*level as i64)),
        StmtKind::Global { names } => n("Global").field("names", V::Idents(names)),
        StmtKind::Nonlocal { names } => n("Nonlocal").field("names", V::Idents(names)),
        StmtKind::Expr { value } => n("Expr").field("value", V::Expr(value)),
        StmtKind::Pass => n("Pass"),
        StmtKind::Break => n("Break"),
        StmtKind::Continue => n("Continue"),
    }
}

fn function_def<'a>(n: NodeView<'a>, f: &'a FunctionDef) -> NodeView<'a> {
    n.field("name", V::Str(&f.name))
        .field("args", V::Arguments(&f.args))
        .field("body", V::Stmts(&f.body))
        .field("decorator_list", V::Exprs(&f.decorator_list))
        .opt("returns", opt_expr(&f.returns))
        .opt("type_comment", opt_str(&f.type_comment))
}

fn for_loop<'a>(n: NodeView<'a>, f: &'a For) -> NodeView<'a> {
    n.field("target", V::Expr(&f.target))
        .field("iter", V::Expr(&f.iter))
        .field("body", V::Stmts(&f.body))
        .field("orelse", V::Stmts(&f.orelse))
        .opt("type_comment", opt_str(&f.type_comment))
}

fn with<'a>(n: NodeView<'a>, w: &'a With) -> NodeView<'a> {
    n.field("items", V::WithItems(&w.items))
        .field("body", V::Stmts(&w.body))
        .opt("type_comment", opt_str(&w.type_comment))
}

fn try_stmt<'a>(n: NodeView<'a>, t: &'a Try) -> NodeView<'a> {
    n.field("body", V::Stmts(&t.body))
        .field("handlers", V::Handlers(&t.handlers))
        .field("orelse", V::Stmts(&t.orelse))
        .field("finalbody", V::Stmts(&t.finalbody))
}

fn view_expr(e: &Expr) -> NodeView<'_> {
    let n = |name| NodeView::new(name, Some(e.range));
    match &e.node {
        ExprKind::BoolOp { op, values } => n("BoolOp")
            .field(
                "op",
                V::Leaf(match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                }),
            )
            .field("values", V::Exprs(values)),
        ExprKind::NamedExpr { target, value } => {
            n("NamedExpr").field("target", V::Expr(target)).field("value", V::Expr(value))
        }
        ExprKind::BinOp { left, op, right } => n("BinOp")
            .field("left", V::Expr(left))
            .field("op", V::Leaf(operator_name(*op)))
            .field("right", V::Expr(right)),
        ExprKind::UnaryOp { op, operand } => n("UnaryOp")
            .field(
                "op",
                V::Leaf(match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                }),
            )
            .field("operand", V::Expr(operand)),
        ExprKind::Lambda { args, body } => {
            n("Lambda").field("args", V::Arguments(args)).field("body", V::Expr(body))
        }
        ExprKind::IfExp { test, body, orelse } => n("IfExp")
            .field("test", V::Expr(test))
            .field("body", V::Expr(body))
            .field("orelse", V::Expr(orelse)),
        ExprKind::Dict { keys, values } => {
            n("Dict").field("keys", V::OptExprs(keys)).field("values", V::Exprs(values))
        }
        ExprKind::Set { elts } => n("Set").field("elts", V::Exprs(elts)),
        ExprKind::ListComp { elt, generators } => {
            n("ListComp").field("elt", V::Expr(elt)).field("generators", V::Comprehensions(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            n("SetComp").field("elt", V::Expr(elt)).field("generators", V::Comprehensions(generators))
        }
        ExprKind::DictComp { key, value, generators } => n("DictComp")
            .field("key", V::Expr(key))
            .field("value", V::Expr(value))
            .field("generators", V::Comprehensions(generators)),
        ExprKind::GeneratorExp { elt, generators } => {
            n("GeneratorExp").field("elt", V::Expr(elt)).field("generators", V::Comprehensions(generators))
        }
        ExprKind::Await { value } => n("Await").field("value", V::Expr(value)),
        ExprKind::Yield { value } => n("Yield").opt("value", opt_expr(value)),
        ExprKind::YieldFrom { value } => n("YieldFrom").field("value", V::Expr(value)),
        ExprKind::Compare { left, ops, comparators } => n("Compare")
            .field("left", V::Expr(left))
            .field("ops", V::CmpOps(ops))
            .field("comparators", V::Exprs(comparators)),
        ExprKind::Call { func, args, keywords } => n("Call")
            .field("func", V::Expr(func))
            .field("args", V::Exprs(args))
            .field("keywords", V::Keywords(keywords)),
        ExprKind::FormattedValue { value, conversion, format_spec } => n("FormattedValue")
            .field("value", V::Expr(value))
            .field("conversion", V::Int(*conversion as i64))
            .opt("format_spec", opt_expr(format_spec)),
        ExprKind::JoinedStr { values } => n("JoinedStr").field("values", V::Exprs(values)),
        ExprKind::Constant { value, kind } => {
            n("Constant").field("value", V::Const(value)).opt("kind", opt_str(kind))
        }
        ExprKind::Attribute { value, attr, ctx } => n("Attribute")
            .field("value", V::Expr(value))
            .field("attr", V::Str(attr))
            .field("ctx", ctx_leaf(*ctx)),
        ExprKind::Subscript { value, slice, ctx } => n("Subscript")
            .field("value", V::Expr(value))
            .field("slice", V::Expr(slice))
            .field("ctx", ctx_leaf(*ctx)),
        ExprKind::Starred { value, ctx } => {
            n("Starred").field("value", V::Expr(value)).field("ctx", ctx_leaf(*ctx))
        }
        ExprKind::Name { id, ctx } => n("Name").field("id", V::Str(id)).field("ctx", ctx_leaf(*ctx)),
        ExprKind::List { elts, ctx } => n("List").field("elts", V::Exprs(elts)).field("ctx", ctx_leaf(*ctx)),
        ExprKind::Tuple { elts, ctx } => {
            n("Tuple").field("elts", V::Exprs(elts)).field("ctx", ctx_leaf(*ctx))
        }
        ExprKind::Slice { lower, upper, step } => {
            n("Slice").opt("lower", opt_expr(lower)).opt("upper", opt_expr(upper)).opt("step", opt_expr(step))
        }
    }
}

fn view_pattern(p: &Pattern) -> NodeView<'_> {
    let n = |name| NodeView::new(name, Some(p.range));
    match &p.node {
        PatternKind::MatchValue { value } => n("MatchValue").field("value", V::Expr(value)),
        PatternKind::MatchSingleton { value } => n("MatchSingleton").field("value", V::Const(value)),
        PatternKind::MatchSequence { patterns } => {
            n("MatchSequence").field("patterns", V::Patterns(patterns))
        }
        PatternKind::MatchMapping { keys, patterns, rest } => n("MatchMapping")
            .field("keys", V::Exprs(keys))
            .field("patterns", V::Patterns(patterns))
            .opt("rest", opt_str(rest)),
        PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => n("MatchClass")
            .field("cls", V::Expr(cls))
            .field("patterns", V::Patterns(patterns))
            .field("kwd_attrs", V::Idents(kwd_attrs))
            .field("kwd_patterns", V::Patterns(kwd_patterns)),
        PatternKind::MatchStar { name } => n("MatchStar").opt("name", opt_str(name)),
        PatternKind::MatchAs { pattern, name } => {
            n("MatchAs").opt("pattern", pattern.as_deref().map(V::Pattern)).opt("name", opt_str(name))
        }
        PatternKind::MatchOr { patterns } => n("MatchOr").field("patterns", V::Patterns(patterns)),
    }
}

fn ctx_leaf(ctx: ExprContext) -> V<'static> {
    V::Leaf(match ctx {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// The elements of a list value; `None` for other values.
pub fn list_items(v: V<'_>) -> Option<Box<dyn Iterator<Item = V<'_>> + '_>> {
    Some(match v {
        V::Stmts(l) => Box::new(l.iter().map(V::Stmt)),
        V::Exprs(l) => Box::new(l.iter().map(V::Expr)),
        V::OptExprs(l) => Box::new(l.iter().map(|e| e.as_ref().map_or(V::None, V::Expr))),
        V::Patterns(l) => Box::new(l.iter().map(V::Pattern)),
        V::Args(l) => Box::new(l.iter().map(V::Arg)),
        V::Keywords(l) => Box::new(l.iter().map(V::Keyword)),
        V::Aliases(l) => Box::new(l.iter().map(V::Alias)),
        V::WithItems(l) => Box::new(l.iter().map(V::WithItem)),
        V::MatchCases(l) => Box::new(l.iter().map(V::MatchCase)),
        V::Comprehensions(l) => Box::new(l.iter().map(V::Comprehension)),
        V::Handlers(l) => Box::new(l.iter().map(V::Handler)),
        V::TypeIgnores(l) => Box::new(l.iter().map(V::TypeIgnore)),
        V::Idents(l) => Box::new(l.iter().map(|s| V::Str(s))),
        V::CmpOps(l) => Box::new(l.iter().map(|op| V::Leaf(cmpop_name(*op)))),
        _ => return None,
    })
}

/// The number of elements of a list value; `None` for other values.
pub fn list_len(v: V<'_>) -> Option<usize> {
    Some(match v {
        V::Stmts(l) => l.len(),
        V::Exprs(l) => l.len(),
        V::OptExprs(l) => l.len(),
        V::Patterns(l) => l.len(),
        V::Args(l) => l.len(),
        V::Keywords(l) => l.len(),
        V::Aliases(l) => l.len(),
        V::WithItems(l) => l.len(),
        V::MatchCases(l) => l.len(),
        V::Comprehensions(l) => l.len(),
        V::Handlers(l) => l.len(),
        V::TypeIgnores(l) => l.len(),
        V::Idents(l) => l.len(),
        V::CmpOps(l) => l.len(),
        _ => return None,
    })
}
