//! `repr`, `str`, `format` and `%` for builtin values.
//!
//! A minimal format-spec implementation lives here until the `semantics`
//! branch (CPython's full mini-language) is merged.

use num_bigint::BigInt;

use crate::object::Object;
use crate::value::Value;
use crate::vm::{PResult, Vm};

/// `repr(float)`: the shortest text that reads back, in CPython's layout.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let sci = format!("{x:e}"); // like "1.2345e6" or "-5e-7"
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        let s = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
        };
        format!("{sign}{s}")
    } else {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits };
        format!("{sign}{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

/// `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (0x80..0xa1).contains(&(c as u32)) || c == '\u{ad}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_whitespace() && c != ' '
                || ('\u{2028}'..='\u{2029}').contains(&c)
                || c == '\u{feff}' =>
            {
                if (c as u32) < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", c as u32))
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32))
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = format!("{prefix}{quote}");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char)
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

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
        Ok(match v {
            Value::Null | Value::None => "None".into(),
            Value::Bool(b) => if b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(f),
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => str_repr(&s.text),
                Object::Int(n) => n.to_string(),
                Object::Bytes(b) => bytes_repr(b, "b"),
                Object::ByteArray(b) => format!("bytearray({})", bytes_repr(b, "b")),
                Object::Complex(re, im) => complex_repr(*re, *im),
                Object::List(_) | Object::Tuple(_) => {
                    let is_list = matches!(self.heap.get(r), Object::List(_));
                    if self.roots.iter().any(|x| x.is(v)) {
                        return Ok(if is_list { "[...]" } else { "(...)" }.into());
                    }
                    let items = self.seq_items(v).unwrap_or_default();
                    self.roots.push(v);
                    let mut parts = Vec::with_capacity(items.len());
                    for item in &items {
                        match self.repr_depth(*item, depth + 1) {
                            Ok(s) => parts.push(s),
                            Err(e) => {
                                self.roots.pop();
                                return Err(e);
                            }
                        }
                    }
                    self.roots.pop();
                    if is_list {
                        format!("[{}]", parts.join(", "))
                    } else if parts.len() == 1 {
                        format!("({},)", parts[0])
                    } else {
                        format!("({})", parts.join(", "))
                    }
                }
                Object::Dict(_) => {
                    if self.roots.iter().any(|x| x.is(v)) {
                        return Ok("{...}".into());
                    }
                    let items = self.dict_items(r);
                    self.roots.push(v);
                    let mut parts = Vec::with_capacity(items.len());
                    for (k, x) in items {
                        let a = self.repr_depth(k, depth + 1);
                        let b = self.repr_depth(x, depth + 1);
                        match (a, b) {
                            (Ok(a), Ok(b)) => parts.push(format!("{a}: {b}")),
                            (Err(e), _) | (_, Err(e)) => {
                                self.roots.pop();
                                return Err(e);
                            }
                        }
                    }
                    self.roots.pop();
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
                    format!("<module '{}' (built-in)>", m.name)
                }
                Object::Type(t) => {
                    if t.module == "builtins" {
                        format!("<class '{}'>", t.name)
                    } else {
                        format!("<class '{}.{}'>", t.module, t.qualname)
                    }
                }
                Object::Exception(e) => {
                    let class = e.class;
                    let args = self.seq_items(e.args).unwrap_or_default();
                    let name = self.type_obj_name(class);
                    if args.len() == 1 {
                        format!("{name}({})", self.repr_depth(args[0], depth + 1)?)
                    } else {
                        let t = self.new_tuple(args.clone());
                        let inner =
                            if args.is_empty() { "()".to_string() } else { self.repr_depth(t, depth + 1)? };
                        format!("{name}{inner}")
                    }
                }
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
                    format!(
                        "<generator object {} at {:#x}>",
                        self.str_of(g.qualname).unwrap_or("?"),
                        address(r.0)
                    )
                }
                Object::File(f) => {
                    let name = f.name;
                    let mode = f.mode.clone();
                    let binary = f.binary;
                    let n = self.repr_depth(name, depth + 1)?;
                    if binary {
                        format!("<_io.BufferedReader name={n}>")
                    } else {
                        format!("<_io.TextIOWrapper name={n} mode='{mode}' encoding='UTF-8'>")
                    }
                }
                Object::Iter(_) => format!("<iterator object at {:#x}>", address(r.0)),
                Object::Cell(_) => format!("<cell at {:#x}>", address(r.0)),
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
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Object::Str(s) => return Ok(s.text.to_string()),
                Object::Exception(e) => {
                    let args = self.seq_items(e.args).unwrap_or_default();
                    let is_key_error = self.is_exc_instance(v, "KeyError");
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 if is_key_error => self.repr_text(args[0]),
                        1 => self.str_text(args[0]),
                        _ => {
                            let t = self.new_tuple(args);
                            self.repr_text(t)
                        }
                    };
                }
                _ => {}
            }
        }
        self.repr_text(v)
    }

    pub fn to_str(&mut self, v: Value) -> PResult<Value> {
        if self.str_of(v).is_some() {
            return Ok(v);
        }
        let s = self.str_text(v)?;
        Ok(self.new_str(s))
    }

    pub fn ascii(&mut self, v: Value) -> PResult<Value> {
        let s = self.repr_text(v)?;
        let mut out = String::new();
        for c in s.chars() {
            match c as u32 {
                0..=0x7f => out.push(c),
                n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
                n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
                n => out.push_str(&format!("\\U{n:08x}")),
            }
        }
        Ok(self.new_str(out))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PResult<Value> {
        if spec.is_empty() {
            return self.to_str(v);
        }
        let s = format_spec(self, v, spec)?;
        Ok(self.new_str(s))
    }
}

