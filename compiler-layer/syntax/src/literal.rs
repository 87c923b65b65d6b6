//! Literals: number text to values, string tokens to `Constant`/`JoinedStr`.
//!
//! * [`number`] turns a number token's text into an int, float or complex.
//! * [`strings`] turns a run of adjacent string tokens (implicit
//!   concatenation) into the one node CPython 3.11 builds for it: a
//!   `Constant` (str or bytes) or, when any token is an f-string, a
//!   `JoinedStr`. Escapes are decoded in `escape`, f-strings parsed in
//!   `fstring`.

mod escape;
mod fstring;
mod number;

/// `\N{name}`'s lookup, which `unicodedata.lookup` shares.
pub use escape::lookup_name;

use crate::ast::{Constant, Expr, ExprKind};
use crate::error::SyntaxError;
use crate::pos::{Pos, Range};
use crate::wtf8::Wtf8Buf;
use fstring::{FStringParser, FToken, Joined};
use std::borrow::Cow;

pub use number::number;

/// Parses the replacement field of an f-string. `text` is the field's
/// expression wrapped in parentheses, as CPython 3.11 parses it; `origin` is
/// where CPython places the text's first character (see `LexOptions::origin`).
pub type FieldParser<'a> = dyn FnMut(&str, Pos) -> Result<Expr, SyntaxError> + 'a;

/// One string token: its extent and raw text (prefix and quotes included).
#[derive(Clone, Copy, Debug)]
pub struct StrToken<'src> {
    pub start: Pos,
    pub text: &'src str,
    pub end: Pos,
}

/// A string token's prefix letters and where its body lies.
struct Prefix {
    bytes: bool,
    raw: bool,
    fstring: bool,
    body: std::ops::Range<usize>,
}

impl Prefix {
    /// Reads `rb'...'`, `f"""..."""` and the like; `None` if `text` is not a string token.
    fn parse(text: &str) -> Option<Prefix> {
        let b = text.as_bytes();
        let (mut bytes, mut raw, mut fstring) = (false, false, false);
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            match c.to_ascii_lowercase() {
                b'b' => bytes = true,
                b'r' => raw = true,
                b'f' => fstring = true,
                b'u' => {}
                _ => break,
            }
            i += 1;
        }
        let quote = *b.get(i).filter(|q| matches!(q, b'\'' | b'"'))?;
        let rest = &b[i..];
        let q = if rest.len() >= 6 && rest[1] == quote && rest[2] == quote { 3 } else { 1 };
        if rest.len() < 2 * q || rest[rest.len() - q..].iter().any(|&c| c != quote) {
            return None;
        }
        Some(Prefix { bytes, raw, fstring: fstring && !bytes, body: i + q..b.len() - q })
    }
}

/// The node for one or more adjacent string literals (implicit concatenation).
pub fn strings(tokens: &[StrToken<'_>], fields: &mut FieldParser<'_>) -> Result<Expr, SyntaxError> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Err(SyntaxError::new("expected a string literal", Pos::default(), Pos::default()));
    };
    let run = Range::new(first.start, last.end);
    // CPython reports these errors at the token after the run; its start is
    // usually where the run ends.
    let error_at = last.end;
    // Only a lowercase `u` on the *first* token marks the constants.
    let kind = first.text.starts_with('u').then(|| "u".to_string());

    let mut parser = FStringParser { fields, run, error_at, kind: kind.clone(), lines: Default::default() };
    let mut joined = Joined::new(kind);
    let mut bytes_value: Vec<u8> = Vec::new();
    let mut bytes_mode = None;
    for tok in tokens {
        let text = normalize_newlines(tok.text);
        let prefix = Prefix::parse(&text)
            .ok_or_else(|| SyntaxError::new("invalid string literal", tok.start, tok.end))?;
        let body = &text[prefix.body.clone()];
        // Decode first, then check for mixing, then add: CPython's order of errors.
        let decoded = if prefix.fstring {
            None
        } else if prefix.bytes {
            if !body.is_ascii() {
                return Err(SyntaxError::new(
                    "bytes can only contain ASCII literal characters",
                    tok.start,
                    tok.end,
                ));
            }
            Some(if prefix.raw || !body.contains('\\') {
                Constant::Bytes(body.as_bytes().to_vec())
            } else {
                let value = escape::decode_bytes(body.as_bytes())
                    .map_err(|msg| SyntaxError::new(msg, error_at, error_at))?;
                Constant::Bytes(value)
            })
        } else if prefix.raw || !body.contains('\\') {
            Some(Constant::Str(Wtf8Buf::from(body)))
        } else {
            let value = escape::decode_str(body).map_err(|msg| SyntaxError::new(msg, error_at, error_at))?;
            Some(Constant::Str(value))
        };
        if bytes_mode.is_some_and(|b| b != prefix.bytes) {
            return Err(SyntaxError::new("cannot mix bytes and nonbytes literals", error_at, error_at));
        }
        match decoded {
            Some(Constant::Bytes(b)) => bytes_value.extend_from_slice(&b),
            Some(Constant::Str(s)) => joined.push_text(&s),
            _ => {
                let ftok = FToken {
                    text: &text,
                    start: tok.start,
                    body: prefix.body.clone(),
                    raw: prefix.raw,
                    end: tok.end,
                };
                parser.token(&mut joined, &ftok)?;
            }
        }
        bytes_mode = Some(prefix.bytes);
    }
    if bytes_mode == Some(true) {
        return Ok(Expr {
            node: ExprKind::Constant { value: Constant::Bytes(bytes_value), kind: None },
            range: run,
        });
    }
    Ok(joined.finish(run))
}

