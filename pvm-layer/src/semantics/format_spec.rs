//! The format-spec mini-language: `format(value, spec)` and the part after
//! `:` in `str.format` fields and f-strings, for `str`, `int`, `float` and
//! `complex` (CPython's `Python/formatter_unicode.c`).
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//!
//! The locale is always C's (`n` has no grouping, the point is `.`).
//! Widths and precisions whose result would pass [`MAX_RESULT_LEN`] give
//! `MemoryError` instead of allocating; past `isize::MAX` they give CPython's
//! "Too many decimal digits in format string".

use super::int_ops::{check_str_digits, to_f64};
use super::{value_error, PyErrorKind, PyResult, MAX_RESULT_LEN};
use compiler_layer::syntax::pyrepr::{complex_repr, float_repr};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Where padding goes: `<`, `>`, `=` (after the sign), `^`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    AfterSign,
    Center,
}

/// The sign option: `+`, `-`, or space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOption {
    Plus,
    Minus,
    Space,
}

/// Thousands separators: `,` or `_` (every 4 digits for `b o x X`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// The explicit or default alignment.
    pub align: Align,
    pub sign: Option<SignOption>,
    /// `z`: coerce negative zero to zero (floats).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type, or `None`. `Some('\0')` is what C calls none:
    /// floats and complexes take it as none, ints and strs refuse it.
    pub ty: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '=' => Some(Align::AfterSign),
        '^' => Some(Align::Center),
        _ => None,
    }
}

/// Reads a decimal integer (Unicode digits count) at `chars[*pos..]`; `None` if there is none.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let mut acc: usize = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| super::unicode::decimal_value(c)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return value_error("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// Parses `spec` for an object of type `type_name` (named in error messages),
/// with the type's default alignment (`<` for str, `>` for numbers).
///
/// `default_type` is the type's default presentation (`s` for str, `d` for
/// int, none for float and complex); `ty` is never `'\0'` (C's "none").
pub fn parse(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: Align,
) -> PyResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && align_of(chars[1]).is_some() {
        f.align = align_of(chars[1]).unwrap_or(default_align);
        f.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
        f.align = a;
        align_specified = true;
        pos = 1;
    }
    if let Some(s) = chars.get(pos).and_then(|c| match c {
        '+' => Some(SignOption::Plus),
        '-' => Some(SignOption::Minus),
        ' ' => Some(SignOption::Space),
        _ => None,
    }) {
        f.sign = Some(s);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        f.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        f.fill = '0';
        if !align_specified && default_align == Align::Right {
            f.align = Align::AfterSign;
        }
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        f.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if f.grouping.is_some() {
            return value_error("Cannot specify both ',' and '_'.");
        }
        f.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && f.grouping == Some(Grouping::Underscore) {
        return value_error("Cannot specify both ',' and '_'.");
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        f.precision = get_integer(&chars, &mut pos)?;
        if f.precision.is_none() {
            return value_error("Format specifier missing precision");
        }
    }
    if end - pos > 1 {
        return value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    if let Some(g) = f.grouping {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0') => {}
            Some('b' | 'o' | 'x' | 'X') if g == Grouping::Underscore => {}
            Some(t) => {
                let sep = if g == Grouping::Comma { ',' } else { '_' };
                return value_error(format!("Cannot specify '{sep}' with {}.", code_repr(t)));
            }
        }
    }
    Ok(f)
}

/// `'x'` for a printable ASCII code, else `'\x..'` (CPython's `%c` vs `\x%x`).
fn code_repr(t: char) -> String {
    if (t as u32) > 32 && (t as u32) < 128 {
        format!("'{t}'")
    } else {
        format!("'\\x{:x}'", t as u32)
    }
}

fn unknown_code(t: char, type_name: &str) -> PyErrorKind {
    PyErrorKind::ValueError(format!("Unknown format code {} for object of type '{type_name}'", code_repr(t)))
}

fn check_len(n: usize) -> PyResult<()> {
    if n > MAX_RESULT_LEN {
        Err(PyErrorKind::MemoryError)
    } else {
        Ok(())
    }
}

