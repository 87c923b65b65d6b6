//! The searching and splitting rules of the `bytes` methods as functions on
//! `&[u8]`: CPython's `stringlib` (find, count, replace, split, partition,
//! strip) with its index conventions. Results that are pieces of the input
//! are returned as ranges, so the caller can build them from its own buffer
//! (or hand the whole receiver back, as CPython does for `bytes`).
//!
//! The substring search itself ([`find_in`], [`count_in`]) is `memchr`'s,
//! and the `str` methods use it too: UTF-8 is self-synchronising, so a
//! search of the bytes finds exactly the matches a search of the characters
//! would.

use std::ops::Range;

use memchr::memmem;

use super::str_methods::adjust_indices;
use super::{value_error, PyErrorKind, PyResult, MAX_RESULT_LEN};

/// `bytes.isspace`'s whitespace (`Py_ISSPACE`), which `split()` and `strip()` use too.
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// The first (or, `right`, the last) place `needle` occurs in `hay`.
pub fn find_in(hay: &[u8], needle: &[u8], right: bool) -> Option<usize> {
    match (needle, right) {
        ([], false) => Some(0),
        ([], true) => Some(hay.len()),
        // One byte: memchr beats building a searcher.
        (&[c], false) => memchr::memchr(c, hay),
        (&[c], true) => memchr::memrchr(c, hay),
        (_, false) => memmem::find(hay, needle),
        (_, true) => memmem::rfind(hay, needle),
    }
}

/// How many times `needle` (not empty) occurs in `hay`, without overlaps.
pub fn count_in(hay: &[u8], needle: &[u8]) -> usize {
    match needle {
        [c] => memchr::memchr_iter(*c, hay).count(),
        _ => memmem::find_iter(hay, needle).count(),
    }
}

/// The window `start..end` of a buffer of `len` bytes, as `find` and
/// `count` clamp it; `None` when it is empty past the end (`start > end`).
fn window(len: usize, start: Option<i64>, end: Option<i64>) -> Option<Range<usize>> {
    let (a, b) = adjust_indices(len, start, end);
    (a <= b).then_some(a..b)
}

/// `b.find(sub, start, end)` (`right`: `rfind`): the index, or -1.
pub fn find(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, right: bool) -> i64 {
    let Some(w) = window(hay.len(), start, end) else { return -1 };
    match find_in(&hay[w.clone()], sub, right) {
        Some(at) => (w.start + at) as i64,
        None => -1,
    }
}

/// `b.count(sub, start, end)`: non-overlapping occurrences; an empty `sub`
/// occurs between every two bytes and at both ends.
pub fn count(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some(w) = window(hay.len(), start, end) else { return 0 };
    if sub.is_empty() {
        return (w.len() + 1) as i64;
    }
    count_in(&hay[w], sub) as i64
}

/// `b.startswith(fix, start, end)` (`at_end`: `endswith`) for one affix:
/// CPython's `tailmatch`.
pub fn tailmatch(hay: &[u8], fix: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (a, b) = adjust_indices(hay.len(), start, end);
    if a > hay.len() || b < a || b - a < fix.len() {
        return false;
    }
    let at = if at_end { b - fix.len() } else { a };
    &hay[at..at + fix.len()] == fix
}

// ---------------------------------------------------------------------------
// Replacing
// ---------------------------------------------------------------------------

/// `b.replace(old, new, count)` (`count < 0`: all); `None` when nothing
/// changes, so that `bytes` can return itself.
pub fn replace(hay: &[u8], old: &[u8], new: &[u8], count: i64) -> PyResult<Option<Vec<u8>>> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if limit == 0 || (old.is_empty() && new.is_empty()) {
        return Ok(None);
    }
    if old.is_empty() {
        // `new` before each byte (and after the last), `limit` times.
        let k = limit.min(hay.len() + 1);
        check_len(hay.len().saturating_add(k.saturating_mul(new.len())))?;
        let mut out = Vec::with_capacity(hay.len() + k * new.len());
        for (i, c) in hay.iter().enumerate() {
            if i < k {
                out.extend_from_slice(new);
            }
            out.push(*c);
        }
        if k > hay.len() {
            out.extend_from_slice(new);
        }
        return Ok(Some(out));
    }
    let at: Vec<usize> = memmem::find_iter(hay, old).take(limit).collect();
    if at.is_empty() {
        return Ok(None);
    }
    let grown = at.len().saturating_mul(new.len());
    check_len((hay.len() - at.len() * old.len()).saturating_add(grown))?;
    let mut out = Vec::with_capacity(hay.len() - at.len() * old.len() + grown);
    let mut last = 0;
    for i in at {
        out.extend_from_slice(&hay[last..i]);
        out.extend_from_slice(new);
        last = i + old.len();
    }
    out.extend_from_slice(&hay[last..]);
    Ok(Some(out))
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

/// `b.split(sep, maxsplit)` (`right`: `rsplit`; `maxsplit < 0`: no limit):
/// the parts, in order, as ranges of `hay`. Without `sep`, runs of
/// whitespace separate and the ends are trimmed.
pub fn split(hay: &[u8], sep: Option<&[u8]>, maxsplit: i64, right: bool) -> PyResult<Vec<Range<usize>>> {
    let max = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut parts = match sep {
        Some([]) => return value_error("empty separator"),
        Some(sep) if right => split_right(hay, sep, max),
        Some(sep) => split_left(hay, sep, max),
        None => split_whitespace(hay, max, right),
    };
    if right {
        parts.reverse();
    }
    Ok(parts)
}

