//! lalrpop's parse errors turned into CPython's messages.
//!
//! CPython's PEG parser reports most errors through `invalid_*` rules that it
//! tries on a second pass; an LR parser knows instead the unexpected token and
//! the terminals it expected there. The common cases map onto the same
//! messages and locations: each rule below names the CPython rule it mirrors.
//! What none of them covers is CPython's generic "invalid syntax" at the
//! unexpected token — unless the tokenizer finds an error later in the file,
//! which CPython then reports instead (`_PyPegen_tokenize_full_source_to_check_for_errors`).

use crate::error::{ErrorKind, SyntaxError};
use crate::pos::Pos;
use crate::token::Tok;
use lalrpop_util::ParseError;

type Token = Result<(Pos, Tok, Pos), SyntaxError>;

/// `pulled` counts the tokens the parser took: the last one is the unexpected one.
pub fn convert(e: ParseError<Pos, Tok, SyntaxError>, tokens: &[Token], pulled: usize) -> SyntaxError {
    let context = Context { tokens };
    let furthest = pulled.saturating_sub(1);
    let error = match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SyntaxError::new("invalid syntax", location, location),
        ParseError::ExtraToken { token: (l, _, r) } => SyntaxError::new("invalid syntax", l, r),
        ParseError::UnrecognizedEof { location, expected } => context.unexpected_eof(location, &expected),
        ParseError::UnrecognizedToken { token: (l, _, r), expected } => match tokens.get(furthest) {
            Some(Ok((l, tok, r))) => context.unexpected(furthest, tok, *l, *r, &expected),
            _ => SyntaxError::new("invalid syntax", l, r),
        },
    };
    context.prefer_tokenizer_error(error, furthest)
}

struct Context<'a> {
    tokens: &'a [Token],
}

