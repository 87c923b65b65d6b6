//! Soft keywords: deciding whether a logical line that starts with the name
//! `match` or `case` is a `match` statement / `case` clause.
//!
//! The parser has one token of lookahead, so the lexer decides by looking at
//! the whole logical line:
//! * `match` is a keyword when the line's last token is `:` (a match
//!   statement's header always ends the line);
//! * `case` is a keyword when the line has a `:` outside brackets with no
//!   assignment before it (`case 1: pass` is a whole clause on one line,
//!   while `case = lambda: 0` is an assignment);
//! * neither, when the next token can only continue an expression statement
//!   (`match.group(1)`, `case: int = 1`, `match = 3`).

use crate::token::Tok;

/// `rest` is the line's tokens after the keyword, NEWLINE excluded.
pub fn is_keyword(word: &str, rest: &[&Tok]) -> bool {
    let Some(second) = rest.first() else {
        return false;
    };
    if continues_expression(second) {
        return false;
    }
    match word {
        "match" => rest.last() == Some(&&Tok::Colon),
        "case" => {
            let mut depth = 0i32;
            for tok in rest {
                match tok {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                    Tok::Colon if depth == 0 => return true,
                    t if depth == 0 && is_assignment(t) => return false,
                    _ => {}
                }
            }
            false
        }
        _ => false,
    }
}

fn is_assignment(t: &Tok) -> bool {
    matches!(t, Tok::Equal | Tok::ColonEqual) || t.is_augmented_assignment()
}

/// Tokens that cannot start a subject or pattern, so a name before them is a name.
fn continues_expression(t: &Tok) -> bool {
    is_assignment(t)
        || matches!(
            t,
            Tok::Dot
                | Tok::Colon
                | Tok::Comma
                | Tok::Semi
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
                | Tok::Slash
                | Tok::DoubleSlash
                | Tok::Percent
                | Tok::At
                | Tok::VBar
                | Tok::Amper
                | Tok::Circumflex
                | Tok::LeftShift
                | Tok::RightShift
                | Tok::Less
                | Tok::Greater
                | Tok::LessEqual
                | Tok::GreaterEqual
                | Tok::EqEqual
                | Tok::NotEqual
                | Tok::RArrow
                | Tok::In
                | Tok::Is
                | Tok::And
                | Tok::Or
                | Tok::If
                | Tok::Else
                | Tok::For
                | Tok::Newline
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(word: &str, rest: &[Tok]) -> bool {
        let refs: Vec<&Tok> = rest.iter().collect();
        is_keyword(word, &refs)
    }

    #[test]
    fn decisions() {
        let n = || Tok::Name("x".into());
        assert!(check("match", &[n(), Tok::Colon]));
        assert!(!check("match", &[Tok::Dot, n(), Tok::Colon]));
        assert!(!check("match", &[Tok::LPar, n(), Tok::RPar]));
        assert!(check("case", &[n(), Tok::Colon, Tok::Pass]));
        assert!(!check("case", &[Tok::Equal, Tok::Lambda, Tok::Colon, n()]));
        assert!(!check("case", &[Tok::LPar, Tok::Lambda, Tok::Colon, n(), Tok::RPar]));
        assert!(!check("case", &[Tok::Colon, n()]));
        assert!(!check("match", &[]));
    }
}
