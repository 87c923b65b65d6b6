//! The lexer: source text to parser tokens. (Being written.)

use crate::ast::TypeIgnore;
use crate::error::SyntaxError;
use crate::pos::Pos;
use crate::token::Tok;

/// One parser token with its extent, as lalrpop's external-lexer interface wants.
pub type Spanned = Result<(Pos, Tok, Pos), SyntaxError>;

#[derive(Clone, Copy, Debug)]
pub struct LexOptions {
    /// Emit `Tok::TypeComment` for `# type: ...` and collect `# type: ignore`.
    pub type_comments: bool,
    /// Where the text's first character sits. A token on the text's line `l`
    /// (1-based) at byte column `c` is placed at line `origin.line + l - 1`
    /// and column `origin.col + c` on the first line, `c` on later lines —
    /// CPython's rule for f-string replacement fields. `Pos::new(1, 0)` otherwise.
    pub origin: Pos,
}

/// Lexes `source`, first yielding `start` (the entry-point marker), and
/// ending after the last token (NEWLINE and DEDENTs included) — no EOF token.
pub struct Lexer<'src> {
    source: &'src str,
    start: Option<Tok>,
    options: LexOptions,
}

impl<'src> Lexer<'src> {
    pub fn new(source: &'src str, start: Tok, options: LexOptions) -> Self {
        Lexer {
            source,
            start: Some(start),
            options,
        }
    }

    /// The `# type: ignore` comments seen so far.
    pub fn type_ignores(&self) -> Vec<TypeIgnore> {
        Vec::new()
    }
}

impl Iterator for Lexer<'_> {
    type Item = Spanned;

    fn next(&mut self) -> Option<Spanned> {
        let _ = (self.source, self.options);
        let origin = self.options.origin;
        self.start.take().map(|t| Ok((origin, t, origin)))
    }
}