impl Context<'_> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        match self.tokens.get(i) {
            Some(Ok((_, t, _))) => Some(t),
            _ => None,
        }
    }

    fn start(&self, i: usize) -> Pos {
        match self.tokens.get(i) {
            Some(Ok((l, _, _))) => *l,
            _ => Pos::default(),
        }
    }

    fn end(&self, i: usize) -> Pos {
        match self.tokens.get(i) {
            Some(Ok((_, _, r))) => *r,
            _ => Pos::default(),
        }
    }

    /// The index of the first token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut s = i;
        while s > 0 {
            match self.tok(s - 1) {
                Some(Tok::Newline | Tok::Indent | Tok::Dedent) | None => break,
                Some(t) if is_start_marker(t) => break,
                _ => s -= 1,
            }
        }
        s
    }

    /// Whether token `i` is in a `case` pattern (not its guard): the
    /// `invalid_kvpair` and `invalid_expression` rules are the expression
    /// grammar's; a pattern that fails is plain "invalid syntax".
    fn in_case_pattern(&self, i: usize) -> bool {
        let s = self.line_start(i);
        self.tok(s) == Some(&Tok::Case)
            && !(s..i).any(|k| self.tok(k) == Some(&Tok::If) && self.depth(k) == 0)
    }

    /// Bracket depth just before token `i`.
    fn depth(&self, i: usize) -> usize {
        let mut depth = 0usize;
        for k in self.line_start(i)..i {
            match self.tok(k) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        depth
    }

    /// The first token of the expression element ending just before `i`:
    /// back to the nearest `,`, `:`, `=`, opening bracket or keyword.
    fn element_start(&self, i: usize) -> usize {
        let floor = self.line_start(i);
        let mut k = i;
        let mut depth = 0usize;
        while k > floor {
            match self.tok(k - 1) {
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth += 1,
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) if depth == 0 => break,
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth -= 1,
                Some(t) if depth == 0 && is_element_boundary(t) => break,
                _ => {}
            }
            k -= 1;
        }
        k
    }

    /// The last token of the expression starting at `i`: atoms joined by
    /// operators, calls, subscripts and attributes, stopping where another
    /// atom follows directly.
    fn expression_end(&self, i: usize) -> usize {
        let mut k = i;
        loop {
            if let Some(Tok::LPar | Tok::LSqb | Tok::LBrace) = self.tok(k) {
                k = self.matching_close(k);
            }
            match self.tok(k + 1) {
                Some(Tok::LPar | Tok::LSqb) => k += 1,
                Some(t) if is_binary_operator(t) || *t == Tok::Dot => k += 2,
                _ => return k,
            }
            if self.tok(k).is_none() {
                return k.saturating_sub(1);
            }
        }
    }

    fn matching_close(&self, open: usize) -> usize {
        let mut depth = 0usize;
        let mut k = open;
        while let Some(t) = self.tok(k) {
            match t {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        return k;
                    }
                }
                Tok::Newline => return k.saturating_sub(1),
                _ => {}
            }
            k += 1;
        }
        k.saturating_sub(1)
    }

    /// The last token of the logical line holding token `i`.
    fn line_end(&self, i: usize) -> usize {
        let mut k = i;
        while let Some(t) = self.tok(k + 1) {
            if *t == Tok::Newline {
                break;
            }
            k += 1;
        }
        k
    }

    fn generic(&self, l: Pos, r: Pos) -> SyntaxError {
        SyntaxError::new("invalid syntax", l, r)
    }

    /// CPython tokenizes the rest of the file after a parser error, and an
    /// error the tokenizer raises there wins (`_PyPegen_tokenize_full_source_to_check_for_errors`);
    /// an unclosed bracket wins only if the parser had read past its line.
    /// Two exceptions, from `_PyPegen_set_syntax_error`: an unexpected INDENT
    /// or DEDENT is reported at once, without reading further; and the
    /// tokenizer's errors that only set a state for the parser to report
    /// (bad dedent, tabs, too deep, a character after `\`, EOF) are never
    /// seen by that loop.
    fn prefer_tokenizer_error(&self, error: SyntaxError, furthest: usize) -> SyntaxError {
        let Some(Err(tokenizer_error)) = self.tokens.last() else { return error };
        if *tokenizer_error == error || is_unexpected_indentation(&error) {
            return error;
        }
        let unclosed = tokenizer_error.msg.ends_with("was never closed");
        let read_to_line = match self.tokens.get(furthest) {
            Some(Ok((l, _, _))) => l.line,
            _ => u32::MAX,
        };
        if unclosed {
            if read_to_line > tokenizer_error.start.line {
                return tokenizer_error.clone();
            }
            return error;
        }
        if raised_by_tokenizer(tokenizer_error) {
            return tokenizer_error.clone();
        }
        error
    }

    fn unexpected_eof(&self, location: Pos, expected: &[String]) -> SyntaxError {
        let index = self.tokens.len();
        if expects_only_indent(expected) {
            let msg = self.indented_block_message(index);
            // CPython's tokenizer stands past the header line's end.
            let at = self.start(self.last_newline(index)).max(Pos::new(location.line, 0));
            return SyntaxError::with_kind(ErrorKind::IndentationError, msg, at, Pos::default());
        }
        match self.tokens.last() {
            Some(Err(e)) => e.clone(),
            _ => SyntaxError::new("unexpected EOF while parsing", location, location),
        }
    }

    fn unexpected(&self, i: usize, tok: &Tok, l: Pos, r: Pos, expected: &[String]) -> SyntaxError {
        let expects = |name: &str| expected.iter().any(|e| e == name);
        let prev = i.checked_sub(1).and_then(|p| self.tok(p));
        match tok {
            // `_PyPegen_set_syntax_error`: an INDENT or DEDENT nobody wanted.
            Tok::Indent => {
                let at = Pos::new(l.line, l.col.saturating_sub(1));
                return SyntaxError::with_kind(
                    ErrorKind::IndentationError,
                    "unexpected indent",
                    at,
                    Pos::default(),
                );
            }
            // `invalid_*` rules' `NEWLINE !INDENT`: a header without its block.
            Tok::Dedent if expects_only_indent(expected) => {
                let msg = self.indented_block_message(i);
                let at = self.at_dedent(i);
                return SyntaxError::with_kind(ErrorKind::IndentationError, msg, at, Pos::default());
            }
            // `invalid_try_stmt`: a `try` block that ends without handlers.
            Tok::Dedent if expects_only_handlers(expected) => {
                let at = self.at_dedent(i);
                return SyntaxError::new("expected 'except' or 'finally' block", at, Pos::default());
            }
            Tok::Dedent => {
                let msg = "unexpected unindent";
                let at = self.at_dedent(i);
                return SyntaxError::with_kind(ErrorKind::IndentationError, msg, at, Pos::default());
            }
            // A soft keyword where none can be: CPython read it as a name.
            Tok::Match | Tok::Case => {
                let (nl, nr) = (self.start(i + 1), self.end(i + 1));
                return self.generic(nl, nr);
            }
            _ => {}
        }
        // `invalid_block`: a header's `:` NEWLINE not followed by INDENT.
        if expects_only_indent(expected) {
            let msg = self.indented_block_message(i);
            return SyntaxError::with_kind(ErrorKind::IndentationError, msg, l, l);
        }
        // `function_def_raw`'s forced `&&'('` after the name.
        if *tok != Tok::LPar
            && matches!(prev, Some(Tok::Name(_)))
            && i >= 2
            && self.tok(i - 2) == Some(&Tok::Def)
        {
            return SyntaxError::new("expected '('", l, r);
        }
        // Forced `&&':'`: after a `def` header's parameters or return
        // annotation, and after `else`, `try` and `finally`.
        if *tok != Tok::Colon && *tok != Tok::Newline {
            if let Some(p) = prev {
                let header_end = ends_expression(p) && self.depth(i) == 0 && self.after_def_parameters(i);
                let keyword = matches!(p, Tok::Else | Tok::Try | Tok::Finally) && self.line_start(i) == i - 1;
                if header_end || keyword {
                    return SyntaxError::new("expected ':'", l, r);
                }
            }
        }
        // `invalid_default`: `=` with no value before `)` or `,`.
        if prev == Some(&Tok::Equal) && matches!(tok, Tok::RPar | Tok::Comma) {
            let in_def = self.open_bracket(i).is_some_and(|o| self.is_def_parameters(o));
            if in_def || (*tok == Tok::Comma && self.in_lambda_parameters(i)) {
                let msg = "expected default value expression";
                return SyntaxError::new(msg, self.start(i - 1), self.end(i - 1));
            }
        }
        // `invalid_kvpair` / `invalid_double_starred_kvpairs`: `{k:}`.
        if prev == Some(&Tok::Colon) && matches!(tok, Tok::RBrace | Tok::Comma) && !self.in_case_pattern(i) {
            if let Some(o) = self.open_bracket(i) {
                if self.tok(o) == Some(&Tok::LBrace) {
                    let msg = "expression expected after dictionary key and ':'";
                    return SyntaxError::new(msg, self.start(i - 1), self.end(i - 1));
                }
            }
        }
        // `invalid_parameters`: `def f((a, b)):`.
        if *tok == Tok::LPar && matches!(prev, Some(Tok::LPar | Tok::Comma)) {
            let in_def = self.open_bracket(i).is_some_and(|o| self.is_def_parameters(o));
            let close = self.matching_close(i);
            // Names separated by commas, maybe with a trailing one.
            let names = (i + 1..close).all(|k| match self.tok(k) {
                Some(Tok::Name(_)) => (k - i) % 2 == 1,
                Some(Tok::Comma) => (k - i) % 2 == 0,
                _ => false,
            });
            if in_def && close > i + 1 && names && self.tok(close) == Some(&Tok::RPar) {
                let msg = "Function parameters cannot be parenthesized";
                return SyntaxError::new(msg, l, self.end(close));
            }
        }
        // `invalid_kvpair` after earlier pairs: a key without its `:`.
        if let Some(p) = prev {
            if ends_expression(p) && self.depth(i) > 0 {
                if let Some(o) = self.open_bracket(i) {
                    let key = self.element_start(i);
                    let is_dict = self.tok(o) == Some(&Tok::LBrace)
                        && !self.in_case_pattern(i)
                        && key > o + 1
                        && self.tok(key - 1) == Some(&Tok::Comma)
                        && self.top_level_colon(o, key);
                    if is_dict {
                        let msg = "':' expected after dictionary key";
                        return SyntaxError::new(msg, self.key_end(i), Pos::default());
                    }
                }
            }
        }
        // `invalid_try_stmt`.
        if expects_only_handlers(expected) {
            return SyntaxError::new("expected 'except' or 'finally' block", l, r);
        }
        // `invalid_except_star_stmt_indent`'s sibling: `except*:`.
        if *tok == Tok::Colon && prev == Some(&Tok::Star) && i >= 2 && self.tok(i - 2) == Some(&Tok::Except) {
            return SyntaxError::new("expected one or more exception types", l, r);
        }
        // `invalid_dict_comprehension` / `invalid_kvpair`: a key without `:`.
        let in_braces = self.open_bracket(i).is_some_and(|o| self.tok(o) == Some(&Tok::LBrace))
            && !self.in_case_pattern(i);
        if expected.len() == 1 && expects("\":\"") && matches!(tok, Tok::RBrace | Tok::Comma) && in_braces {
            return SyntaxError::new("':' expected after dictionary key", self.key_end(i), Pos::default());
        }
        // Forced `&&':'` tokens and `invalid_*_stmt` rules: a header without its `:`.
        if *tok == Tok::Newline && expects("\":\"") {
            return SyntaxError::new("expected ':'", l, l);
        }
        // `invalid_import_from_targets`.
        if *tok == Tok::Newline && prev == Some(&Tok::Comma) && self.is_unparenthesized_from_import(i) {
            let msg = "trailing comma not allowed without surrounding parentheses";
            return SyntaxError::new(msg, l, l);
        }
        // `invalid_lambda_star_etc` / `invalid_star_etc`: `*args=default`.
        if *tok == Tok::Equal
            && matches!(prev, Some(Tok::Name(_)))
            && i >= 2
            && self.tok(i - 2) == Some(&Tok::Star)
        {
            return SyntaxError::new("var-positional argument cannot have default value", l, r);
        }
        // `invalid_expression`: `a if b` without `else`.
        if expects("\"else\"") && !matches!(tok, Tok::Else) {
            if let Some(if_index) = self.ternary_if(i) {
                let body = self.element_start(if_index);
                let msg = "expected 'else' after 'if' expression";
                return SyntaxError::new(msg, self.start(body), self.end(i - 1));
            }
        }
        // `invalid_named_expression`: `if x = 1:`, `(a, b=1)` — a name and
        // `=` where a named expression stands (not a call's keyword).
        if *tok == Tok::Equal && matches!(prev, Some(Tok::Name(_))) && i >= 2 {
            let header = matches!(self.tok(i - 2), Some(Tok::If | Tok::Elif | Tok::While));
            let element = self.element_start(i) == i - 1
                && self.open_bracket(i).is_some_and(|o| self.holds_named_expressions(o));
            if header || element {
                let end = self.expression_end(i + 1);
                let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                return SyntaxError::new(msg, self.start(i - 1), self.end(end));
            }
        }
        // `invalid_legacy_expression`: `print x`, `exec code`.
        if let Some(Tok::Name(name)) = prev {
            if (name == "print" || name == "exec") && self.line_start(i) == i - 1 && starts_expression(tok) {
                let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
                return SyntaxError::new(msg, self.start(i - 1), self.end(self.line_end(i)));
            }
        }
        // `invalid_expression`: two expressions side by side inside brackets.
        if let Some(p) = prev {
            let excluded = matches!((p, tok), (Tok::Name(_), Tok::String(_)));
            if !excluded
                && ends_expression(p)
                && starts_expression(tok)
                && self.depth(i) > 0
                && !self.in_case_pattern(i)
                && self.holds_expressions(i)
                && self.starts_complete_expression(i)
            {
                let a = self.element_start(i);
                // A parameter list holds expressions only as annotations and defaults.
                let in_def = self.open_bracket(i).is_some_and(|o| self.is_def_parameters(o));
                if in_def
                    && !matches!(a.checked_sub(1).and_then(|k| self.tok(k)), Some(Tok::Equal | Tok::Colon))
                {
                    return self.generic(l, r);
                }
                let b = self.expression_end(i);
                let msg = "invalid syntax. Perhaps you forgot a comma?";
                return SyntaxError::new(msg, self.start(a), self.end(b));
            }
        }
        self.generic(l, r)
    }

    /// Where CPython reports an error found at the DEDENT `i`: such tokens
    /// have no column, so it uses its tokenizer's, which stands just before
    /// the new line's first character — or, at the end of the file, past the
    /// last line's end.
    fn at_dedent(&self, i: usize) -> Pos {
        let at_eof = self.tokens[i..].iter().all(|t| matches!(t, Ok((_, Tok::Dedent, _))));
        if at_eof {
            return self.start(self.last_newline(i));
        }
        let l = self.start(i);
        match l.col {
            0 => Pos::before_line(l.line),
            col => Pos::new(l.line, col - 1),
        }
    }

    /// The index of the last NEWLINE before token `i` (0 if none).
    fn last_newline(&self, i: usize) -> usize {
        (0..i.min(self.tokens.len())).rev().find(|&k| self.tok(k) == Some(&Tok::Newline)).unwrap_or(0)
    }

    /// The index of the innermost bracket still open before token `i`, on its logical line.
    fn open_bracket(&self, i: usize) -> Option<usize> {
        let floor = self.line_start(i);
        let mut depth = 0usize;
        for k in (floor..i).rev() {
            match self.tok(k) {
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth += 1,
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) if depth == 0 => return Some(k),
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth -= 1,
                _ => {}
            }
        }
        None
    }

    /// `invalid_kvpair` reports a key without `:` at its last character.
    fn key_end(&self, i: usize) -> Pos {
        let end = self.end(i - 1);
        Pos::new(end.line, end.col.saturating_sub(1))
    }

    /// Whether the element holding token `i` is an expression where CPython
    /// tries `invalid_expression`: not an import list, nor the `in` or `if`
    /// part of a comprehension (a `disjunction` there).
    fn holds_expressions(&self, i: usize) -> bool {
        let s = self.line_start(i);
        if matches!(self.tok(s), Some(Tok::From | Tok::Import)) {
            return false;
        }
        let Some(open) = self.open_bracket(i) else { return true };
        let mut depth = 0usize;
        for k in open + 1..i {
            match self.tok(k) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth = depth.saturating_sub(1),
                Some(Tok::For) if depth == 0 => return false,
                _ => {}
            }
        }
        true
    }

    /// Whether an expression plausibly starts at token `i` and parses whole
    /// (CPython's `expression_without_invalid` must succeed after the first).
    fn starts_complete_expression(&self, i: usize) -> bool {
        let mut k = i;
        while matches!(self.tok(k), Some(Tok::Await | Tok::Not | Tok::Tilde | Tok::Minus | Tok::Plus)) {
            k += 1;
        }
        match self.tok(k) {
            Some(Tok::Lambda) => {
                matches!(self.tok(k + 1), Some(Tok::Colon | Tok::Name(_) | Tok::Star | Tok::DoubleStar))
            }
            Some(Tok::LPar | Tok::LSqb | Tok::LBrace) => self.tok(k + 1) != Some(&Tok::Comma),
            Some(t) => starts_expression(t),
            None => false,
        }
    }

    /// Whether the bracket at `open` holds named expressions: a parenthesized
    /// group or tuple, a list or set display, a subscript — not a call's
    /// arguments, a class's bases or a `def`'s parameters.
    fn holds_named_expressions(&self, open: usize) -> bool {
        let before = open.checked_sub(1).and_then(|k| self.tok(k));
        match self.tok(open) {
            Some(Tok::LPar) => !before.is_some_and(ends_expression) && !self.is_def_parameters(open),
            Some(Tok::LSqb) => true,
            _ => false,
        }
    }

    /// Whether a `:` stands at the top level of the bracket `open`, before token `end`.
    fn top_level_colon(&self, open: usize, end: usize) -> bool {
        let mut depth = 0usize;
        for k in open + 1..end {
            match self.tok(k) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth = depth.saturating_sub(1),
                Some(Tok::Colon) if depth == 0 => return true,
                Some(Tok::Lambda) if depth == 0 => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether the bracket at `open` opens a `def`'s parameter list.
    fn is_def_parameters(&self, open: usize) -> bool {
        self.tok(open) == Some(&Tok::LPar)
            && open >= 2
            && matches!(self.tok(open - 1), Some(Tok::Name(_)))
            && self.tok(open - 2) == Some(&Tok::Def)
    }

    /// Whether token `i` sits in a `def` header after its parameter list.
    fn after_def_parameters(&self, i: usize) -> bool {
        let s = self.line_start(i);
        let def = match self.tok(s) {
            Some(Tok::Def) => s,
            Some(Tok::Async) if self.tok(s + 1) == Some(&Tok::Def) => s + 1,
            _ => return false,
        };
        let open = def + 2;
        self.is_def_parameters(open)
            && self.matching_close(open) < i
            && self.tok(self.matching_close(open)) == Some(&Tok::RPar)
    }

    /// Whether token `i` sits among a `lambda`'s parameters (before its `:`).
    fn in_lambda_parameters(&self, i: usize) -> bool {
        let floor = self.line_start(i);
        let mut depth = 0usize;
        for k in (floor..i).rev() {
            match self.tok(k) {
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth += 1,
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) if depth == 0 => return false,
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth -= 1,
                Some(Tok::Colon) if depth == 0 => return false,
                Some(Tok::Lambda) if depth == 0 => return true,
                _ => {}
            }
        }
        false
    }

    /// The `if` of a conditional expression that token `i` ends, if any.
    fn ternary_if(&self, i: usize) -> Option<usize> {
        let start = self.element_start(i);
        (start..i).rev().find(|&k| self.tok(k) == Some(&Tok::If)).filter(|&k| k > start)
    }

    fn is_unparenthesized_from_import(&self, i: usize) -> bool {
        let s = self.line_start(i);
        self.tok(s) == Some(&Tok::From) && !(s..i).any(|k| self.tok(k) == Some(&Tok::LPar))
    }

    /// CPython names the compound statement whose block is missing:
    /// "expected an indented block after 'if' statement on line 3".
    fn indented_block_message(&self, i: usize) -> String {
        match self.block_header(i) {
            Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
            None => "expected an indented block".to_string(),
        }
    }

    fn block_header(&self, i: usize) -> Option<(String, u32)> {
        // Back over the header's NEWLINE and type comment, to its first token.
        let mut k = i.min(self.tokens.len());
        while k > 0 && matches!(self.tok(k - 1), Some(Tok::Newline | Tok::TypeComment(_))) {
            k -= 1;
        }
        let start = self.line_start(k.saturating_sub(1));
        let mut first = start;
        // Decorators are lines of their own; `async` prefixes the keyword.
        let second = self.tok(first + 1);
        let what = match self.tok(first)? {
            Tok::Def => "function definition",
            Tok::Class => "class definition",
            Tok::Async => {
                first += 1;
                match second? {
                    Tok::Def => "function definition",
                    Tok::For => "'for' statement",
                    Tok::With => "'with' statement",
                    _ => return None,
                }
            }
            Tok::If => "'if' statement",
            Tok::Elif => "'elif' statement",
            Tok::Else => "'else' statement",
            Tok::While => "'while' statement",
            Tok::For => "'for' statement",
            Tok::With => "'with' statement",
            Tok::Try => "'try' statement",
            Tok::Except if second == Some(&Tok::Star) => "'except*' statement",
            Tok::Except => "'except' statement",
            Tok::Finally => "'finally' statement",
            Tok::Match => "'match' statement",
            Tok::Case => "'case' statement",
            _ => return None,
        };
        Some((what.to_string(), self.start(first).line))
    }
}

