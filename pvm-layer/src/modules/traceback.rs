//! `_traceback`: what the embedded `traceback`, `linecache` and `unittest`
//! take from the interpreter rather than compute again: an exception
//! formatted as the uncaught-exception printer shows it, one frame's lines
//! with their carets (the same code), source lines this run compiled.

use compiler_layer::code::Location;

use crate::builtins::add_fn;
use crate::call::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm, d: ObjRef) {
    // `format(exc, chain)`: what an uncaught `exc` prints, as one string.
    add_fn(vm, d, "format", |vm, a: &Args| {
        let Some(Value::Obj(e)) = a.get(0).filter(|&v| vm.is_exc_instance(v, "BaseException")) else {
            return Err(vm.type_error("format() argument must be an exception"));
        };
        let chain = a.get(1).is_none_or(|c| matches!(c, Value::Bool(true)));
        let text = if chain { vm.format_exception(e) } else { vm.format_exception_unchained(e) };
        Ok(vm.new_str(text))
    });
    // `format_frame(filename, lineno, name, line, end_lineno, colno,
    // end_colno)`: a `FrameSummary` as `StackSummary.format_frame_summary`
    // shows it (without locals): what `traceback.rs` prints for a frame.
    add_fn(vm, d, "format_frame", |vm, a: &Args| {
        let text = |i: usize| a.get(i).and_then(|v| vm.str_of(v)).map(str::to_string);
        let number = |i: usize| match a.get(i) {
            Some(Value::Int(n)) => u32::try_from(n).ok(),
            _ => None,
        };
        let (filename, name, line) = (text(0).unwrap_or_default(), text(2).unwrap_or_default(), text(3));
        let lineno_text = match a.get(1) {
            Some(Value::Int(n)) => n.to_string(),
            Some(v) => vm.str_text(v)?,
            None => "None".into(),
        };
        let lineno = number(1).unwrap_or(0);
        // Unknown columns draw no carets (an empty range).
        let loc = match (number(5), number(6)) {
            (Some(col), Some(end_col)) => {
                Location { line: lineno, col, end_line: number(4).unwrap_or(lineno), end_col }
            }
            _ => Location { line: lineno, col: 0, end_line: lineno, end_col: 0 },
        };
        let mut out = String::new();
        crate::traceback::format_frame(&mut out, &filename, &lineno_text, &name, line.as_deref(), loc);
        Ok(vm.new_str(out))
    });
    // `source_line(filename, lineno)`: the line of a program or module this
    // run compiled, or None (then `linecache` reads the file).
    add_fn(vm, d, "source_line", |vm, a: &Args| -> PResult<Value> {
        let (Some(name), Some(Value::Int(n))) = (a.get(0).and_then(|v| vm.str_of(v)), a.get(1)) else {
            return Ok(Value::None);
        };
        let line = vm.sources.get(name).and_then(|src| {
            let i = usize::try_from(n).ok()?.checked_sub(1)?;
            src.split_inclusive('\n').nth(i).map(str::to_string)
        });
        Ok(line.map_or(Value::None, |l| vm.new_str(l)))
    });
}
