//! f-strings and implicit concatenation, built as CPython 3.11's
//! `Parser/string_parser.c` builds them.
//!
//! A run of adjacent string tokens becomes one node. Literal text accumulates
//! in [`Joined`]; each replacement field `{expr!c:spec}` first turns the text
//! so far into a `Constant`, then adds a `FormattedValue`. The expression is
//! handed to the caller's [`FieldParser`] as `(expr)`.
//!
//! CPython 3.11's locations are quirky, and we copy them:
//! * the `JoinedStr`, its `Constant`s and its `FormattedValue`s all span the
//!   whole run of tokens, first to last;
//! * a format spec's `JoinedStr`, and the `Constant` that ends it, span only
//!   the token the spec sits in (and that `Constant` never has `kind='u'`);
//! * the field's expression is placed from the `{` that opens it (see
//!   [`field_origin`]).

use super::escape::decode_str;
use super::FieldParser;
use crate::ast::{Constant, Expr, ExprKind};
use crate::error::SyntaxError;
use crate::pos::{Pos, Range};
use crate::wtf8::Wtf8Buf;

/// CPython's limit on brackets open at once inside a replacement field.
const MAX_NESTING: usize = 200;

/// The text of one f-string token and where its body lies in it.
pub(super) struct FToken<'a> {
    /// The whole token text, prefix and quotes included (newlines normalised).
    pub text: &'a str,
    pub start: Pos,
    /// The range of the body (between the quotes) in `text`.
    pub body: std::ops::Range<usize>,
    pub raw: bool,
    /// Where the token ends in the source.
    pub end: Pos,
}

/// The node under construction: parts so far and the pending literal text.
pub(super) struct Joined {
    kind: Option<String>,
    parts: Vec<Expr>,
    /// Literal text not yet turned into a `Constant` (empty: none).
    pending: Wtf8Buf,
    /// Whether an f-string was seen: the result is then a `JoinedStr`.
    fmode: bool,
}

impl Joined {
    /// `kind` is `Some("u")` when the first token had a `u` prefix: CPython
    /// then marks every `Constant` it makes for the run.
    pub fn new(kind: Option<String>) -> Self {
        Joined { kind, parts: Vec::new(), pending: Wtf8Buf::new(), fmode: false }
    }

    pub fn push_text(&mut self, text: &Wtf8Buf) {
        self.pending.push_wtf8(text);
    }

    /// Turns the pending text, if any, into a `Constant` part spanning `range`.
    fn flush(&mut self, range: Range) {
        if !self.pending.is_empty() {
            let value = std::mem::take(&mut self.pending);
            let node = self.constant(value, range);
            self.parts.push(node);
        }
    }

    fn constant(&self, value: Wtf8Buf, range: Range) -> Expr {
        Expr { node: ExprKind::Constant { value: Constant::Str(value), kind: self.kind.clone() }, range }
    }

    /// The finished node: a `Constant` for plain strings, else a `JoinedStr`.
    pub fn finish(mut self, range: Range) -> Expr {
        if !self.fmode {
            let value = std::mem::take(&mut self.pending);
            return self.constant(value, range);
        }
        self.flush(range);
        Expr { node: ExprKind::JoinedStr { values: self.parts }, range }
    }
}

/// Parses the f-string tokens of one run, calling back for replacement fields.
pub(super) struct FStringParser<'a, 'f> {
    pub fields: &'a mut FieldParser<'f>,
    /// From the first token's start to the last token's end.
    pub run: Range,
    /// Where errors are reported (CPython points after the run).
    pub error_at: Pos,
    /// The `kind` of every `Constant` made (`Some("u")` after a `u` prefix).
    pub kind: Option<String>,
    /// Newlines counted so far in the current token, for [`field_origin`].
    pub lines: LineCursor,
}

/// Counts the newlines of a token's text up to a point, resuming where the
/// last count stopped, so that placing every field of a token costs time
/// linear in its length, not quadratic (100,000 fields on one line).
#[derive(Default)]
pub(super) struct LineCursor {
    at: usize,
    lines: usize,
    last_newline: Option<usize>,
}

impl LineCursor {
    /// The newlines in `bytes[..to]` and the offset of the last one.
    fn count(&mut self, bytes: &[u8], to: usize) -> (usize, Option<usize>) {
        if to < self.at {
            *self = LineCursor::default();
        }
        for (i, &c) in bytes.iter().enumerate().take(to).skip(self.at) {
            if c == b'\n' {
                self.lines += 1;
                self.last_newline = Some(i);
            }
        }
        self.at = to;
        (self.lines, self.last_newline)
    }
}