fn push_fill(out: &mut String, c: char, n: usize) {
    let mut buf = [0u8; 4];
    out.push_str(&c.encode_utf8(&mut buf).repeat(n));
}

/// Pads `body` (of `nchars` characters) to the spec's width (CPython's `calc_padding`).
fn pad(body: &str, nchars: usize, spec: &FormatSpec) -> PyResult<String> {
    let total = spec.width.map_or(nchars, |w| w.max(nchars));
    check_len(total)?;
    let left = match spec.align {
        Align::Right => total - nchars,
        Align::Center => (total - nchars) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let mut out = String::with_capacity(body.len() + total - nchars);
    push_fill(&mut out, spec.fill, left);
    out.push_str(body);
    push_fill(&mut out, spec.fill, total - nchars - left);
    Ok(out)
}

// ---------------------------------------------------------------------------
// str
// ---------------------------------------------------------------------------

/// `format(s, spec)` for a `str` (an empty spec gives `s`).
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse(spec, "str", Some('s'), Align::Left)?;
    match f.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    if let Some(sign) = f.sign {
        return value_error(if sign == SignOption::Space {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        });
    }
    if f.no_neg_zero {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if f.alternate {
        return value_error("Alternate form (#) not allowed in string format specifier");
    }
    if f.align == Align::AfterSign {
        return value_error("'=' alignment not allowed in string format specifier");
    }
    let (body, n) = match f.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => (&s[..i], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    pad(body, n, &f)
}

// ---------------------------------------------------------------------------
// Numbers: the shared layout
// ---------------------------------------------------------------------------

/// Inserts separators into `digits` every `size`, padding with zeros up to
/// `min_width` (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group(digits: &str, min_width: i64, sep: char, size: i64) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut rev: Vec<char> = Vec::new();
    let mut use_sep = false;
    loop {
        let l = size.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_sep {
            rev.push(sep);
        }
        for k in 0..n_chars {
            rev.push(d[(remaining - 1 - k) as usize]);
        }
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
        use_sep = true;
        remaining -= n_chars;
        min_width -= size;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    rev.iter().rev().collect()
}

/// Lays out `[lpad][sign][prefix][spad][grouped digits][remainder][rpad]`
/// (CPython's `calc_number_spec` and `fill_number`). `digits` are the
/// integer digits; `remainder` is everything after them (point, fraction,
/// exponent, `%`, or `inf`).
fn layout_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    remainder: &str,
    spec: &FormatSpec,
) -> PyResult<String> {
    let sign = match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some(SignOption::Plus)) => "+",
        (false, Some(SignOption::Space)) => " ",
        _ => "",
    };
    let width = spec.width.map_or(-1, |w| w as i64);
    check_len(width.max(0) as usize)?;
    let non_digit = (sign.len() + prefix.len() + remainder.chars().count()) as i64;
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign { width - non_digit } else { 0 };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        match (spec.grouping, spec.ty) {
            (Some(Grouping::Comma), _) => group(digits, min_width, ',', 3),
            (Some(Grouping::Underscore), Some('b' | 'o' | 'x' | 'X')) => group(digits, min_width, '_', 4),
            (Some(Grouping::Underscore), _) => group(digits, min_width, '_', 3),
            (None, _) => {
                let z = (min_width - digits.len() as i64).max(0) as usize;
                "0".repeat(z) + digits
            }
        }
    };
    let n = non_digit + grouped.chars().count() as i64;
    let padding = (width - n).max(0) as usize;
    let (l, s, r) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::AfterSign => (0, padding, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
    };
    let mut out = String::new();
    push_fill(&mut out, spec.fill, l);
    out.push_str(sign);
    out.push_str(prefix);
    push_fill(&mut out, spec.fill, s);
    out.push_str(&grouped);
    out.push_str(remainder);
    push_fill(&mut out, spec.fill, r);
    Ok(out)
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

