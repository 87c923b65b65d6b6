//! The `str`-like methods of `bytes` and `bytearray` that transform or
//! classify the whole buffer (case, padding, the `is...` predicates), by the
//! rules of `semantics::str_methods` applied to a text view of the bytes:
//! ASCII bytes are themselves, and the bytes from 0x80 are private-use
//! characters, which have no case and are neither letters, digits nor
//! spaces — exactly what the bytes methods, ASCII-only, make of them.
//! `isspace` is the exception (`str` counts `\x1c`..`\x1f` and `\x85`), and
//! `upper`/`lower`/`swapcase` need no view. Searching and splitting work on
//! the bytes directly (`bytes_search.rs`).

use crate::bytes_args::{check, view, Owner, Parse};
use crate::bytes_search::make;
use crate::call::Args;
use crate::object::NativeFn;
use crate::semantics::bytes_ops::is_space;
use crate::semantics::str_methods as sm;
use crate::semantics::PyResult;
use crate::strings::int_arg;
use crate::value::Value;
use crate::vm::{PResult, Vm};

/// The first private-use character, standing for byte 0x80.
const HIGH: u32 = 0xE000;

fn text(b: &[u8]) -> String {
    b.iter()
        .map(|&c| if c < 0x80 { c as char } else { char::from_u32(HIGH + u32::from(c)).unwrap_or('?') })
        .collect()
}

fn bytes(s: &str) -> Vec<u8> {
    s.chars().map(|c| if (c as u32) < 0x80 { c as u8 } else { (c as u32 - HIGH) as u8 }).collect()
}

/// The methods of this file for the type `ARRAY` selects.
pub fn methods<const ARRAY: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        // ASCII case on the bytes themselves: no text view needed.
        ("upper", |vm, a| bytewise(vm, a, Owner::of(ARRAY), "upper", u8::to_ascii_uppercase)),
        ("lower", |vm, a| bytewise(vm, a, Owner::of(ARRAY), "lower", u8::to_ascii_lowercase)),
        ("swapcase", |vm, a| bytewise(vm, a, Owner::of(ARRAY), "swapcase", swap_case)),
        ("capitalize", |vm, a| map(vm, a, Owner::of(ARRAY), "capitalize", sm::capitalize)),
        ("title", |vm, a| map(vm, a, Owner::of(ARRAY), "title", sm::title)),
        ("isalnum", |vm, a| pred(vm, a, Owner::of(ARRAY), "isalnum", sm::isalnum)),
        ("isalpha", |vm, a| pred(vm, a, Owner::of(ARRAY), "isalpha", sm::isalpha)),
        ("isascii", |vm, a| pred(vm, a, Owner::of(ARRAY), "isascii", sm::isascii)),
        ("isdigit", |vm, a| pred(vm, a, Owner::of(ARRAY), "isdigit", sm::isdigit)),
        ("islower", |vm, a| pred(vm, a, Owner::of(ARRAY), "islower", sm::islower)),
        ("isupper", |vm, a| pred(vm, a, Owner::of(ARRAY), "isupper", sm::isupper)),
        ("istitle", |vm, a| pred(vm, a, Owner::of(ARRAY), "istitle", sm::istitle)),
        ("isspace", |vm, a| {
            let c = check(vm, a, Owner::of(ARRAY), "isspace", Parse::NoArgs)?;
            let b = view(vm, c.this);
            Ok(Value::Bool(!b.is_empty() && b.iter().all(|&c| is_space(c))))
        }),
        ("center", |vm, a| pad(vm, a, Owner::of(ARRAY), "center", sm::center)),
        ("ljust", |vm, a| pad(vm, a, Owner::of(ARRAY), "ljust", sm::ljust)),
        ("rjust", |vm, a| pad(vm, a, Owner::of(ARRAY), "rjust", sm::rjust)),
        ("zfill", |vm, a| {
            let c = check(vm, a, Owner::of(ARRAY), "zfill", Parse::One)?;
            let w = int_arg(vm, c.arg(0))?;
            let r = sm::zfill(&text(view(vm, c.this)), w);
            result(vm, Owner::of(ARRAY), r)
        }),
        ("expandtabs", |vm, a| {
            let c = check(
                vm,
                a,
                Owner::of(ARRAY),
                "expandtabs",
                Parse::Keywords { posonly: 0, names: &["tabsize"] },
            )?;
            let n = match c.get(0) {
                Some(v) => int_arg(vm, v)?,
                None => 8,
            };
            let r = sm::expandtabs(&text(view(vm, c.this)), n);
            result(vm, Owner::of(ARRAY), r)
        }),
    ]
}

fn swap_case(c: &u8) -> u8 {
    if c.is_ascii_lowercase() {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    }
}

fn result(vm: &mut Vm, owner: Owner, r: PyResult<String>) -> PResult<Value> {
    match r {
        Ok(s) => Ok(make(vm, owner, bytes(&s))),
        Err(e) => Err(vm.raise(e)),
    }
}

fn bytewise(vm: &mut Vm, a: &Args, owner: Owner, name: &str, f: fn(&u8) -> u8) -> PResult<Value> {
    let c = check(vm, a, owner, name, Parse::NoArgs)?;
    let out = view(vm, c.this).iter().map(f).collect();
    Ok(make(vm, owner, out))
}

fn map(vm: &mut Vm, a: &Args, owner: Owner, name: &str, f: fn(&str) -> String) -> PResult<Value> {
    let c = check(vm, a, owner, name, Parse::NoArgs)?;
    let out = bytes(&f(&text(view(vm, c.this))));
    Ok(make(vm, owner, out))
}

fn pred(vm: &mut Vm, a: &Args, owner: Owner, name: &str, f: fn(&str) -> bool) -> PResult<Value> {
    let c = check(vm, a, owner, name, Parse::NoArgs)?;
    Ok(Value::Bool(f(&text(view(vm, c.this)))))
}

/// `center`/`ljust`/`rjust(width, fillchar=b' ')`.
fn pad(
    vm: &mut Vm,
    a: &Args,
    owner: Owner,
    name: &str,
    f: fn(&str, i64, char) -> PyResult<String>,
) -> PResult<Value> {
    let c = check(vm, a, owner, name, Parse::Positional(1, 2))?;
    let w = int_arg(vm, c.arg(0))?;
    let fill = match c.get(1) {
        None => b' ',
        Some(v) => match crate::bytes_args::buffer(vm, v) {
            Some(&[c]) => c,
            _ => {
                let msg =
                    format!("{name}() argument 2 must be a byte string of length 1, not {}", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        },
    };
    let r = f(&text(view(vm, c.this)), w, text(&[fill]).chars().next().unwrap_or(' '));
    result(vm, owner, r)
}
