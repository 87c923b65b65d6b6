//! `ast.dump`: prints a tree exactly as CPython 3.11's `ast.dump` does.
//!
//! CPython's rules (`Lib/ast.py`), with `annotate_fields=True`:
//! * a node prints as `Name(field=value, ...)`; an optional field that is
//!   `None` is left out; with `include_attributes`, `lineno`, `col_offset`,
//!   `end_lineno`, `end_col_offset` follow the fields;
//! * a node prints on one line when it has at most three arguments and all
//!   are *simple*: a primitive (string, number, `None`), an empty list, or a
//!   node that itself prints no argument (`Load()`); otherwise, with an
//!   indent, each argument goes on its own line, one level deeper;
//! * a non-empty list is never simple and, with an indent, puts each element
//!   on its own line.
//!
//! To stay fast on large trees everything is written into one `String`. Each
//! node is first viewed as a small fixed array of `(field name, value)` pairs
//! ([`NodeView`]); whether a value is simple is decided from its view, without
//! printing it.

use crate::ast::*;
use crate::pos::Range;
use crate::pyrepr;
use std::fmt::Write;

/// The options of `python3 -m ast`: `-a` and `-i N`.
#[derive(Clone, Copy, Debug)]
pub struct DumpOptions {
    pub include_attributes: bool,
    /// `None` for the one-line form; `python3 -m ast` uses `Some(3)`.
    pub indent: Option<usize>,
}

/// The text `ast.dump(tree, include_attributes=.., indent=..)` returns.
pub fn dump(tree: &Mod, options: DumpOptions) -> String {
    let mut dumper = Dumper { out: String::with_capacity(4096), options };
    dumper.value(V::Mod(tree), 0);
    dumper.out
}

/// Any value a field can hold: a node, a list of nodes, or a primitive.
#[derive(Clone, Copy)]
enum V<'a> {
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

/// A node seen as its class name, its present fields, and its location.
struct NodeView<'a> {
    name: &'static str,
    fields: [(&'static str, V<'a>); 8],
    len: usize,
    range: Option<Range>,
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

    /// Adds an optional field, left out when `None` as `ast.dump` does.
    fn opt(self, name: &'static str, value: Option<V<'a>>) -> Self {
        match value {
            Some(v) => self.field(name, v),
            None => self,
        }
    }
}

fn opt_expr(e: &Option<Box<Expr>>) -> Option<V<'_>> {
    e.as_deref().map(V::Expr)
}

fn opt_str(s: &Option<String>) -> Option<V<'_>> {
    s.as_deref().map(V::Str)
}

