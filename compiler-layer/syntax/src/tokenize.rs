//! CPython's `tokenize` module: the full token stream, comments and blank
//! lines included, and the listing `python3 -m tokenize` prints.
//!
//! `tokenize.py` is not CPython's C tokenizer: it is a line-by-line regex
//! scanner with its own quirks (columns in characters, `ERRORTOKEN` for each
//! character no pattern matches — including blanks before it —, an empty
//! `NEWLINE` added at the end of a file without a final line break, and so
//! on). This module follows `_tokenize` step by step; the regexes are written
//! out as small matching functions with the same leftmost-first behaviour.

use crate::pyrepr::str_repr;
use crate::source;
use std::sync::Arc;

const TAB_SIZE: usize = 8;

/// One token as `tokenize.TokenInfo` has it (positions are 1-based lines,
/// 0-based character columns; `line` the physical line, or lines, it was
/// found on, shared by the tokens of that line: a line of `n` tokens must
/// not cost `n` copies of itself).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: Kind,
    pub text: String,
    pub start: (usize, usize),
    pub end: (usize, usize),
    pub line: Arc<str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Encoding,
    Comment,
    Nl,
    Newline,
    Indent,
    Dedent,
    Op,
    Name,
    Number,
    String,
    ErrorToken,
    EndMarker,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Encoding => "ENCODING",
            Kind::Comment => "COMMENT",
            Kind::Nl => "NL",
            Kind::Newline => "NEWLINE",
            Kind::Indent => "INDENT",
            Kind::Dedent => "DEDENT",
            Kind::Op => "OP",
            Kind::Name => "NAME",
            Kind::Number => "NUMBER",
            Kind::String => "STRING",
            Kind::ErrorToken => "ERRORTOKEN",
            Kind::EndMarker => "ENDMARKER",
        }
    }
}

/// Why tokenizing stopped, as `python -m tokenize` reports it.
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// `TokenError` / `IndentationError`: a message at (line, column).
    At(String, usize, usize),
    /// A `SyntaxError` from encoding detection, or a decoding failure.
    Plain(String),
}

/// The listing `python3 -m tokenize [-e]` prints for `source`, or the error
/// line it ends with, less the leading `FILE:` (`"3:0: error: EOF in
/// multi-line statement"`, or `" error: unknown encoding: xyz"`).
/// Like the real tool, nothing is listed when tokenizing fails.
pub fn listing(source: &[u8], exact: bool) -> Result<String, String> {
    listing_from(source, exact, None)
}

/// Like [`listing`] for the file `filename`, whose name the tool quotes in
/// encoding errors; the error is the whole line printed (`FILE:` included).
pub fn listing_named(source: &[u8], exact: bool, filename: &str) -> Result<String, String> {
    listing_from(source, exact, Some(filename)).map_err(|e| format!("{filename}:{e}"))
}

fn listing_from(source: &[u8], exact: bool, filename: Option<&str>) -> Result<String, String> {
    let tokens = tokenize_file(source, filename).map_err(|e| match e {
        Error::At(msg, line, col) => format!("{line}:{col}: error: {msg}"),
        Error::Plain(msg) => format!(" error: {msg}"),
    })?;
    let mut out = String::new();
    for t in &tokens {
        let range = format!("{},{}-{},{}:", t.start.0, t.start.1, t.end.0, t.end.1);
        let name =
            if exact && t.kind == Kind::Op { exact_name(&t.text).unwrap_or("OP") } else { t.kind.name() };
        pad(&mut out, &range, 20);
        pad(&mut out, name, 15);
        pad(&mut out, &str_repr(&t.text), 15);
        // `print` of a %-15r field keeps its padding.
        out.push('\n');
    }
    Ok(out)
}

/// Appends `s` left-justified in `width` characters, like `%-Ns`.
fn pad(out: &mut String, s: &str, width: usize) {
    out.push_str(s);
    for _ in s.chars().count()..width {
        out.push(' ');
    }
}