impl FStringParser<'_, '_> {
    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::new(msg, self.error_at, self.error_at)
    }

    /// Adds one f-string token to `joined`.
    pub fn token(&mut self, joined: &mut Joined, tok: &FToken<'_>) -> Result<(), SyntaxError> {
        let mut pos = tok.body.start;
        self.lines = LineCursor::default();
        self.concat(joined, tok, &mut pos, 0)
    }

    /// Adds literal text and fields from `*pos` up to the end of the body, or
    /// (in a format spec, `level > 0`) up to the `}` that closes the spec.
    fn concat(
        &mut self,
        joined: &mut Joined,
        tok: &FToken<'_>,
        pos: &mut usize,
        level: u32,
    ) -> Result<(), SyntaxError> {
        joined.fmode = true;
        let end = tok.body.end;
        let bytes = tok.text.as_bytes();
        loop {
            let (literal, doubled_brace) = self.literal(tok, pos, level)?;
            if let Some(text) = literal {
                joined.push_text(&text);
            }
            if doubled_brace {
                continue;
            }
            if *pos >= end || bytes[*pos] == b'}' {
                break;
            }
            let (debug_text, field) = self.field(tok, pos, level)?;
            if let Some(text) = debug_text {
                joined.push_text(&text);
            }
            joined.flush(self.run);
            joined.parts.push(field);
        }
        if level == 0 && *pos + 1 < end {
            return Err(self.error("f-string: unexpected end of string"));
        }
        if level != 0 && bytes.get(*pos) != Some(&b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        Ok(())
    }

    /// Scans literal text from `*pos` to the next `{` or `}` (or the end).
    /// Returns the decoded text and whether it stopped at a doubled brace
    /// (`{{` or `}}` at the top level), whose second brace is then skipped.
    fn literal(
        &self,
        tok: &FToken<'_>,
        pos: &mut usize,
        level: u32,
    ) -> Result<(Option<Wtf8Buf>, bool), SyntaxError> {
        let bytes = tok.text.as_bytes();
        let end = tok.body.end;
        let start = *pos;
        let mut s = start;
        let mut lit_end = None;
        while s < end {
            let mut ch = bytes[s];
            s += 1;
            if !tok.raw && ch == b'\\' && s < end {
                ch = bytes[s];
                s += 1;
                if ch == b'N' {
                    // `\N{NAME}` is literal text: its braces open no field.
                    let opened = s < end && bytes[s] == b'{';
                    if s < end {
                        s += 1;
                    }
                    if opened {
                        while s < end {
                            s += 1;
                            if bytes[s - 1] == b'}' {
                                break;
                            }
                        }
                        continue;
                    }
                    break;
                }
            }
            if ch == b'{' || ch == b'}' {
                // Doubled braces are escapes only at the top level, so that
                // `f'{x:{y}}'` closes two fields.
                if level == 0 {
                    if s < end && bytes[s] == ch {
                        lit_end = Some(s);
                        *pos = s + 1;
                        break;
                    }
                    if ch == b'}' {
                        *pos = s - 1;
                        return Err(self.error("f-string: single '}' is not allowed"));
                    }
                }
                s -= 1;
                break;
            }
        }
        let doubled = lit_end.is_some();
        let lit_end = match lit_end {
            Some(e) => e,
            None => {
                *pos = s;
                s
            }
        };
        if lit_end == start {
            return Ok((None, doubled));
        }
        let text = char_slice(tok.text, start, lit_end);
        let value =
            if tok.raw { Wtf8Buf::from(text) } else { decode_str(text).map_err(|msg| self.error(msg))? };
        Ok((Some(value), doubled))
    }

    /// Parses one replacement field, `*pos` on its `{`. Returns the text of a
    /// `{expr=}` field (which goes before it) and the `FormattedValue`.
    fn field(
        &mut self,
        tok: &FToken<'_>,
        pos: &mut usize,
        level: u32,
    ) -> Result<(Option<Wtf8Buf>, Expr), SyntaxError> {
        const EXPECTING: &str = "f-string: expecting '}'";
        if level >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let bytes = tok.text.as_bytes();
        let end = tok.body.end;
        let brace = *pos;
        *pos += 1;
        let expr_start = *pos;
        self.scan_expression(tok, pos)?;
        let expr_end = *pos;
        if *pos >= end {
            return Err(self.error(EXPECTING));
        }
        let value = self.compile(tok, brace, expr_start, expr_end)?;

        // `{expr=}`: the expression's text, through any spaces after `=`.
        let mut debug_text = None;
        if bytes[*pos] == b'=' {
            *pos += 1;
            while *pos < bytes.len() && matches!(bytes[*pos], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                *pos += 1;
            }
            if *pos >= end {
                return Err(self.error(EXPECTING));
            }
            debug_text = Some(Wtf8Buf::from(&tok.text[expr_start..*pos]));
        }

        let mut conversion = -1;
        if bytes.get(*pos) == Some(&b'!') {
            *pos += 1;
            if *pos >= end {
                return Err(self.error(EXPECTING));
            }
            let c = bytes[*pos];
            *pos += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conversion = c as i32;
        }

        let mut format_spec = None;
        if *pos < end && bytes[*pos] == b':' {
            *pos += 1;
            if *pos >= end {
                return Err(self.error(EXPECTING));
            }
            let mut spec = Joined::new(self.kind.clone());
            self.concat(&mut spec, tok, pos, level + 1)?;
            // The spec's own node, and the `Constant` that ends it, span only
            // its token; CPython passes that token as "first" too, and an
            // f-string token never starts with `u`, so that `Constant` has no kind.
            let token_range = Range::new(tok.start, tok.end);
            spec.kind = None;
            format_spec = Some(Box::new(spec.finish(token_range)));
        }

        if *pos >= end || bytes[*pos] != b'}' {
            return Err(self.error(EXPECTING));
        }
        *pos += 1;
        if debug_text.is_some() && format_spec.is_none() && conversion == -1 {
            conversion = b'r' as i32;
        }
        let node = ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec };
        Ok((debug_text, Expr { node, range: self.run }))
    }

    /// Moves `*pos` to the end of a field's expression: the first `!`, `:`,
    /// `=` or `}` outside brackets and strings (`!=`, `==`, `<=`, `>=` don't count).
    fn scan_expression(&self, tok: &FToken<'_>, pos: &mut usize) -> Result<(), SyntaxError> {
        let bytes = tok.text.as_bytes();
        let end = tok.body.end;
        let mut quote = 0u8;
        let mut triple = false;
        let mut brackets: Vec<u8> = Vec::new();
        while *pos < end {
            let ch = bytes[*pos];
            if ch == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if *pos + 2 < end && bytes[*pos + 1] == ch && bytes[*pos + 2] == ch {
                        *pos += 2;
                        quote = 0;
                        triple = false;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                triple = *pos + 2 < end && bytes[*pos + 1] == ch && bytes[*pos + 2] == ch;
                if triple {
                    *pos += 2;
                }
                quote = ch;
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if brackets.len() >= MAX_NESTING {
                    return Err(self.error("f-string: too many nested parenthesis"));
                }
                brackets.push(ch);
            } else if ch == b'#' {
                return Err(self.error("f-string expression part cannot include '#'"));
            } else if brackets.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                let next = bytes.get(*pos + 1).copied().filter(|_| *pos + 1 < end);
                if next == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                    *pos += 2;
                    continue;
                }
                if ch != b'<' && ch != b'>' {
                    break;
                }
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(open) = brackets.pop() else {
                    return Err(self.error(format!("f-string: unmatched '{}'", ch as char)));
                };
                let matching = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matching {
                    return Err(self.error(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    )));
                }
            }
            *pos += 1;
        }
        if quote != 0 {
            return Err(self.error("f-string: unterminated string"));
        }
        if let Some(&open) = brackets.last() {
            return Err(self.error(format!("f-string: unmatched '{}'", open as char)));
        }
        Ok(())
    }

    /// Parses the expression `text[start..end]` through the caller, as `(expr)`.
    fn compile(
        &mut self,
        tok: &FToken<'_>,
        brace: usize,
        start: usize,
        end: usize,
    ) -> Result<Expr, SyntaxError> {
        let source = &tok.text[start..end];
        if source.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n' | 0x0c)) {
            let next = tok.text.as_bytes()[end];
            return Err(if matches!(next, b'!' | b':' | b'=') {
                self.error(format!("f-string: expression required before '{}'", next as char))
            } else {
                self.error("f-string: empty expression not allowed")
            });
        }
        let mut text = String::with_capacity(source.len() + 2);
        text.push('(');
        text.push_str(source);
        text.push(')');
        // CPython marks syntax errors inside a field as f-string errors.
        let origin = field_origin(tok, brace, &mut self.lines);
        (self.fields)(&text, origin).map_err(|mut e| {
            if !e.msg.starts_with("f-string") && e.kind != crate::error::ErrorKind::RecursionError {
                e.msg.insert_str(0, "f-string: ");
            }
            e
        })
    }
}

