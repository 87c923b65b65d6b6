//! `_ast`: the parser as the embedded `ast` module sees it.
//!
//! `parse(source, filename, mode)` asks the `Compiler` (never the parser
//! itself) for CPython's AST and hands it to `ast.py` as plain values, which
//! `ast.py` turns into instances of its node classes: a node is the tuple
//! `(class name, (field values in _fields order), location)`, the location
//! `(lineno, col_offset, end_lineno, end_col_offset)` or `None` for classes
//! without `_attributes`; a list field is a list; an identifier a `str`; a
//! constant its value. The node-to-class correspondence is `view.rs`'s, the
//! one `ast.dump` prints from.
//!
//! `compile(tree, filename, mode)` takes a tree in the same form (`ast.py`
//! makes it from node objects, checking required fields) and compiles it
//! through `Compiler::compile_tree` (`unview.rs` rebuilds the Rust tree).

use crate::builtins::{add_fn, syntax_error};
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};
use compiler_layer::syntax::ast::Constant;
use compiler_layer::syntax::pos::{Pos, Range};
use compiler_layer::syntax::source::decode_source;
use compiler_layer::syntax::unview::{to_mod, Generic, GenericNode};
use compiler_layer::syntax::view::{list_items, view, V};
use compiler_layer::Mode;

pub fn install(vm: &mut Vm, d: ObjRef) {
    add_fn(vm, d, "parse", parse);
    add_fn(vm, d, "compile", compile);
}

/// How deep a tree given to `compile` may be, in nodes: the parser's bound
/// on nesting, within which the compiler's recursion is known to be safe.
const MAX_DEPTH: usize = 1000;

/// `compile(tree, filename, mode)`: a code object.
fn compile(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (Some(tree), Some(filename), Some(mode)) = (a.get(0), a.get(1), a.get(2)) else {
        return Err(vm.type_error("compile() takes 3 arguments"));
    };
    let filename = vm.str_of(filename).unwrap_or("<unknown>").to_string();
    let mode = match vm.str_of(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        _ => Mode::Single,
    };
    let tree = from_python(vm, tree, 0)?;
    let module = to_mod(tree).map_err(|msg| vm.type_error(msg))?;
    match vm.compiler.clone().compile_tree(&module, &filename, mode) {
        Ok(code) => {
            let info = vm.code_info(&code);
            Ok(vm.heap.alloc_value(Object::Code(info)))
        }
        Err(e) => Err(syntax_error(vm, &e, "", &filename)),
    }
}

/// The generic tree of a value in the form `to_python` makes.
fn from_python(vm: &mut Vm, v: Value, depth: usize) -> PResult<Generic> {
    if depth > MAX_DEPTH {
        return Err(vm.err("RecursionError", "maximum recursion depth exceeded during compilation"));
    }
    let items = |vm: &Vm, r| match vm.heap.get(r) {
        Object::List(items) => Some(items.to_vec()),
        Object::Tuple(items) => Some(items.to_vec()),
        _ => None,
    };
    Ok(match v {
        Value::None => Generic::None,
        Value::Bool(b) => Generic::Const(Constant::Bool(b)),
        Value::Int(i) => Generic::Int(i.into()),
        Value::Float(x) => Generic::Const(Constant::Float(x)),
        Value::Obj(r) => {
            if let Some(s) = vm.str_of(v) {
                return Ok(Generic::Str(s.to_string()));
            }
            match vm.heap.get(r) {
                Object::Int(i) => Generic::Int(i.clone()),
                Object::Complex(real, imag) => Generic::Const(Constant::Complex { real: *real, imag: *imag }),
                Object::Bytes(b) => Generic::Const(Constant::Bytes(b.clone())),
                Object::Ellipsis => Generic::Const(Constant::Ellipsis),
                Object::List(_) => {
                    let list = items(vm, r).unwrap_or_default();
                    Generic::List(
                        list.into_iter().map(|x| from_python(vm, x, depth)).collect::<PResult<_>>()?,
                    )
                }
                Object::Tuple(_) => {
                    let node = items(vm, r).unwrap_or_default();
                    let [name, fields, location] = node[..] else {
                        return Err(vm.type_error("malformed AST node"));
                    };
                    let class = vm.str_of(name).unwrap_or("").to_string();
                    let fields = match fields {
                        Value::Obj(f) => items(vm, f).unwrap_or_default(),
                        _ => Vec::new(),
                    };
                    let fields =
                        fields.into_iter().map(|x| from_python(vm, x, depth + 1)).collect::<PResult<_>>()?;
                    let range = location_of(vm, location);
                    Generic::Node(Box::new(GenericNode { class, fields, range }))
                }
                _ => {
                    let msg = format!("got an invalid type in Constant: {}", vm.type_name(v));
                    return Err(vm.type_error(msg));
                }
            }
        }
        _ => return Err(vm.type_error("malformed AST node")),
    })
}

