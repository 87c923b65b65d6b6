//! `_tokenize`: the front end's port of CPython's `tokenize` (the same code
//! `strata -m tokenize` prints from), for the embedded `tokenize` module.
//!
//! `tokenize(source_bytes)` (ENCODING first, coding cookie honoured) and
//! `generate_tokens(source_str)` both return `(tokens, error)`: each token
//! the tuple `(type name, string, (row, col), (row, col), line)`, and the
//! error that stopped tokenizing after them, `None`, or
//! `(message, lineno, offset)` (`lineno` `None` for an encoding error).

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};
use compiler_layer::syntax::tokenize::{self, Error, Token};
use std::sync::Arc;

pub fn install(vm: &mut Vm, d: ObjRef) {
    add_fn(vm, d, "tokenize", |vm, a: &Args| {
        let bytes = match a.get(0) {
            Some(Value::Obj(r)) => match vm.heap.get(r) {
                Object::Bytes(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        };
        let Some(bytes) = bytes else {
            return Err(vm.type_error("tokenize() argument must be bytes"));
        };
        let (tokens, error) = tokenize::tokenize_partial(&bytes, None);
        Ok(result(vm, &tokens, error))
    });
    add_fn(vm, d, "generate_tokens", |vm, a: &Args| -> PResult<Value> {
        let Some(text) = a.get(0).and_then(|v| vm.str_of(v)).map(str::to_string) else {
            return Err(vm.type_error("generate_tokens() argument must be str"));
        };
        let (tokens, error) = tokenize::generate_tokens(&text);
        Ok(result(vm, &tokens, error))
    });
}

fn result(vm: &mut Vm, tokens: &[Token], error: Option<Error>) -> Value {
    let pair = |vm: &mut Vm, (row, col): (usize, usize)| {
        vm.new_tuple(vec![Value::Int(row as i64), Value::Int(col as i64)])
    };
    // The tokens of a line share one `str` for it, as they share its text
    // (a long line of many tokens would otherwise be copied per token).
    let mut last_line: Option<(&Arc<str>, Value)> = None;
    let tokens = tokens
        .iter()
        .map(|t| {
            let line = match last_line {
                Some((shared, value)) if Arc::ptr_eq(shared, &t.line) => value,
                _ => {
                    let value = vm.new_str(&*t.line);
                    last_line = Some((&t.line, value));
                    value
                }
            };
            let fields = vec![
                vm.new_str(t.kind.name()),
                vm.new_str(t.text.as_str()),
                pair(vm, t.start),
                pair(vm, t.end),
                line,
            ];
            vm.new_tuple(fields)
        })
        .collect();
    let tokens = vm.new_list(tokens);
    let error = match error {
        None => Value::None,
        Some(Error::At(msg, line, col)) => {
            let msg = vm.new_str(msg);
            vm.new_tuple(vec![msg, Value::Int(line as i64), Value::Int(col as i64)])
        }
        Some(Error::Plain(msg)) => {
            let msg = vm.new_str(msg);
            vm.new_tuple(vec![msg, Value::None, Value::None])
        }
    };
    vm.new_tuple(vec![tokens, error])
}
