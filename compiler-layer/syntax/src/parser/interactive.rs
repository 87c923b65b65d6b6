//! When a REPL's input is complete: CPython's interactive rules, for `...`.
//!
//! CPython's REPL does not guess. Its tokenizer reads another line whenever
//! the parser asks for a token the lines so far do not hold, and shows `...`
//! while it does. We lex and parse the whole text typed so far instead, and
//! ask the same question of the result:
//!
//! * the text stops inside brackets, a triple-quoted string or after a
//!   backslash: the next line continues the token stream, even an empty one;
//! * a totally empty line (not even spaces: CPython lets only that through to
//!   the parser) ends what came before — compile it, error or not;
//! * otherwise the grammar decides: the lexer closes open blocks at the end
//!   of the text, but a terminal has not closed them yet, so those DEDENTs
//!   are dropped, and the parser wanting a token past the end means "more".
//!   A compound statement on one line (`if x: pass`) is complete for the
//!   grammar, yet CPython still waits for a possible `else:`: so does this.
//!
//! A real error (`1 +`, `if 1:` then `  1 1`) is not "more": the caller
//! compiles the text at once and reports it, as CPython does.

use super::{collect_tokens, parse_tokens, ParseError, Parsed, MAX_NESTING};
use crate::ast::{Stmt, StmtKind};
use crate::lexer::{LexOptions, Lexer};
use crate::pos::Pos;
use crate::token::Tok;

/// Whether `source`, the lines typed so far (each ending in a newline), needs
/// another line before it can be compiled in `Mode::Single`.
pub fn needs_more_input(source: &str) -> bool {
    let options = LexOptions { type_comments: false, origin: Pos::new(1, 0) };
    let mut lexer = Lexer::new(source, Tok::StartInteractive, options);
    let mut tokens = collect_tokens(&mut lexer);
    if lexer.ended_open() {
        return true;
    }
    if source == "\n" || source.ends_with("\n\n") || tokens.last().is_some_and(Result::is_err) {
        return false;
    }
    while matches!(tokens.last(), Some(Ok((_, Tok::Dedent, _)))) {
        tokens.pop();
    }
    match parse_tokens(&mut tokens, MAX_NESTING).0 {
        Err(ParseError::UnrecognizedEof { .. }) => true,
        Ok(Parsed::Interactive(body)) => body.first().is_some_and(is_compound),
        _ => false,
    }
}

fn is_compound(statement: &Stmt) -> bool {
    matches!(
        statement.node,
        StmtKind::FunctionDef(_)
            | StmtKind::AsyncFunctionDef(_)
            | StmtKind::ClassDef { .. }
            | StmtKind::For(_)
            | StmtKind::AsyncFor(_)
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With(_)
            | StmtKind::AsyncWith(_)
            | StmtKind::Match { .. }
            | StmtKind::Try(_)
            | StmtKind::TryStar(_)
    )
}

#[cfg(test)]
mod tests {
    use super::needs_more_input;

    // Each case as typed at CPython 3.11's REPL: whether it showed `...`.
    #[test]
    fn continues_where_cpython_shows_dots() {
        for more in [
            "x = (1,\n",
            "x = (1,\n\n",
            "s = '''a\n",
            "s = '''a\n\n",
            "x = 1 \\\n",
            "if x:\n",
            "if x: pass\n",
            "if 1:\n  x = 2\n",
            "if 1:\n  x = 2\n  \n",
            "def f():\n  return 1\n",
            "@dec\n",
            "try:\n  pass\n",
            "for i in range(3):\n  if i:\n    print(i)\n",
        ] {
            assert!(needs_more_input(more), "{more:?} should continue");
        }
    }

    #[test]
    fn complete_or_an_error_to_report_now() {
        for done in [
            "\n",
            "1+1\n",
            "x = 1; y = 2\n",
            "x = (1,\n2)\n",
            "1 +\n",
            "lambda:\n",
            "if 1:\n  1 1\n",
            // A second statement without the empty line that ends the first.
            "for i in x:\n  print(i)\nprint(1)\n",
            "if 0: x = 1\nx\n",
            "if 1:\n  x = 2\n\n",
            "if x:\n\n",
            "@dec\n\n",
            "try:\n  pass\n\n",
            "x = 'abc\n",
            "  x\n",
        ] {
            assert!(!needs_more_input(done), "{done:?} should be complete");
        }
    }
}
