//! The methods of `str`: argument checking with CPython's messages, then one
//! call into `semantics::str_methods` (the rules, tested against CPython) or
//! `formatting` (`format`, `format_map`).

use std::ops::Range;

use crate::call::Args;
use crate::object::{Builtin, NativeFn, Object, PyStr};
use crate::semantics::str_methods::{self as sm, Counted};
use crate::semantics::PyResult;
use crate::types::TypeKind;
use crate::value::Value;
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.get(TypeKind::Str);
    let dict = match vm.heap.get(t) {
        Object::Type(t) => t.dict,
        _ => return,
    };
    let table: &[(&'static str, NativeFn)] = &[
        ("capitalize", |vm, a| map0(vm, a, "capitalize", sm::capitalize)),
        ("casefold", |vm, a| map0(vm, a, "casefold", sm::casefold)),
        ("lower", |vm, a| map0(vm, a, "lower", sm::lower)),
        ("upper", |vm, a| map0(vm, a, "upper", sm::upper)),
        ("swapcase", |vm, a| map0(vm, a, "swapcase", sm::swapcase)),
        ("title", |vm, a| map0(vm, a, "title", sm::title)),
        ("isalnum", |vm, a| pred(vm, a, "isalnum", sm::isalnum)),
        ("isalpha", |vm, a| pred(vm, a, "isalpha", sm::isalpha)),
        ("isascii", |vm, a| pred(vm, a, "isascii", sm::isascii)),
        ("isdecimal", |vm, a| pred(vm, a, "isdecimal", sm::isdecimal)),
        ("isdigit", |vm, a| pred(vm, a, "isdigit", sm::isdigit)),
        ("isidentifier", |vm, a| pred(vm, a, "isidentifier", sm::isidentifier)),
        ("islower", |vm, a| pred(vm, a, "islower", sm::islower)),
        ("isnumeric", |vm, a| pred(vm, a, "isnumeric", sm::isnumeric)),
        ("isprintable", |vm, a| pred(vm, a, "isprintable", sm::isprintable)),
        ("isspace", |vm, a| pred(vm, a, "isspace", sm::isspace)),
        ("istitle", |vm, a| pred(vm, a, "istitle", sm::istitle)),
        ("isupper", |vm, a| pred(vm, a, "isupper", sm::isupper)),
        ("find", |vm, a| search(vm, a, "find", |s, t, b, e| Ok(sm::find(s, t, b, e)))),
        ("rfind", |vm, a| search(vm, a, "rfind", |s, t, b, e| Ok(sm::rfind(s, t, b, e)))),
        ("index", |vm, a| search(vm, a, "index", |s, t, b, e| sm::index(s, t, b, e))),
        ("rindex", |vm, a| search(vm, a, "rindex", |s, t, b, e| sm::rindex(s, t, b, e))),
        ("count", |vm, a| search(vm, a, "count", |s, t, b, e| Ok(sm::count(s, t, b, e)))),
        ("startswith", |vm, a| affix(vm, a, "startswith", |s, t, b, e| sm::startswith(s, t, b, e))),
        ("endswith", |vm, a| affix(vm, a, "endswith", |s, t, b, e| sm::endswith(s, t, b, e))),
        ("replace", replace),
        ("split", |vm, a| split(vm, a, "split", sm::split)),
        ("rsplit", |vm, a| split(vm, a, "rsplit", sm::rsplit)),
        ("splitlines", splitlines),
        ("partition", |vm, a| partition(vm, a, false)),
        ("rpartition", |vm, a| partition(vm, a, true)),
        ("strip", |vm, a| strip(vm, a, "strip", sm::strip)),
        ("lstrip", |vm, a| strip(vm, a, "lstrip", sm::lstrip)),
        ("rstrip", |vm, a| strip(vm, a, "rstrip", sm::rstrip)),
        ("center", |vm, a| pad(vm, a, "center", sm::center)),
        ("ljust", |vm, a| pad(vm, a, "ljust", sm::ljust)),
        ("rjust", |vm, a| pad(vm, a, "rjust", sm::rjust)),
        ("zfill", |vm, a| {
            let s = this(vm, a, "zfill", 1, 1)?;
            let w = int_arg(vm, a.pos[1])?;
            let r = sm::zfill(text(vm, s), w);
            result_or_same(vm, s, r)
        }),
        ("expandtabs", |vm, a| {
            let s = this(vm, a, "expandtabs", 0, 1)?;
            let n = match a.arg(vm, 1, "tabsize") {
                Some(v) => int_arg(vm, v)?,
                None => 8,
            };
            let r = sm::expandtabs(text(vm, s), n);
            result_or_same(vm, s, r)
        }),
        ("removeprefix", |vm, a| {
            let s = this(vm, a, "removeprefix", 1, 1)?;
            let p = str_arg(vm, a.pos[1], "removeprefix() argument")?;
            let (s, p) = (text(vm, s), text(vm, p));
            match s.strip_prefix(p) {
                Some(rest) if !p.is_empty() => Ok(vm.new_str(rest.to_string())),
                _ => Ok(a.pos[0]),
            }
        }),
        ("removesuffix", |vm, a| {
            let s = this(vm, a, "removesuffix", 1, 1)?;
            let p = str_arg(vm, a.pos[1], "removesuffix() argument")?;
            let (s, p) = (text(vm, s), text(vm, p));
            match s.strip_suffix(p) {
                Some(rest) if !p.is_empty() => Ok(vm.new_str(rest.to_string())),
                _ => Ok(a.pos[0]),
            }
        }),
        ("join", join),
        ("encode", encode),
        ("format", |vm, a| crate::formatting::str_format(vm, a, None)),
        ("format_map", |vm, a| {
            this(vm, a, "format_map", 1, 1)?;
            let m = a.pos[1];
            let b = Args::new(vec![a.pos[0]]);
            crate::formatting::str_format(vm, &b, Some(m))
        }),
        ("translate", translate),
        ("maketrans", maketrans),
        ("__getnewargs__", |vm, a| {
            let s = this(vm, a, "__getnewargs__", 0, 0)?;
            let copy = text(vm, s).to_string();
            let v = vm.new_str(copy);
            Ok(vm.new_tuple(vec![v]))
        }),
    ];
    for (name, func) in table {
        let f = vm.heap.alloc_value(Object::Builtin(Builtin {
            name,
            func: *func,
            owner: Some("str"),
            takes_instance: false,
        }));
        vm.dict_set_name(dict, name, f);
    }
}