/// "unexpected indent" / "unexpected unindent": a whitespace token the parser did not want.
fn is_unexpected_indentation(error: &SyntaxError) -> bool {
    error.kind == ErrorKind::IndentationError
        && matches!(error.msg.as_str(), "unexpected indent" | "unexpected unindent")
}

/// Whether CPython's tokenizer raises this error itself (`syntaxerror()`),
/// rather than setting `tok->done` for the parser to report: only the former
/// survive its scan of the rest of the file after a parser error.
fn raised_by_tokenizer(error: &SyntaxError) -> bool {
    match error.kind {
        ErrorKind::IndentationError | ErrorKind::TabError => false,
        ErrorKind::SyntaxError => !matches!(
            error.msg.as_str(),
            "invalid syntax"
                | "unexpected character after line continuation character"
                | "unexpected EOF while parsing"
        ),
        _ => true,
    }
}

/// The parser wants a handler: `except` or `finally`, nothing else.
fn expects_only_handlers(expected: &[String]) -> bool {
    !expected.is_empty() && expected.iter().all(|e| e == "\"except\"" || e == "\"finally\"")
}

fn expects_only_indent(expected: &[String]) -> bool {
    expected.iter().any(|e| e == "Indent") && expected.iter().all(|e| e == "Indent" || e == "TypeComment")
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

/// Tokens that separate the elements an error message underlines.
fn is_element_boundary(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Comma
            | Tok::Colon
            | Tok::Semi
            | Tok::Equal
            | Tok::ColonEqual
            | Tok::RArrow
            | Tok::Return
            | Tok::Yield
            | Tok::Assert
            | Tok::Del
            | Tok::Else
            | Tok::Elif
            | Tok::While
            | Tok::For
            | Tok::In
            | Tok::Import
            | Tok::From
            | Tok::Raise
            | Tok::Lambda
            | Tok::With
            | Tok::As
            | Tok::Case
            | Tok::Match
    ) || tok.is_augmented_assignment()
}

fn is_binary_operator(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::DoubleStar
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Amper
            | Tok::VBar
            | Tok::Circumflex
    )
}

fn ends_expression(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

fn starts_expression(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Not
            | Tok::Tilde
            | Tok::Await
    )
}