fn split_left(hay: &[u8], sep: &[u8], max: usize) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut last = 0;
    for at in memmem::find_iter(hay, sep).take(max) {
        parts.push(last..at);
        last = at + sep.len();
    }
    parts.push(last..hay.len());
    parts
}

/// The parts from the right, last first.
fn split_right(hay: &[u8], sep: &[u8], max: usize) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut last = hay.len();
    for at in memmem::rfind_iter(hay, sep).take(max) {
        parts.push(at + sep.len()..last);
        last = at;
    }
    parts.push(0..last);
    parts
}

/// The whitespace split; from the right (last part first) for `rsplit`.
/// After `max` splits the rest is one part, untrimmed on its far side.
fn split_whitespace(hay: &[u8], max: usize, right: bool) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let (mut lo, mut hi) = (0, hay.len());
    loop {
        if right {
            while hi > lo && is_space(hay[hi - 1]) {
                hi -= 1;
            }
        } else {
            while lo < hi && is_space(hay[lo]) {
                lo += 1;
            }
        }
        if lo == hi {
            break;
        }
        if parts.len() == max {
            parts.push(lo..hi);
            break;
        }
        if right {
            let start = hay[lo..hi].iter().rposition(|&c| is_space(c)).map_or(lo, |i| lo + i + 1);
            parts.push(start..hi);
            hi = start;
        } else {
            let end = hay[lo..hi].iter().position(|&c| is_space(c)).map_or(hi, |i| lo + i);
            parts.push(lo..end);
            lo = end;
        }
    }
    parts
}

/// `b.splitlines(keepends)`: only `\n`, `\r` and `\r\n` end a line.
pub fn splitlines(hay: &[u8], keepends: bool) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = 0;
    while start < hay.len() {
        let Some(eol) = memchr::memchr2(b'\n', b'\r', &hay[start..]).map(|i| start + i) else {
            parts.push(start..hay.len());
            break;
        };
        let next = if hay[eol] == b'\r' && hay.get(eol + 1) == Some(&b'\n') { eol + 2 } else { eol + 1 };
        parts.push(start..if keepends { next } else { eol });
        start = next;
    }
    parts
}

/// `b.partition(sep)` (`right`: `rpartition`): before, separator, after;
/// when `sep` is missing the whole is the first part (the last for `rpartition`).
pub fn partition(hay: &[u8], sep: &[u8], right: bool) -> PyResult<[Range<usize>; 3]> {
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let n = hay.len();
    Ok(match find_in(hay, sep, right) {
        Some(at) => [0..at, at..at + sep.len(), at + sep.len()..n],
        None if right => [0..0, 0..0, 0..n],
        None => [0..n, n..n, n..n],
    })
}

/// `b.strip(chars)` and its one-sided forms: what is left, as a range
/// (`chars` None: whitespace).
pub fn strip(hay: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> Range<usize> {
    let strip_it = |c: &u8| match chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let start = if left { hay.iter().position(|c| !strip_it(c)).unwrap_or(hay.len()) } else { 0 };
    let end = if right {
        hay[start..].iter().rposition(|c| !strip_it(c)).map_or(start, |i| start + i + 1)
    } else {
        hay.len()
    };
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'a>(hay: &'a [u8], ranges: Vec<Range<usize>>) -> Vec<&'a [u8]> {
        ranges.into_iter().map(|r| &hay[r]).collect()
    }

    #[test]
    fn split_matches_cpython() {
        let ws = |s: &'static [u8], max, right| parts(s, split(s, None, max, right).unwrap());
        assert_eq!(ws(b"  a b", 0, false), [b"a b"]);
        assert_eq!(ws(b"  a b ", 0, true), [b"  a b"]);
        assert_eq!(ws(b"a b  c ", 1, true), [&b"a b"[..], b"c"]);
        let on =
            |s: &'static [u8], sep: &[u8], max, right| parts(s, split(s, Some(sep), max, right).unwrap());
        assert_eq!(on(b"a,b,c", b",", 1, true), [&b"a,b"[..], b"c"]);
        assert_eq!(on(b",a,", b",", -1, false), [&b""[..], b"a", b""]);
        assert!(split(b"a", Some(b""), -1, false).is_err());
    }

    #[test]
    fn replace_and_count_match_cpython() {
        assert_eq!(replace(b"", b"", b"x", 1).unwrap(), Some(b"x".to_vec()));
        assert_eq!(replace(b"ab", b"", b"-", 2).unwrap(), Some(b"-a-b".to_vec()));
        assert_eq!(replace(b"aaaa", b"aa", b"b", -1).unwrap(), Some(b"bb".to_vec()));
        assert_eq!(replace(b"ab", b"x", b"y", -1).unwrap(), None);
        assert_eq!(count(b"abc", b"", Some(1), Some(0)), 0);
        assert_eq!(count(b"aaa", b"aa", None, None), 1);
        assert_eq!(find(b"abc", b"", Some(4), None, false), -1);
        assert_eq!(find(b"abc", b"", Some(1), Some(2), true), 2);
        assert!(!tailmatch(b"abc", b"", Some(4), None, false));
    }
}