/// Methods whose arity errors read "find() takes at least 1 argument (0 given)".
const OLD_STYLE: &[&str] = &["find", "rfind", "index", "rindex", "count", "startswith", "endswith"];

/// The only methods (of those checked by [`this`]) that accept arguments by
/// keyword; every other one is positional-only in CPython.
const KEYWORDS: &[&str] = &["split", "rsplit", "splitlines", "expandtabs", "encode"];

/// The receiver, after checking that it is a `str` and that `min..=max`
/// arguments follow it. Its text is read with [`text`] once the arguments
/// are converted (which may run Python code), borrowed rather than copied.
fn this(vm: &mut Vm, a: &Args, name: &str, min: usize, max: usize) -> PResult<Value> {
    let Some(s) = a.get(0).filter(|v| vm.str_of(*v).is_some()) else {
        let got = a.get(0).map(|v| vm.type_name(v)).unwrap_or_else(|| "nothing".into());
        return Err(
            vm.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to a '{got}' object"))
        );
    };
    if !a.kw.is_empty() && !KEYWORDS.contains(&name) {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = a.pos.len() - 1 + a.kw.len();
    if n < min || n > max {
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let msg = if max == 0 {
            format!("str.{name}() takes no arguments ({n} given)")
        } else if min == max {
            format!("str.{name}() takes exactly one argument ({n} given)")
        } else if OLD_STYLE.contains(&name) {
            let (which, k) = if n < min { ("least", min) } else { ("most", max) };
            format!("{name}() takes at {which} {k} argument{} ({n} given)", plural(k))
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", plural(min))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", plural(max))
        };
        return Err(vm.type_error(msg));
    }
    Ok(s)
}

fn result(vm: &mut Vm, r: PyResult<String>) -> PResult<Value> {
    match r {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(vm.raise(e)),
    }
}

/// The result of a method that may leave its receiver as it is (nothing
/// replaced, padded or expanded): then the receiver itself, as CPython
/// returns it (`s.replace("x", "y") is s`; pickle's memo relies on it).
fn result_or_same(vm: &mut Vm, s: Value, r: PyResult<String>) -> PResult<Value> {
    match r {
        Ok(new) if new == text(vm, s) => Ok(s),
        r => result(vm, r),
    }
}

/// The text of a string that [`this`] or [`str_arg`] checked.
fn text(vm: &Vm, s: Value) -> &str {
    vm.str_like(s).unwrap_or_default()
}

/// The text of a checked string with its length in characters, which
/// the string keeps: searching it needs no count.
fn counted(vm: &Vm, s: Value) -> Counted<'_> {
    match s {
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Str(p) => Counted::new(p.as_str(), p.chars),
            _ => Counted::from(""),
        },
        _ => Counted::from(""),
    }
}

