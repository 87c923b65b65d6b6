//! The lexer: source text to parser tokens.
//!
//! Layers, one per file:
//! * `raw` — the logos DFA: operators, ASCII names, comments, newlines;
//! * `number`, `string`, `ident` — the hand-finished token bodies;
//! * `indent` — the indentation stack (INDENT/DEDENT and their errors);
//! * `soft` — when `match`/`case` are keywords;
//! * this file — the driver: line bookkeeping, brackets, NEWLINE, type
//!   comments, the pending-token queue, and positions.
//!
//! Positions are CPython's: 1-based lines, 0-based UTF-8 byte columns,
//! shifted by [`LexOptions::origin`]. Error positions follow CPython 3.11's
//! `SyntaxError` (its 1-based `offset` minus one, in bytes); where CPython
//! gives no end (`end_offset` ≤ 0) the end equals the start.

mod ident;
mod indent;
mod number;
mod raw;
mod soft;
mod string;

use crate::ast::TypeIgnore;
use crate::error::{ErrorKind, SyntaxError};
use crate::pos::Pos;
use crate::token::Tok;
use indent::{Change, Indents};
use logos::Logos;
use raw::Raw;
use std::collections::VecDeque;
use string::Lines;

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

/// CPython's `MAXLEVEL`: how deeply brackets may nest.
const MAX_BRACKETS: usize = 200;

/// A queued token, remembering whether it opened its logical line (the
/// only place a soft keyword can be).
struct Item {
    tok: Spanned,
    first: bool,
}

/// Lexes `source`, first yielding `start` (the entry-point marker), and
/// ending after the last token (NEWLINE and DEDENTs included) — no EOF token.
pub struct Lexer<'src> {
    source: &'src str,
    raw: logos::Lexer<'src, Raw>,
    start: Option<Tok>,
    options: LexOptions,
    lines: Lines,
    /// The next token begins a logical line: measure its indentation.
    at_line_start: bool,
    /// The current logical line has produced a token (so it ends in NEWLINE).
    line_has_tokens: bool,
    indents: Indents,
    /// Open brackets: the character and where it is.
    brackets: Vec<(u8, Pos)>,
    queue: VecDeque<Item>,
    type_ignores: Vec<TypeIgnore>,
    /// End of input reached or an error queued: nothing more to lex.
    finished: bool,
    /// The input ended inside brackets, a triple-quoted string or a line
    /// continuation: more lines would continue the token (see [`Lexer::ended_open`]).
    ended_open: bool,
}

impl<'src> Lexer<'src> {
    pub fn new(source: &'src str, start: Tok, options: LexOptions) -> Self {
        let mut raw = Raw::lexer(source);
        // A byte-order mark is not part of the text.
        let bom = if source.starts_with('\u{feff}') { 3 } else { 0 };
        raw.bump(bom);
        Lexer {
            source,
            raw,
            start: Some(start),
            options,
            lines: Lines { line: 1, start: bom },
            at_line_start: true,
            line_has_tokens: false,
            indents: Indents::new(),
            brackets: Vec::new(),
            queue: VecDeque::new(),
            type_ignores: Vec::new(),
            finished: false,
            ended_open: false,
        }
    }

    /// Whether lexing failed only because the input stopped inside brackets,
    /// a triple-quoted string or a line continuation — where CPython's
    /// interactive tokenizer reads another line (the REPL's `...`).
    pub fn ended_open(&self) -> bool {
        self.ended_open
    }

    /// The `# type: ignore` comments seen so far.
    pub fn type_ignores(&self) -> Vec<TypeIgnore> {
        self.type_ignores.clone()
    }

    /// The position of byte `offset`, which lies on the current line.
    fn pos(&self, offset: usize) -> Pos {
        self.place(self.lines.line, offset.saturating_sub(self.lines.start))
    }

    /// Applies the origin to a (line, byte column) of the text.
    fn place(&self, line: u32, col: usize) -> Pos {
        let origin = self.options.origin;
        if line == 1 {
            Pos::new(origin.line, origin.col + col as u32)
        } else {
            Pos::new(origin.line + line - 1, col as u32)
        }
    }

