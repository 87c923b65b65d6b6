//! `format(v, spec)`, `str % args` and `str.format(...)` on PVM values: thin
//! glue over `semantics::{format_spec, printf, str_format}`, which hold the
//! rules. This module only finds the Python values a rule asks for and turns
//! the rules' errors into Python exceptions.

use std::borrow::Cow;
use std::cell::RefCell;

use smallvec::SmallVec;

use crate::call::Args;
use crate::object::Object;
use crate::semantics::printf::{self, PrintfArg, PrintfArgs, Real};
use crate::semantics::str_format::{self, Accessor, ArgRef, AutoNumber, Piece, Spec};
use crate::semantics::{format_spec, PyErrorKind, PyResult};
use crate::str_text::{IntoStrText, StrText};
use crate::value::Value;
use crate::vm::{Exc, PResult, Vm};

impl Vm {
    /// The Python exception for an error raised by a `semantics` rule.
    pub fn raise(&mut self, e: PyErrorKind) -> Exc {
        match e {
            PyErrorKind::MemoryError => {
                let class = self.types.exc("MemoryError");
                self.new_exception(class, vec![])
            }
            PyErrorKind::KeyError(key) => {
                let class = self.types.exc("KeyError");
                let k = self.new_str(key);
                self.new_exception(class, vec![k])
            }
            e => self.err(e.class_name(), e.message()),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PResult<Value> {
        // The f-string fields `{i}` and `{s}`: an int's digits are written
        // straight into the new object, and a `str` is its own format.
        if spec.is_empty() {
            match v {
                Value::Int(i) => return Ok(self.new_str(i)),
                Value::Obj(r) if matches!(self.heap.get(r), Object::Str(_)) => return Ok(v),
                _ => {}
            }
        }
        let text = self.format_text(v, spec)?;
        Ok(self.new_str(text))
    }

    /// Appends `format(v, spec)` to `out`, without an intermediate `String`
    /// for the common `{}` fields of an int or a `str`.
    pub fn push_format(&mut self, v: Value, spec: &str, out: &mut String) -> PResult<()> {
        if spec.is_empty() {
            match v {
                Value::Int(i) => {
                    out.push_str(i.into_str_text().as_str());
                    return Ok(());
                }
                Value::Obj(r) => {
                    if let Object::Str(s) = self.heap.get(r) {
                        out.push_str(s.as_str());
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let text = self.format_text(v, spec)?;
        out.push_str(&text);
        Ok(())
    }

    /// `format(v, spec)` as Rust text.
    pub fn format_text(&mut self, v: Value, spec: &str) -> PResult<String> {
        let r = match v {
            Value::Bool(b) if spec.is_empty() => Ok(if b { "True" } else { "False" }.to_string()),
            Value::Bool(b) => format_spec::format_int(&i64::from(b).into(), spec, "bool", 0),
            Value::Int(i) => format_spec::format_i64(i, spec),
            Value::Float(x) => format_spec::format_float(x, spec),
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => format_spec::format_str(s.as_str(), spec),
                Object::Int(n) => format_spec::format_int(n, spec, "int", self.int_max_str_digits),
                Object::Complex(re, im) => format_spec::format_complex(*re, *im, spec),
                Object::Instance(_) => return self.format_instance(v, spec),
                _ => return self.format_object(v, spec),
            },
            _ => return self.format_object(v, spec),
        };
        r.map_err(|e| self.raise(e))
    }

    /// `object.__format__`: `str(v)` for an empty spec, else a `TypeError`.
    pub(crate) fn format_object(&mut self, v: Value, spec: &str) -> PResult<String> {
        if spec.is_empty() {
            return self.str_text(v);
        }
        let msg = format!("unsupported format string passed to {}.__format__", self.type_name(v));
        Err(self.type_error(msg))
    }
}

impl Vm {
    /// `BuildString`, the end of an f-string: the top `count` values of the
    /// stack (all `str`s) replaced by their concatenation.
    pub(crate) fn build_string(&mut self, count: usize) {
        let at = self.stack.len().saturating_sub(count);
        let text = StrText::joined(self.stack[at..].iter().map(|&v| self.str_of(v).unwrap_or("")));
        self.stack.truncate(at);
        let s = self.new_str(text);
        self.stack.push(s);
    }
}

/// One `%` argument: the VM is shared by all of them (and the mapping lookup)
/// through a `RefCell`; a Python exception raised while converting is parked
/// in `pending` and re-raised once `printf::format` returns.
struct VmArg<'a, 'v> {
    vm: &'a RefCell<&'v mut Vm>,
    pending: &'a RefCell<Option<Exc>>,
    value: Value,
    /// Formatting into `bytes`: the text is Latin-1, a character per byte;
    /// `%s` takes bytes-like values only and `%r` is `ascii()`.
    bytes: bool,
}

impl VmArg<'_, '_> {
    fn text(&mut self, f: fn(&mut Vm, Value) -> PResult<String>) -> PyResult<String> {
        let r = f(&mut self.vm.borrow_mut(), self.value);
        r.map_err(|e| {
            *self.pending.borrow_mut() = Some(e);
            PyErrorKind::ValueError(String::new())
        })
    }
}

impl PrintfArg for VmArg<'_, '_> {
    fn str(&mut self) -> PyResult<String> {
        self.text(Vm::str_text)
    }
    fn in_bytes(&self) -> bool {
        self.bytes
    }
    fn bytes(&mut self) -> PyResult<String> {
        self.text(|vm, v| match bytes_for_format(vm, v)? {
            Some(b) => Ok(b.iter().map(|&c| char::from(c)).collect()),
            None => {
                let msg = format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    vm.type_name(v)
                );
                Err(vm.type_error(msg))
            }
        })
    }
    fn repr(&mut self) -> PyResult<String> {
        if self.bytes {
            return self.text(Vm::ascii_text);
        }
        self.text(Vm::repr_text)
    }
    fn ascii(&mut self) -> PyResult<String> {
        self.text(Vm::ascii_text)
    }
    fn real(&mut self, integral: bool) -> PyResult<Option<Real>> {
        let mut vm = self.vm.borrow_mut();
        // An int or float subclass counts as its value (`IntEnum`).
        let value = vm.base_value(self.value);
        if let Value::Float(x) = value {
            return Ok((!integral).then_some(Real::Float(x)));
        }
        if let Some(n) = vm.to_bigint(value) {
            return Ok(Some(Real::Int(n)));
        }
        // Any other object converts by its special methods, as CPython's
        // `PyNumber_Index` (`%x`, `%o`, `%c`) and `PyFloat_AsDouble` or
        // `PyNumber_Long` (`%f`, `%d`: a `Decimal`, a `Fraction`).
        let s = &vm.special;
        let names = if integral { vec![s.index] } else { vec![s.float, s.index, s.int] };
        let converted = match vm.numeric_special(value, &names, vec![]) {
            Ok(Ok(r)) => vm.base_value(r),
            Ok(Err(_)) => return Ok(None),
            Err(e) => {
                *self.pending.borrow_mut() = Some(e);
                return Err(PyErrorKind::ValueError(String::new()));
            }
        };
        Ok(match converted {
            Value::Float(x) if !integral => Some(Real::Float(x)),
            v => vm.to_bigint(v).map(Real::Int),
        })
    }
    fn small_int(&mut self) -> Option<i64> {
        match self.value {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(i64::from(b)),
            _ => None,
        }
    }
    fn single_char(&mut self) -> Option<char> {
        let vm = self.vm.borrow();
        if self.bytes {
            return match vm.bytes_like(self.value)? {
                [c] => Some(char::from(*c)),
                _ => None,
            };
        }
        let s = vm.str_of(self.value)?;
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    }
    fn type_name(&self) -> String {
        self.vm.borrow().type_name(self.value)
    }
}

/// What `%b` (and `%s`) put in a `bytes` template, as CPython's
/// `format_obj` finds it: the bytes of a `bytes` or `bytearray` (or of a
/// subclass), else what `__bytes__` returns, else those of a buffer.
fn bytes_for_format(vm: &mut Vm, v: Value) -> PResult<Option<Vec<u8>>> {
    let own = |vm: &Vm, v: Value| match vm.base_value(v) {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Bytes(_) | Object::ByteArray(_)) => {
            Some(vm.bytes_slice(r).to_vec())
        }
        _ => None,
    };
    if let Some(b) = own(vm, v) {
        return Ok(Some(b));
    }
    let name = vm.intern("__bytes__");
    if let Some(r) = vm.try_special(v, name, &[])? {
        return match vm.base_value(r) {
            Value::Obj(o) if matches!(vm.heap.get(o), Object::Bytes(_)) => Ok(own(vm, r)),
            _ => {
                let msg = format!("__bytes__ returned non-bytes (type {})", vm.type_name(r));
                Err(vm.type_error(msg))
            }
        };
    }
    // Any buffer, a strided view too, copied in item order.
    match crate::memoryview::view_of(vm, v) {
        Some(view) => crate::memoryview::to_bytes(vm, view).map(Some),
        None => Ok(None),
    }
}

/// `template % args` for a `str` template, or a `bytes`/`bytearray` one
/// (formatted as Latin-1 text, a character per byte).
pub fn percent_format(vm: &mut Vm, template: Value, args: Value) -> PResult<Value> {
    // Converting an argument may run Python code (`__str__`, `__bytes__`),
    // and so collect, while the operands are held only here.
    vm.rooted(&[template, args], |vm| percent_format_rooted(vm, template, args))
}

fn percent_format_rooted(vm: &mut Vm, template: Value, args: Value) -> PResult<Value> {
    let text = match template {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Str(s) => Some(s.text_copy()),
            _ => None,
        },
        _ => None,
    };
    let bytes = text.is_none();
    let text = match text {
        Some(text) => text,
        None => StrText::Owned(
            vm.bytes_like(template).unwrap_or_default().iter().map(|&c| char::from(c)).collect(),
        ),
    };
    // A tuple's items are the arguments (a namedtuple's too); anything else
    // with items (CPython's `PyMapping_Check`: a dict, a list, a class with
    // `__getitem__`), except a str, may serve `%(key)s`.
    let base = vm.base_value(args);
    let tuple = match base {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Tuple(items) => Some(items.iter().copied().collect::<SmallVec<[Value; 8]>>()),
            _ => None,
        },
        _ => None,
    };
    let is_mapping = match base {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Dict(_) | Object::List(_) => true,
            Object::Str(_) | Object::Tuple(_) => false,
            _ => vm.special_of(args, vm.special.getitem).is_some(),
        },
        _ => false,
    };
    let pending: RefCell<Option<Exc>> = RefCell::new(None);
    let cell = RefCell::new(vm);
    let arg = |value| VmArg { vm: &cell, pending: &pending, value, bytes };
    let mut lookup = |key: &str| -> PyResult<VmArg<'_, '_>> {
        let r = {
            let mut vm = cell.borrow_mut();
            // A bytes template looks up bytes keys (`b"%(k)s" % {b"k": v}`).
            let k = if bytes {
                let key = key.chars().map(|c| u32::from(c) as u8).collect();
                vm.heap.alloc_value(Object::Bytes(key))
            } else {
                vm.new_str(key)
            };
            vm.getitem(args, k)
        };
        match r {
            Ok(value) => Ok(arg(value)),
            Err(e) => {
                *pending.borrow_mut() = Some(e);
                Err(PyErrorKind::ValueError(String::new()))
            }
        }
    };
    let parsed_args = match tuple {
        Some(items) => PrintfArgs::Tuple(items.into_iter().map(arg).collect()),
        None if is_mapping => PrintfArgs::Single(arg(args), Some(&mut lookup)),
        None => PrintfArgs::Single(arg(args), None),
    };
    let r = printf::format(text.as_str(), parsed_args);
    let vm = cell.into_inner();
    match (r, pending.into_inner()) {
        (_, Some(e)) => Err(e),
        (Ok(s), None) if bytes => {
            // Only `%c` of an int can make a character past one byte.
            let Ok(out) = s.chars().map(|c| u8::try_from(u32::from(c))).collect() else {
                return Err(vm.err("OverflowError", "%c arg not in range(256)"));
            };
            let array = matches!(template, Value::Obj(r) if matches!(vm.heap.get(r), Object::ByteArray(_)));
            Ok(vm.heap.alloc_value(if array { Object::ByteArray(out) } else { Object::Bytes(out) }))
        }
        (Ok(s), None) => Ok(vm.new_str(s)),
        (Err(e), None) => Err(vm.raise(e)),
    }
}