/// `format(i, spec)` for an `int` whose type is `type_name` (`"int"`,
/// `"bool"`, ...; named in errors). An empty spec gives `str(i)` for an int;
/// for a `bool` the caller gives `str(b)` itself. Decimal output longer than
/// `max_str_digits` (0: no limit) is refused as `str()` refuses it.
pub fn format_int(i: &BigInt, spec: &str, type_name: &str, max_str_digits: usize) -> PyResult<String> {
    if spec.is_empty() {
        return super::int_ops::to_decimal_string(i, max_str_digits);
    }
    let f = parse(spec, type_name, Some('d'), Align::Right)?;
    let ty = f.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float_parsed(to_f64(i)?, &f),
        _ => return Err(unknown_code(ty, type_name)),
    }
    if f.precision.is_some() {
        return value_error("Precision not allowed in integer format specifier");
    }
    if f.no_neg_zero {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if f.sign.is_some() {
            return value_error("Sign not allowed with integer format specifier 'c'");
        }
        if f.alternate {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let c = match i.to_i64() {
            None => return super::overflow_error("Python int too large to convert to C long"),
            Some(x) => match u32::try_from(x).ok().and_then(char::from_u32) {
                Some(c) => c,
                None if (0..0x110000).contains(&x) => {
                    // A lone surrogate: not representable in a Rust string.
                    return value_error("surrogates not allowed");
                }
                None => return super::overflow_error("%c arg not in range(0x110000)"),
            },
        };
        return layout_number(false, "", "", &c.to_string(), &f);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    if radix == 10 {
        check_str_digits(i, max_str_digits)?;
    }
    let mut digits = i.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if f.alternate { prefix } else { "" };
    layout_number(i.sign() == Sign::Minus, prefix, &digits, "", &f)
}

/// `format(i, spec)` for a small int.
pub fn format_i64(i: i64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(i.to_string());
    }
    format_int(&BigInt::from(i), spec, "int", 0)
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

/// The significant digits of `|x|` (finite) and the position of the point
/// (CPython's `_Py_dg_dtoa`): mode 0 shortest, 2 `n` significant digits,
/// 3 `n` digits after the point. Trailing zeros are dropped.
fn dtoa(x: f64, mode: u8, n: usize) -> (String, i64) {
    let x = x.abs();
    if x == 0.0 {
        return ("0".into(), 1);
    }
    let (digits, decpt) = match mode {
        3 => {
            // Digits past 1100 after the point are zeros for every double.
            let s = format!("{:.*}", n.min(1100), x);
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            let all = format!("{int}{frac}");
            let lead = all.len() - all.trim_start_matches('0').len();
            (all[lead..].to_string(), int.len() as i64 - lead as i64)
        }
        _ => {
            let s = if mode == 0 { format!("{x:e}") } else { format!("{:.*e}", n.clamp(1, 800) - 1, x) };
            let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
            (m.replace('.', ""), e.parse::<i64>().unwrap_or(0) + 1)
        }
    };
    let digits = digits.trim_end_matches('0');
    if digits.is_empty() {
        return ("0".into(), 1);
    }
    (digits.to_string(), decpt)
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)` for finite
/// and non-finite `x`, `code` in `e f g r` (upper case for `E F G`).
fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
) -> PyResult<String> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if !x.is_finite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        let s = if upper { s.to_ascii_uppercase() } else { s.to_string() };
        return Ok(if x.is_sign_negative() && !x.is_nan() { format!("-{s}") } else { s });
    }
    let (mode, mut precision) = match code {
        'e' => (2, precision + 1),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        _ => (0, 0),
    };
    check_len(precision)?;
    let (digits, mut decpt) = dtoa(x, mode, precision);
    let digits_len = digits.len() as i64;
    let mut use_exp = false;
    let mut vend = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vend = precision as i64;
        }
        'f' => vend = decpt + precision as i64,
        'g' => {
            let limit = if add_dot_0 { precision as i64 - 1 } else { precision as i64 };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vend = precision as i64;
            }
        }
        _ => {
            precision = 0;
            let _ = precision;
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && add_dot_0 { vend.max(decpt + 1) } else { vend.max(decpt) };
    check_len((vend - vstart).max(0) as usize + 8)?;
    let mut p = String::new();
    let negative = x.is_sign_negative();
    if decpt <= 0 {
        push_fill(&mut p, '0', (decpt - vstart) as usize);
        p.push('.');
        push_fill(&mut p, '0', (-decpt) as usize);
    } else {
        push_fill(&mut p, '0', (-vstart) as usize);
    }
    if 0 < decpt && decpt <= digits_len {
        p.push_str(&digits[..decpt as usize]);
        p.push('.');
        p.push_str(&digits[decpt as usize..]);
    } else {
        p.push_str(&digits);
    }
    if digits_len < decpt {
        push_fill(&mut p, '0', (decpt - digits_len) as usize);
        p.push('.');
        push_fill(&mut p, '0', (vend - decpt) as usize);
    } else {
        push_fill(&mut p, '0', (vend - digits_len).max(0) as usize);
    }
    if p.ends_with('.') && !alt {
        p.pop();
    }
    if use_exp {
        p.push(if upper { 'E' } else { 'e' });
        p.push(if exp < 0 { '-' } else { '+' });
        p.push_str(&format!("{:02}", exp.abs()));
    }
    let is_zero = p.split(['e', 'E']).next().is_some_and(|m| m.chars().all(|c| c == '0' || c == '.'));
    if negative && !(no_neg_0 && is_zero) {
        p.insert(0, '-');
    }
    Ok(p)
}

/// Splits a formatted float into (negative, integer digits, the rest).
fn split_number(buf: &str) -> (bool, &str, &str) {
    let (neg, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf),
    };
    let n = body.bytes().take_while(u8::is_ascii_digit).count();
    (neg, &body[..n], &body[n..])
}

/// `format(x, spec)` for a `float` (an empty spec gives `repr(x)`).
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let mut f = parse(spec, "float", None, Align::Right)?;
    if f.ty == Some('\0') {
        f.ty = None;
    }
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_parsed(x, &f),
        Some(t) => Err(unknown_code(t, "float")),
    }
}

fn format_float_parsed(x: f64, f: &FormatSpec) -> PyResult<String> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_error("precision too big");
    }
    let (mut ty, default_precision, add_dot_0) = match f.ty {
        None => ('r', 0, true),
        Some('n') => ('g', 6, false),
        Some(t) => (t, 6, false),
    };
    let mut x = x;
    let pct = ty == '%';
    if pct {
        ty = 'f';
        x *= 100.0;
    }
    let precision = match f.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut buf = double_to_string(x, ty, precision, f.alternate, add_dot_0, f.no_neg_zero)?;
    if pct {
        buf.push('%');
    }
    let (neg, digits, rest) = split_number(&buf);
    layout_number(neg, "", digits, rest, f)
}

// ---------------------------------------------------------------------------
// complex
// ---------------------------------------------------------------------------

/// `format(complex(re, im), spec)` (an empty spec gives `str(z)`).
pub fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let mut f = parse(spec, "complex", None, Align::Right)?;
    if f.ty == Some('\0') {
        f.ty = None;
    }
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(t, "complex")),
    }
    if f.fill == '0' {
        return value_error("Zero padding is not allowed in complex format specifier");
    }
    if f.align == Align::AfterSign {
        return value_error("'=' alignment flag is not allowed in complex format specifier");
    }
    let (mut ty, default_precision, mut skip_re, mut parens) = match f.ty {
        None => ('r', 0, false, false),
        Some('n') => ('g', 6, false, false),
        Some(t) => (t, 6, false, false),
    };
    if f.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    let precision = match f.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let re_buf = double_to_string(re, ty, precision, f.alternate, false, f.no_neg_zero)?;
    let im_buf = double_to_string(im, ty, precision, f.alternate, false, f.no_neg_zero)?;
    let part = |buf: &str, sign: Option<SignOption>| {
        let tmp = FormatSpec { fill: ' ', align: Align::Left, width: None, sign, ..f.clone() };
        let (neg, digits, rest) = split_number(buf);
        layout_number(neg, "", digits, rest, &tmp)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(&re_buf, f.sign)?);
    }
    body.push_str(&part(&im_buf, if skip_re { f.sign } else { Some(SignOption::Plus) })?);
    body.push('j');
    if parens {
        body.push(')');
    }
    let n = body.chars().count();
    pad(&body, n, &f)
}
