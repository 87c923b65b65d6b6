//! `_json`: what CPython's C accelerator does for the embedded `json`
//! (`pvm-layer/lib/json.py`): a whole value encoded to text, or a whole
//! value decoded from text, in one native call, for the plain cases:
//! values of the builtin JSON types, and a decoder without hooks. Anything
//! else — a value of another type (`default` decides), a cycle, an error to
//! report with its position — gets `None`, and the Python code does the
//! work again, with CPython's messages.

use compiler_layer::syntax::pyrepr::float_repr;

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::semantics::int_ops::{parse_int, to_decimal_string};
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

/// Deeper nesting is left to the Python code (whose recursion limit
/// answers it), so that the native recursion stays shallow.
const MAX_DEPTH: usize = 500;

pub fn install(vm: &mut Vm, d: ObjRef) {
    add_fn(vm, d, "encode", encode);
    add_fn(vm, d, "scan", scan);
}

/// `encode(obj, ensure_ascii, allow_nan, sort_keys, skipkeys, indent,
/// item_separator, key_separator)`: the JSON text of `obj`, or `None`.
fn encode(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let flag = |i: usize| a.get(i).is_some_and(|v| matches!(v, Value::Bool(true)));
    let text = |i: usize| a.get(i).and_then(|v| vm.str_of(v));
    let indent = match a.get(5) {
        Some(Value::None) => None,
        _ => match text(5) {
            Some(indent) => Some(indent),
            None => return Ok(Value::None),
        },
    };
    let (Some(obj), Some(item_separator), Some(key_separator)) = (a.get(0), text(6), text(7)) else {
        return Ok(Value::None);
    };
    let mut encoder = Encoder {
        vm,
        ensure_ascii: flag(1),
        allow_nan: flag(2),
        sort_keys: flag(3),
        skipkeys: flag(4),
        indent,
        item_separator,
        key_separator,
        out: String::new(),
        open: Vec::new(),
    };
    let done = encoder.value(obj, 0);
    let out = encoder.out;
    Ok(match done {
        Some(()) => vm.new_str(out),
        None => Value::None,
    })
}

struct Encoder<'a> {
    vm: &'a Vm,
    ensure_ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    skipkeys: bool,
    indent: Option<&'a str>,
    item_separator: &'a str,
    key_separator: &'a str,
    out: String,
    /// The containers being encoded: one met again is a cycle.
    open: Vec<ObjRef>,
}