/// `token.EXACT_TOKEN_TYPES`: the exact name of an operator.
fn exact_name(op: &str) -> Option<&'static str> {
    Some(match op {
        "!=" => "NOTEQUAL",
        "%" => "PERCENT",
        "%=" => "PERCENTEQUAL",
        "&" => "AMPER",
        "&=" => "AMPEREQUAL",
        "(" => "LPAR",
        ")" => "RPAR",
        "*" => "STAR",
        "**" => "DOUBLESTAR",
        "**=" => "DOUBLESTAREQUAL",
        "*=" => "STAREQUAL",
        "+" => "PLUS",
        "+=" => "PLUSEQUAL",
        "," => "COMMA",
        "-" => "MINUS",
        "-=" => "MINEQUAL",
        "->" => "RARROW",
        "." => "DOT",
        "..." => "ELLIPSIS",
        "/" => "SLASH",
        "//" => "DOUBLESLASH",
        "//=" => "DOUBLESLASHEQUAL",
        "/=" => "SLASHEQUAL",
        ":" => "COLON",
        ":=" => "COLONEQUAL",
        ";" => "SEMI",
        "<" => "LESS",
        "<<" => "LEFTSHIFT",
        "<<=" => "LEFTSHIFTEQUAL",
        "<=" => "LESSEQUAL",
        "=" => "EQUAL",
        "==" => "EQEQUAL",
        ">" => "GREATER",
        ">=" => "GREATEREQUAL",
        ">>" => "RIGHTSHIFT",
        ">>=" => "RIGHTSHIFTEQUAL",
        "@" => "AT",
        "@=" => "ATEQUAL",
        "[" => "LSQB",
        "]" => "RSQB",
        "^" => "CIRCUMFLEX",
        "^=" => "CIRCUMFLEXEQUAL",
        "{" => "LBRACE",
        "|" => "VBAR",
        "|=" => "VBAREQUAL",
        "}" => "RBRACE",
        "~" => "TILDE",
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Encoding detection (`detect_encoding`) and decoding.

/// Splits like a binary file's `readline`: after each `\n`.
fn split_lines(source: &[u8]) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut rest = source;
    while !rest.is_empty() {
        let n = rest.iter().position(|&c| c == b'\n').map_or(rest.len(), |i| i + 1);
        lines.push(&rest[..n]);
        rest = &rest[n..];
    }
    lines
}

/// `cookie_re`: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` (ASCII).
fn find_cookie(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches([' ', '\t', '\x0c']);
    let rest = rest.strip_prefix('#')?;
    let mut from = 0;
    while let Some(i) = rest[from..].find("coding") {
        let after = &rest[from + i + 6..];
        if let Some(after) = after.strip_prefix([':', '=']) {
            let after = after.trim_start_matches([' ', '\t']);
            let n = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'))
                .unwrap_or(after.len());
            if n > 0 {
                return Some(&after[..n]);
            }
        }
        from += i + 1;
    }
    None
}

/// `blank_re`: a line with only blanks, then a comment or the line's end.
fn is_blank(line: &[u8]) -> bool {
    let n = line.iter().take_while(|&&c| matches!(c, b' ' | b'\t' | b'\x0c')).count();
    matches!(line.get(n), None | Some(b'#' | b'\r' | b'\n'))
}

/// `_get_normal_name`.
fn normal_name(orig: &str) -> String {
    let enc: String = orig.chars().take(12).collect::<String>().to_lowercase().replace('_', "-");
    if enc == "utf-8" || enc.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if enc == latin || enc.starts_with(&format!("{latin}-")) {
            return "iso-8859-1".into();
        }
    }
    orig.into()
}

/// Whether `name` is a codec we can decode (the same table as `source`).
fn lookup(name: &str) -> Option<&str> {
    source::is_known_encoding(name).then_some(name)
}

