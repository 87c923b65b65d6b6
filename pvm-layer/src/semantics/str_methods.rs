//! The `str` methods as functions on `&str`, with Python's rules: indices
//! count characters (not bytes) and follow slice conventions (negative from
//! the end, clamped), whitespace and case are Unicode 14 as in CPython 3.11
//! (see [`super::unicode`]), case mappings are full (`'ß'.upper() == 'SS'`)
//! with the final-sigma rule in `lower`.
//!
//! Tuple arguments (`startswith(('a', 'b'))`) are the caller's loop.

use super::bytes_ops::{count_in, find_in};
use super::unicode as u;
use super::{value_error, PyErrorKind, PyResult, MAX_RESULT_LEN};

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// Python's `ADJUST_INDICES`: `start`/`end` (None: 0 and len) as clamped slice bounds.
pub fn adjust_indices(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let len_i = len as i64;
    let fix = |x: i64| {
        if x < 0 {
            (x + len_i).max(0)
        } else {
            x.min(len_i)
        }
    };
    let s = start.map_or(0, |x| if x < 0 { (x + len_i).max(0) } else { x });
    (s.max(0) as usize, end.map_or(len, |x| fix(x) as usize))
}

/// The length of `s` in characters.
fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// A string with its length in characters, which callers often know
/// already (a `PyStr` keeps it): with it an ASCII string is recognised
/// without a scan and indexed by bytes. A plain `&str` converts by counting.
#[derive(Clone, Copy)]
pub struct Counted<'a> {
    text: &'a str,
    chars: usize,
}

impl<'a> Counted<'a> {
    /// `text`, whose length in characters is `chars`.
    pub fn new(text: &'a str, chars: usize) -> Counted<'a> {
        debug_assert_eq!(chars, char_len(text));
        Counted { text, chars }
    }

    fn is_ascii(self) -> bool {
        self.chars == self.text.len()
    }

    /// Characters `a..b` (`a <= b`), as a slice of the bytes: UTF-8 is
    /// self-synchronising, so searching the bytes finds exactly the matches
    /// that searching the characters would.
    fn slice(self, a: usize, b: usize) -> &'a str {
        let len = self.text.len();
        if self.is_ascii() {
            return self.text.get(a.min(len)..b.min(len)).unwrap_or_default();
        }
        let mut offsets = self.text.char_indices().map(|(i, _)| i).chain(std::iter::once(len));
        let start = offsets.nth(a).unwrap_or(len);
        let end = match b - a {
            0 => start,
            _ if b >= self.chars => len,
            k => offsets.nth(k - 1).unwrap_or(len),
        };
        self.text.get(start..end).unwrap_or_default()
    }

    /// The character index of byte offset `at` of `part`, a slice of
    /// this string starting at character `first`.
    fn index_in(self, part: &str, first: usize, at: usize) -> usize {
        first + if self.is_ascii() { at } else { part.get(..at).map_or(0, char_len) }
    }
}

impl<'a> From<&'a str> for Counted<'a> {
    fn from(text: &'a str) -> Counted<'a> {
        Counted { text, chars: char_len(text) }
    }
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

fn find_impl<'a>(
    s: impl Into<Counted<'a>>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
    right: bool,
) -> i64 {
    let s = s.into();
    let (a, b) = adjust_indices(s.chars, start, end);
    if a > s.chars || a > b {
        return -1;
    }
    let hay = s.slice(a, b);
    match find_in(hay.as_bytes(), sub.as_bytes(), right) {
        Some(at) => s.index_in(hay, a, at) as i64,
        None => -1,
    }
}

/// `s.find(sub, start, end)`.
pub fn find<'a>(s: impl Into<Counted<'a>>, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    find_impl(s, sub, start, end, false)
}

/// `s.rfind(sub, start, end)`.
pub fn rfind<'a>(s: impl Into<Counted<'a>>, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    find_impl(s, sub, start, end, true)
}

/// `s.index(sub, start, end)`.
pub fn index<'a>(
    s: impl Into<Counted<'a>>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> PyResult<i64> {
    match find(s, sub, start, end) {
        -1 => value_error("substring not found"),
        i => Ok(i),
    }
}