/// The view of a node value; `None` for lists and primitives.
fn view(v: V<'_>) -> Option<NodeView<'_>> {
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

/// The number of elements of a list value; `None` for other values.
fn list_len(v: V<'_>) -> Option<usize> {
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

/// [`view`], on the heap. `value` recurses once per level of the tree, so its
/// frame must stay small: a `NodeView` held there would cost a debug build
/// about a kilobyte of stack per level, and a tree 1,500 levels deep would
/// overflow a 2 MB thread.
#[inline(never)]
fn boxed_view(v: V<'_>) -> Option<Box<NodeView<'_>>> {
    view(v).map(Box::new)
}

/// The printer: one output string and the options.
struct Dumper {
    out: String,
    options: DumpOptions,
}

impl Dumper {
    /// Whether `ast.dump` calls `v` simple: it never spans lines.
    fn is_simple(&self, v: V<'_>) -> bool {
        if let Some(len) = list_len(v) {
            return len == 0;
        }
        match view(v) {
            Some(node) => self.arg_count(&node) == 0,
            None => true,
        }
    }

    fn shows_attributes(&self, node: &NodeView<'_>) -> bool {
        self.options.include_attributes && node.range.is_some()
    }

    fn arg_count(&self, node: &NodeView<'_>) -> usize {
        node.len + if self.shows_attributes(node) { 4 } else { 0 }
    }

    /// Writes the line break and indentation before an argument at `level`
    /// (nothing in the one-line form).
    fn newline(&mut self, level: usize) {
        if let Some(indent) = self.options.indent {
            self.out.push('\n');
            self.out.extend(std::iter::repeat_n(' ', indent * level));
        }
    }

    fn separator(&mut self, level: usize) {
        self.out.push(',');
        if self.options.indent.is_some() {
            self.newline(level);
        } else {
            self.out.push(' ');
        }
    }

    /// Writes `v`, a value found at nesting `level` (CPython's `_format(v, level)`).
    fn value(&mut self, v: V<'_>, level: usize) {
        let level = if self.options.indent.is_some() { level + 1 } else { level };
        if let Some(node) = boxed_view(v) {
            self.node(&node, level);
        } else if list_len(v).is_some() {
            self.list(v, level);
        } else {
            self.primitive(v);
        }
    }

    fn node(&mut self, node: &NodeView<'_>, level: usize) {
        let one_line =
            self.arg_count(node) <= 3 && node.fields[..node.len].iter().all(|&(_, v)| self.is_simple(v));
        self.out.push_str(node.name);
        self.out.push('(');
        let mut first = true;
        for &(name, v) in &node.fields[..node.len] {
            self.before_arg(&mut first, one_line, level);
            self.out.push_str(name);
            self.out.push('=');
            self.value(v, level);
        }
        if let (true, Some(r)) = (self.shows_attributes(node), node.range) {
            let attrs = [
                ("lineno", r.start.line),
                ("col_offset", r.start.col),
                ("end_lineno", r.end.line),
                ("end_col_offset", r.end.col),
            ];
            for (name, n) in attrs {
                self.before_arg(&mut first, one_line, level);
                let _ = write!(self.out, "{name}={n}");
            }
        }
        self.out.push(')');
    }

    fn before_arg(&mut self, first: &mut bool, one_line: bool, level: usize) {
        if one_line {
            if !*first {
                self.out.push_str(", ");
            }
        } else if *first {
            self.newline(level);
        } else {
            self.separator(level);
        }
        *first = false;
    }

    fn list(&mut self, v: V<'_>, level: usize) {
        if list_len(v) == Some(0) {
            self.out.push_str("[]");
            return;
        }
        self.out.push('[');
        self.newline(level);
        match v {
            V::Stmts(l) => self.items(l.iter().map(V::Stmt), level),
            V::Exprs(l) => self.items(l.iter().map(V::Expr), level),
            V::OptExprs(l) => self.items(l.iter().map(|e| e.as_ref().map_or(V::None, V::Expr)), level),
            V::Patterns(l) => self.items(l.iter().map(V::Pattern), level),
            V::Args(l) => self.items(l.iter().map(V::Arg), level),
            V::Keywords(l) => self.items(l.iter().map(V::Keyword), level),
            V::Aliases(l) => self.items(l.iter().map(V::Alias), level),
            V::WithItems(l) => self.items(l.iter().map(V::WithItem), level),
            V::MatchCases(l) => self.items(l.iter().map(V::MatchCase), level),
            V::Comprehensions(l) => self.items(l.iter().map(V::Comprehension), level),
            V::Handlers(l) => self.items(l.iter().map(V::Handler), level),
            V::TypeIgnores(l) => self.items(l.iter().map(V::TypeIgnore), level),
            V::Idents(l) => self.items(l.iter().map(|s| V::Str(s)), level),
            V::CmpOps(l) => self.items(l.iter().map(|op| V::Leaf(cmpop_name(*op))), level),
            _ => {}
        }
        self.out.push(']');
    }

    fn items<'a>(&mut self, items: impl Iterator<Item = V<'a>>, level: usize) {
        for (i, v) in items.enumerate() {
            if i > 0 {
                self.separator(level);
            }
            self.value(v, level);
        }
    }

    fn primitive(&mut self, v: V<'_>) {
        match v {
            V::Str(s) => pyrepr::push_str_repr(&mut self.out, s),
            V::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            V::Const(c) => self.constant(c),
            _ => self.out.push_str("None"),
        }
    }

    fn constant(&mut self, c: &Constant) {
        let out = &mut self.out;
        match c {
            Constant::None => out.push_str("None"),
            Constant::Bool(true) => out.push_str("True"),
            Constant::Bool(false) => out.push_str("False"),
            Constant::Str(s) => pyrepr::push_wtf8_repr(out, s),
            Constant::Bytes(b) => pyrepr::push_bytes_repr(out, b),
            Constant::Int(i) => out.push_str(&pyrepr::int_repr(i)),
            Constant::Float(x) => pyrepr::push_float_repr(out, *x),
            Constant::Complex { real, imag } => pyrepr::push_complex_repr(out, *real, *imag),
            Constant::Ellipsis => out.push_str("Ellipsis"),
        }
    }
}

#[cfg(test)]
mod tests {
    //! Trees built by hand; the expected text is what CPython 3.11's
    //! `ast.dump` prints for the source named in each test.
    use super::*;
    use crate::pos::Pos;

    fn r(l: u32, c: u32, el: u32, ec: u32) -> Range {
        Range::new(Pos::new(l, c), Pos::new(el, ec))
    }

    fn e(node: ExprKind, range: Range) -> Expr {
        Expr { node, range }
    }

    fn name(id: &str, ctx: ExprContext, range: Range) -> Expr {
        e(ExprKind::Name { id: id.into(), ctx }, range)
    }

    fn int(v: i64, range: Range) -> Expr {
        e(ExprKind::Constant { value: Constant::Int(v.into()), kind: None }, range)
    }

    fn arg(a: &str, range: Range) -> Arg {
        Arg { arg: a.into(), annotation: None, type_comment: None, range }
    }

    fn module(body: Vec<Stmt>) -> Mod {
        Mod::Module { body, type_ignores: vec![] }
    }

    fn check(tree: &Mod, plain: &str, attributes: &str, indented: &str) {
        let opts = |include_attributes, indent| DumpOptions { include_attributes, indent };
        assert_eq!(dump(tree, opts(false, None)), plain);
        assert_eq!(dump(tree, opts(true, None)), attributes);
        assert_eq!(dump(tree, opts(false, Some(3))), indented);
    }

    #[test]
    fn assignment() {
        // x = 1
        let tree = module(vec![Stmt {
            node: StmtKind::Assign {
                targets: vec![name("x", ExprContext::Store, r(1, 0, 1, 1))],
                value: Box::new(int(1, r(1, 4, 1, 5))),
                type_comment: None,
            },
            range: r(1, 0, 1, 5),
        }]);
        check(
            &tree,
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])",
            "Module(\n   body=[\n      Assign(\n         targets=[\n            Name(id='x', ctx=Store())],\n         value=Constant(value=1))],\n   type_ignores=[])",
        );
    }

    #[test]
    fn call_with_star_and_keyword() {
        // f(a, *b, k=1)
        let load = ExprContext::Load;
        let call = e(
            ExprKind::Call {
                func: Box::new(name("f", load, r(1, 0, 1, 1))),
                args: vec![
                    name("a", load, r(1, 2, 1, 3)),
                    e(
                        ExprKind::Starred { value: Box::new(name("b", load, r(1, 6, 1, 7))), ctx: load },
                        r(1, 5, 1, 7),
                    ),
                ],
                keywords: vec![Keyword {
                    arg: Some("k".into()),
                    value: int(1, r(1, 11, 1, 12)),
                    range: r(1, 9, 1, 12),
                }],
            },
            r(1, 0, 1, 13),
        );
        let tree =
            module(vec![Stmt { node: StmtKind::Expr { value: Box::new(call) }, range: r(1, 0, 1, 13) }]);
        check(
            &tree,
            "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1))]))], type_ignores=[])",
            "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], keywords=[keyword(arg='k', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])",
            "Module(\n   body=[\n      Expr(\n         value=Call(\n            func=Name(id='f', ctx=Load()),\n            args=[\n               Name(id='a', ctx=Load()),\n               Starred(\n                  value=Name(id='b', ctx=Load()),\n                  ctx=Load())],\n            keywords=[\n               keyword(\n                  arg='k',\n                  value=Constant(value=1))]))],\n   type_ignores=[])",
        );
    }

    #[test]
    fn function_with_defaults() {
        // def g(a, b=2, *, c, d=None, **kw) -> int:\n    return
        let args = Arguments {
            posonlyargs: vec![],
            args: vec![arg("a", r(1, 6, 1, 7)), arg("b", r(1, 9, 1, 10))],
            vararg: None,
            kwonlyargs: vec![arg("c", r(1, 17, 1, 18)), arg("d", r(1, 20, 1, 21))],
            kw_defaults: vec![
                None,
                Some(e(ExprKind::Constant { value: Constant::None, kind: None }, r(1, 22, 1, 26))),
            ],
            kwarg: Some(Box::new(arg("kw", r(1, 30, 1, 32)))),
            defaults: vec![int(2, r(1, 11, 1, 12))],
        };
        let tree = module(vec![Stmt {
            node: StmtKind::FunctionDef(FunctionDef {
                name: "g".into(),
                args: Box::new(args),
                body: vec![Stmt { node: StmtKind::Return { value: None }, range: r(2, 4, 2, 10) }],
                decorator_list: vec![],
                returns: Some(Box::new(name("int", ExprContext::Load, r(1, 37, 1, 40)))),
                type_comment: None,
            }),
            range: r(1, 0, 2, 10),
        }]);
        check(
            &tree,
            "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=None)], kwarg=arg(arg='kw'), defaults=[Constant(value=2)]), body=[Return()], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])",
            "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='b', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], kwonlyargs=[arg(arg='c', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), arg(arg='d', lineno=1, col_offset=20, end_lineno=1, end_col_offset=21)], kw_defaults=[None, Constant(value=None, lineno=1, col_offset=22, end_lineno=1, end_col_offset=26)], kwarg=arg(arg='kw', lineno=1, col_offset=30, end_lineno=1, end_col_offset=32), defaults=[Constant(value=2, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)]), body=[Return(lineno=2, col_offset=4, end_lineno=2, end_col_offset=10)], decorator_list=[], returns=Name(id='int', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=40), lineno=1, col_offset=0, end_lineno=2, end_col_offset=10)], type_ignores=[])",
            "Module(\n   body=[\n      FunctionDef(\n         name='g',\n         args=arguments(\n            posonlyargs=[],\n            args=[\n               arg(arg='a'),\n               arg(arg='b')],\n            kwonlyargs=[\n               arg(arg='c'),\n               arg(arg='d')],\n            kw_defaults=[\n               None,\n               Constant(value=None)],\n            kwarg=arg(arg='kw'),\n            defaults=[\n               Constant(value=2)]),\n         body=[\n            Return()],\n         decorator_list=[],\n         returns=Name(id='int', ctx=Load()))],\n   type_ignores=[])",
        );
    }

    #[test]
    fn imports_and_global() {
        // import os.path as p\nfrom . import (y)\nglobal q
        let tree = module(vec![
            Stmt {
                node: StmtKind::Import {
                    names: vec![Alias {
                        name: "os.path".into(),
                        asname: Some("p".into()),
                        range: r(1, 7, 1, 19),
                    }],
                },
                range: r(1, 0, 1, 19),
            },
            Stmt {
                node: StmtKind::ImportFrom {
                    module: None,
                    names: vec![Alias { name: "y".into(), asname: None, range: r(2, 15, 2, 16) }],
                    level: 1,
                },
                range: r(2, 0, 2, 17),
            },
            Stmt { node: StmtKind::Global { names: vec!["q".into()] }, range: r(3, 0, 3, 8) },
        ]);
        check(
            &tree,
            "Module(body=[Import(names=[alias(name='os.path', asname='p')]), ImportFrom(names=[alias(name='y')], level=1), Global(names=['q'])], type_ignores=[])",
            "Module(body=[Import(names=[alias(name='os.path', asname='p', lineno=1, col_offset=7, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), ImportFrom(names=[alias(name='y', lineno=2, col_offset=15, end_lineno=2, end_col_offset=16)], level=1, lineno=2, col_offset=0, end_lineno=2, end_col_offset=17), Global(names=['q'], lineno=3, col_offset=0, end_lineno=3, end_col_offset=8)], type_ignores=[])",
            "Module(\n   body=[\n      Import(\n         names=[\n            alias(name='os.path', asname='p')]),\n      ImportFrom(\n         names=[\n            alias(name='y')],\n         level=1),\n      Global(\n         names=[\n            'q'])],\n   type_ignores=[])",
        );
    }

    #[test]
    fn dict_with_unpacking_and_slice() {
        // {1: 2, **d}[1:]
        let load = ExprContext::Load;
        let dict = e(
            ExprKind::Dict {
                keys: vec![Some(int(1, r(1, 1, 1, 2))), None],
                values: vec![int(2, r(1, 4, 1, 5)), name("d", load, r(1, 9, 1, 10))],
            },
            r(1, 0, 1, 11),
        );
        let slice = e(
            ExprKind::Slice { lower: Some(Box::new(int(1, r(1, 12, 1, 13)))), upper: None, step: None },
            r(1, 12, 1, 14),
        );
        let sub = e(
            ExprKind::Subscript { value: Box::new(dict), slice: Box::new(slice), ctx: load },
            r(1, 0, 1, 15),
        );
        let tree =
            module(vec![Stmt { node: StmtKind::Expr { value: Box::new(sub) }, range: r(1, 0, 1, 15) }]);
        check(
            &tree,
            "Module(body=[Expr(value=Subscript(value=Dict(keys=[Constant(value=1), None], values=[Constant(value=2), Name(id='d', ctx=Load())]), slice=Slice(lower=Constant(value=1)), ctx=Load()))], type_ignores=[])",
            "Module(body=[Expr(value=Subscript(value=Dict(keys=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), None], values=[Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='d', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=12, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])",
            "Module(\n   body=[\n      Expr(\n         value=Subscript(\n            value=Dict(\n               keys=[\n                  Constant(value=1),\n                  None],\n               values=[\n                  Constant(value=2),\n                  Name(id='d', ctx=Load())]),\n            slice=Slice(\n               lower=Constant(value=1)),\n            ctx=Load()))],\n   type_ignores=[])",
        );
    }
}