impl<'a> Encoder<'a> {
    fn value(&mut self, v: Value, level: usize) -> Option<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if b { "true" } else { "false" }),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::Float(f) => {
                let text = self.float_text(f)?;
                self.out.push_str(&text);
            }
            Value::Obj(r) => match self.vm.heap.get(r) {
                Object::Str(s) => self.string(s.as_str()),
                Object::Int(n) => self.out.push_str(&to_decimal_string(n, self.vm.int_max_str_digits).ok()?),
                Object::List(items) => self.sequence(r, items, level)?,
                Object::Tuple(items) => self.sequence(r, items, level)?,
                Object::Dict(_) => self.mapping(r, level)?,
                _ => return None,
            },
            Value::Null => return None,
        }
        Some(())
    }

    fn float_text(&self, f: f64) -> Option<String> {
        if f.is_finite() {
            return Some(float_repr(f));
        }
        let text = if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        };
        self.allow_nan.then(|| text.to_string())
    }

    /// Starts a container: `None` for a cycle or a nesting too deep.
    fn enter(&mut self, r: ObjRef) -> Option<()> {
        if self.open.len() >= MAX_DEPTH || self.open.contains(&r) {
            return None;
        }
        self.open.push(r);
        Some(())
    }

    fn newline(&mut self, level: usize) {
        if let Some(indent) = self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(indent);
            }
        }
    }

    fn separator(&mut self, level: usize) {
        self.out.push_str(self.item_separator);
        self.newline(level);
    }

    fn sequence(&mut self, r: ObjRef, items: &[Value], level: usize) -> Option<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Some(());
        }
        self.enter(r)?;
        self.out.push('[');
        self.newline(level + 1);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.separator(level + 1);
            }
            self.value(*item, level + 1)?;
        }
        self.newline(level);
        self.out.push(']');
        self.open.pop();
        Some(())
    }

    fn mapping(&mut self, r: ObjRef, level: usize) -> Option<()> {
        let mut entries: Vec<(Value, Value)> = self.vm.dict_items(r);
        if entries.is_empty() {
            self.out.push_str("{}");
            return Some(());
        }
        if self.sort_keys {
            // `sorted(d.items())`: keys of other types are left to Python,
            // which compares them (or raises) as CPython does.
            if !entries.iter().all(|(k, _)| self.vm.str_of(*k).is_some()) {
                return None;
            }
            entries.sort_by(|(a, _), (b, _)| self.vm.str_of(*a).cmp(&self.vm.str_of(*b)));
        }
        self.enter(r)?;
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        for (key, value) in entries {
            let Some(key) = self.key_text(key)? else { continue };
            if !first {
                self.separator(level + 1);
            }
            first = false;
            self.string(&key);
            self.out.push_str(self.key_separator);
            self.value(value, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        self.open.pop();
        Some(())
    }

    /// A key as JSON has it (always a string); `Some(None)` for a key
    /// `skipkeys` leaves out.
    fn key_text(&self, key: Value) -> Option<Option<String>> {
        Some(Some(match key {
            Value::Bool(b) => if b { "true" } else { "false" }.to_string(),
            Value::None => "null".to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => self.float_text(f)?,
            Value::Obj(r) => match self.vm.heap.get(r) {
                Object::Str(s) => s.as_str().to_string(),
                Object::Int(n) => to_decimal_string(n, self.vm.int_max_str_digits).ok()?,
                _ if self.skipkeys => return Some(None),
                _ => return None,
            },
            Value::Null => return None,
        }))
    }

    /// `s` quoted, as `encode_basestring(_ascii)`: runs of characters that
    /// need no escape are copied whole.
    fn string(&mut self, s: &str) {
        self.out.push('"');
        let mut start = 0;
        for (i, c) in s.char_indices() {
            let short = match c {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u{8}' => "\\b",
                '\u{c}' => "\\f",
                c if c < ' ' || (self.ensure_ascii && c > '~') => "",
                _ => continue,
            };
            self.out.push_str(&s[start..i]);
            start = i + c.len_utf8();
            if !short.is_empty() {
                self.out.push_str(short);
                continue;
            }
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                self.out.push_str(&format!("\\u{unit:04x}"));
            }
        }
        self.out.push_str(&s[start..]);
        self.out.push('"');
    }
}

/// `scan(s, idx, strict)`: the value whose text starts at character `idx`
/// of `s`, and the index just past it, as `(value, end)`; `None` when the
/// text is not plain valid JSON there.
fn scan(vm: &mut Vm, a: &Args) -> PResult<Value> {
    let (Some(s), Some(Value::Int(idx))) = (a.get(0), a.get(1)) else { return Ok(Value::None) };
    let strict = !matches!(a.get(2), Some(Value::Bool(false)));
    let (text, ascii) = match s.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(s)) => (s.as_str().to_owned(), s.is_ascii()),
        _ => return Ok(Value::None),
    };
    let Ok(idx) = usize::try_from(idx) else { return Ok(Value::None) };
    let start =
        if ascii { Some(idx) } else { text.char_indices().map(|(i, _)| i).chain([text.len()]).nth(idx) };
    let Some(start) = start.filter(|&i| i <= text.len()) else { return Ok(Value::None) };
    let mut scanner = Scanner { text: text.as_bytes(), pos: start, strict, depth: 0 };
    let Some(value) = scanner.value(vm) else { return Ok(Value::None) };
    let end = if ascii { scanner.pos } else { text[..scanner.pos].chars().count() };
    let end = i64::try_from(end).unwrap_or(i64::MAX);
    Ok(vm.new_tuple(vec![value, Value::Int(end)]))
}