/// CPython's tokenizer reads `\r\n` and `\r` as `\n`; so do we, in case the
/// token still holds them.
fn normalize_newlines(text: &str) -> Cow<'_, str> {
    if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod golden_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::{ExprContext, Mod};
    use crate::dump::{dump, DumpOptions};

    /// A stand-in for the real field parser: accepts `( name )`, spaces and
    /// newlines allowed, and places the name as the lexer would from `origin`.
    fn name_field(text: &str, origin: Pos) -> Result<Expr, SyntaxError> {
        let inner = &text[1..text.len() - 1];
        let offset = 1 + inner.len() - inner.trim_start().len();
        let id = inner.trim();
        if id.is_empty() || !id.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Err(SyntaxError::new(format!("mock: {text:?}"), origin, origin));
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() as u32;
        let col = match before.rfind('\n') {
            Some(nl) => (offset - nl - 1) as u32,
            None => origin.col + offset as u32,
        };
        let start = Pos::new(origin.line + line, col);
        let end = Pos::new(start.line, col + id.len() as u32);
        Ok(Expr {
            node: ExprKind::Name { id: id.to_string(), ctx: ExprContext::Load },
            range: Range::new(start, end),
        })
    }

    fn run(tokens: &[(u32, u32, u32, u32, &'static str)]) -> Result<Expr, SyntaxError> {
        let toks: Vec<StrToken<'_>> = tokens
            .iter()
            .map(|&(l, c, el, ec, text)| StrToken { start: Pos::new(l, c), text, end: Pos::new(el, ec) })
            .collect();
        strings(&toks, &mut name_field)
    }

    #[test]
    fn strings_match_cpython() {
        let mut failures = Vec::new();
        for (tokens, expected) in golden_tests::GOOD {
            let got = match run(tokens) {
                Ok(expr) => dump(
                    &Mod::Expression { body: Box::new(expr) },
                    DumpOptions { include_attributes: true, indent: None },
                ),
                Err(e) => format!("error: {}", e.msg),
            };
            if got != *expected {
                failures.push(format!("{tokens:?}\n  got:  {got}\n  want: {expected}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn string_errors_match_cpython() {
        let mut failures = Vec::new();
        for (tokens, expected) in golden_tests::BAD {
            match run(tokens) {
                Ok(expr) => failures.push(format!("{tokens:?}: no error, got {expr:?}")),
                Err(e) if e.msg != *expected => {
                    failures.push(format!("{tokens:?}\n  got:  {}\n  want: {expected}", e.msg))
                }
                Err(_) => {}
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn nothing_panics_on_odd_input() {
        let odd = [
            "'\\",
            "'\\x'",
            "f'{",
            "f'{x!",
            "f'\\N{é}'",
            "f'\\Né'",
            "''",
            "b''",
            "f'{x:{'",
            "'''",
            "f'{'''",
            "x",
            "",
            "f'''{'''\"'''}'''",
            "'\\U0010ffff\\U00110000'",
        ];
        for text in odd {
            let tok = StrToken { start: Pos::new(1, 0), text, end: Pos::new(1, text.len() as u32) };
            let _ = strings(&[tok], &mut name_field);
        }
        assert!(strings(&[], &mut name_field).is_err());
    }

    #[test]
    fn deep_and_huge_inputs() {
        let deep = format!("f'{{{}x{}}}'", "(".repeat(300), ")".repeat(300));
        let tok = StrToken { start: Pos::new(1, 0), text: &deep, end: Pos::new(1, deep.len() as u32) };
        let err = strings(&[tok], &mut name_field).unwrap_err();
        assert_eq!(err.msg, "f-string: too many nested parenthesis");
    }
}
