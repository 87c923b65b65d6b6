//! `%`-formatting: `'%-6s|%+.2f' % (name, x)` (CPython's `PyUnicode_Format`).
//!
//! The template is walked here; the values stay the caller's. Each argument is
//! reached through [`PrintfArg`], which answers what a conversion needs of it
//! (its `str`, its `repr`, its value as a number), and the arguments as a
//! whole through [`PrintfArgs`] (a tuple's items, one value, or a mapping for
//! `%(key)s`). Numbers are laid out by `format_spec`, which already knows
//! signs, zero padding, alternate forms and correctly rounded floats.

use super::format_spec::{format_float, format_int};
use super::{PyErrorKind, PyResult, MAX_RESULT_LEN};
use num_bigint::BigInt;
use num_traits::Signed;
use smallvec::SmallVec;

/// A real number, as `%d`/`%f` see an argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Real {
    Int(BigInt),
    Float(f64),
}

/// One argument, as the conversions see it.
pub trait PrintfArg {
    /// `str(arg)`.
    fn str(&mut self) -> PyResult<String>;
    /// `repr(arg)`.
    fn repr(&mut self) -> PyResult<String>;
    /// `ascii(arg)`.
    fn ascii(&mut self) -> PyResult<String>;
    /// The argument as a real number (`__index__`/`__int__`/`__float__`), if it is one;
    /// `integral` asks for an integer (`%x`, `%o`, `%c`), which a float is not.
    fn real(&mut self, integral: bool) -> PyResult<Option<Real>>;
    /// The argument as a machine integer when it is a plain `int` or `bool`:
    /// `%d` then needs no big integer. `None` sends it down [`PrintfArg::real`].
    fn small_int(&mut self) -> Option<i64> {
        None
    }
    /// The argument as a one-character string, if it is one (for `%c`).
    fn single_char(&mut self) -> Option<char>;
    /// `type(arg).__name__`, for messages.
    fn type_name(&self) -> String;
    /// Whether the template is `bytes`: then `%b` exists and `%s` means
    /// it, and the text is Latin-1, a character per byte.
    fn in_bytes(&self) -> bool {
        false
    }
    /// For a `bytes` template, the argument's bytes as Latin-1 text (`%b`).
    fn bytes(&mut self) -> PyResult<String> {
        self.str()
    }
}

/// The items of a tuple operand.
pub type TupleArgs<A> = SmallVec<[A; 4]>;

/// The right operand of `%`.
pub enum PrintfArgs<'a, A> {
    /// A tuple: its items are the arguments, in order (a few, most often:
    /// kept inline).
    Tuple(TupleArgs<A>),
    /// Any other value: the single argument (and, if `%(key)` is used and
    /// `lookup` is given, a mapping).
    Single(A, Option<&'a mut dyn FnMut(&str) -> PyResult<A>>),
}

fn type_error(msg: impl Into<String>) -> PyErrorKind {
    PyErrorKind::TypeError(msg.into())
}