fn address(i: u32) -> u64 {
    0x7f00_0000_0000 + u64::from(i) * 16
}

pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64| {
        let s = float_repr(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part(im))
    } else {
        let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) { "-" } else { "+" };
        format!("({}{}{}j)", part(re), sign, part(im.abs()))
    }
}

struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse_spec(spec: &str) -> Option<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec {
        fill: ' ',
        align: None,
        sign: '-',
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        precision: None,
        kind: None,
    };
    if chars.len() >= 2 && "<>=^".contains(chars[1]) {
        s.fill = chars[0];
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && "<>=^".contains(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && "+- ".contains(chars[i]) {
        s.sign = chars[i];
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = chars[start..i].iter().collect::<String>().parse().ok()?;
    }
    if i < chars.len() && (chars[i] == ',' || chars[i] == '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
        s.precision = Some(chars[start..i].iter().collect::<String>().parse().ok()?);
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i != chars.len() {
        return None;
    }
    Some(s)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn pad(body: String, sign: &str, spec: &Spec, default_align: char) -> String {
    let len = body.chars().count() + sign.chars().count();
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let fill_n = spec.width - len;
    let (fill, align) = if spec.zero && spec.align.is_none() {
        ('0', '=')
    } else {
        (spec.fill, spec.align.unwrap_or(default_align))
    };
    let f = |n: usize| fill.to_string().repeat(n);
    match align {
        '<' => format!("{sign}{body}{}", f(fill_n)),
        '^' => format!("{}{sign}{body}{}", f(fill_n / 2), f(fill_n - fill_n / 2)),
        '=' => format!("{sign}{}{body}", f(fill_n)),
        _ => format!("{}{sign}{body}", f(fill_n)),
    }
}

fn format_spec(vm: &mut Vm, v: Value, spec_text: &str) -> PResult<String> {
    let bad = |vm: &mut Vm| {
        let msg = format!("Invalid format specifier '{spec_text}' for object of type '{}'", vm.type_name(v));
        vm.value_error(msg)
    };
    let Some(spec) = parse_spec(spec_text) else { return Err(bad(vm)) };
    let is_int = matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Object::Int(_)));
    let is_float = matches!(v, Value::Float(_));
    if let Some(s) = vm.str_of(v) {
        if !matches!(spec.kind, None | Some('s')) || spec.sign != '-' {
            let msg = format!("Unknown format code '{}' for object of type 'str'", spec.kind.unwrap_or('?'));
            return Err(vm.value_error(msg));
        }
        let mut body = s.to_string();
        if let Some(p) = spec.precision {
            body = body.chars().take(p).collect();
        }
        return Ok(pad(body, "", &spec, '<'));
    }
    if is_int && !matches!(spec.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        let n: BigInt = vm.to_bigint(v).unwrap_or_default();
        let neg = n.sign() == num_bigint::Sign::Minus;
        let mag = n.magnitude().clone();
        let (digits, prefix) = match spec.kind {
            None | Some('d') | Some('n') => (mag.to_str_radix(10), ""),
            Some('x') => (mag.to_str_radix(16), "0x"),
            Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
            Some('o') => (mag.to_str_radix(8), "0o"),
            Some('b') => (mag.to_str_radix(2), "0b"),
            Some('c') => (char::from_u32(n.try_into().unwrap_or(0u32)).unwrap_or('\0').to_string(), ""),
            Some(k) => {
                let msg = format!("Unknown format code '{k}' for object of type '{}'", vm.type_name(v));
                return Err(vm.value_error(msg));
            }
        };
        let digits = match spec.grouping {
            Some(sep) => group(&digits, sep, if matches!(spec.kind, None | Some('d')) { 3 } else { 4 }),
            None => digits,
        };
        let sign = if neg {
            "-"
        } else if spec.sign == '+' {
            "+"
        } else if spec.sign == ' ' {
            " "
        } else {
            ""
        };
        let sign = format!("{sign}{}", if spec.alt { prefix } else { "" });
        return Ok(pad(digits, &sign, &spec, '>'));
    }
    if is_int || is_float {
        let x = vm.to_f64(v)?.unwrap_or(0.0);
        let prec = spec.precision.unwrap_or(6);
        let neg = x.is_sign_negative() && !(x == 0.0 && false);
        let a = x.abs();
        let mut body = match spec.kind {
            Some('f') | Some('F') => format!("{a:.prec$}"),
            Some('e') | Some('E') => exp_format(a, prec),
            Some('%') => format!("{:.prec$}%", a * 100.0),
            Some('g') | Some('G') => general_format(a, prec.max(1), spec.alt),
            None => {
                if spec.precision.is_some() {
                    general_format(a, prec.max(1), spec.alt)
                } else {
                    float_repr(a)
                }
            }
            Some(k) => {
                let msg = format!("Unknown format code '{k}' for object of type '{}'", vm.type_name(v));
                return Err(vm.value_error(msg));
            }
        };
        if a.is_infinite() {
            body = "inf".into();
        }
        if a.is_nan() {
            body = "nan".into();
        }
        if matches!(spec.kind, Some('F' | 'E' | 'G')) {
            body = body.to_uppercase();
        }
        if let Some(sep) = spec.grouping {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (body[..i].to_string(), body[i..].to_string()),
                None => (body.clone(), String::new()),
            };
            body = format!("{}{rest}", group(&int_part, sep, 3));
        }
        let sign = if neg && !x.is_nan() {
            "-"
        } else if spec.sign == '+' {
            "+"
        } else if spec.sign == ' ' {
            " "
        } else {
            ""
        };
        return Ok(pad(body, sign, &spec, '>'));
    }
    Err(bad(vm))
}

