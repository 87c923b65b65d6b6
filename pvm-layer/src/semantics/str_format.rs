//! The `str.format` template language (CPython's `Objects/stringlib/unicode_format.h`):
//! literal text with `{{`/`}}`, replacement fields `{name.attr[key]!r:spec}`,
//! specs that themselves contain fields (`{0:{1}}`, two levels deep), and
//! automatic (`{}`) or manual (`{0}`) numbering, never both.
//!
//! [`parse`] never fails: CPython reports a malformed template only when its
//! walk reaches the bad spot (after formatting the fields before it), so an
//! error is a [`Piece::Error`] at that spot. The PVM walks the pieces:
//!
//! 1. `Literal` → append; `Error` → raise it.
//! 2. `Field` → [`split_field_name`] with the walk's [`AutoNumber`] gives the
//!    argument (index or keyword) and the accessors (`.attr`, `[0]`, `[key]`),
//!    each applied in turn (an `Err` accessor is raised when reached); then
//!    [`conversion`] (`!r` → `repr`); then the spec: `Spec::Plain` as is,
//!    `Spec::Nested` by walking it with the same `AutoNumber`; then
//!    `format(obj, spec)`.
//!
//! Missing arguments: [`index_error`] and a `KeyError` of the name.

use std::rc::Rc;

use super::{PyErrorKind, PyResult};

/// One step of a template.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Literal(String),
    Field(Field),
    /// A malformed template: raise this when the walk gets here.
    Error(PyErrorKind),
}

/// A replacement field `{name!conversion:spec}`.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The raw field name (`0`, `name.attr[key]`, or empty).
    pub name: String,
    /// The raw conversion character, checked by [`conversion`] after the
    /// field's object is found (as CPython does).
    pub conversion: Option<char>,
    pub spec: Spec,
}

/// A field's format spec.
#[derive(Clone, Debug, PartialEq)]
pub enum Spec {
    Plain(String),
    /// A spec with fields in it: walk it to get the spec text.
    Nested(Vec<Piece>),
}

/// How deep specs may nest fields (`{0:{1}}` is allowed, `{0:{1:{2}}}` is not).
pub const MAX_RECURSION: u32 = 2;

/// Parses a template.
pub fn parse(template: &str) -> Vec<Piece> {
    parse_at(template, MAX_RECURSION)
}

/// The parses of the last few templates, by their text: a program formats
/// the same few templates again and again (`'{}/{}'.format(i, j)` in a
/// loop), and parsing is most of the work of a short one.
#[derive(Default)]
pub struct ParsedTemplates {
    entries: Vec<(Box<str>, Rc<[Piece]>)>,
    /// The entry the next new template replaces, once all are taken.
    next: usize,
}

impl ParsedTemplates {
    const CAPACITY: usize = 8;

    /// `parse(template)`, remembered.
    pub fn get(&mut self, template: &str) -> Rc<[Piece]> {
        if let Some((_, pieces)) = self.entries.iter().find(|(text, _)| **text == *template) {
            return pieces.clone();
        }
        let pieces: Rc<[Piece]> = parse(template).into();
        let entry = (template.into(), pieces.clone());
        if self.entries.len() < Self::CAPACITY {
            self.entries.push(entry);
        } else {
            self.entries[self.next] = entry;
            self.next = (self.next + 1) % Self::CAPACITY;
        }
        pieces
    }
}

fn err(msg: &str) -> Piece {
    Piece::Error(PyErrorKind::ValueError(msg.to_string()))
}

fn parse_at(template: &str, depth: u32) -> Vec<Piece> {
    if depth == 0 {
        return vec![err("Max string recursion exceeded")];
    }
    let s: Vec<char> = template.chars().collect();
    let end = s.len();
    let mut pos = 0;
    let mut pieces = Vec::new();
    let mut literal = String::new();
    while pos < end {
        // Literal text up to a brace.
        let mut c = '\0';
        let mut markup = false;
        while pos < end {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
            literal.push(c);
        }
        if !markup {
            break;
        }
        let at_end = pos >= end;
        if c == '}' && (at_end || s[pos] != '}') {
            flush(&mut pieces, &mut literal);
            pieces.push(err("Single '}' encountered in format string"));
            return pieces;
        }
        if at_end && c == '{' {
            flush(&mut pieces, &mut literal);
            pieces.push(err("Single '{' encountered in format string"));
            return pieces;
        }
        if s[pos] == c {
            literal.push(c);
            pos += 1;
            continue;
        }
        flush(&mut pieces, &mut literal);
        match parse_field(&s, &mut pos, depth) {
            Ok(f) => pieces.push(Piece::Field(f)),
            Err(e) => {
                pieces.push(Piece::Error(e));
                return pieces;
            }
        }
    }
    flush(&mut pieces, &mut literal);
    pieces
}

fn flush(pieces: &mut Vec<Piece>, literal: &mut String) {
    if !literal.is_empty() {
        pieces.push(Piece::Literal(std::mem::take(literal)));
    }
}