/// `template.format(*args, **kwargs)`; `map` is `format_map`'s mapping.
pub fn str_format(vm: &mut Vm, a: &Args, map: Option<Value>) -> PResult<Value> {
    let pieces = match a.get(0) {
        Some(Value::Obj(r)) => match vm.heap.get(r) {
            Object::Str(s) => Some(vm.format_templates.get(s.as_str())),
            _ => None,
        },
        _ => None,
    };
    let Some(pieces) = pieces else {
        return Err(vm.type_error("descriptor 'format' for 'str' objects doesn't apply to a non-str object"));
    };
    let mut out = String::new();
    let mut auto = AutoNumber::default();
    walk(vm, a, map, &pieces, &mut auto, &mut out)?;
    Ok(vm.new_str(out))
}

fn walk(
    vm: &mut Vm,
    a: &Args,
    map: Option<Value>,
    pieces: &[Piece],
    auto: &mut AutoNumber,
    out: &mut String,
) -> PResult<()> {
    for piece in pieces {
        match piece {
            Piece::Literal(s) => out.push_str(s),
            Piece::Error(e) => return Err(vm.raise(e.clone())),
            Piece::Field(field) => {
                let (arg, accessors) =
                    str_format::split_field_name(&field.name, auto).map_err(|e| vm.raise(e))?;
                let mut obj = match (arg, map) {
                    (ArgRef::Index(_), Some(_)) => {
                        return Err(vm.raise(str_format::positional_in_format_map()))
                    }
                    (ArgRef::Keyword(k), Some(m)) => {
                        let key = vm.new_str(k);
                        vm.getitem(m, key)?
                    }
                    (ArgRef::Index(i), None) => match a.pos.get(1 + i) {
                        Some(v) => *v,
                        None => return Err(vm.raise(str_format::index_error(i))),
                    },
                    (ArgRef::Keyword(k), None) => match a.kwarg(vm, &k) {
                        Some(v) => v,
                        None => return Err(vm.raise(PyErrorKind::KeyError(k))),
                    },
                };
                for acc in accessors {
                    obj = match acc.map_err(|e| vm.raise(e))? {
                        Accessor::Attr(name) => {
                            let n = vm.new_str(name);
                            vm.getattr(obj, n)?
                        }
                        Accessor::Index(i) => vm.getitem(obj, Value::Int(i as i64))?,
                        Accessor::Key(k) => {
                            let key = vm.new_str(k);
                            vm.getitem(obj, key)?
                        }
                    };
                }
                if let Some(c) = field.conversion {
                    obj = match str_format::conversion(c).map_err(|e| vm.raise(e))? {
                        str_format::Conversion::Repr => vm.repr(obj)?,
                        str_format::Conversion::Str => vm.to_str(obj)?,
                        str_format::Conversion::Ascii => vm.ascii(obj)?,
                    };
                }
                let spec = match &field.spec {
                    Spec::Plain(s) => Cow::Borrowed(s.as_str()),
                    Spec::Nested(inner) => {
                        let mut s = String::new();
                        walk(vm, a, map, inner, auto, &mut s)?;
                        Cow::Owned(s)
                    }
                };
                vm.push_format(obj, &spec, out)?;
            }
        }
    }
    Ok(())
}