fn exp_format(a: f64, prec: usize) -> String {
    let s = format!("{a:.prec$e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn general_format(a: f64, prec: usize, alt: bool) -> String {
    if a == 0.0 {
        return "0".into();
    }
    let exp = format!("{a:.*e}", prec - 1);
    let e: i32 = exp.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0);
    let s = if e < -4 || e >= prec as i32 {
        exp_format(a, prec - 1)
    } else {
        format!("{a:.*}", (prec as i32 - 1 - e).max(0) as usize)
    };
    if alt {
        return s;
    }
    // Strip trailing zeros of the fraction.
    if let Some((m, e)) = s.split_once('e') {
        let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
        format!("{m}e{e}")
    } else if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// `str % args` (printf-style): the common conversions.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PResult<Value> {
    let text = vm.str_of(fmt).unwrap_or("").to_string();
    let items = match vm.seq_items(args) {
        Some(items) if matches!(args, Value::Obj(r) if matches!(vm.heap.get(r), Object::Tuple(_))) => items,
        _ => vec![args],
    };
    let mapping = matches!(args, Value::Obj(r) if matches!(vm.heap.get(r), Object::Dict(_)));
    let mut out = String::new();
    let mut it = items.into_iter();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut key = None;
        if i < chars.len() && chars[i] == '(' {
            let end = chars[i..].iter().position(|&c| c == ')').map(|p| p + i);
            let Some(end) = end else { return Err(vm.value_error("incomplete format key")) };
            key = Some(chars[i + 1..end].iter().collect::<String>());
            i = end + 1;
        }
        let start = i;
        while i < chars.len() && "-+ #0123456789.".contains(chars[i]) {
            i += 1;
        }
        let flags: String = chars[start..i].iter().collect();
        let Some(&conv) = chars.get(i) else { return Err(vm.value_error("incomplete format")) };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let value = match &key {
            Some(k) if mapping => {
                let kv = vm.new_str(k.as_str());
                vm.getitem(args, kv)?
            }
            _ => match it.next() {
                Some(v) => v,
                None => return Err(vm.type_error("not enough arguments for format string")),
            },
        };
        let mut spec = String::new();
        let left = flags.contains('-');
        let flags = flags.replace('-', "");
        if left {
            spec.push('<');
        }
        spec.push_str(&flags);
        let piece = match conv {
            's' => {
                let s = vm.str_text(value)?;
                let sv = vm.new_str(s);
                vm.format(sv, &spec)?
            }
            'r' | 'a' => {
                let s = vm.repr_text(value)?;
                let sv = vm.new_str(s);
                vm.format(sv, &spec)?
            }
            'd' | 'i' | 'u' => {
                let n = match value {
                    Value::Float(f) => Value::Int(f.trunc() as i64),
                    v => v,
                };
                if vm.to_bigint(n).is_none() {
                    let msg =
                        format!("%{conv} format: a real number is required, not {}", vm.type_name(value));
                    return Err(vm.type_error(msg));
                }
                vm.format(n, &spec)?
            }
            'x' | 'X' | 'o' | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                spec.push(conv);
                vm.format(value, &spec)?
            }
            'c' => {
                let s = match value {
                    Value::Int(n) => char::from_u32(n as u32).unwrap_or('\0').to_string(),
                    v => vm.str_of(v).unwrap_or("").to_string(),
                };
                vm.new_str(s)
            }
            _ => {
                let msg =
                    format!("unsupported format character '{conv}' ({:#x}) at index {}", conv as u32, i - 1);
                return Err(vm.value_error(msg));
            }
        };
        out.push_str(vm.str_of(piece).unwrap_or(""));
    }
    if !mapping && it.next().is_some() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn float_reprs_match_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(123456789.125), "123456789.125");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.5e-7), "-2.5e-07");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
    }
}