struct Scanner<'a> {
    text: &'a [u8],
    pos: usize,
    strict: bool,
    depth: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Consumes `word` if the text continues with it.
    fn word(&mut self, word: &str) -> bool {
        let found = self.text[self.pos..].starts_with(word.as_bytes());
        if found {
            self.pos += word.len();
        }
        found
    }

    fn value(&mut self, vm: &mut Vm) -> Option<Value> {
        match self.peek()? {
            b'"' => {
                self.pos += 1;
                let s = self.string()?;
                Some(vm.new_str(s))
            }
            b'{' => self.nested(vm, Self::object),
            b'[' => self.nested(vm, Self::array),
            _ if self.word("null") => Some(Value::None),
            _ if self.word("true") => Some(Value::Bool(true)),
            _ if self.word("false") => Some(Value::Bool(false)),
            _ if self.word("NaN") => Some(Value::Float(f64::NAN)),
            _ if self.word("Infinity") => Some(Value::Float(f64::INFINITY)),
            _ if self.word("-Infinity") => Some(Value::Float(f64::NEG_INFINITY)),
            _ => self.number(vm),
        }
    }

    fn nested(&mut self, vm: &mut Vm, container: fn(&mut Self, &mut Vm) -> Option<Value>) -> Option<Value> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        self.pos += 1;
        let value = container(self, vm);
        self.depth -= 1;
        value
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, as CPython's scanner.
    fn number(&mut self, vm: &mut Vm) -> Option<Value> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek()? {
            b'0' => self.pos += 1,
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return None,
        }
        let mut is_float = false;
        if self.peek() == Some(b'.') && self.text.get(self.pos + 1).is_some_and(u8::is_ascii_digit) {
            self.pos += 1;
            self.digits();
            is_float = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let before = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() > 0 {
                is_float = true;
            } else {
                self.pos = before;
            }
        }
        let text = std::str::from_utf8(&self.text[start..self.pos]).ok()?;
        if is_float {
            return text.parse::<f64>().ok().map(Value::Float);
        }
        match text.parse::<i64>() {
            Ok(i) => Some(Value::Int(i)),
            Err(_) => Some(vm.new_int(parse_int(text, 10, vm.int_max_str_digits).ok()?)),
        }
    }

    /// The text of a string whose opening quote was consumed.
    fn string(&mut self) -> Option<String> {
        let mut out = String::new();
        loop {
            let run = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || (b < 0x20 && self.strict) {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(std::str::from_utf8(&self.text[run..self.pos]).ok()?);
            match self.peek()? {
                b'"' => {
                    self.pos += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.pos += 1;
                    let escape = self.peek()?;
                    self.pos += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return None,
                    });
                }
                // A control character under `strict`.
                _ => return None,
            }
        }
    }

    /// The character of a `\uXXXX` escape (after its `\u`), a surrogate
    /// pair's two escapes joined; a lone surrogate is left to Python.
    fn unicode_escape(&mut self) -> Option<char> {
        let high = self.hex4()?;
        if !(0xD800..=0xDBFF).contains(&high) {
            return char::from_u32(high);
        }
        if !self.word("\\u") {
            return None;
        }
        let low = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&low) {
            return None;
        }
        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.pos..self.pos + 4)?;
        if !digits.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        self.pos += 4;
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    }

    fn object(&mut self, vm: &mut Vm) -> Option<Value> {
        let d = vm.new_dict();
        self.skip_whitespace();
        if self.peek()? == b'}' {
            self.pos += 1;
            return Some(Value::Obj(d));
        }
        loop {
            if self.peek()? != b'"' {
                return None;
            }
            self.pos += 1;
            let key = self.string()?;
            let key = vm.new_str(key);
            self.skip_whitespace();
            if self.peek()? != b':' {
                return None;
            }
            self.pos += 1;
            self.skip_whitespace();
            let value = self.value(vm)?;
            vm.dict_set(d, key, value).ok()?;
            self.skip_whitespace();
            match self.peek()? {
                b'}' => {
                    self.pos += 1;
                    return Some(Value::Obj(d));
                }
                b',' => {
                    self.pos += 1;
                    self.skip_whitespace();
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self, vm: &mut Vm) -> Option<Value> {
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek()? == b']' {
            self.pos += 1;
            return Some(vm.new_list(items));
        }
        loop {
            items.push(self.value(vm)?);
            self.skip_whitespace();
            match self.peek()? {
                b']' => {
                    self.pos += 1;
                    return Some(vm.new_list(items));
                }
                b',' => {
                    self.pos += 1;
                    self.skip_whitespace();
                }
                _ => return None,
            }
        }
    }
}