/// `s.rindex(sub, start, end)`.
pub fn rindex<'a>(
    s: impl Into<Counted<'a>>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> PyResult<i64> {
    match rfind(s, sub, start, end) {
        -1 => value_error("substring not found"),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)` (non-overlapping).
pub fn count<'a>(s: impl Into<Counted<'a>>, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let s = s.into();
    let (a, b) = adjust_indices(s.chars, start, end);
    if a > s.chars || a > b {
        return 0;
    }
    if sub.is_empty() {
        return (b - a + 1) as i64;
    }
    count_in(s.slice(a, b).as_bytes(), sub.as_bytes()) as i64
}

fn match_at<'a>(
    s: impl Into<Counted<'a>>,
    fix: &str,
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    let s = s.into();
    if start.is_none() && end.is_none() {
        return if at_end { s.text.ends_with(fix) } else { s.text.starts_with(fix) };
    }
    let n = s.chars;
    let (a, b) = adjust_indices(n, start, end);
    let f = char_len(fix);
    if a > n || b < a || b - a < f {
        return false;
    }
    let window = if at_end { s.slice(b - f, b) } else { s.slice(a, a + f) };
    window == fix
}

/// `s.startswith(prefix, start, end)` for one prefix.
pub fn startswith<'a>(s: impl Into<Counted<'a>>, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match_at(s, prefix, start, end, false)
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith<'a>(s: impl Into<Counted<'a>>, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match_at(s, suffix, start, end, true)
}

/// `s.replace(old, new, count)` (`count < 0`: all).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> PyResult<String> {
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if old.is_empty() {
        let n = s.chars().count();
        let k = (n + 1).min(limit);
        check_len(s.len().saturating_add(k.saturating_mul(new.len())))?;
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i < k {
                out.push_str(new);
            }
            out.push(c);
        }
        if n < k {
            out.push_str(new);
        }
        return Ok(out);
    }
    // One pass; a one-character `old` is searched for with `memchr`, not
    // the two-way searcher, whose set-up cost most of a short replace.
    let mut chars = old.chars();
    let starts: Box<dyn Iterator<Item = usize>> = match (chars.next(), chars.next()) {
        (Some(c), None) => Box::new(s.match_indices(c).map(|(i, _)| i)),
        _ => Box::new(s.match_indices(old).map(|(i, _)| i)),
    };
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    for start in starts.take(limit) {
        let after = start + old.len();
        if new.len() > old.len() {
            check_len(out.len() + (start - copied) + new.len() + (s.len() - after))?;
        }
        out.push_str(&s[copied..start]);
        out.push_str(new);
        copied = after;
    }
    out.push_str(&s[copied..]);
    Ok(out)
}

fn check_len(n: usize) -> PyResult<()> {
    if n > MAX_RESULT_LEN {
        Err(PyErrorKind::MemoryError)
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Splitting
// ---------------------------------------------------------------------------

/// The one character `s` is made of, if it is one.
fn one_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    chars.next().filter(|_| chars.as_str().is_empty())
}

/// `s.split(sep, maxsplit)` (`maxsplit < 0`: no limit): the parts, borrowed from `s`.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let mut max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut out = Vec::new();
    match sep {
        Some("") => return value_error("empty separator"),
        // A one-byte separator is found by `memchr`, a one-character one by
        // the faster `char` search.
        Some(sep) if sep.len() == 1 => {
            let mut start = 0;
            for at in memchr::memchr_iter(sep.as_bytes()[0], s.as_bytes()).take(max) {
                out.push(&s[start..at]);
                start = at + 1;
            }
            out.push(&s[start..]);
        }
        Some(sep) => match one_char(sep) {
            Some(c) => out.extend(s.splitn(max.saturating_add(1), c)),
            None => out.extend(s.splitn(max.saturating_add(1), sep)),
        },
        None => {
            let mut rest = s.trim_start_matches(u::is_space);
            while !rest.is_empty() {
                if max == 0 {
                    out.push(rest);
                    break;
                }
                let end = rest.find(u::is_space).unwrap_or(rest.len());
                out.push(&rest[..end]);
                max -= 1;
                rest = rest[end..].trim_start_matches(u::is_space);
            }
        }
    }
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`: the parts, borrowed from `s`.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let mut max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut out = Vec::new();
    match sep {
        Some("") => return value_error("empty separator"),
        Some(sep) => match one_char(sep) {
            Some(c) => out.extend(s.rsplitn(max.saturating_add(1), c)),
            None => out.extend(s.rsplitn(max.saturating_add(1), sep)),
        },
        None => {
            let mut rest = s.trim_end_matches(u::is_space);
            while !rest.is_empty() {
                if max == 0 {
                    out.push(rest);
                    break;
                }
                let start =
                    rest.char_indices().rfind(|(_, c)| u::is_space(*c)).map_or(0, |(i, c)| i + c.len_utf8());
                out.push(&rest[start..]);
                max -= 1;
                rest = rest[..start].trim_end_matches(u::is_space);
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// Whether `c` ends a line for `splitlines`.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `s.splitlines(keepends)`: the lines' byte ranges in `s`, as
/// `bytes_ops::splitlines` gives them for bytes.
pub fn splitlines(s: &str, keepends: bool) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && s.as_bytes().get(end) == Some(&b'\n') {
            chars.next();
            end += 1;
        }
        out.push(start..if keepends { end } else { i });
        start = end;
    }
    if start < s.len() {
        out.push(start..s.len());
    }
    out
}

/// `s.partition(sep)`: where `sep` first occurs (`None`: the whole of
/// `s` is the head, the other two parts empty).
pub fn partition(s: &str, sep: &str) -> PyResult<Option<usize>> {
    if sep.is_empty() {
        return value_error("empty separator");
    }
    Ok(s.find(sep))
}

/// `s.rpartition(sep)`: where `sep` last occurs (`None`: the whole of
/// `s` is the tail).
pub fn rpartition(s: &str, sep: &str) -> PyResult<Option<usize>> {
    if sep.is_empty() {
        return value_error("empty separator");
    }
    Ok(s.rfind(sep))
}

// ---------------------------------------------------------------------------
// Stripping and padding
// ---------------------------------------------------------------------------

fn strip_impl<'a>(s: &'a str, chars_: Option<&str>, left: bool, right: bool) -> &'a str {
    let strip = |c: char| match chars_ {
        None => u::is_space(c),
        Some(set) => set.contains(c),
    };
    // ASCII ends are trimmed byte by byte (no decoding); a non-ASCII
    // character ends that and the general trim goes on from there.
    let ascii = |b: &u8| b.is_ascii() && strip(char::from(*b));
    let mut t = s;
    if left {
        let n = t.bytes().take_while(ascii).count();
        t = t[n..].trim_start_matches(strip);
    }
    if right {
        let n = t.bytes().rev().take_while(ascii).count();
        t = t[..t.len() - n].trim_end_matches(strip);
    }
    t
}