/// A new string of the bytes `range` of string `whole`'s text.
fn substr(vm: &mut Vm, whole: Value, range: Range<usize>) -> Value {
    let part = PyStr::new(text(vm, whole).get(range).unwrap_or_default());
    vm.heap.alloc_value(Object::Str(part))
}

/// Where `part`, a slice of `whole`, lies in it.
fn span_in(whole: &str, part: &str) -> Range<usize> {
    let start = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    start..start.wrapping_add(part.len())
}

/// A `str` argument, checked; `what` names it in the error (`must be str, not int`).
fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PResult<Value> {
    match vm.str_like(v) {
        Some(_) => Ok(v),
        None => {
            let msg = format!("{what} must be str, not {}", vm.type_name(v));
            Err(vm.type_error(msg.trim_start().to_string()))
        }
    }
}

/// A `str` argument's text, copied, for code that calls into the VM while it reads it.
fn str_arg_copied(vm: &mut Vm, v: Value, what: &str) -> PResult<String> {
    let v = str_arg(vm, v, what)?;
    Ok(text(vm, v).to_string())
}

/// An integer argument (`__index__`): bool and int.
pub fn int_arg(vm: &mut Vm, v: Value) -> PResult<i64> {
    if let Value::Int(i) = v {
        return Ok(i);
    }
    let v = match vm.numeric_special(v, &[vm.special.index], vec![])? {
        Ok(index) | Err(index) => index,
    };
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Int(_)) => {
            Err(vm.err("OverflowError", "Python int too large to convert to C ssize_t"))
        }
        _ => {
            let msg = format!("'{}' object cannot be interpreted as an integer", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// A slice bound: an int (clamped when huge) or None.
pub(crate) fn bound(vm: &mut Vm, v: Option<Value>) -> PResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.slice_bound(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

fn map0(vm: &mut Vm, a: &Args, name: &str, f: fn(&str) -> String) -> PResult<Value> {
    let s = this(vm, a, name, 0, 0)?;
    let out = f(text(vm, s));
    Ok(vm.new_str(out))
}

fn pred(vm: &mut Vm, a: &Args, name: &str, f: fn(&str) -> bool) -> PResult<Value> {
    let s = this(vm, a, name, 0, 0)?;
    Ok(Value::Bool(f(text(vm, s))))
}

type Search = fn(Counted, &str, Option<i64>, Option<i64>) -> PyResult<i64>;

fn search(vm: &mut Vm, a: &Args, name: &str, f: Search) -> PResult<Value> {
    let s = this(vm, a, name, 1, 3)?;
    let sub = str_arg(vm, a.pos[1], "")?;
    let (b, e) = (bound(vm, a.get(2))?, bound(vm, a.get(3))?);
    match f(counted(vm, s), text(vm, sub), b, e) {
        Ok(i) => Ok(Value::Int(i)),
        Err(err) => Err(vm.raise(err)),
    }
}

fn affix(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: fn(Counted, &str, Option<i64>, Option<i64>) -> bool,
) -> PResult<Value> {
    let s = this(vm, a, name, 1, 3)?;
    let (b, e) = (bound(vm, a.get(2))?, bound(vm, a.get(3))?);
    let arg = a.pos[1];
    let (options, is_tuple) = match arg {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Tuple(_)) => (vm.seq_slice(r), true),
        _ => (std::slice::from_ref(&arg), false),
    };
    for &o in options {
        let Some(p) = vm.str_like(o) else {
            let msg = if is_tuple {
                format!("tuple for {name} must only contain str, not {}", vm.type_name(o))
            } else {
                format!("{name} first arg must be str or a tuple of str, not {}", vm.type_name(o))
            };
            return Err(vm.type_error(msg));
        };
        if f(counted(vm, s), p, b, e) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn replace(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let s = this(vm, a, "replace", 2, 3)?;
    let old = str_arg(vm, a.pos[1], "replace() argument 1")?;
    let new = str_arg(vm, a.pos[2], "replace() argument 2")?;
    let count = match a.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let r = sm::replace(text(vm, s), text(vm, old), text(vm, new), count);
    result_or_same(vm, s, r)
}

type Splitter = for<'a> fn(&'a str, Option<&str>, i64) -> PyResult<Vec<&'a str>>;

fn split(vm: &mut Vm, a: &Args, name: &str, f: Splitter) -> PResult<Value> {
    let s = this(vm, a, name, 0, 2)?;
    let sep = match a.arg(vm, 1, "sep") {
        None | Some(Value::None) => None,
        Some(v) if vm.str_like(v).is_some() => Some(v),
        Some(v) => return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v)))),
    };
    let maxsplit = match a.arg(vm, 2, "maxsplit") {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let whole = text(vm, s);
    match f(whole, sep.map(|sep| text(vm, sep)), maxsplit) {
        Ok(parts) => {
            // The parts borrow the receiver's text, which lives in the heap
            // the new strings go to: keep where they are instead. (Parts,
            // spans and values have one size, so all three are collected
            // into the same allocation.)
            let spans: Vec<Range<usize>> = parts.into_iter().map(|p| span_in(whole, p)).collect();
            let items = spans.into_iter().map(|span| substr(vm, s, span)).collect();
            Ok(vm.new_list(items))
        }
        Err(e) => Err(vm.raise(e)),
    }
}

