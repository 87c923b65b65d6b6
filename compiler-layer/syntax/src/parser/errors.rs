//! lalrpop's parse errors turned into CPython's messages.
//!
//! CPython's PEG parser reports most errors through `invalid_*` rules; an LR
//! parser knows instead the unexpected token and what it expected there. The
//! common cases map onto the same messages: a missing `:`, a missing indented
//! block, an unexpected indent, and otherwise "invalid syntax" at the token.

use crate::error::{ErrorKind, SyntaxError};
use crate::pos::Pos;
use crate::token::Tok;
use lalrpop_util::ParseError;

type Token = Result<(Pos, Tok, Pos), SyntaxError>;

/// `pulled` counts the tokens the parser took: the last one is the unexpected one.
/// `pulled` counts the tokens the parser took: the last one is the unexpected one.
pub fn convert(e: ParseError<Pos, Tok, SyntaxError>, tokens: &[Token], pulled: usize) -> SyntaxError {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", location, location)
        }
        ParseError::ExtraToken { token: (l, _, r) } => SyntaxError::new("invalid syntax", l, r),
        ParseError::UnrecognizedEof { location, expected } => {
            unexpected(location, location, None, &expected, tokens.len(), tokens)
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            let index = pulled.saturating_sub(1);
            let (l, r) = match tokens.get(index) {
                Some(Ok((l, _, r))) => (*l, *r),
                _ => (l, r),
            };
            unexpected(l, r, Some(&tok), &expected, index, tokens)
        }
    }
}

fn unexpected(
    l: Pos,
    r: Pos,
    tok: Option<&Tok>,
    expected: &[String],
    index: usize,
    tokens: &[Token],
) -> SyntaxError {
    if tok == Some(&Tok::Indent) {
        return SyntaxError::with_kind(ErrorKind::IndentationError, "unexpected indent", l, r);
    }
    if expected.iter().any(|e| e == "Indent")
        && !expected.iter().any(|e| e != "Indent" && e != "TypeComment")
    {
        let msg = match block_header(tokens, index) {
            Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
            None => "expected an indented block".to_string(),
        };
        return SyntaxError::with_kind(ErrorKind::IndentationError, msg, l, r);
    }
    if expected.len() == 1 && expected[0] == "\":\"" {
        // CPython points just past the previous token.
        let at = previous_end(tokens, index).unwrap_or(l);
        return SyntaxError::new("expected ':'", at, at);
    }
    if tok.is_none() {
        return SyntaxError::new("unexpected EOF while parsing", l, r);
    }
    SyntaxError::new("invalid syntax", l, r)
}

fn previous_end(tokens: &[Token], index: usize) -> Option<Pos> {
    tokens[..index.min(tokens.len())]
        .iter()
        .rev()
        .find_map(|t| match t {
            Ok((_, Tok::Newline | Tok::Indent | Tok::Dedent, _)) => None,
            Ok((_, _, r)) => Some(*r),
            Err(_) => None,
        })
}

/// The compound statement whose block is missing: CPython names it in the
/// message ("after 'if' statement on line 3", "after function definition ...").
fn block_header(tokens: &[Token], index: usize) -> Option<(String, u32)> {
    let before = &tokens[..index.min(tokens.len())];
    // Skip back over the header's NEWLINE (and type comment) to its `:`, then
    // to the first token of that logical line.
    let mut i = before.len();
    while i > 0
        && matches!(
            before[i - 1],
            Ok((_, Tok::Newline | Tok::TypeComment(_), _))
        )
    {
        i -= 1;
    }
    let mut start = i;
    while start > 0 {
        match &before[start - 1] {
            Ok((_, Tok::Newline | Tok::Indent | Tok::Dedent, _)) => break,
            Ok((_, tok, _)) if is_start_marker(tok) => break,
            _ => start -= 1,
        }
    }
    // A one-line header may follow `;`-separated statements? No: compound
    // statements start a logical line, but `else:`/`except:` follow a DEDENT.
    let (pos, first) = match before.get(start)? {
        Ok((l, t, _)) => (*l, t),
        Err(_) => return None,
    };
    let second = match before.get(start + 1) {
        Some(Ok((_, t, _))) => Some(t),
        _ => None,
    };
    let what = match first {
        Tok::Def => "function definition".to_string(),
        Tok::Class => "class definition".to_string(),
        Tok::Async => match second {
            Some(Tok::Def) => "function definition".to_string(),
            Some(Tok::For) => "'for' statement".to_string(),
            Some(Tok::With) => "'with' statement".to_string(),
            _ => return None,
        },
        Tok::If => "'if' statement".to_string(),
        Tok::Elif => "'elif' statement".to_string(),
        Tok::Else => "'else' statement".to_string(),
        Tok::While => "'while' statement".to_string(),
        Tok::For => "'for' statement".to_string(),
        Tok::With => "'with' statement".to_string(),
        Tok::Try => "'try' statement".to_string(),
        Tok::Except => match second {
            Some(Tok::Star) => "'except*' statement".to_string(),
            _ => "'except' statement".to_string(),
        },
        Tok::Finally => "'finally' statement".to_string(),
        Tok::Match => "'match' statement".to_string(),
        Tok::Case => "'case' statement".to_string(),
        _ => return None,
    };
    Some((what, pos.line))
}

fn is_start_marker(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::StartModule
            | Tok::StartInteractive
            | Tok::StartExpression
            | Tok::StartFuncType
            | Tok::StartFString
    )
}
