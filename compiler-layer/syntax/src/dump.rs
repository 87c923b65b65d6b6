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
//! ([`NodeView`], `view.rs`); whether a value is simple is decided from its
//! view, without printing it.

use crate::ast::*;
use crate::pyrepr;
use crate::view::{list_items, list_len, view, NodeView, V};
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

    /// `ast.dump` leaves out an optional field that is `None`.
    fn shown_fields<'n, 'a>(node: &'n NodeView<'a>) -> impl Iterator<Item = (&'static str, V<'a>)> + 'n {
        node.fields().iter().copied().filter(|(_, v)| !matches!(v, V::None))
    }

    fn arg_count(&self, node: &NodeView<'_>) -> usize {
        Self::shown_fields(node).count() + if self.shows_attributes(node) { 4 } else { 0 }
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
        let one_line = self.arg_count(node) <= 3 && Self::shown_fields(node).all(|(_, v)| self.is_simple(v));
        self.out.push_str(node.name);
        self.out.push('(');
        let mut first = true;
        for (name, v) in Self::shown_fields(node) {
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
        if let Some(items) = list_items(v) {
            self.items(items, level);
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
    use crate::pos::{Pos, Range};

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
