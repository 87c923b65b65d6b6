//! Literals: number text to values, string tokens to `Constant`/`JoinedStr`. (Being written.)

use crate::ast::{Constant, Expr};
use crate::error::SyntaxError;
use crate::pos::Pos;

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

/// The value of a number literal's text (`0x_1f`, `1e3`, `2j`).
pub fn number(text: &str) -> Result<Constant, String> {
    Err(format!("number literals are not decoded yet: {text}"))
}

/// The node for one or more adjacent string literals (implicit concatenation).
pub fn strings(tokens: &[StrToken<'_>], fields: &mut FieldParser<'_>) -> Result<Expr, SyntaxError> {
    let _ = fields;
    let (start, end) = (tokens[0].start, tokens[tokens.len() - 1].end);
    Err(SyntaxError::new(
        "string literals are not decoded yet",
        start,
        end,
    ))
}
