//! The raw token classes, recognised by a `logos` DFA.
//!
//! Logos does the cheap, regular part of lexing: operators, ASCII names,
//! comments, newlines and skipping blanks. Everything with context-dependent
//! rules — string bodies, number validation, non-ASCII identifiers,
//! indentation — is finished by hand in the sibling modules, which `bump` the
//! logos lexer past what they consume.

use crate::token::Tok;
use logos::Logos;

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\x0c]+")]
pub enum Raw {
    /// An identifier's ASCII head; a non-ASCII tail is added by hand.
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
    Name,
    /// Any non-ASCII character outside a string or comment: the start of a
    /// Unicode identifier, or an invalid character.
    #[regex(r"[^\x00-\x7f]")]
    NonAscii,
    /// The first character of a number (`7`, or `.5`); the rest is scanned by hand.
    #[regex(r"[0-9]")]
    #[regex(r"\.[0-9]")]
    Number,
    /// A string prefix and its opening quote; the body is scanned by hand.
    /// Being longer, `rb'` wins over the name `rb`.
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?['"]"#)]
    StringStart,
    /// A comment's `#`; the driver extends the token to the end of the line.
    /// (A `#[^\r\n]*` regex would do, but logos's generated states call each
    /// other once per byte of a non-ASCII character, which without tail calls
    /// — a debug build — overflows the stack on a long non-ASCII comment.)
    #[token("#")]
    Comment,
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// A backslash: valid only as a line continuation (checked by hand).
    #[token("\\")]
    Backslash,

    #[token("(", |_| Tok::LPar)]
    #[token(")", |_| Tok::RPar)]
    #[token("[", |_| Tok::LSqb)]
    #[token("]", |_| Tok::RSqb)]
    #[token("{", |_| Tok::LBrace)]
    #[token("}", |_| Tok::RBrace)]
    #[token(":", |_| Tok::Colon)]
    #[token(",", |_| Tok::Comma)]
    #[token(";", |_| Tok::Semi)]
    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("/", |_| Tok::Slash)]
    #[token("|", |_| Tok::VBar)]
    #[token("&", |_| Tok::Amper)]
    #[token("<", |_| Tok::Less)]
    #[token(">", |_| Tok::Greater)]
    #[token("=", |_| Tok::Equal)]
    #[token(".", |_| Tok::Dot)]
    #[token("%", |_| Tok::Percent)]
    #[token("==", |_| Tok::EqEqual)]
    #[token("!=", |_| Tok::NotEqual)]
    #[token("<=", |_| Tok::LessEqual)]
    #[token(">=", |_| Tok::GreaterEqual)]
    #[token("~", |_| Tok::Tilde)]
    #[token("^", |_| Tok::Circumflex)]
    #[token("<<", |_| Tok::LeftShift)]
    #[token(">>", |_| Tok::RightShift)]
    #[token("**", |_| Tok::DoubleStar)]
    #[token("+=", |_| Tok::PlusEqual)]
    #[token("-=", |_| Tok::MinEqual)]
    #[token("*=", |_| Tok::StarEqual)]
    #[token("/=", |_| Tok::SlashEqual)]
    #[token("%=", |_| Tok::PercentEqual)]
    #[token("&=", |_| Tok::AmperEqual)]
    #[token("|=", |_| Tok::VBarEqual)]
    #[token("^=", |_| Tok::CircumflexEqual)]
    #[token("<<=", |_| Tok::LeftShiftEqual)]
    #[token(">>=", |_| Tok::RightShiftEqual)]
    #[token("**=", |_| Tok::DoubleStarEqual)]
    #[token("//", |_| Tok::DoubleSlash)]
    #[token("//=", |_| Tok::DoubleSlashEqual)]
    #[token("@", |_| Tok::At)]
    #[token("@=", |_| Tok::AtEqual)]
    #[token("->", |_| Tok::RArrow)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token(":=", |_| Tok::ColonEqual)]
    Op(Tok),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Result<Raw, ()>> {
        Raw::lexer(src).collect()
    }

    #[test]
    fn longest_match_and_fallback() {
        assert_eq!(
            kinds("a..b"),
            vec![Ok(Raw::Name), Ok(Raw::Op(Tok::Dot)), Ok(Raw::Op(Tok::Dot)), Ok(Raw::Name)]
        );
        assert_eq!(kinds("rb'"), vec![Ok(Raw::StringStart)]);
        assert_eq!(kinds("ub'"), vec![Ok(Raw::Name), Ok(Raw::StringStart)]);
        assert_eq!(kinds("**="), vec![Ok(Raw::Op(Tok::DoubleStarEqual))]);
        assert_eq!(kinds(".5"), vec![Ok(Raw::Number)]);
        assert_eq!(kinds("$"), vec![Err(())]);
    }
}