/// `s.strip(chars)` (`None`: whitespace): the part of `s` that is kept.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, true, true)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, true, false)
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, false, true)
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> PyResult<String> {
    check_len(left.saturating_add(right).saturating_add(s.len()))?;
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `s.center(width, fill)`.
pub fn center(s: &str, width: i64, fill: char) -> PyResult<String> {
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(s.to_string());
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(s, left as usize, (marg - left) as usize, fill)
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> PyResult<String> {
    let len = s.chars().count() as i64;
    pad(s, 0, (width - len).max(0) as usize, fill)
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> PyResult<String> {
    let len = s.chars().count() as i64;
    pad(s, (width - len).max(0) as usize, 0, fill)
}

/// `s.zfill(width)`: zeros after a leading sign.
pub fn zfill(s: &str, width: i64) -> PyResult<String> {
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(s.to_string());
    }
    let mut out = pad(s, (width - len) as usize, 0, '0')?;
    if s.starts_with(['+', '-']) {
        let sign = s.as_bytes()[0] as char;
        out.replace_range(0..1, &sign.to_string());
        let at = (width - len) as usize;
        out.replace_range(at..at + 1, "0");
    }
    Ok(out)
}

/// `s.expandtabs(tabsize)`.
pub fn expandtabs(s: &str, tabsize: i64) -> PyResult<String> {
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    col += n;
                    check_len(out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                }
            }
            '\n' | '\r' => {
                col = 0;
                out.push(c);
            }
            _ => {
                col += 1;
                out.push(c);
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Case
// ---------------------------------------------------------------------------

/// The final-sigma rule: `Σ` at `i` lowercases to `ς` at the end of a word.
fn lower_sigma(c: &[char], i: usize) -> char {
    let mut j = i;
    while j > 0 && u::is_case_ignorable(c[j - 1]) {
        j -= 1;
    }
    let mut final_sigma = j > 0 && u::is_cased(c[j - 1]);
    if final_sigma {
        let mut k = i + 1;
        while k < c.len() && u::is_case_ignorable(c[k]) {
            k += 1;
        }
        final_sigma = k == c.len() || !u::is_cased(c[k]);
    }
    if final_sigma {
        'ς'
    } else {
        'σ'
    }
}

fn push_lower_at(out: &mut String, c: &[char], i: usize) {
    if c[i] == 'Σ' {
        out.push(lower_sigma(c, i));
    } else {
        u::push_lower(out, c[i]);
    }
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    // ASCII letters have one-letter mappings and no context rules.
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| u::push_upper(&mut out, c));
    out
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let c = chars(s);
    let mut out = String::with_capacity(s.len());
    (0..c.len()).for_each(|i| push_lower_at(&mut out, &c, i));
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| u::push_casefold(&mut out, c));
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let c = chars(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..c.len() {
        if u::is_upper(c[i]) {
            push_lower_at(&mut out, &c, i);
        } else if u::is_lower(c[i]) {
            u::push_upper(&mut out, c[i]);
        } else {
            out.push(c[i]);
        }
    }
    out
}

/// `s.title()`.
pub fn title(s: &str) -> String {
    let c = chars(s);
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..c.len() {
        if prev_cased {
            push_lower_at(&mut out, &c, i);
        } else {
            u::push_title(&mut out, c[i]);
        }
        prev_cased = u::is_cased(c[i]);
    }
    out
}

/// `s.capitalize()`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let c = chars(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..c.len() {
        if i == 0 {
            u::push_title(&mut out, c[0]);
        } else {
            push_lower_at(&mut out, &c, i);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, u::is_decimal)
}
/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, u::is_digit)
}
/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, u::is_numeric)
}
/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, u::is_alpha)
}
/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, u::is_alnum)
}
/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, u::is_space)
}
/// `s.isascii()`.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}
/// `s.isprintable()` (true for `''`).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(u::is_printable)
}