    fn push(&mut self, start: Pos, tok: Tok, end: Pos) {
        let real = !matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::TypeComment(_));
        let first = real && !self.line_has_tokens;
        if real {
            self.line_has_tokens = true;
        }
        self.queue.push_back(Item { tok: Ok((start, tok, end)), first });
    }

    /// Queues an error; lexing stops there.
    fn fail(&mut self, kind: ErrorKind, msg: impl Into<String>, start: Pos, end: Pos) {
        self.queue.push_back(Item { tok: Err(SyntaxError::with_kind(kind, msg, start, end)), first: false });
        self.finished = true;
    }

    fn fail_at(&mut self, msg: impl Into<String>, offset: usize) {
        let p = self.pos(offset);
        self.fail(ErrorKind::SyntaxError, msg, p, p);
    }

    /// Lexes until at least one item is queued or the input is finished.
    fn fill(&mut self) {
        while self.queue.is_empty() && !self.finished {
            self.step();
        }
    }

    /// Handles one raw token (plus the indentation before it, if any).
    fn step(&mut self) {
        if self.at_line_start {
            self.at_line_start = false;
            self.indentation();
            if self.finished {
                return;
            }
        }
        let Some(raw) = self.raw.next() else {
            self.end_of_input();
            return;
        };
        let span = self.raw.span();
        match raw {
            Ok(Raw::Name) | Ok(Raw::NonAscii) => self.identifier(span.start, span.end),
            Ok(Raw::Number) => self.number(span.start, span.end),
            Ok(Raw::StringStart) => self.string(span.start, span.end),
            Ok(Raw::Comment) => {
                let end = line_end(self.source, span.end);
                self.raw.bump(end - span.end);
                self.comment(span.start, end)
            }
            Ok(Raw::Newline) => self.newline(span.start, span.end),
            Ok(Raw::Backslash) => self.continuation(span.start),
            Ok(Raw::Op(tok)) => self.operator(span.start, tok),
            Err(()) => self.invalid(span.start),
        }
    }

    /// At the start of a logical line: compare its indentation with the stack.
    /// Blank and comment-only lines do not count.
    fn indentation(&mut self) {
        let rest = &self.source.as_bytes()[self.lines.start..];
        let m = indent::measure(rest);
        if matches!(rest.get(m.len), None | Some(b'#' | b'\n' | b'\r')) {
            return;
        }
        let at = self.pos(self.lines.start + m.len);
        match self.indents.update(m) {
            Ok(Change::Same) => {}
            Ok(Change::Indent) => self.push(at, Tok::Indent, at),
            Ok(Change::Dedent(n)) => {
                for _ in 0..n {
                    self.push(at, Tok::Dedent, at);
                }
            }
            Err((kind, msg)) => {
                let p = if msg == indent::TOO_DEEP {
                    // CPython points at the line's start: no caret is shown.
                    self.pos(self.lines.start)
                } else if kind == ErrorKind::IndentationError {
                    // CPython points just past the line's text.
                    let len = rest.iter().position(|&c| c == b'\n' || c == b'\r').unwrap_or(rest.len());
                    self.pos(self.lines.start + len)
                } else {
                    self.pos(self.lines.start)
                };
                self.fail(kind, msg, p, p);
            }
        }
    }

    fn identifier(&mut self, start: usize, mut end: usize) {
        let bytes = self.source.as_bytes();
        if bytes[start] >= 0x80 || bytes.get(end).is_some_and(|&c| c >= 0x80) {
            end += ident::run_len(&self.source[end..]);
            self.raw.bump(end - self.raw.span().end);
            let text = &self.source[start..end];
            if let Err((at, msg)) = ident::verify(text) {
                self.fail_at(msg, start + at);
                return;
            }
        }
        let text = &self.source[start..end];
        let tok = Tok::keyword(text).unwrap_or_else(|| Tok::Name(ident::normalize(text)));
        let (s, e) = (self.pos(start), self.pos(end));
        self.push(s, tok, e);
    }

    fn number(&mut self, start: usize, raw_end: usize) {
        match number::scan(self.source.as_bytes(), start) {
            Ok(end) => {
                self.raw.bump(end.saturating_sub(raw_end));
                let (s, e) = (self.pos(start), self.pos(end));
                self.push(s, Tok::Number(self.source[start..end].to_string()), e);
            }
            Err(err) => {
                let (s, e) = (self.pos(err.start), self.pos(err.end));
                self.fail(ErrorKind::SyntaxError, err.msg, s, e);
            }
        }
    }

    fn string(&mut self, start: usize, open_end: usize) {
        let bytes = self.source.as_bytes();
        let quote = bytes[open_end - 1];
        let triple = bytes.get(open_end) == Some(&quote) && bytes.get(open_end + 1) == Some(&quote);
        let body = if triple { open_end + 2 } else { open_end };
        let s = self.pos(start);
        match string::scan(bytes, body, quote, triple, &mut self.lines) {
            Ok(end) => {
                self.raw.bump(end - open_end);
                let e = self.pos(end);
                self.push(s, Tok::String(self.source[start..end].to_string()), e);
            }
            Err(u) => {
                // Only end of input stops a triple-quoted string.
                self.ended_open = u.triple;
                let kind = if u.triple { "triple-quoted string" } else { "string" };
                let msg = format!("unterminated {kind} literal (detected at line {})", u.line);
                self.fail(ErrorKind::SyntaxError, msg, s, s);
            }
        }
    }

    /// Comments are dropped, except `# type:` comments when requested.
    fn comment(&mut self, start: usize, end: usize) {
        if !self.options.type_comments {
            return;
        }
        let text = &self.source[start + 1..end];
        let Some(body) = type_comment_body(text) else {
            return;
        };
        let body_start = end - body.len();
        if let Some(tag) = type_ignore_tag(body) {
            let lineno = self.place(self.lines.line, 0).line;
            self.type_ignores.push(TypeIgnore { lineno, tag: tag.to_string() });
        } else {
            let (s, e) = (self.pos(body_start), self.pos(end));
            self.push(s, Tok::TypeComment(body.to_string()), e);
        }
    }

    fn newline(&mut self, start: usize, end: usize) {
        if self.brackets.is_empty() {
            if self.line_has_tokens {
                let s = self.pos(start);
                let e = Pos::new(s.line, s.col + 1);
                self.push(s, Tok::Newline, e);
                self.line_has_tokens = false;
            }
            self.at_line_start = true;
        }
        self.lines.newline(end);
    }

    /// A backslash must end its line; the logical line goes on.
    fn continuation(&mut self, at: usize) {
        let bytes = self.source.as_bytes();
        let nl = match (bytes.get(at + 1), bytes.get(at + 2)) {
            (Some(b'\r'), Some(b'\n')) => 2,
            (Some(b'\n' | b'\r'), _) => 1,
            (None, _) => {
                self.ended_open = true;
                return self.fail_at("unexpected EOF while parsing", at + 1);
            }
            _ => return self.fail_at("unexpected character after line continuation character", at + 1),
        };
        if at + 1 + nl == bytes.len() {
            self.ended_open = true;
            return self.fail_at("unexpected EOF while parsing", at + 1);
        }
        self.raw.bump(nl);
        self.lines.newline(at + 1 + nl);
    }

    fn operator(&mut self, at: usize, tok: Tok) {
        let p = self.pos(at);
        let e = self.pos(self.raw.span().end);
        let c = self.source.as_bytes()[at];
        match c {
            b'(' | b'[' | b'{' => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return self.fail(ErrorKind::SyntaxError, "too many nested parentheses", p, p);
                }
                self.brackets.push((c, p));
            }
            b')' | b']' | b'}' => match self.brackets.pop() {
                None => {
                    let msg = format!("unmatched '{}'", c as char);
                    return self.fail(ErrorKind::SyntaxError, msg, p, p);
                }
                Some((open, open_pos)) if !matching(open, c) => {
                    let mut msg = format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        c as char, open as char
                    );
                    if open_pos.line != p.line {
                        msg.push_str(&format!(" on line {}", open_pos.line));
                    }
                    return self.fail(ErrorKind::SyntaxError, msg, p, p);
                }
                Some(_) => {}
            },
            _ => {}
        }
        self.push(p, tok, e);
    }

    /// A character no token starts with.
    fn invalid(&mut self, at: usize) {
        let c = self.source[at..].chars().next().unwrap_or('\0');
        let p = self.pos(at);
        if c == '\0' {
            self.fail(ErrorKind::SyntaxError, "source code string cannot contain null bytes", p, p);
        } else if c.is_ascii_graphic() {
            // `$`, `?`, `!`, `` ` ``: CPython's parser calls these invalid syntax.
            let e = Pos::new(p.line, p.col + 1);
            self.fail(ErrorKind::SyntaxError, "invalid syntax", p, e);
        } else {
            let msg = format!("invalid non-printable character U+{:04X}", c as u32);
            self.fail(ErrorKind::SyntaxError, msg, p, p);
        }
    }

    /// End of input: unclosed brackets are an error; otherwise close the
    /// last logical line and every open block.
    fn end_of_input(&mut self) {
        let end = self.source.len();
        if let Some(&(open, p)) = self.brackets.last() {
            self.ended_open = true;
            let msg = format!("'{}' was never closed", open as char);
            return self.fail(ErrorKind::SyntaxError, msg, p, p);
        }
        let p = self.pos(end);
        if self.line_has_tokens {
            self.push(p, Tok::Newline, Pos::new(p.line, p.col + 1));
            self.line_has_tokens = false;
        }
        for _ in 0..self.indents.depth() {
            self.push(p, Tok::Dedent, p);
        }
        self.finished = true;
    }

    /// `first` is a `match`/`case` name opening a logical line: read the
    /// rest of the line into the queue, then decide what it is.
    fn soft_keyword(&mut self, first: (Pos, Tok, Pos)) -> (Pos, Tok, Pos) {
        // Look at each queued item once, so long lines stay linear.
        let mut seen = 0;
        loop {
            let ends_line = |i: &Item| matches!(i.tok, Err(_) | Ok((_, Tok::Newline, _)));
            if self.queue.iter().skip(seen).any(ends_line) || self.finished {
                break;
            }
            seen = self.queue.len();
            self.step();
        }
        let (start, tok, end) = first;
        let Tok::Name(word) = &tok else {
            return (start, tok, end);
        };
        let rest: Vec<&Tok> = self
            .queue
            .iter()
            .map_while(|i| match &i.tok {
                Ok((_, Tok::Newline, _)) | Err(_) => None,
                Ok((_, t, _)) => Some(t),
            })
            .filter(|t| !matches!(t, Tok::TypeComment(_)))
            .collect();
        let keyword = match word.as_str() {
            "match" if soft::is_keyword("match", &rest) => Some(Tok::Match),
            "case" if soft::is_keyword("case", &rest) => Some(Tok::Case),
            _ => None,
        };
        (start, keyword.unwrap_or(tok), end)
    }
}

