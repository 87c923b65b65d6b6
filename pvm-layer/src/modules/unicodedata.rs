//! The `unicodedata` module: CPython 3.11's arguments and errors around
//! `semantics::unicodedata`, which holds the Unicode 14.0 data.

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::NativeFn;
use crate::semantics::unicodedata::{self as ucd, Form};
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm, m: ObjRef) {
    let version = vm.new_str(ucd::UNIDATA_VERSION);
    vm.dict_set_name(m, "unidata_version", version);
    let functions: &[(&'static str, NativeFn)] = &[
        ("category", |vm, a| {
            let c = char_arg(vm, a, "category")?;
            Ok(vm.new_str(ucd::category(c)))
        }),
        ("bidirectional", |vm, a| {
            let c = char_arg(vm, a, "bidirectional")?;
            Ok(vm.new_str(ucd::bidirectional(c)))
        }),
        ("east_asian_width", |vm, a| {
            let c = char_arg(vm, a, "east_asian_width")?;
            Ok(vm.new_str(ucd::east_asian_width(c)))
        }),
        ("combining", |vm, a| Ok(Value::Int(i64::from(ucd::combining(char_arg(vm, a, "combining")?))))),
        ("mirrored", |vm, a| Ok(Value::Int(i64::from(ucd::mirrored(char_arg(vm, a, "mirrored")?))))),
        ("decimal", |vm, a| {
            let c = char_arg(vm, a, "decimal")?;
            or_default(vm, a, ucd::decimal(c).map(|d| Value::Int(i64::from(d))), "not a decimal")
        }),
        ("digit", |vm, a| {
            let c = char_arg(vm, a, "digit")?;
            or_default(vm, a, ucd::digit(c).map(|d| Value::Int(i64::from(d))), "not a digit")
        }),
        ("numeric", |vm, a| {
            let c = char_arg(vm, a, "numeric")?;
            or_default(vm, a, ucd::numeric(c).map(Value::Float), "not a numeric character")
        }),
        ("name", |vm, a| {
            let c = char_arg(vm, a, "name")?;
            let name = ucd::name(c).map(|n| vm.new_str(n));
            or_default(vm, a, name, "no such name")
        }),
        ("lookup", lookup),
        ("normalize", |vm, a| {
            let (form, s) = form_and_text(vm, a, "normalize")?;
            Ok(vm.new_str(ucd::normalize(form, &s)))
        }),
        ("is_normalized", |vm, a| {
            let (form, s) = form_and_text(vm, a, "is_normalized")?;
            Ok(Value::Bool(ucd::is_normalized(form, &s)))
        }),
    ];
    for &(name, f) in functions {
        add_fn(vm, m, name, f);
    }
}

/// The one character a function takes, as CPython's argument clinic checks it.
fn char_arg(vm: &mut Vm, a: &Args, function: &str) -> PResult<char> {
    let Some(v) = a.get(0) else {
        let msg = if function == "name" {
            "name expected at least 1 argument, got 0".to_string()
        } else {
            format!("unicodedata.{function}() takes exactly one argument (0 given)")
        };
        return Err(vm.type_error(msg));
    };
    let mut chars = vm.str_of(v).map(str::chars);
    match chars.as_mut().map(|c| (c.next(), c.next())) {
        Some((Some(c), None)) => Ok(c),
        _ => {
            let msg = format!("{function}() argument must be a unicode character, not {}", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// `value`, else the default the caller passed second, else `ValueError(message)`.
fn or_default(vm: &mut Vm, a: &Args, value: Option<Value>, message: &str) -> PResult<Value> {
    match (value, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default),
        (None, None) => Err(vm.value_error(message)),
    }
}

/// `unicodedata.lookup(name)`: a str or bytes name, found ignoring case.
fn lookup(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let v = a.get(0).unwrap_or(Value::None);
    let name = match (vm.str_of(v), vm.bytes_like(v)) {
        (Some(s), _) => s.to_string(),
        (None, Some(b)) => String::from_utf8_lossy(b).into_owned(),
        (None, None) => {
            let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            return Err(vm.type_error(msg));
        }
    };
    if name.len() > 256 {
        return Err(vm.err("KeyError", "name too long"));
    }
    match ucd::lookup(&name) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.err("KeyError", format!("undefined character name '{name}'"))),
    }
}

fn form_and_text(vm: &mut Vm, a: &Args, function: &str) -> PResult<(Form, String)> {
    let mut strs = Vec::with_capacity(2);
    for i in 0..2 {
        let v = a.get(i).unwrap_or(Value::None);
        match vm.str_of(v) {
            Some(s) => strs.push(s.to_string()),
            None => {
                let msg = format!("{function}() argument {} must be str, not {}", i + 1, vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        }
    }
    let text = strs.pop().unwrap_or_default();
    match strs.first().and_then(|form| Form::parse(form)) {
        Some(form) => Ok((form, text)),
        None => Err(vm.value_error("invalid normalization form")),
    }
}
