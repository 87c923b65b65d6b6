//! `repr`, `str` and `ascii` of builtin values. The text of numbers, strings
//! and bytes comes from `strata_syntax::pyrepr` (the one implementation the
//! compiler's tools use too); this module walks containers and names objects.

use compiler_layer::syntax::pyrepr::{bytes_repr, complex_repr, float_repr, str_repr};

use crate::object::Object;
use crate::value::Value;
use crate::vm::{PResult, Vm};

impl Vm {
    /// `repr(v)` as Rust text. Recursion through containers is bounded.
    pub fn repr_text(&mut self, v: Value) -> PResult<String> {
        self.repr_depth(v, 0)
    }

    fn repr_depth(&mut self, v: Value, depth: usize) -> PResult<String> {
        if depth > 500 {
            return Err(self.err(
                "RecursionError",
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        if let Some(text) = self.repr_special(v)? {
            return Ok(text);
        }
        Ok(match v {
            Value::Null | Value::None => "None".into(),
            Value::Bool(b) => if b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(f),
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => str_repr(s.as_str()),
                Object::Int(n) => {
                    match crate::semantics::int_ops::to_decimal_string(n, self.int_max_str_digits) {
                        Ok(s) => s,
                        Err(e) => return Err(self.raise(e)),
                    }
                }
                Object::Bytes(b) => bytes_repr(b),
                Object::ByteArray(b) => format!("bytearray({})", bytes_repr(b)),
                Object::Complex(re, im) => complex_repr(*re, *im),
                Object::List(_) | Object::Tuple(_) => {
                    let is_list = matches!(self.heap.get(r), Object::List(_));
                    if self.repr_active.iter().any(|x| x.is(v)) {
                        return Ok(if is_list { "[...]" } else { "(...)" }.into());
                    }
                    let items = self.seq_items(v).unwrap_or_default();
                    self.roots.push(v);
                    self.repr_active.push(v);
                    let mut parts = Vec::with_capacity(items.len());
                    for item in &items {
                        match self.repr_depth(*item, depth + 1) {
                            Ok(s) => parts.push(s),
                            Err(e) => {
                                self.roots.pop();
                                self.repr_active.pop();
                                return Err(e);
                            }
                        }
                    }
                    self.roots.pop();
                    self.repr_active.pop();
                    if is_list {
                        format!("[{}]", parts.join(", "))
                    } else if parts.len() == 1 {
                        format!("({},)", parts[0])
                    } else {
                        format!("({})", parts.join(", "))
                    }
                }
                Object::Dict(_) => {
                    if self.repr_active.iter().any(|x| x.is(v)) {
                        return Ok("{...}".into());
                    }
                    let items = self.dict_items(r);
                    self.roots.push(v);
                    self.repr_active.push(v);
                    let mut parts = Vec::with_capacity(items.len());
                    for (k, x) in items {
                        let a = self.repr_depth(k, depth + 1);
                        let b = self.repr_depth(x, depth + 1);
                        match (a, b) {
                            (Ok(a), Ok(b)) => parts.push(format!("{a}: {b}")),
                            (Err(e), _) | (_, Err(e)) => {
                                self.roots.pop();
                                self.repr_active.pop();
                                return Err(e);
                            }
                        }
                    }
                    self.roots.pop();
                    self.repr_active.pop();
                    format!("{{{}}}", parts.join(", "))
                }
                Object::Set(_) | Object::FrozenSet(_) => {
                    let frozen = matches!(self.heap.get(r), Object::FrozenSet(_));
                    let keys: Vec<Value> = self.dict_items(r).into_iter().map(|(k, _)| k).collect();
                    let mut parts = Vec::new();
                    for k in keys {
                        parts.push(self.repr_depth(k, depth + 1)?);
                    }
                    match (frozen, parts.is_empty()) {
                        (false, true) => "set()".into(),
                        (true, true) => "frozenset()".into(),
                        (false, false) => format!("{{{}}}", parts.join(", ")),
                        (true, false) => format!("frozenset({{{}}})", parts.join(", ")),
                    }
                }
                Object::DictView(d, kind) => {
                    let (d, kind) = (*d, *kind);
                    let items = self.dict_items(d);
                    let mut parts = Vec::new();
                    for (k, x) in items {
                        parts.push(match kind {
                            0 => self.repr_depth(k, depth + 1)?,
                            1 => self.repr_depth(x, depth + 1)?,
                            _ => format!(
                                "({}, {})",
                                self.repr_depth(k, depth + 1)?,
                                self.repr_depth(x, depth + 1)?
                            ),
                        });
                    }
                    let name = ["dict_keys", "dict_values", "dict_items"][kind.min(2) as usize];
                    format!("{name}([{}])", parts.join(", "))
                }
                Object::Range { start, stop, step } => {
                    if *step == 1 {
                        format!("range({start}, {stop})")
                    } else {
                        format!("range({start}, {stop}, {step})")
                    }
                }
                Object::Slice(a, b, c) => {
                    let (a, b, c) = (*a, *b, *c);
                    format!(
                        "slice({}, {}, {})",
                        self.repr_depth(a, depth + 1)?,
                        self.repr_depth(b, depth + 1)?,
                        self.repr_depth(c, depth + 1)?
                    )
                }
                Object::Function(f) => {
                    format!("<function {} at {:#x}>", self.str_of(f.qualname).unwrap_or("?"), address(r.0))
                }
                Object::Builtin(b) => match b.owner {
                    Some(owner) => format!("<method '{}' of '{}' objects>", b.name, owner),
                    None => format!("<built-in function {}>", b.name),
                },
                Object::BoundMethod { receiver, func } if matches!(func, Value::Obj(f) if matches!(self.heap.get(*f), Object::Function(_))) =>
                {
                    let (receiver, func) = (*receiver, *func);
                    let name = self.callable_name(func);
                    format!("<bound method {name} of {}>", self.repr_depth(receiver, depth + 1)?)
                }
                Object::BoundMethod { receiver, func } => {
                    let (receiver, func) = (*receiver, *func);
                    let name = self.callable_name(func);
                    let name = name.rsplit('.').next().unwrap_or("").to_string();
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        name,
                        self.type_name(receiver),
                        address(receiver.as_obj().map_or(0, |r| r.0))
                    )
                }
                Object::Module(m) => {
                    let (name, dict) = (m.name.clone(), m.dict);
                    let file =
                        self.dict_get_name(dict, "__file__").and_then(|f| self.str_of(f).map(str::to_string));
                    match file {
                        Some(file) => format!("<module '{name}' from '{file}'>"),
                        // Made by `types.ModuleType(name)`: no loader, no spec.
                        None if matches!(self.dict_get_name(dict, "__loader__"), Some(Value::None)) => {
                            format!("<module '{name}'>")
                        }
                        None if crate::stdlib::source(&name).is_some() => {
                            format!("<module '{name}' (frozen)>")
                        }
                        None if self.dict_get_name(dict, "__path__").is_some() => {
                            format!("<module '{name}' (namespace)>")
                        }
                        None => format!("<module '{name}' (built-in)>"),
                    }
                }
                Object::Type(t) => {
                    if t.module == "builtins" {
                        format!("<class '{}'>", t.name)
                    } else {
                        format!("<class '{}.{}'>", t.module, t.qualname)
                    }
                }
                Object::Exception(_) => self.exception_repr_depth(v, depth)?,
                Object::Code(c) => {
                    format!(
                        "<code object {} at {:#x}, file \"{}\", line {}>",
                        c.code.name,
                        address(r.0),
                        c.code.filename,
                        c.code.first_line
                    )
                }
                Object::Generator(g) => {
                    let kind = match g.kind {
                        crate::object::GenKind::Generator => "generator",
                        crate::object::GenKind::Coroutine => "coroutine",
                        crate::object::GenKind::AsyncGenerator => "async_generator",
                    };
                    format!(
                        "<{kind} object {} at {:#x}>",
                        self.str_of(g.qualname).unwrap_or("?"),
                        address(r.0)
                    )
                }
                Object::AsyncGenWrapped(_) => {
                    format!("<async_generator_wrapped_value at {:#x}>", address(r.0))
                }
                Object::AsyncGenStep { .. } => {
                    format!("<async_generator_asend object at {:#x}>", address(r.0))
                }
                Object::File(f) => {
                    let name = f.name;
                    let mode = f.mode.clone();
                    let encoding = f.text.as_ref().map(|t| t.encoding.to_string());
                    let n = self.repr_depth(name, depth + 1)?;
                    match encoding {
                        None => format!("<_io.BufferedReader name={n}>"),
                        Some(encoding) => {
                            format!("<_io.TextIOWrapper name={n} mode='{mode}' encoding='{encoding}'>")
                        }
                    }
                }
                Object::Deque(_) => crate::deque::repr(self, v, |vm, list| vm.repr_depth(list, depth + 1))?,
                Object::TupleGetter { index, doc } => {
                    let (index, doc) = (*index, *doc);
                    format!("_tuplegetter({index}, {})", self.repr_depth(doc, depth + 1)?)
                }
                Object::Instance(i) if crate::deque::deque_of(self, i.base).is_some() => {
                    crate::deque::repr(self, v, |vm, list| vm.repr_depth(list, depth + 1))?
                }
                Object::Instance(i) => {
                    let (base, class) = (i.base, i.class);
                    if base.is_null() {
                        self.default_repr(v)
                    } else {
                        let text = self.repr_depth(base, depth)?;
                        self.subclass_repr(class, base, text)
                    }
                }
                Object::Property(p) => match &p.getset {
                    Some(owner) => {
                        format!("<attribute '{}' of '{owner}' objects>", self.str_of(p.name).unwrap_or("?"))
                    }
                    None => format!("<property object at {:#x}>", address(r.0)),
                },
                Object::MemoryView(_) => crate::memoryview::repr(self, r),
                Object::ClassMethod(f) | Object::StaticMethod(f) => {
                    let kind = if matches!(self.heap.get(r), Object::ClassMethod(_)) {
                        "classmethod"
                    } else {
                        "staticmethod"
                    };
                    let f = *f;
                    format!("<{kind}({})>", self.repr_depth(f, depth + 1)?)
                }
                Object::Super { this, obj } => {
                    let (this, obj) = (*this, *obj);
                    format!(
                        "<super: {}, {}>",
                        self.repr_depth(Value::Obj(this), depth + 1)?,
                        self.repr_depth(obj, depth + 1)?
                    )
                }
                Object::Member { name, owner, .. } => {
                    let (name, owner) = (*name, *owner);
                    format!(
                        "<member '{}' of '{}' objects>",
                        self.str_of(name).unwrap_or("?"),
                        self.type_obj_name(owner)
                    )
                }
                // `<itertools.permutations object at ...>` for the types of a module.
                Object::Iter(_) => self.default_repr(Value::Obj(r)),
                Object::Cell(_) => format!("<cell at {:#x}>", address(r.0)),
                Object::Frame(f) => {
                    let code = f.code.clone();
                    let line = match self.frame_attr(r, "f_lineno") {
                        Some(Value::Int(n)) => n,
                        _ => 0,
                    };
                    format!(
                        "<frame at {:#x}, file '{}', line {line}, code {}>",
                        address(r.0),
                        code.code.filename,
                        code.code.name
                    )
                }
                Object::Traceback(_) => format!("<traceback object at {:#x}>", address(r.0)),
                Object::NotImplemented => "NotImplemented".into(),
                Object::Ellipsis => "Ellipsis".into(),
            },
        })
    }

    pub fn repr(&mut self, v: Value) -> PResult<Value> {
        let s = self.repr_text(v)?;
        Ok(self.new_str(s))
    }

    /// `str(v)` as Rust text.
    pub fn str_text(&mut self, v: Value) -> PResult<String> {
        // A `str` and an `int` have no special methods to ask.
        match v {
            Value::Int(i) => return Ok(i.to_string()),
            Value::Obj(r) => {
                if let Object::Str(s) = self.heap.get(r) {
                    return Ok(s.as_str().to_string());
                }
            }
            _ => {}
        }
        if let Some(text) = self.str_special(v)? {
            return Ok(text);
        }
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Object::Str(s) => return Ok(s.as_str().to_string()),
                Object::Instance(i)
                    if !i.base.is_null() && self.special_of(v, self.special.repr).is_none() =>
                {
                    let (base, class) = (i.base, i.class);
                    let text = self.str_text(base)?;
                    return Ok(self.subclass_repr(class, base, text));
                }
                Object::Exception(_) => return self.exception_str(v),
                _ => {}
            }
        }
        self.repr_text(v)
    }

    /// `str(exception)`: the text from its arguments, in the forms of the
    /// classes that word it themselves (`KeyError`, `OSError`, the Unicode
    /// errors, groups: `__str__` in their dicts) or `BaseException`'s.
    pub(crate) fn exception_str(&mut self, v: Value) -> PResult<String> {
        if let Some(text) = crate::unicode_error::message(self, v)? {
            return Ok(text);
        }
        if self.is_group(v) {
            return Ok(self.group_str(v).unwrap_or_default());
        }
        let args = self.exception_args(v);
        if self.is_exc_instance(v, "KeyError") && args.len() == 1 {
            return self.repr_text(args[0]);
        }
        if self.is_exc_instance(v, "OSError") {
            if let Some(text) = crate::os_error::message(self, v)? {
                return Ok(text);
            }
        }
        self.exception_args_str(v)
    }

    /// `BaseException.__str__`: nothing, the one argument's `str`, or the
    /// arguments' tuple.
    pub(crate) fn exception_args_str(&mut self, v: Value) -> PResult<String> {
        let args = self.exception_args(v);
        match args.len() {
            0 => Ok(String::new()),
            1 => self.str_text(args[0]),
            _ => {
                let t = self.new_tuple(args);
                self.repr_text(t)
            }
        }
    }

    fn exception_args(&self, v: Value) -> Vec<Value> {
        let args = v.as_obj().and_then(|r| self.exc_obj(r)).map(|e| e.args);
        args.and_then(|a| self.seq_items(a)).unwrap_or_default()
    }

    /// `BaseException.__repr__`: the class name and the arguments.
    pub(crate) fn exception_repr(&mut self, v: Value) -> PResult<String> {
        self.exception_repr_depth(v, 0)
    }

    fn exception_repr_depth(&mut self, v: Value, depth: usize) -> PResult<String> {
        let name = self.type_obj_name(self.type_of(v));
        let args = self.exception_args(v);
        if args.len() == 1 {
            return Ok(format!("{name}({})", self.repr_depth(args[0], depth + 1)?));
        }
        let t = self.new_tuple(args.clone());
        let inner = if args.is_empty() { "()".to_string() } else { self.repr_depth(t, depth + 1)? };
        Ok(format!("{name}{inner}"))
    }

    pub fn to_str(&mut self, v: Value) -> PResult<Value> {
        match v {
            // `int.__str__` cannot be replaced: the digits are written directly.
            Value::Int(i) => return Ok(self.new_str(i)),
            _ if self.str_of(v).is_some() => return Ok(v),
            _ => {}
        }
        let s = self.str_text(v)?;
        Ok(self.new_str(s))
    }

    pub fn ascii(&mut self, v: Value) -> PResult<Value> {
        let s = self.ascii_text(v)?;
        Ok(self.new_str(s))
    }

    /// `ascii(v)` as Rust text: the repr with non-ASCII characters escaped.
    pub fn ascii_text(&mut self, v: Value) -> PResult<String> {
        let s = self.repr_text(v)?;
        Ok(compiler_layer::syntax::pyrepr::ascii_escape(&s))
    }

    /// The repr of an instance of a subclass of a builtin type, from its
    /// builtin value's: bytearray, set, frozenset and deque name the
    /// subclass (`BA(b'x')`, `S({1})`, `S()`, `Q([1])`) as CPython's do; the
    /// others do not.
    fn subclass_repr(&self, class: crate::value::ObjRef, base: Value, text: String) -> String {
        let Value::Obj(b) = base else { return text };
        let named = match self.heap.get(b) {
            Object::ByteArray(_) => text.strip_prefix("bytearray").map(str::to_string),
            Object::Deque(_) => text.strip_prefix("deque").map(str::to_string),
            Object::Set(d) | Object::FrozenSet(d) if d.is_empty() => Some("()".to_string()),
            Object::Set(_) => Some(format!("({text})")),
            Object::FrozenSet(_) => text.strip_prefix("frozenset").map(str::to_string),
            _ => None,
        };
        match named {
            Some(rest) => format!("{}{rest}", self.type_obj_name(class)),
            None => text,
        }
    }
}

pub(crate) fn address(i: u32) -> u64 {
    0x7f00_0000_0000 + u64::from(i) * 16
}