/// Where CPython 3.11 places the `(` of a field's text: the column of its
/// `{` — but column 0 when only whitespace follows the `{` on its line, and
/// the token's own column is added only when the `{` is on the token's first
/// line (`fstring_find_expr_location` and `fstring_compile_expr`).
pub(super) fn field_origin(tok: &FToken<'_>, brace: usize, cursor: &mut LineCursor) -> Pos {
    let bytes = tok.text.as_bytes();
    let mut newline_after_brace = false;
    for &c in bytes.get(brace + 1..).unwrap_or_default() {
        if c == b'}' || c == b'\n' {
            newline_after_brace = true;
            break;
        }
        if !matches!(c, b' ' | b'\t' | 0x0c) {
            break;
        }
    }
    let (lines, last_newline) = cursor.count(bytes, brace);
    let cols = if newline_after_brace {
        0
    } else {
        match last_newline {
            Some(nl) => brace - nl - 1,
            None => brace,
        }
    };
    if lines == 0 {
        Pos::new(tok.start.line, tok.start.col + cols as u32)
    } else {
        Pos::new(tok.start.line + lines as u32, cols as u32)
    }
}

/// `text[start..end]`, with `end` moved forward to a character boundary
/// (only a malformed `\N` escape can leave it inside a character).
fn char_slice(text: &str, start: usize, mut end: usize) -> &str {
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}