fn splitlines(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let s = this(vm, a, "splitlines", 0, 1)?;
    let keep = match a.arg(vm, 1, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let lines = sm::splitlines(text(vm, s), keep);
    let items = lines
        .into_iter()
        .map(|line| {
            let part = text(vm, s)[line].to_owned();
            vm.new_str(part)
        })
        .collect();
    Ok(vm.new_list(items))
}

/// `str.partition` / `str.rpartition`: the parts around the separator are
/// new strings; the separator and, when it is not found, the receiver are
/// the objects given (as CPython returns them, subclasses included).
fn partition(vm: &mut Vm, a: &Args, from_right: bool) -> PResult<Value> {
    let (name, f): (_, fn(&str, &str) -> _) =
        if from_right { ("rpartition", sm::rpartition) } else { ("partition", sm::partition) };
    let s = this(vm, a, name, 1, 1)?;
    let sep = str_arg(vm, a.pos[1], "")?;
    let (whole, pat) = (text(vm, s), text(vm, sep));
    let (len, sep_len) = (whole.len(), pat.len());
    let found = f(whole, pat).map_err(|e| vm.raise(e))?;
    let items = match found {
        Some(at) => vec![substr(vm, s, 0..at), a.pos[1], substr(vm, s, at + sep_len..len)],
        None => {
            let empty = vm.new_str("");
            if from_right {
                vec![empty, empty, a.pos[0]]
            } else {
                vec![a.pos[0], empty, empty]
            }
        }
    };
    Ok(vm.new_tuple(items))
}

fn strip(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: for<'a> fn(&'a str, Option<&str>) -> &'a str,
) -> PResult<Value> {
    let s = this(vm, a, name, 0, 1)?;
    let chars = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) if vm.str_like(v).is_some() => Some(v),
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None or str"))),
    };
    let whole = text(vm, s);
    let kept = f(whole, chars.map(|c| text(vm, c)));
    if kept.len() == whole.len() {
        // Nothing stripped: the string itself, as CPython returns it.
        return Ok(s);
    }
    let span = span_in(whole, kept);
    Ok(substr(vm, s, span))
}

fn pad(vm: &mut Vm, a: &Args, name: &str, f: fn(&str, i64, char) -> PyResult<String>) -> PResult<Value> {
    let s = this(vm, a, name, 1, 2)?;
    let w = int_arg(vm, a.pos[1])?;
    let fill = match a.get(2) {
        None => ' ',
        Some(v) => {
            let fill = vm.str_of(v);
            let mut chars = fill.unwrap_or("").chars();
            match (fill.is_some(), chars.next(), chars.next()) {
                (true, Some(c), None) => c,
                (true, ..) => {
                    return Err(vm.type_error("The fill character must be exactly one character long"))
                }
                (false, ..) => {
                    let msg = format!("{name}() argument 2 must be str of length 1, not {}", vm.type_name(v));
                    return Err(vm.type_error(msg));
                }
            }
        }
    };
    let r = f(text(vm, s), w, fill);
    result_or_same(vm, s, r)
}