/// The parsed `%[(key)][flags][width][.precision][length]type` of one conversion.
#[derive(Default)]
struct Conversion {
    key: Option<String>,
    left: bool,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

/// `template % args`.
pub fn format<A: PrintfArg>(template: &str, args: PrintfArgs<'_, A>) -> PyResult<String> {
    let (mut items, mut single, mut lookup) = match args {
        PrintfArgs::Tuple(items) => (items.into_iter(), None, None),
        PrintfArgs::Single(value, lookup) => (TupleArgs::new().into_iter(), Some(value), lookup),
    };
    let is_mapping = lookup.is_some();
    let next = |what: &mut Option<A>, items: &mut smallvec::IntoIter<[A; 4]>| -> PyResult<A> {
        what.take()
            .or_else(|| items.next())
            .ok_or_else(|| type_error("not enough arguments for format string"))
    };
    // Scanned as bytes: every character the syntax names is ASCII, and a
    // UTF-8 continuation byte never equals one.
    let chars = template.as_bytes();
    let mut out = String::with_capacity(template.len());
    let mut i = 0;
    let mut used_key = false;
    while i < chars.len() {
        let Some(skip) = memchr::memchr(b'%', &chars[i..]) else {
            out.push_str(&template[i..]);
            break;
        };
        out.push_str(&template[i..i + skip]);
        i += skip;
        let start = i;
        i += 1;
        let mut c = Conversion::default();
        if chars.get(i) == Some(&b'(') {
            if !is_mapping {
                return Err(type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let key_start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(PyErrorKind::ValueError("incomplete format key".into()));
            }
            c.key = Some(template[key_start..i - 1].to_string());
        }
        while let Some(&f) = chars.get(i) {
            match f {
                b'-' => c.left = true,
                b'+' => c.sign = Some('+'),
                b' ' if c.sign.is_none() => c.sign = Some(' '),
                b' ' => {}
                b'#' => c.alternate = true,
                b'0' => c.zero = true,
                _ => break,
            }
            i += 1;
        }
        // A `*` width or precision comes from the arguments.
        let star = |items: &mut smallvec::IntoIter<[A; 4]>, single: &mut Option<A>| -> PyResult<i64> {
            let mut arg = next(single, items)?;
            match arg.real(true)? {
                Some(Real::Int(n)) => i64::try_from(&n).map_err(|_| {
                    PyErrorKind::OverflowError("Python int too large to convert to C ssize_t".into())
                }),
                _ => Err(type_error("* wants int")),
            }
        };
        if chars.get(i) == Some(&b'*') {
            let w = star(&mut items, &mut single)?;
            if w < 0 {
                c.left = true;
            }
            c.width = Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX));
            i += 1;
        } else {
            c.width = number(&chars, &mut i)?;
        }
        if chars.get(i) == Some(&b'.') {
            i += 1;
            if chars.get(i) == Some(&b'*') {
                c.precision = Some(usize::try_from(star(&mut items, &mut single)?.max(0)).unwrap_or(0));
                i += 1;
            } else {
                c.precision = Some(number(&chars, &mut i)?.unwrap_or(0));
            }
        }
        while matches!(chars.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(kind) = template[i..].chars().next() else {
            return Err(PyErrorKind::ValueError("incomplete format".into()));
        };
        let kind_at = i;
        i += kind.len_utf8();
        // Only a bare `%%` is a literal: with flags or a width, `%` is an
        // unknown conversion (after taking its argument, as CPython does).
        if kind == '%' && i == start + 2 {
            out.push('%');
            continue;
        }
        let mut arg = match (&c.key, lookup.as_mut()) {
            (Some(key), Some(lookup)) => {
                used_key = true;
                lookup(key)?
            }
            // After a `%(key)`, the mapping is no longer a positional argument.
            (None, _) if used_key => return Err(type_error("not enough arguments for format string")),
            _ => next(&mut single, &mut items)?,
        };
        // Error messages count characters, not bytes.
        let at = || template[..kind_at].chars().count();
        let (text, numeric) = convert(kind, &c, &mut arg, at)?;
        pad(&mut out, &text, &c, numeric)?;
    }
    // A mapping argument need not be consumed; anything else must be.
    let extra = if is_mapping { None } else { single.take() }.or_else(|| items.next());
    if let Some(extra) = extra.filter(|_| !used_key) {
        let what = if extra.in_bytes() { "bytes" } else { "string" };
        return Err(type_error(format!("not all arguments converted during {what} formatting")));
    }
    Ok(out)
}

/// A decimal number in the template (a width or a precision).
fn number(chars: &[u8], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).filter(|c| c.is_ascii_digit()).map(|c| c - b'0') {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(usize::from(d)))
            .ok_or_else(|| PyErrorKind::ValueError("width too big".into()))?;
        *i += 1;
    }
    Ok((*i > start).then_some(n))
}