/// `detect_encoding`: the encoding name for the ENCODING token, the codec,
/// and whether a BOM was stripped.
fn detect_encoding(lines: &[&[u8]], file: Option<&str>) -> Result<(String, bool), Error> {
    let bom = lines.first().is_some_and(|l| l.starts_with(b"\xef\xbb\xbf"));
    // The messages name the file, when there is one, as `repr` does.
    let quoted = file.map(str_repr);
    let cookie = |line: &[u8]| -> Result<Option<String>, Error> {
        let text = std::str::from_utf8(line).map_err(|_| {
            let msg = "invalid or missing encoding declaration";
            Error::Plain(match &quoted {
                Some(f) => format!("{msg} for {f}"),
                None => msg.into(),
            })
        })?;
        let Some(name) = find_cookie(text) else {
            return Ok(None);
        };
        let name = normal_name(name);
        lookup(&name).ok_or_else(|| {
            Error::Plain(match &quoted {
                Some(f) => format!("unknown encoding for {f}: {name}"),
                None => format!("unknown encoding: {name}"),
            })
        })?;
        if bom && name != "utf-8" {
            return Err(Error::Plain(match &quoted {
                Some(f) => format!("encoding problem for {f}: utf-8"),
                None => "encoding problem: utf-8".into(),
            }));
        }
        Ok(Some(name))
    };
    let default = || ("utf-8".to_string(), bom);
    let Some(first) = lines.first() else {
        return Ok(default());
    };
    let first = if bom { &first[3..] } else { first };
    if first.is_empty() {
        return Ok(default());
    }
    if let Some(name) = cookie(first)? {
        return Ok((name, bom));
    }
    if !is_blank(first) {
        return Ok(default());
    }
    match lines.get(1) {
        Some(second) => match cookie(second)? {
            Some(name) => Ok((name, bom)),
            None => Ok(default()),
        },
        None => Ok(default()),
    }
}

fn decode(line: &[u8], encoding: &str) -> Result<Vec<char>, Error> {
    match source::decode_named(encoding, line) {
        Ok(text) => Ok(text.chars().collect()),
        Err(_) => Err(Error::Plain("unexpected error: could not decode the source".into())),
    }
}

// ---------------------------------------------------------------------------
// The patterns of tokenize.py, as matchers over one line's characters. Each
// returns the end of its match at `i`, or `None`.

fn at(line: &[char], i: usize) -> char {
    line.get(i).copied().unwrap_or('\0')
}

/// `[0-9](?:_?[0-9])*`
fn digits(line: &[char], i: usize) -> Option<usize> {
    if !at(line, i).is_ascii_digit() {
        return None;
    }
    let mut j = i + 1;
    loop {
        if at(line, j).is_ascii_digit() {
            j += 1;
        } else if at(line, j) == '_' && at(line, j + 1).is_ascii_digit() {
            j += 2;
        } else {
            return Some(j);
        }
    }
}

/// `0[xX](?:_?[0-9a-fA-F])+` and friends: a prefix, then digit groups.
fn radix(line: &[char], i: usize, marks: [char; 2], digit: fn(char) -> bool) -> Option<usize> {
    if at(line, i) != '0' || !marks.contains(&at(line, i + 1)) {
        return None;
    }
    let mut j = i + 2;
    let start = j;
    loop {
        if digit(at(line, j)) {
            j += 1;
        } else if at(line, j) == '_' && digit(at(line, j + 1)) {
            j += 2;
        } else {
            break;
        }
    }
    (j > start).then_some(j)
}

/// `[eE][-+]?[0-9](?:_?[0-9])*`
fn exponent(line: &[char], i: usize) -> Option<usize> {
    if !matches!(at(line, i), 'e' | 'E') {
        return None;
    }
    let j = if matches!(at(line, i + 1), '+' | '-') { i + 2 } else { i + 1 };
    digits(line, j)
}

/// `Pointfloat`: `digits '.' digits?` or `'.' digits`, then an optional exponent.
fn pointfloat(line: &[char], i: usize) -> Option<usize> {
    let j = match digits(line, i) {
        Some(j) if at(line, j) == '.' => digits(line, j + 1).unwrap_or(j + 1),
        Some(_) => return None,
        None if at(line, i) == '.' => digits(line, i + 1)?,
        None => return None,
    };
    Some(exponent(line, j).unwrap_or(j))
}

