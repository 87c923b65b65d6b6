//! `UnicodeDecodeError`, `UnicodeEncodeError` and `UnicodeTranslateError`
//! as CPython has them: built from five arguments (`encoding, object,
//! start, end, reason`; four for translate, which has no encoding) that
//! are both `args` and the attributes of the same names. The attributes
//! live apart from `args`, as CPython's fields do (assigning `e.start`
//! changes the message, not `args`), and `str(e)` is composed from them
//! when it is asked for.

use crate::object::Object;
use crate::strings::int_arg;
use crate::value::{ObjRef, Value};
use crate::vm::{Exc, PResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Decode,
    Encode,
    Translate,
}

const ATTRIBUTES: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// Which of the three classes `exc` is an instance of, if any.
fn kind(vm: &Vm, exc: Value) -> Option<Kind> {
    let Value::Obj(r) = exc else { return None };
    if !matches!(vm.heap.get(r), Object::Exception(_)) {
        return None;
    }
    [("UnicodeDecodeError", Kind::Decode), ("UnicodeEncodeError", Kind::Encode)]
        .into_iter()
        .chain([("UnicodeTranslateError", Kind::Translate)])
        .find(|(name, _)| vm.is_exc_instance(exc, name))
        .map(|(_, kind)| kind)
}

/// A `class` (`UnicodeDecodeError` or `UnicodeEncodeError`) error made
/// from its five arguments.
pub(crate) fn raise(
    vm: &mut Vm,
    class: &str,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Exc {
    let (encoding, reason) = (vm.new_str(encoding), vm.new_str(reason));
    let values = [encoding, object, Value::Int(start as i64), Value::Int(end as i64), reason];
    let class = vm.types.exc(class);
    let exc = vm.new_exception(class, values.to_vec());
    set_attributes(vm, exc.0, values);
    exc
}

/// The fields' values, in the exception's dict.
fn set_attributes(vm: &mut Vm, exc: ObjRef, values: [Value; 5]) {
    let dict = vm.exception_dict(exc);
    for (name, value) in ATTRIBUTES.into_iter().zip(values) {
        vm.dict_set_name(dict, name, value);
    }
}

/// `__init__` of the three classes (nothing for any other exception):
/// CPython's argument checks, then the attributes set.
pub fn init(vm: &mut Vm, exc: ObjRef, args: &[Value]) -> PResult<()> {
    let Some(kind) = kind(vm, Value::Obj(exc)) else { return Ok(()) };
    // Translate has no encoding: its arguments start at `object`.
    let (expected, skip) = if kind == Kind::Translate { (4, 1) } else { (5, 0) };
    if args.len() != expected {
        let msg = format!("function takes exactly {expected} arguments ({} given)", args.len());
        return Err(vm.type_error(msg));
    }
    let mut values = [Value::None; 5];
    for (i, &v) in args.iter().enumerate() {
        let field = i + skip;
        let must_be_str = field == 0 || field == 4 || (field == 1 && kind != Kind::Decode);
        if must_be_str && vm.str_of(v).is_none() {
            let msg = format!("argument {} must be str, not {}", i + 1, vm.type_name(v));
            return Err(vm.type_error(msg));
        }
        values[field] = match field {
            2 | 3 => Value::Int(int_arg(vm, v)?),
            _ => v,
        };
    }
    if kind == Kind::Decode {
        // The object is kept as bytes, whatever buffer was given.
        let bytes = match crate::bytes_args::buffer(vm, values[1]) {
            Some(b) => b.to_vec(),
            None => {
                let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(values[1]));
                return Err(vm.type_error(msg));
            }
        };
        values[1] = vm.heap.alloc_value(Object::Bytes(bytes));
    }
    set_attributes(vm, exc, values);
    Ok(())
}

/// `str(exc)` for the three classes, from the attributes; `None` for any
/// other value, or when an attribute is missing or not of its type.
pub fn message(vm: &mut Vm, exc: Value) -> PResult<Option<String>> {
    let Some(kind) = kind(vm, exc) else { return Ok(None) };
    let Some(dict) = exc.as_obj().and_then(|r| vm.exc_obj(r)).and_then(|e| e.dict) else {
        return Ok(None);
    };
    let mut values = [Value::None; 5];
    for (slot, name) in values.iter_mut().zip(ATTRIBUTES) {
        match vm.dict_get_name(dict, name) {
            Some(v) => *slot = v,
            None => return Ok(None),
        }
    }
    let [encoding, object, Value::Int(start), Value::Int(end), reason] = values else { return Ok(None) };
    let reason = vm.str_text(reason)?;
    let one = end == start + 1 && start >= 0;
    let text = match kind {
        Kind::Decode => {
            let encoding = vm.str_text(encoding)?;
            match crate::bytes_args::buffer(vm, object).and_then(|b| b.get(start as usize)) {
                Some(byte) if one => {
                    format!("'{encoding}' codec can't decode byte {byte:#04x} in position {start}: {reason}")
                }
                _ => {
                    format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
                }
            }
        }
        Kind::Encode | Kind::Translate => {
            let what = match vm.str_of(object).and_then(|s| s.chars().nth(start as usize)) {
                Some(c) if one => format!("character '{}' in position {start}", escape(c)),
                _ => format!("characters in position {start}-{}", end - 1),
            };
            if kind == Kind::Encode {
                let encoding = vm.str_text(encoding)?;
                format!("'{encoding}' codec can't encode {what}: {reason}")
            } else {
                format!("can't translate {what}: {reason}")
            }
        }
    };
    Ok(Some(text))
}

/// A character as the messages show it: `\xe9`, `\u20ac`, `\U0001f600`.
fn escape(c: char) -> String {
    match c as u32 {
        n @ ..=0xff => format!("\\x{n:02x}"),
        n @ ..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}