fn matching(open: u8, close: u8) -> bool {
    matches!((open, close), (b'(', b')') | (b'[', b']') | (b'{', b'}'))
}

/// The text after CPython's type-comment prefix: `#`, blanks, `type:`,
/// blanks (`text` is the comment without its `#`).
fn type_comment_body(text: &str) -> Option<&str> {
    let rest = text.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix("type:")?;
    Some(rest.trim_start_matches([' ', '\t']))
}

/// `ignore` alone or followed by a non-alphanumeric ASCII character is a
/// `# type: ignore`; the tag is what follows.
fn type_ignore_tag(body: &str) -> Option<&str> {
    let tag = body.strip_prefix("ignore")?;
    match tag.bytes().next() {
        Some(c) if c >= 0x80 || c.is_ascii_alphanumeric() => None,
        _ => Some(tag),
    }
}

impl Iterator for Lexer<'_> {
    type Item = Spanned;

    fn next(&mut self) -> Option<Spanned> {
        if let Some(t) = self.start.take() {
            let origin = self.options.origin;
            return Some(Ok((origin, t, origin)));
        }
        self.fill();
        let item = self.queue.pop_front()?;
        match item.tok {
            Ok(tok @ (_, Tok::Name(_), _)) if item.first && is_soft(&tok.1) => {
                Some(Ok(self.soft_keyword(tok)))
            }
            other => Some(other),
        }
    }
}

fn is_soft(tok: &Tok) -> bool {
    matches!(tok, Tok::Name(n) if n == "match" || n == "case")
}

/// Where the line holding byte `from` ends: its first `\r` or `\n`, or the end of `source`.
fn line_end(source: &str, from: usize) -> usize {
    source.get(from..).and_then(|rest| rest.find(['\r', '\n'])).map_or(source.len(), |i| from + i)
}

#[cfg(test)]
mod tests;