/// `Floatnumber`: a point float, or digits with an exponent.
fn floatnumber(line: &[char], i: usize) -> Option<usize> {
    pointfloat(line, i).or_else(|| exponent(line, digits(line, i)?))
}

/// `Number = group(Imagnumber, Floatnumber, Intnumber)`, tried in order.
fn number(line: &[char], i: usize) -> Option<usize> {
    let imaginary = |j: usize| matches!(at(line, j), 'j' | 'J').then_some(j + 1);
    if let Some(j) = digits(line, i).and_then(imaginary) {
        return Some(j);
    }
    if let Some(j) = floatnumber(line, i).and_then(imaginary) {
        return Some(j);
    }
    if let Some(j) = floatnumber(line, i) {
        return Some(j);
    }
    radix(line, i, ['x', 'X'], |c| c.is_ascii_hexdigit())
        .or_else(|| radix(line, i, ['b', 'B'], |c| matches!(c, '0' | '1')))
        .or_else(|| radix(line, i, ['o', 'O'], |c| matches!(c, '0'..='7')))
        .or_else(|| {
            // `0(?:_?0)*|[1-9](?:_?[0-9])*`
            if at(line, i) == '0' {
                let mut j = i + 1;
                loop {
                    if at(line, j) == '0' {
                        j += 1;
                    } else if at(line, j) == '_' && at(line, j + 1) == '0' {
                        j += 2;
                    } else {
                        return Some(j);
                    }
                }
            }
            matches!(at(line, i), '1'..='9').then(|| digits(line, i)).flatten()
        })
}

/// The length of the string prefix at `i` (`rb`, `F`, ...) if a quote follows it.
fn string_prefix(line: &[char], i: usize) -> Option<usize> {
    let lower = |k: usize| at(line, i + k).to_ascii_lowercase();
    let is_quote = |k: usize| matches!(at(line, i + k), '\'' | '"');
    if is_quote(0) {
        return Some(0);
    }
    if matches!(lower(0), 'r' | 'b' | 'u' | 'f') && is_quote(1) {
        return Some(1);
    }
    let two = [lower(0), lower(1)];
    let valid = matches!(two, ['b', 'r'] | ['r', 'b'] | ['f', 'r'] | ['r', 'f']);
    (valid && is_quote(2)).then_some(2)
}

/// `ContStr`: a single-quoted string that closes on this line, or whose line
/// ends in a backslash continuation (the match then includes the newline).
fn cont_str(line: &[char], i: usize) -> Option<usize> {
    let p = string_prefix(line, i)?;
    let quote = at(line, i + p);
    let mut j = i + p + 1;
    loop {
        match line.get(j).copied() {
            None | Some('\n') => return None,
            Some('\\') => match line.get(j + 1).copied() {
                Some('\n') => return Some(j + 2),
                Some('\r') if line.get(j + 2) == Some(&'\n') => {
                    // `\\.` would eat the `\r`, then fail; the regex backtracks to `\\\r?\n`.
                    return Some(j + 3);
                }
                Some(_) => j += 2,
                None => return None,
            },
            Some(c) if c == quote => return Some(j + 1),
            Some(_) => j += 1,
        }
    }
}