/// CPython's `parse_field`: from just after `{` to just after the matching `}`.
fn parse_field(s: &[char], pos: &mut usize, depth: u32) -> PyResult<Field> {
    let end = s.len();
    let value_error = |m: &str| Err(PyErrorKind::ValueError(m.to_string()));
    let start = *pos;
    let mut c = '\0';
    while *pos < end {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return value_error("unexpected '{' in field name"),
            '[' => {
                while *pos < end && s[*pos] != ']' {
                    *pos += 1;
                }
                c = '\0';
                continue;
            }
            '}' | ':' | '!' => break,
            _ => {
                c = '\0';
                continue;
            }
        }
    }
    let name: String = s[start..(*pos - usize::from(c != '\0'))].iter().collect();
    let mut conversion = None;
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= end {
                return value_error("end of string while looking for conversion specifier");
            }
            conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < end {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(Field { name, conversion, spec: Spec::Plain(String::new()) });
                }
                if c2 != ':' {
                    return value_error("expected ':' after conversion specifier");
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        let mut nested = false;
        while *pos < end {
            let c = s[*pos];
            *pos += 1;
            if c == '{' {
                nested = true;
                count += 1;
            } else if c == '}' {
                count -= 1;
                if count == 0 {
                    let text: String = s[spec_start..*pos - 1].iter().collect();
                    let spec =
                        if nested { Spec::Nested(parse_at(&text, depth - 1)) } else { Spec::Plain(text) };
                    return Ok(Field { name, conversion, spec });
                }
            }
        }
        return value_error("unmatched '{' in format spec");
    }
    if c != '}' {
        return value_error("expected '}' before end of string");
    }
    Ok(Field { name, conversion, spec: Spec::Plain(String::new()) })
}

/// `!r`, `!s`, `!a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    Repr,
    Str,
    Ascii,
}

/// Checks a field's conversion character.
pub fn conversion(c: char) -> PyResult<Conversion> {
    match c {
        'r' => Ok(Conversion::Repr),
        's' => Ok(Conversion::Str),
        'a' => Ok(Conversion::Ascii),
        c if (c as u32) > 32 && (c as u32) < 127 => {
            Err(PyErrorKind::ValueError(format!("Unknown conversion specifier {c}")))
        }
        c => Err(PyErrorKind::ValueError(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    }
}

/// The numbering state of one `str.format` call (shared with nested specs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AutoNumber {
    state: AutoState,
    next: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum AutoState {
    #[default]
    Init,
    Auto,
    Manual,
}

/// Which argument a field names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgRef {
    Index(usize),
    Keyword(String),
}

/// One step after the argument: `.name`, `[digits]` or `[key]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accessor {
    Attr(String),
    /// `[3]`: `obj[3]` (an int index).
    Index(usize),
    /// `[key]`: `obj['key']` (a str key).
    Key(String),
}

/// A field name's digits as an index, if it is all (Unicode) decimal digits.
fn get_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = super::unicode::decimal_value(c) else { return Ok(None) };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(PyErrorKind::ValueError("Too many decimal digits in format string".into()));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// Splits a field name into its argument and accessors, numbering `{}`
/// fields with `auto`. The accessors stop at the first error, which the
/// PVM raises after applying the accessors before it.
pub fn split_field_name(name: &str, auto: &mut AutoNumber) -> PyResult<(ArgRef, Vec<PyResult<Accessor>>)> {
    let first_len = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(first_len);
    let idx = get_integer(first)?;
    let empty = first.is_empty();
    if empty || idx.is_some() {
        if auto.state == AutoState::Init {
            auto.state = if empty { AutoState::Auto } else { AutoState::Manual };
        }
        if auto.state == AutoState::Manual && empty {
            return super::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            );
        }
        if auto.state == AutoState::Auto && !empty {
            return super::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            );
        }
    }
    let arg = match idx {
        Some(i) => ArgRef::Index(i),
        None if empty => {
            auto.next += 1;
            ArgRef::Index(auto.next - 1)
        }
        None => ArgRef::Keyword(first.to_string()),
    };
    Ok((arg, accessors(rest)))
}

fn accessors(rest: &str) -> Vec<PyResult<Accessor>> {
    let s: Vec<char> = rest.chars().collect();
    let mut pos = 0;
    let mut out = Vec::new();
    let fail =
        |out: &mut Vec<PyResult<Accessor>>, m: &str| out.push(Err(PyErrorKind::ValueError(m.to_string())));
    while pos < s.len() {
        let c = s[pos];
        pos += 1;
        let start = pos;
        let acc = match c {
            '.' => {
                while pos < s.len() && s[pos] != '.' && s[pos] != '[' {
                    pos += 1;
                }
                let n: String = s[start..pos].iter().collect();
                if n.is_empty() {
                    fail(&mut out, "Empty attribute in format string");
                    return out;
                }
                Accessor::Attr(n)
            }
            '[' => {
                while pos < s.len() && s[pos] != ']' {
                    pos += 1;
                }
                if pos >= s.len() {
                    fail(&mut out, "Missing ']' in format string");
                    return out;
                }
                let n: String = s[start..pos].iter().collect();
                pos += 1;
                if n.is_empty() {
                    fail(&mut out, "Empty attribute in format string");
                    return out;
                }
                match get_integer(&n) {
                    Ok(Some(i)) => Accessor::Index(i),
                    Ok(None) => Accessor::Key(n),
                    Err(e) => {
                        out.push(Err(e));
                        return out;
                    }
                }
            }
            _ => {
                fail(&mut out, "Only '.' or '[' may follow ']' in format field specifier");
                return out;
            }
        };
        out.push(Ok(acc));
    }
    out
}

/// The `IndexError` of a positional field past the arguments.
pub fn index_error(index: usize) -> PyErrorKind {
    PyErrorKind::IndexError(format!("Replacement index {index} out of range for positional args tuple"))
}

/// `format_map`'s error for a positional field.
pub fn positional_in_format_map() -> PyErrorKind {
    PyErrorKind::ValueError("Format string contains positional fields".into())
}
