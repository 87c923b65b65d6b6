//! CPython 3.11's Unicode character database (Unicode 14.0), as far as `str`'s
//! methods and `int()`/`float()` need it: properties as sorted range tables and
//! full case mappings (`'ß'.upper() == 'SS'`), generated from `python3` by
//! `unicode/gen_tables.py`. Rust's own `char` methods follow a newer Unicode
//! and differ from Python for some characters, so they are not used.
//!
//! Printability (`isprintable`, `repr`) lives in `strata_syntax::pyrepr`.

#[rustfmt::skip]
mod tables;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    let i = table.partition_point(|&(start, _)| start <= cp);
    i > 0 && cp <= table[i - 1].1
}

fn lookup_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|i| table[i].1)
}

/// The value of a decimal digit (`unicodedata.decimal`), for `c.isdecimal()`.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    let t = tables::DECIMAL;
    let i = t.partition_point(|&(start, _, _)| start <= cp);
    if i > 0 && cp <= t[i - 1].1 {
        Some(t[i - 1].2 + (cp - t[i - 1].0))
    } else {
        None
    }
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `c.isdigit()`.
pub fn is_digit(c: char) -> bool {
    in_ranges(tables::DIGIT, c)
}

/// `c.isnumeric()`.
pub fn is_numeric(c: char) -> bool {
    in_ranges(tables::NUMERIC, c)
}

/// `c.isalpha()`.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::ALPHA, c)
}

/// `c.isalnum()`: alpha, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `c.isspace()`: Python's whitespace, which includes `\x1c`-`\x1f` and `\x85`.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f');
    }
    in_ranges(tables::SPACE, c)
}

/// Whether `c` has the Lowercase property.
pub fn is_lower(c: char) -> bool {
    in_ranges(tables::LOWER, c)
}

/// Whether `c` has the Uppercase property.
pub fn is_upper(c: char) -> bool {
    in_ranges(tables::UPPER, c)
}

/// Whether `c` is a titlecase letter (category Lt).
pub fn is_title(c: char) -> bool {
    in_ranges(tables::TITLE, c)
}

/// Whether `c` is cased (Lowercase, Uppercase or Lt).
pub fn is_cased(c: char) -> bool {
    in_ranges(tables::CASED, c)
}

/// Whether `c` is case-ignorable (used by the final sigma rule of `lower`).
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(tables::CASE_IGNORABLE, c)
}

/// Whether `c` may start an identifier (`_` included).
pub fn is_xid_start(c: char) -> bool {
    c == '_' || in_ranges(tables::XID_START, c)
}

/// Whether `c` may continue an identifier.
pub fn is_xid_continue(c: char) -> bool {
    in_ranges(tables::XID_CONTINUE, c)
}

/// `c.isprintable()`.
pub fn is_printable(c: char) -> bool {
    compiler_layer::syntax::pyrepr::is_printable(c as u32)
}

/// Appends `c.upper()` (full mapping: `ß` gives `SS`).
pub fn push_upper(out: &mut String, c: char) {
    match lookup_map(tables::UPPER_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// Appends `c.lower()`, without the final sigma rule (`Σ` gives `σ`).
pub fn push_lower(out: &mut String, c: char) {
    match lookup_map(tables::LOWER_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// Appends the titlecase mapping of `c` (`ǆ` gives `ǅ`, `ß` gives `Ss`).
pub fn push_title(out: &mut String, c: char) {
    match lookup_map(tables::TITLE_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// Appends `c.casefold()`.
pub fn push_casefold(out: &mut String, c: char) {
    match lookup_map(tables::FOLD_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// Python's text with each Unicode decimal digit made ASCII and each
/// whitespace character made a space, as `int()` and `float()` see it
/// (CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`); other non-ASCII
/// characters become `?`, which no number syntax accepts.
pub fn to_ascii_number_text(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if let Some(d) = decimal_value(c) {
                char::from_digit(d, 10).unwrap_or('?')
            } else if is_space(c) {
                ' '
            } else {
                '?'
            }
        })
        .collect()
}