/// `s.isidentifier()`.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if u::is_xid_start(c) => it.all(u::is_xid_continue),
        _ => false,
    }
}

/// `s.islower()`.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            return false;
        }
        cased |= u::is_lower(c);
    }
    cased
}

/// `s.isupper()`.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if u::is_lower(c) || u::is_title(c) {
            return false;
        }
        cased |= u::is_upper(c);
    }
    cased
}

/// `s.istitle()`.
pub fn istitle(s: &str) -> bool {
    let (mut cased, mut prev) = (false, false);
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if u::is_lower(c) {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------
// Repetition, indexing, slicing
// ---------------------------------------------------------------------------

/// `s * n` (`n <= 0`: empty).
pub fn repeat(s: &str, n: i64) -> PyResult<String> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    match s.len().checked_mul(n as usize) {
        Some(total) if total <= MAX_RESULT_LEN => Ok(s.repeat(n as usize)),
        _ => Err(PyErrorKind::MemoryError),
    }
}

/// `s[i]`.
pub fn char_at(s: &str, i: i64) -> PyResult<char> {
    let n = s.chars().count() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErrorKind::IndexError("string index out of range".into()));
    }
    s.chars().nth(j as usize).ok_or_else(|| PyErrorKind::IndexError("string index out of range".into()))
}

/// `slice(start, stop, step).indices(len)` and the slice's length
/// (CPython's `PySlice_AdjustIndices`): `(start, stop, step, count)`.
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> PyResult<(i64, i64, i64, usize)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return value_error("slice step cannot be zero");
    }
    let len = len as i64;
    let adjust = |x: Option<i64>, default: i64| -> i64 {
        match x {
            None => default,
            Some(x) if x < 0 => {
                let y = x.saturating_add(len);
                if y < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    y
                }
            }
            Some(x) if x >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(x) => x,
        }
    };
    let (a, b) = if step > 0 {
        (adjust(start, 0), adjust(stop, len))
    } else {
        (adjust(start, len - 1), adjust(stop, -1))
    };
    let count = if step > 0 {
        if b > a {
            ((b - a - 1) / step + 1) as usize
        } else {
            0
        }
    } else if a > b {
        ((a - b - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((a, b, step, count))
}

/// `s[start:stop:step]`.
pub fn slice(s: &str, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<String> {
    let c = chars(s);
    let (a, _, step, n) = slice_indices(c.len(), start, stop, step)?;
    Ok((0..n).map(|k| c[(a + k as i64 * step) as usize]).collect())
}