fn join(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let sep = this(vm, a, "join", 1, 1)?;
    let iterable = a.pos[1];
    let collected;
    // A list or tuple is read in place; anything else is iterated first.
    let items = match iterable {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::List(_) | Object::Tuple(_)) => vm.seq_slice(r),
        _ => match vm.try_collect_iter(iterable)? {
            Some(items) => {
                collected = items;
                &collected[..]
            }
            None => return Err(vm.type_error("can only join an iterable")),
        },
    };
    let sep = text(vm, sep);
    // One pass checks the items and sizes the result, so the text is written once.
    let mut len = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, &v) in items.iter().enumerate() {
        match vm.str_like(v) {
            Some(s) => len = len.saturating_add(s.len()),
            None => {
                let msg = format!("sequence item {i}: expected str instance, {} found", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        }
    }
    let mut out = String::with_capacity(len);
    for (i, &v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(text(vm, v));
    }
    Ok(vm.new_str(out))
}

pub fn encode(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let s = this(vm, a, "encode", 0, 2)?;
    let encoding = match a.arg(vm, 1, "encoding") {
        Some(v) => Some(str_arg(vm, v, "encode() argument 'encoding'")?),
        None => None,
    };
    let errors = match a.arg(vm, 2, "errors") {
        Some(v) => Some(str_arg(vm, v, "encode() argument 'errors'")?),
        None => None,
    };
    // Copied: raising an error needs `vm` mutably.
    let encoding = encoding.map_or("utf-8", |v| text(vm, v)).to_string();
    let errors = errors.map_or("strict", |v| text(vm, v)).to_string();
    let s = text(vm, s).to_string();
    let bytes = crate::codecs::encode(vm, &s, &encoding, &errors)?;
    Ok(vm.heap.alloc_value(Object::Bytes(bytes)))
}

/// `s.translate(table)`: each character's ordinal looked up in `table`
/// (None deletes, an int or str replaces, a missing key keeps).
fn translate(vm: &mut Vm, a: &Args) -> PResult<Value> {
    // The table's `__getitem__` may run Python code: work on a copy.
    let s = this(vm, a, "translate", 1, 1)?;
    let s = text(vm, s).to_string();
    let table = a.pos[1];
    // A dict (what maketrans makes) is read directly: a character it does
    // not map is a miss, not a KeyError made and caught per character.
    let dict = match table {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::Dict(_)) => Some(r),
        _ => None,
    };
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let found = match dict {
            Some(d) => match vm.dict_get(d, Value::Int(c as i64))? {
                Some(v) => Ok(v),
                None => {
                    out.push(c);
                    continue;
                }
            },
            None => vm.getitem(table, Value::Int(c as i64)),
        };
        match found {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Ok(v) => match vm.str_of(v) {
                Some(t) => out.push_str(t),
                None => return Err(vm.type_error("character mapping must return integer, None or str")),
            },
            Err(e) if vm.is_exc_instance(Value::Obj(e.0), "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(out))
}

/// `str.maketrans(x[, y[, z]])`.
fn maketrans(vm: &mut Vm, a: &Args) -> PResult<Value> {
    // Called on an instance, the receiver comes first; it can be told apart
    // only before a dict (`s.maketrans(table)`), as the two- and three-argument
    // forms take strs.
    let mut args: Vec<Value> = a.pos.clone();
    let is_dict = |vm: &Vm, v: Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Object::Dict(_)));
    if args.len() == 2 && vm.str_of(args[0]).is_some() && is_dict(vm, args[1]) {
        args.remove(0);
    }
    let d = vm.new_dict();
    match args.len() {
        1 => {
            let items = match args[0] {
                Value::Obj(r) if matches!(vm.heap.get(r), Object::Dict(_)) => vm.dict_items(r),
                _ => {
                    return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"))
                }
            };
            for (k, v) in items {
                let key = match vm.str_of(k).map(|s| s.chars().collect::<Vec<_>>()) {
                    Some(cs) if cs.len() == 1 => Value::Int(cs[0] as i64),
                    Some(_) => {
                        return Err(vm.value_error("string keys in translate table must be of length 1"))
                    }
                    None => match k {
                        Value::Int(_) => k,
                        _ => return Err(vm.type_error("keys in translate table must be strings or integers")),
                    },
                };
                vm.dict_set(d, key, v)?;
            }
        }
        2 | 3 => {
            let x = str_arg_copied(vm, args[0], "maketrans() argument 1")?;
            let y = str_arg_copied(vm, args[1], "maketrans() argument 2")?;
            if x.chars().count() != y.chars().count() {
                return Err(vm.value_error("the first two maketrans arguments must have equal length"));
            }
            for (c, t) in x.chars().zip(y.chars()) {
                vm.dict_set(d, Value::Int(c as i64), Value::Int(t as i64))?;
            }
            if let Some(z) = args.get(2) {
                let z = str_arg_copied(vm, *z, "maketrans() argument 3")?;
                for c in z.chars() {
                    vm.dict_set(d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        n => return Err(vm.type_error(format!("maketrans expected at least 1 argument, got {n}"))),
    }
    Ok(Value::Obj(d))
}