/// `(lineno, col_offset, end_lineno, end_col_offset)`, or no location.
fn location_of(vm: &Vm, v: Value) -> Range {
    let Value::Obj(r) = v else { return Range::default() };
    let Object::Tuple(parts) = vm.heap.get(r) else { return Range::default() };
    let n = |i: usize| match parts.get(i) {
        Some(Value::Int(n)) => u32::try_from(*n).unwrap_or(0),
        _ => 0,
    };
    Range::new(Pos::new(n(0), n(1)), Pos::new(n(2), n(3)))
}

/// `parse(source, filename, mode)`: `source` a `str`, or `bytes` decoded as
/// a source file is (PEP 263); `mode` one of `ast.parse`'s.
fn parse(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (Some(source), Some(filename), Some(mode)) = (a.get(0), a.get(1), a.get(2)) else {
        return Err(vm.type_error("parse() takes 3 arguments"));
    };
    let filename = vm.str_of(filename).unwrap_or("<unknown>").to_string();
    let mode = match vm.str_of(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some("func_type") => Mode::FuncType,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = match source {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Bytes(_)) => {
            let decoded = match vm.heap.get(r) {
                Object::Bytes(b) => decode_source(b),
                _ => return Ok(Value::None),
            };
            match decoded {
                Ok(text) => text,
                Err(e) => return Err(syntax_error(vm, &e.to_syntax_error(), "", &filename)),
            }
        }
        _ => match vm.str_of(source) {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
        },
    };
    match vm.compiler.clone().parse(&text, mode) {
        Ok(tree) => Ok(to_python(vm, V::Mod(&tree))),
        Err(e) => Err(syntax_error(vm, &e, &text, &filename)),
    }
}

/// The Python value for `v` (see the module comment). Recurses once per
/// level of the tree, whose depth the parser bounds.
fn to_python(vm: &mut Vm, v: V<'_>) -> Value {
    if let Some(node) = view(v) {
        let name = Value::Obj(vm.intern(node.name));
        let fields = node.fields().iter().map(|&(_, f)| to_python(vm, f)).collect();
        let fields = vm.new_tuple(fields);
        let location = match node.range {
            Some(r) => {
                let parts = [r.start.line, r.start.col, r.end.line, r.end.col];
                vm.new_tuple(parts.iter().map(|&n| Value::Int(i64::from(n))).collect())
            }
            None => Value::None,
        };
        return vm.new_tuple(vec![name, fields, location]);
    }
    if let Some(items) = list_items(v) {
        let items = items.map(|item| to_python(vm, item)).collect();
        return vm.new_list(items);
    }
    match v {
        V::Str(s) => Value::Obj(vm.intern(s)),
        V::Int(i) => Value::Int(i),
        V::Const(c) => constant(vm, c),
        _ => Value::None,
    }
}

fn constant(vm: &mut Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => vm.new_int(i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => vm.heap.alloc_value(Object::Complex(*real, *imag)),
        // A Strata `str` holds no lone surrogates: they become U+FFFD, as in
        // the constants of compiled code.
        Constant::Str(s) => match s.as_str() {
            Some(t) => vm.new_str(t),
            None => vm.new_str(
                s.code_points().map(|c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>(),
            ),
        },
        Constant::Bytes(b) => vm.heap.alloc_value(Object::Bytes(b.clone())),
        Constant::Ellipsis => vm.ellipsis,
    }
}
