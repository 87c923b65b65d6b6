//! The arguments of the `bytes` and `bytearray` methods, checked with
//! CPython's messages. How an error is worded depends on how CPython's C
//! function parses its arguments ([`Parse`]), and one implementation serves
//! both types, told apart by [`Owner`] (the type the method was found on,
//! which names it in errors even when the receiver is of the wrong type).

use crate::call::Args;
use crate::object::Object;
use crate::strings::int_arg;
use crate::value::Value;
use crate::vm::{Exc, PResult, Vm};

/// The type a method is installed on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Bytes,
    ByteArray,
}

impl Owner {
    pub fn of(array: bool) -> Owner {
        if array {
            Owner::ByteArray
        } else {
            Owner::Bytes
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Owner::Bytes => "bytes",
            Owner::ByteArray => "bytearray",
        }
    }
}

/// How a method takes its arguments, which decides CPython's wording when
/// they are wrong.
pub enum Parse {
    /// `METH_NOARGS`: "bytes.upper() takes no arguments (1 given)".
    NoArgs,
    /// `METH_O`: "bytes.join() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic, positional only: "center expected at least 1 argument, got 0".
    Positional(usize, usize),
    /// `PyArg_ParseTuple`: "find() takes at least 1 argument (0 given)".
    Tuple(usize, usize),
    /// Argument Clinic with keywords: the parameters' names, of which the
    /// first `posonly` are positional only (and required).
    Keywords { posonly: usize, names: &'static [&'static str] },
}

/// A method call whose receiver and argument count were checked: the
/// receiver, then the arguments in parameter order (keywords put in place).
pub struct Call {
    pub this: Value,
    args: [Option<Value>; 3],
}

impl Call {
    /// Argument `i` (0 is the first after the receiver), if given.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.args.get(i).copied().flatten()
    }

    /// Argument `i`, or None when it is missing or None.
    pub fn opt(&self, i: usize) -> Option<Value> {
        self.get(i).filter(|v| !v.is_none())
    }

    /// Argument `i`, which the check made sure was given.
    pub fn arg(&self, i: usize) -> Value {
        self.get(i).unwrap_or(Value::None)
    }
}

/// Checks a call of method `name` of `owner`: its receiver, then its
/// arguments against `parse`.
pub fn check(vm: &mut Vm, a: &Args, owner: Owner, name: &str, parse: Parse) -> PResult<Call> {
    let this = receiver(vm, a, owner, name)?;
    let args = arguments(vm, &a.pos[1..], &a.kw, owner.name(), name, parse)?;
    Ok(Call { this, args })
}

/// The receiver of a method of `owner`: an instance of a subclass arrives
/// as the builtin value it extends (`call.rs`).
pub fn receiver(vm: &mut Vm, a: &Args, owner: Owner, name: &str) -> PResult<Value> {
    let Some(this) = a.get(0) else {
        let msg = format!("unbound method {}.{name}() needs an argument", owner.name());
        return Err(vm.type_error(msg));
    };
    let fits = match this {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Bytes(_) => owner == Owner::Bytes,
            Object::ByteArray(_) => owner == Owner::ByteArray,
            _ => false,
        },
        _ => false,
    };
    if !fits {
        let msg = format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            owner.name(),
            vm.type_name(this)
        );
        return Err(vm.type_error(msg));
    }
    Ok(this)
}