/// The text of one conversion, before width padding, and whether it is a
/// number (which the `0` flag pads with zeros). `at` tells where `kind` stands.
fn convert<A: PrintfArg>(
    kind: char,
    c: &Conversion,
    arg: &mut A,
    at: impl Fn() -> usize,
) -> PyResult<(String, bool)> {
    match kind {
        'b' if !arg.in_bytes() => Err(unsupported(kind, at())),
        's' | 'r' | 'a' | 'b' => {
            let text = match kind {
                's' if !arg.in_bytes() => arg.str()?,
                's' | 'b' => arg.bytes()?,
                'r' => arg.repr()?,
                _ => arg.ascii()?,
            };
            Ok((
                match c.precision {
                    Some(p) => text.chars().take(p).collect(),
                    None => text,
                },
                false,
            ))
        }
        'c' => {
            if let Some(ch) = arg.single_char() {
                return Ok((ch.to_string(), false));
            }
            match arg.real(true)? {
                Some(Real::Int(n)) => {
                    let cp = u32::try_from(&n).ok().filter(|&cp| cp < 0x110000);
                    let cp =
                        cp.ok_or_else(|| PyErrorKind::OverflowError("%c arg not in range(0x110000)".into()))?;
                    // Lone surrogates cannot live in a Rust string: shown as U+FFFD.
                    Ok((char::from_u32(cp).unwrap_or('\u{fffd}').to_string(), false))
                }
                _ if arg.in_bytes() => {
                    Err(type_error("%c requires an integer in range(256) or a single byte"))
                }
                _ => Err(type_error("%c requires int or char")),
            }
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            if let Some(n) = arg.small_int() {
                return Ok((integer(kind, c, n < 0, small_digits(kind, n.unsigned_abs()))?, true));
            }
            let integral = !matches!(kind, 'd' | 'i' | 'u');
            let n = match arg.real(integral)? {
                Some(Real::Int(n)) => n,
                Some(Real::Float(x)) if !integral => super::float_ops::to_int(x.trunc())?,
                _ => {
                    let need = if integral { "an integer is required" } else { "a real number is required" };
                    return Err(type_error(format!("%{kind} format: {need}, not {}", arg.type_name())));
                }
            };
            let digits = big_digits(kind, &n)?;
            Ok((integer(kind, c, n.sign() == num_bigint::Sign::Minus, digits)?, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg.real(false)? {
                Some(Real::Float(x)) => x,
                Some(Real::Int(n)) => super::int_ops::to_f64(&n)?,
                None => return Err(type_error(format!("must be real number, not {}", arg.type_name()))),
            };
            let mut spec = String::new();
            spec.extend(c.sign);
            if c.alternate {
                spec.push('#');
            }
            spec.push('.');
            spec.push_str(&c.precision.unwrap_or(6).to_string());
            spec.push(kind);
            Ok((format_float(x, &spec)?, true))
        }
        other => Err(unsupported(other, at())),
    }
}

fn unsupported(kind: char, at: usize) -> PyErrorKind {
    // CPython shows only printable ASCII as itself.
    let shown = if (31..=126).contains(&u32::from(kind)) { kind } else { '?' };
    PyErrorKind::ValueError(format!(
        "unsupported format character '{shown}' (0x{:x}) at index {at}",
        kind as u32
    ))
}

/// The digits of `|n|` for `%d`, `%o`, `%x` or `%X`.
fn big_digits(kind: char, n: &BigInt) -> PyResult<String> {
    let spec_type = match kind {
        'o' => "o",
        'x' => "x",
        'X' => "X",
        _ => "d",
    };
    format_int(&n.abs(), spec_type, "int", usize::MAX)
}

/// [`big_digits`] of a machine integer's magnitude.
fn small_digits(kind: char, n: u64) -> String {
    match kind {
        'o' => format!("{n:o}"),
        'x' => format!("{n:x}"),
        'X' => format!("{n:X}"),
        _ => n.to_string(),
    }
}

/// `%d`, `%o`, `%x`: sign, prefix and digits, with a precision's minimum digit count.
fn integer(kind: char, c: &Conversion, negative: bool, digits: String) -> PyResult<String> {
    let min_digits = c.precision.unwrap_or(0);
    if min_digits > MAX_RESULT_LEN {
        return Err(PyErrorKind::MemoryError);
    }
    if !negative && c.sign.is_none() && !c.alternate && min_digits <= digits.len() {
        return Ok(digits);
    }
    let mut text = String::new();
    if negative {
        text.push('-');
    } else {
        text.extend(c.sign);
    }
    if c.alternate {
        text.push_str(match kind {
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => "",
        });
    }
    text.extend(std::iter::repeat_n('0', min_digits.saturating_sub(digits.len())));
    text.push_str(&digits);
    Ok(text)
}

/// Pads `text` to the conversion's width: left (`-`), zeros after the sign and
/// prefix (`0`, numbers only), or spaces on the left.
fn pad(out: &mut String, text: &str, c: &Conversion, numeric: bool) -> PyResult<()> {
    if c.width.is_none() {
        out.push_str(text);
        return Ok(());
    }
    let len = text.chars().count();
    let width = c.width.unwrap_or(0);
    if width > MAX_RESULT_LEN {
        return Err(PyErrorKind::MemoryError);
    }
    let fill = width.saturating_sub(len);
    if c.left {
        out.push_str(text);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if c.zero && numeric {
        let sign_len = text.find(|ch: char| !"+- ".contains(ch)).unwrap_or(0);
        let (sign, rest) = text.split_at(sign_len);
        let prefix_len =
            if rest.starts_with("0x") || rest.starts_with("0X") || rest.starts_with("0o") { 2 } else { 0 };
        let (prefix, digits) = rest.split_at(prefix_len);
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(digits);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(text);
    }
    Ok(())
}