/// The end patterns (`Single`, `Double`, `Single3`, `Double3`): where the
/// string that is open closes on `line`, searching from `i`.
fn string_end(line: &[char], mut i: usize, quote: char, triple: bool) -> Option<usize> {
    loop {
        match line.get(i).copied() {
            None => return None,
            Some('\\') => match line.get(i + 1) {
                // `.` does not match a newline.
                Some('\n') | None => return None,
                Some(_) => i += 2,
            },
            Some(c) if c == quote => {
                if !triple {
                    return Some(i + 1);
                }
                if at(line, i + 1) == quote && at(line, i + 2) == quote {
                    return Some(i + 3);
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    }
}

/// The longest operator at `i` (`Special`, sorted so longer ones win).
fn operator(line: &[char], i: usize) -> Option<usize> {
    let s: String = line[i..line.len().min(i + 3)].iter().collect();
    (1..=s.chars().count())
        .rev()
        .find(|&n| exact_name(&s.chars().take(n).collect::<String>()).is_some())
        .map(|n| i + n)
}

/// Python's `\w` (an approximation: Unicode letters and numbers, and `_`).
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// What the pseudo-token pattern found: its kind of match and extent.
enum Pseudo {
    /// `\Z`, or a backslash continuation.
    Empty,
    Continuation,
    Token(usize, usize),
}

/// `PseudoToken = Whitespace group(PseudoExtras, Number, Funny, ContStr, Name)`.
fn pseudo_token(line: &[char], pos: usize) -> Option<Pseudo> {
    let mut i = pos;
    while matches!(at(line, i), ' ' | '\x0c' | '\t') && i < line.len() {
        i += 1;
    }
    let c = at(line, i);
    if i == line.len() {
        return Some(Pseudo::Empty);
    }
    if c == '\\' {
        match (line.get(i + 1), line.get(i + 2)) {
            (Some('\n'), _) | (Some('\r'), Some('\n')) => return Some(Pseudo::Continuation),
            _ => {}
        }
    }
    let end = if c == '#' {
        Some(i + line[i..].iter().take_while(|&&c| c != '\r' && c != '\n').count())
    } else {
        None
    }
    .or_else(|| {
        // Triple-quoted opening.
        let p = string_prefix(line, i)?;
        let q = at(line, i + p);
        (at(line, i + p + 1) == q && at(line, i + p + 2) == q).then_some(i + p + 3)
    })
    .or_else(|| number(line, i))
    .or_else(|| match (c, at(line, i + 1)) {
        ('\n', _) => Some(i + 1),
        ('\r', '\n') => Some(i + 2),
        _ => operator(line, i),
    })
    .or_else(|| cont_str(line, i))
    .or_else(|| {
        let n = line[i..].iter().take_while(|&&c| is_word(c)).count();
        (n > 0).then_some(i + n)
    })?;
    Some(Pseudo::Token(i, end))
}

fn is_identifier_start(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

// ---------------------------------------------------------------------------
// `_tokenize`.

/// The tokens `tokenize.tokenize` yields for `source`, ENCODING first.
pub fn tokenize(source: &[u8]) -> Result<Vec<Token>, Error> {
    tokenize_file(source, None)
}

/// [`tokenize`] for the file `filename` (named in encoding errors).
pub fn tokenize_file(source: &[u8], filename: Option<&str>) -> Result<Vec<Token>, Error> {
    match tokenize_partial(source, filename) {
        (tokens, None) => Ok(tokens),
        (_, Some(error)) => Err(error),
    }
}

/// [`tokenize_file`], keeping the tokens found before an error, which
/// `tokenize.tokenize` yields before it raises.
pub fn tokenize_partial(source: &[u8], filename: Option<&str>) -> (Vec<Token>, Option<Error>) {
    let raw_lines = split_lines(source);
    let (encoding, bom) = match detect_encoding(&raw_lines, filename) {
        Ok(found) => found,
        Err(e) => return (Vec::new(), Some(e)),
    };
    let encoding_token = Token {
        kind: Kind::Encoding,
        text: encoding.clone(),
        start: (0, 0),
        end: (0, 0),
        line: Arc::from(""),
    };
    let mut tokens = vec![encoding_token];
    let error = scan(&raw_lines, &encoding, bom, &mut tokens).err();
    (tokens, error)
}

/// `tokenize.generate_tokens`: the tokens of text already decoded (no
/// ENCODING token, no coding cookie read), and the error that stopped them.
pub fn generate_tokens(text: &str) -> (Vec<Token>, Option<Error>) {
    let mut tokens = Vec::new();
    let error = scan(&split_lines(text.as_bytes()), "utf-8", false, &mut tokens).err();
    (tokens, error)
}

/// A string still open at the end of a line (`contstr` in `_tokenize`).
struct OpenString {
    text: String,
    start: (usize, usize),
    /// The closing quote character.
    quote: char,
    triple: bool,
    /// A single-quoted string continued by a backslash.
    needcont: bool,
    /// Its physical lines so far (`contline`), the `line` of its token.
    lines: String,
}

/// `_tokenize`'s loop over the lines of the source, appending to `tokens`.
fn scan(raw_lines: &[&[u8]], encoding: &str, bom: bool, tokens: &mut Vec<Token>) -> Result<(), Error> {
    let mut emit = |kind: Kind, text: String, start: (usize, usize), end: (usize, usize), line: &Arc<str>| {
        tokens.push(Token { kind, text, start, end, line: line.clone() })
    };
    let no_line: Arc<str> = Arc::from("");
    let text = |line: &[char], a: usize, b: usize| -> String { line[a..b].iter().collect() };

    let (mut lnum, mut parenlev, mut continued) = (0usize, 0i64, false);
    let mut indents: Vec<usize> = vec![0];
    let mut contstr: Option<OpenString> = None;
    let mut last_line: Vec<char>;
    let mut line: Vec<char> = Vec::new();
    let mut next_raw = raw_lines.iter();

    loop {
        last_line = std::mem::replace(&mut line, Vec::new());
        line = match next_raw.next() {
            Some(raw) => {
                let raw = if bom && lnum == 0 { &raw[3..] } else { raw };
                decode(raw, encoding)?
            }
            None => Vec::new(),
        };
        let physical: Arc<str> = line.iter().collect::<String>().into();
        lnum += 1;
        let max = line.len();
        let mut pos = 0;

        if let Some(OpenString { text: mut s, start, quote, triple, needcont, lines: mut contline }) =
            contstr.take()
        {
            if line.is_empty() {
                return Err(Error::At("EOF in multi-line string".into(), start.0, start.1));
            }
            if let Some(end) = string_end(&line, 0, quote, triple) {
                s.extend(&line[..end]);
                contline.push_str(&physical);
                emit(Kind::String, s, start, (lnum, end), &contline.into());
                pos = end;
            } else if needcont && !line.ends_with(&['\\', '\n']) && !line.ends_with(&['\\', '\r', '\n']) {
                s.extend(&line);
                emit(Kind::ErrorToken, s, start, (lnum, line.len()), &contline.into());
                continue;
            } else {
                s.extend(&line);
                contline.push_str(&physical);
                contstr = Some(OpenString { text: s, start, quote, triple, needcont, lines: contline });
                continue;
            }
        } else if parenlev == 0 && !continued {
            if line.is_empty() {
                break;
            }
            let mut column = 0;
            while pos < max {
                match line[pos] {
                    ' ' => column += 1,
                    '\t' => column = (column / TAB_SIZE + 1) * TAB_SIZE,
                    '\x0c' => column = 0,
                    _ => break,
                }
                pos += 1;
            }
            if pos == max {
                break;
            }
            if matches!(line[pos], '#' | '\r' | '\n') {
                if line[pos] == '#' {
                    let n = line[pos..].iter().rev().take_while(|&&c| c == '\r' || c == '\n').count();
                    let end = max - n;
                    emit(Kind::Comment, text(&line, pos, end), (lnum, pos), (lnum, end), &physical);
                    pos = end;
                }
                emit(Kind::Nl, text(&line, pos, max), (lnum, pos), (lnum, max), &physical);
                continue;
            }
            if column > *indents.last().unwrap_or(&0) {
                indents.push(column);
                emit(Kind::Indent, text(&line, 0, pos), (lnum, 0), (lnum, pos), &physical);
            }
            while column < *indents.last().unwrap_or(&0) {
                if !indents.contains(&column) {
                    return Err(Error::At(
                        "unindent does not match any outer indentation level".into(),
                        lnum,
                        pos,
                    ));
                }
                indents.pop();
                emit(Kind::Dedent, String::new(), (lnum, pos), (lnum, pos), &physical);
            }
        } else {
            if line.is_empty() {
                return Err(Error::At("EOF in multi-line statement".into(), lnum, 0));
            }
            continued = false;
        }

        while pos < max {
            let Some(found) = pseudo_token(&line, pos) else {
                emit(Kind::ErrorToken, line[pos].to_string(), (lnum, pos), (lnum, pos + 1), &physical);
                pos += 1;
                continue;
            };
            let (start, end) = match found {
                Pseudo::Empty => break,
                Pseudo::Continuation => {
                    continued = true;
                    break;
                }
                Pseudo::Token(s, e) => (s, e),
            };
            pos = end;
            let token = text(&line, start, end);
            let initial = line[start];
            let (spos, epos) = ((lnum, start), (lnum, end));
            if initial.is_ascii_digit() || (initial == '.' && token != "." && token != "...") {
                emit(Kind::Number, token, spos, epos, &physical);
            } else if initial == '\r' || initial == '\n' {
                let kind = if parenlev > 0 { Kind::Nl } else { Kind::Newline };
                emit(kind, token, spos, epos, &physical);
            } else if initial == '#' {
                emit(Kind::Comment, token, spos, epos, &physical);
            } else if is_triple_open(&token) {
                let quote = line[end - 1];
                if let Some(close) = string_end(&line, end, quote, true) {
                    pos = close;
                    emit(Kind::String, text(&line, start, close), spos, (lnum, close), &physical);
                } else {
                    contstr = Some(OpenString {
                        text: text(&line, start, max),
                        start: spos,
                        quote,
                        triple: true,
                        needcont: false,
                        lines: physical.to_string(),
                    });
                    break;
                }
            } else if string_prefix(&line, start).is_some_and(|p| start + p < end) {
                if token.ends_with('\n') {
                    let quote = line[start + string_prefix(&line, start).unwrap_or(0)];
                    contstr = Some(OpenString {
                        text: text(&line, start, max),
                        start: spos,
                        quote,
                        triple: false,
                        needcont: true,
                        lines: physical.to_string(),
                    });
                    break;
                }
                emit(Kind::String, token, spos, epos, &physical);
            } else if is_identifier_start(initial) {
                emit(Kind::Name, token, spos, epos, &physical);
            } else {
                match initial {
                    '(' | '[' | '{' => parenlev += 1,
                    ')' | ']' | '}' => parenlev -= 1,
                    _ => {}
                }
                emit(Kind::Op, token, spos, epos, &physical);
            }
        }
    }

    let last_is_code = last_line.last().is_some_and(|&c| c != '\r' && c != '\n')
        && !last_line.iter().collect::<String>().trim().starts_with('#');
    if last_is_code {
        let n = last_line.len();
        emit(Kind::Newline, String::new(), (lnum - 1, n), (lnum - 1, n + 1), &no_line);
    }
    for _ in 1..indents.len() {
        emit(Kind::Dedent, String::new(), (lnum, 0), (lnum, 0), &no_line);
    }
    emit(Kind::EndMarker, String::new(), (lnum, 0), (lnum, 0), &no_line);
    Ok(())
}

/// Whether a pseudo-token is a triple-quoted string's opening (`rb'''`).
fn is_triple_open(token: &str) -> bool {
    token.len() >= 3 && (token.ends_with("'''") || token.ends_with("\"\"\"")) && {
        let chars: Vec<char> = token.chars().collect();
        string_prefix(&chars, 0) == Some(chars.len() - 3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_listing() {
        let out = listing(b"x = 1\n", false).unwrap();
        let expected = "\
0,0-0,0:            ENCODING       'utf-8'        
1,0-1,1:            NAME           'x'            
1,2-1,3:            OP             '='            
1,4-1,5:            NUMBER         '1'            
1,5-1,6:            NEWLINE        '\\n'           
2,0-2,0:            ENDMARKER      ''             
";
        assert_eq!(out, expected);
    }

    #[test]
    fn errors() {
        assert_eq!(listing(b"(\n", false), Err("2:0: error: EOF in multi-line statement".into()));
        assert_eq!(
            listing(b"if x:\n    a\n  b\n", false),
            Err("3:2: error: unindent does not match any outer indentation level".into())
        );
    }

    #[test]
    fn never_panics() {
        let text = b"def f(a):\n\tx = rb'''a\\\n''' + 0x_1 # c\n  'b\\\n\xc3\xa9 $ \\\n";
        for i in 0..=text.len() {
            let _ = listing(&text[..i], true);
        }
    }
}