/// The arguments after the receiver, positional and by keyword, checked
/// against `parse` (`owner` names the type in some messages).
pub fn arguments(
    vm: &mut Vm,
    pos: &[Value],
    kw: &[(Value, Value)],
    owner: &str,
    name: &str,
    parse: Parse,
) -> PResult<[Option<Value>; 3]> {
    let n = pos.len();
    let mut args = [None; 3];
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let (min, max) = match parse {
        Parse::Keywords { posonly, names } => return keywords(vm, pos, kw, name, posonly, names),
        Parse::NoArgs => (0, 0),
        Parse::One => (1, 1),
        Parse::Positional(min, max) | Parse::Tuple(min, max) => (min, max),
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    if n < min || n > max {
        let msg = match parse {
            Parse::NoArgs => format!("{owner}.{name}() takes no arguments ({n} given)"),
            Parse::One => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
            Parse::Tuple(..) => {
                let (which, k) = if n < min { ("least", min) } else { ("most", max) };
                format!("{name}() takes at {which} {k} argument{} ({n} given)", plural(k))
            }
            _ if min == max => format!("{name} expected {min} argument{}, got {n}", plural(min)),
            _ if n < min => format!("{name} expected at least {min} argument{}, got {n}", plural(min)),
            _ => format!("{name} expected at most {max} argument{}, got {n}", plural(max)),
        };
        return Err(vm.type_error(msg));
    }
    for (slot, v) in args.iter_mut().zip(pos) {
        *slot = Some(*v);
    }
    Ok(args)
}

/// Argument Clinic's `_PyArg_UnpackKeywords`: counts, then each keyword
/// put in its parameter's place.
fn keywords(
    vm: &mut Vm,
    pos: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    posonly: usize,
    names: &[&str],
) -> PResult<[Option<Value>; 3]> {
    let (n, max) = (pos.len(), names.len());
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let total = n + kw.len();
    if total > max {
        let kind = if n == 0 { "keyword " } else { "" };
        let msg = format!("{name}() takes at most {max} {kind}argument{} ({total} given)", plural(max));
        return Err(vm.type_error(msg));
    }
    if n < posonly {
        let which = if posonly < max { "at least" } else { "exactly" };
        let msg =
            format!("{name}() takes {which} {posonly} positional argument{} ({n} given)", plural(posonly));
        return Err(vm.type_error(msg));
    }
    let mut args = [None; 3];
    for (slot, v) in args.iter_mut().zip(pos) {
        *slot = Some(*v);
    }
    for &(k, v) in kw {
        let key = vm.str_of(k).unwrap_or_default().to_string();
        let Some(i) = names.iter().skip(posonly).position(|p| *p == key).map(|i| i + posonly) else {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {name}()")));
        };
        if i < n {
            let msg = format!("argument for {name}() given by name ('{key}') and position ({})", i + 1);
            return Err(vm.type_error(msg));
        }
        args[i] = Some(v);
    }
    Ok(args)
}

// ---------------------------------------------------------------------------
// Argument conversions
// ---------------------------------------------------------------------------

/// The bytes of a bytes-like value (`bytes`, `bytearray`, a contiguous
/// `memoryview`, or an instance of a subclass of the first two), borrowed.
pub fn buffer(vm: &Vm, v: Value) -> Option<&[u8]> {
    vm.bytes_like(v).or_else(|| vm.bytes_like(vm.base_value(v)))
}

/// A bytes-like argument, checked; its bytes are read later with [`view`].
pub fn bytes_arg(vm: &mut Vm, v: Value) -> PResult<Value> {
    if buffer(vm, v).is_some() {
        return Ok(v);
    }
    let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
    Err(not_bytes_like(vm, v, msg))
}

/// The error for a value that is not bytes-like (`msg`, a TypeError),
/// unless it is a memoryview: a released or strided one is refused with
/// its own error, as CPython's buffer request fails first.
pub fn not_bytes_like(vm: &mut Vm, v: Value, msg: String) -> Exc {
    if let Some(r) = crate::memoryview::view_of(vm, v) {
        if let Err(e) = crate::memoryview::live(vm, r) {
            return e;
        }
        return vm.err("BufferError", "memoryview: underlying buffer is not C-contiguous");
    }
    vm.type_error(msg)
}

/// The bytes of a value [`bytes_arg`] or [`check`] accepted (empty for
/// anything else).
pub fn view(vm: &Vm, v: Value) -> &[u8] {
    buffer(vm, v).unwrap_or_default()
}

/// What `find`, `count`, `index` and the like look for: a bytes-like
/// value or a single byte given as an int.
#[derive(Clone, Copy)]
pub enum Needle {
    Bytes(Value),
    Byte(u8),
}

impl Needle {
    pub fn from_arg(vm: &mut Vm, v: Value) -> PResult<Needle> {
        if buffer(vm, v).is_some() {
            return Ok(Needle::Bytes(v));
        }
        match vm.slice_bound(v)? {
            Some(n) => in_byte_range(vm, n).map(Needle::Byte),
            None => {
                let msg =
                    format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v));
                Err(not_bytes_like(vm, v, msg))
            }
        }
    }

    /// Runs `f` on the needle's bytes, borrowed from the heap.
    pub fn with<R>(self, vm: &Vm, f: impl FnOnce(&Vm, &[u8]) -> R) -> R {
        match self {
            Needle::Bytes(v) => f(vm, view(vm, v)),
            Needle::Byte(b) => f(vm, &[b]),
        }
    }
}

/// An int in `range(0, 256)` (`__index__` honoured), as `bytearray.append` takes it.
pub fn byte_arg(vm: &mut Vm, v: Value) -> PResult<u8> {
    // A huge int comes back clamped: out of range all the same.
    match vm.slice_bound(v)? {
        Some(n) => in_byte_range(vm, n),
        None => {
            let msg = format!("'{}' object cannot be interpreted as an integer", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

fn in_byte_range(vm: &mut Vm, n: i64) -> PResult<u8> {
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// An optional int argument (`__index__` honoured), `default` when missing.
pub fn int_or(vm: &mut Vm, v: Option<Value>, default: i64) -> PResult<i64> {
    match v {
        Some(v) => int_arg(vm, v),
        None => Ok(default),
    }
}
