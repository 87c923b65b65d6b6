//! The text codecs Strata implements, as plain functions: names resolved
//! as CPython's `encodings` package resolves them (`"UTF8"`, `"u8"`,
//! `"latin"`, `"646"`, `"windows-1252"`...), decoding (incrementally, for
//! text files) and encoding with CPython's error handlers and the
//! positions and reasons its `UnicodeError`s carry.
//!
//! `codecs.rs` turns the errors into exceptions for `str.encode`,
//! `bytes.decode` and text files (`file.rs`).
//!
//! Known gap: a Strata `str` cannot hold lone surrogates, so
//! `surrogateescape` and `surrogatepass` refuse undecodable bytes as
//! `strict` does (where CPython would make surrogates of them); when
//! encoding, where there are no surrogates to handle, they are exact.

mod charmap;
mod escape;
#[rustfmt::skip]
mod tables;
mod wide;

pub use charmap::Charmap;

/// A codec Strata implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a byte order mark written first and skipped when read.
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (`width` 2 or 4): little- or big-endian, or `None`
    /// for the plain codec that writes a byte order mark and reads one.
    Wide {
        width: usize,
        little: Option<bool>,
    },
    /// A single-byte code page (`cp1252`, `iso8859_15`, `cp437`...).
    Charmap(&'static Charmap),
    /// `unicode_escape`, or `raw_unicode_escape` (only `\u`/`\U` escapes).
    Escape {
        raw: bool,
    },
}

/// `errors=`: what a codec does with what it cannot decode or encode.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    /// Encoding only (`&#233;`).
    XmlCharRefReplace,
    /// Encoding only (`\N{LATIN SMALL LETTER E WITH ACUTE}`).
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    /// A name CPython has no handler for: `LookupError` once it is needed.
    Unknown,
}

impl Errors {
    pub fn parse(name: &str) -> Errors {
        match name {
            "strict" => Errors::Strict,
            "ignore" => Errors::Ignore,
            "replace" => Errors::Replace,
            "backslashreplace" => Errors::BackslashReplace,
            "xmlcharrefreplace" => Errors::XmlCharRefReplace,
            "namereplace" => Errors::NameReplace,
            "surrogateescape" => Errors::SurrogateEscape,
            "surrogatepass" => Errors::SurrogatePass,
            _ => Errors::Unknown,
        }
    }

    /// Handles the undecodable `bad` bytes by pushing their replacement;
    /// false when the handler refuses them (the error is raised).
    fn on_decode(self, out: &mut String, bad: &[u8]) -> bool {
        match self {
            Errors::Ignore => true,
            Errors::Replace => {
                out.push('\u{fffd}');
                true
            }
            Errors::BackslashReplace => {
                for byte in bad {
                    out.push_str(&format!("\\x{byte:02x}"));
                }
                true
            }
            _ => false,
        }
    }

    /// The bytes that stand for the unencodable `bad` characters, or None
    /// when the handler refuses them. The replacements are ASCII, which
    /// every codec here that can fail to encode writes as itself.
    fn on_encode(self, bad: &str) -> Option<String> {
        let mut out = String::new();
        for c in bad.chars() {
            match self {
                Errors::Ignore => {}
                Errors::Replace => out.push('?'),
                Errors::BackslashReplace => push_backslashed(&mut out, c),
                Errors::XmlCharRefReplace => out.push_str(&format!("&#{};", c as u32)),
                Errors::NameReplace => match crate::semantics::unicodedata::name(c) {
                    Some(name) => out.push_str(&format!("\\N{{{name}}}")),
                    None => push_backslashed(&mut out, c),
                },
                _ => return None,
            }
        }
        Some(out)
    }
}

fn push_backslashed(out: &mut String, c: char) {
    let text = match c as u32 {
        n @ ..=0xff => format!("\\x{n:02x}"),
        n @ ..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    };
    out.push_str(&text);
}

/// Bytes a decoder cannot read: positions in its input, CPython's name for
/// the codec (`'charmap'` for the code pages) and its reason. An error
/// with no bytes (`start == end`) is not about bytes but the whole stream
/// (a file in plain UTF-16 without its byte order mark): CPython raises a
/// plain `UnicodeError` with the reason.
#[derive(Debug)]
pub struct DecodeError {
    pub codec: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
    /// How many bytes at the start of the input the positions leave out
    /// (`utf-8-sig`'s byte order mark): the error's `object` starts after them.
    pub skipped: usize,
}

/// Characters an encoder cannot write: positions in characters.
#[derive(Debug)]
pub struct EncodeError {
    pub codec: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// `name` as CPython's codec machinery compares it: lower case, each run
/// of punctuation but `.` read as one `_` (none at the ends).
pub fn normalize(name: &str) -> String {
    let mut norm = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            norm.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    norm
}

/// Whether CPython's `str.encode`/`bytes.decode` run the codec `name`
/// names directly, without its codec registry (which wraps the errors of
/// an unknown error handler in a message naming the codec).
pub fn is_fast_path(name: &str) -> bool {
    matches!(
        normalize(name).as_str(),
        "utf8"
            | "utf_8"
            | "utf16"
            | "utf_16"
            | "utf32"
            | "utf_32"
            | "ascii"
            | "us_ascii"
            | "latin1"
            | "latin_1"
            | "iso_8859_1"
            | "iso8859_1"
    )
}

/// The codec `name` names, after normalization and CPython's aliases
/// (`encodings.aliases`).
pub fn lookup(name: &str) -> Option<Codec> {
    // The spellings programs use most, known without normalizing (which
    // allocates, and was most of the time of a short `s.encode()`).
    match name {
        "utf-8" | "utf8" | "UTF-8" | "UTF8" => return Some(Codec::Utf8),
        "ascii" | "ASCII" => return Some(Codec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" => return Some(Codec::Latin1),
        _ => {}
    }
    let norm = normalize(name);
    let alias = |key: &str| {
        let found = tables::ALIASES.binary_search_by_key(&key, |&(alias, _)| alias).ok();
        found.map(|i| tables::ALIASES[i].1)
    };
    let module = alias(&norm).or_else(|| alias(&norm.replace('.', "_"))).unwrap_or(&norm);
    let wide = |width, little| Some(Codec::Wide { width, little });
    match module {
        "utf_8" => Some(Codec::Utf8),
        "utf_8_sig" => Some(Codec::Utf8Sig),
        "ascii" => Some(Codec::Ascii),
        "latin_1" => Some(Codec::Latin1),
        "utf_16" => wide(2, None),
        "utf_16_le" => wide(2, Some(true)),
        "utf_16_be" => wide(2, Some(false)),
        "utf_32" => wide(4, None),
        "utf_32_le" => wide(4, Some(true)),
        "utf_32_be" => wide(4, Some(false)),
        "unicode_escape" => Some(Codec::Escape { raw: false }),
        "raw_unicode_escape" => Some(Codec::Escape { raw: true }),
        _ => tables::CHARMAPS.iter().find(|map| map.module == module).map(|map| Codec::Charmap(map)),
    }
}

impl Codec {
    /// `codecs.lookup(...).name`.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "iso8859-1",
            Codec::Wide { width: 2, little: None } => "utf-16",
            Codec::Wide { width: _, little: None } => "utf-32",
            Codec::Wide { width, little: Some(le) } => wide::name(width, le),
            Codec::Charmap(map) => map.name,
            Codec::Escape { raw: false } => "unicode-escape",
            Codec::Escape { raw: true } => "raw-unicode-escape",
        }
    }

    /// CPython's module for the codec (`encodings.utf_8`...), whose name
    /// prefixes its functions (`utf_8_encode`).
    pub fn module(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf_8",
            Codec::Utf8Sig => "utf_8_sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin_1",
            Codec::Wide { width: 2, little: None } => "utf_16",
            Codec::Wide { width: 2, little: Some(true) } => "utf_16_le",
            Codec::Wide { width: 2, little: Some(false) } => "utf_16_be",
            Codec::Wide { width: _, little: None } => "utf_32",
            Codec::Wide { width: _, little: Some(true) } => "utf_32_le",
            Codec::Wide { width: _, little: Some(false) } => "utf_32_be",
            Codec::Charmap(map) => map.module,
            Codec::Escape { raw: false } => "unicode_escape",
            Codec::Escape { raw: true } => "raw_unicode_escape",
        }
    }

    /// The codec that writes what this one does without its byte order
    /// mark: what a file writes once it is past its start.
    pub fn without_bom(self) -> Codec {
        match self {
            Codec::Utf8Sig => Codec::Utf8,
            Codec::Wide { width, little: None } => Codec::Wide { width, little: Some(true) },
            other => other,
        }
    }

    /// `text` encoded; the plain UTF-16/32 codecs write a little-endian
    /// byte order mark first, `utf-8-sig` a UTF-8 one.
    pub fn encode(self, text: &str, errors: Errors) -> Result<Vec<u8>, EncodeError> {
        let single_byte =
            |fits: &dyn Fn(char) -> Option<u8>, codec, reason| -> Result<Vec<u8>, EncodeError> {
                let mut out = Vec::with_capacity(text.len());
                let mut chars = text.char_indices().enumerate().peekable();
                while let Some((start, (at, c))) = chars.next() {
                    if let Some(byte) = fits(c) {
                        out.push(byte);
                        continue;
                    }
                    // CPython hands the handler the whole run of unencodable characters.
                    let (mut end, mut stop) = (start + 1, at + c.len_utf8());
                    while let Some(&(i, (j, next))) = chars.peek() {
                        if fits(next).is_some() {
                            break;
                        }
                        (end, stop) = (i + 1, j + next.len_utf8());
                        chars.next();
                    }
                    match errors.on_encode(&text[at..stop]) {
                        Some(replacement) => out.extend_from_slice(replacement.as_bytes()),
                        None => return Err(EncodeError { codec, start, end, reason }),
                    }
                }
                Ok(out)
            };
        match self {
            Codec::Utf8 => Ok(text.as_bytes().to_vec()),
            Codec::Utf8Sig => Ok([b"\xef\xbb\xbf", text.as_bytes()].concat()),
            Codec::Wide { width, little } => {
                let mut out = Vec::new();
                if little.is_none() {
                    wide::push_unit(&mut out, 0xfeff, width, true);
                }
                wide::encode(text, width, little.unwrap_or(true), &mut out);
                Ok(out)
            }
            Codec::Ascii => {
                single_byte(&|c| c.is_ascii().then_some(c as u8), "ascii", "ordinal not in range(128)")
            }
            Codec::Latin1 => {
                single_byte(&|c| u8::try_from(c as u32).ok(), "latin-1", "ordinal not in range(256)")
            }
            Codec::Charmap(map) => {
                single_byte(&|c| map.encode_char(c), "charmap", "character maps to <undefined>")
            }
            Codec::Escape { raw } => Ok(escape::encode(text, raw)),
        }
    }

    /// `bytes` decoded whole.
    pub fn decode(self, bytes: &[u8], errors: Errors) -> Result<String, DecodeError> {
        let mut out = String::with_capacity(bytes.len());
        Decoder::new(self, errors).decode(bytes, true, &mut out)?;
        Ok(out)
    }
}

/// A decoder fed the bytes of a file piece by piece: it keeps no bytes
/// itself, but tells how many it used, and remembers whether the byte order
/// mark (if its codec reads one) is behind it and which order it chose.
#[derive(Debug)]
pub struct Decoder {
    /// The codec asked for.
    initial: Codec,
    /// The codec in force: the plain UTF-16/32 codec becomes the byte
    /// order its mark (or its absence) chose.
    codec: Codec,
    errors: Errors,
    started: bool,
    /// Whether it reads a file (CPython's incremental decoder), which must
    /// start with its byte order mark if its codec reads one.
    stream: bool,
}

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

impl Decoder {
    pub fn new(codec: Codec, errors: Errors) -> Decoder {
        Decoder { initial: codec, codec, errors, started: false, stream: false }
    }

    /// A decoder for a file.
    pub fn for_stream(codec: Codec, errors: Errors) -> Decoder {
        Decoder { stream: true, ..Decoder::new(codec, errors) }
    }

    /// Forgets what was decoded (a seek): at the start of the input the
    /// byte order mark is read again.
    pub fn reset(&mut self, at_start: bool) {
        if at_start {
            self.codec = self.initial;
            self.started = false;
        } else {
            self.started = true;
        }
    }

    /// Decodes `input` onto `out` and returns how many bytes it used: all
    /// of them when `last`, otherwise all but an incomplete character at
    /// the end, which the caller passes again with the bytes that follow.
    pub fn decode(&mut self, input: &[u8], last: bool, out: &mut String) -> Result<usize, DecodeError> {
        let errors = self.errors;
        let mut skip = 0;
        // A file in plain UTF-16/32 must start with a byte order mark: once
        // a unit decoded without one, CPython refuses the stream.
        let mut missing_bom = None;
        if !self.started {
            match self.codec {
                Codec::Utf8Sig => {
                    if input.len() < UTF8_BOM.len() && !last && UTF8_BOM.starts_with(input) {
                        return Ok(0);
                    }
                    if input.starts_with(UTF8_BOM) {
                        skip = UTF8_BOM.len();
                    }
                }
                Codec::Wide { width, little: None } => {
                    if input.len() < width && !last {
                        return Ok(0);
                    }
                    let (bom_le, bom_be): (&[u8], &[u8]) = match width {
                        2 => (b"\xff\xfe", b"\xfe\xff"),
                        _ => (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"),
                    };
                    let little = !input.starts_with(bom_be);
                    if input.starts_with(bom_le) || !little {
                        skip = width;
                    } else if self.stream {
                        missing_bom = Some(width);
                    }
                    self.codec = Codec::Wide { width, little: Some(little) };
                }
                _ => {}
            }
            self.started = true;
        }
        let body = &input[skip..];
        let on_error = |out: &mut String, bad: &[u8]| errors.on_decode(out, bad);
        let used = match self.codec {
            Codec::Utf8 | Codec::Utf8Sig => decode_utf8(body, last, out, on_error).map_err(|mut e| {
                e.skipped = skip;
                e
            }),
            Codec::Wide { width, little } => {
                // Positions count the byte order mark, as CPython's do.
                wide::decode(body, width, little.unwrap_or(true), last, out, on_error).map_err(|mut e| {
                    e.start += skip;
                    e.end += skip;
                    e
                })
            }
            Codec::Ascii => decode_bytewise(
                body,
                out,
                on_error,
                |b| b.is_ascii().then_some(char::from(b)),
                |_| ("ascii", "ordinal not in range(128)"),
            ),
            Codec::Latin1 => Ok(body.iter().map(|&b| out.push(char::from(b))).count()),
            Codec::Charmap(map) => decode_bytewise(
                body,
                out,
                on_error,
                |b| map.decode_byte(b),
                |_| ("charmap", "character maps to <undefined>"),
            ),
            Codec::Escape { raw } => escape::decode(body, raw, last, out, on_error),
        }?;
        if let Some(width) = missing_bom.filter(|&width| used >= width) {
            let reason = if width == 2 {
                "UTF-16 stream does not start with BOM"
            } else {
                "UTF-32 stream does not start with BOM"
            };
            return Err(DecodeError { codec: self.initial.name(), start: 0, end: 0, reason, skipped: 0 });
        }
        Ok(skip + used)
    }
}

/// A codec with one character a byte.
fn decode_bytewise(
    b: &[u8],
    out: &mut String,
    mut on_error: impl FnMut(&mut String, &[u8]) -> bool,
    char_of: impl Fn(u8) -> Option<char>,
    error: impl Fn(u8) -> (&'static str, &'static str),
) -> Result<usize, DecodeError> {
    for (i, &byte) in b.iter().enumerate() {
        match char_of(byte) {
            Some(c) => out.push(c),
            None if on_error(out, &b[i..=i]) => {}
            None => {
                let (codec, reason) = error(byte);
                return Err(DecodeError { codec, start: i, end: i + 1, reason, skipped: 0 });
            }
        }
    }
    Ok(b.len())
}

/// UTF-8, undecodable stretches as CPython delimits them (the longest
/// prefix of a valid sequence, as Rust's `Utf8Error::error_len`).
fn decode_utf8(
    b: &[u8],
    last: bool,
    out: &mut String,
    mut on_error: impl FnMut(&mut String, &[u8]) -> bool,
) -> Result<usize, DecodeError> {
    let mut at = 0;
    loop {
        let rest = &b[at..];
        let e = match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(b.len());
            }
            Err(e) => e,
        };
        let good = e.valid_up_to();
        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
        let (bad, reason) = match e.error_len() {
            None if !last => return Ok(at + good),
            None => (rest.len() - good, "unexpected end of data"),
            Some(n) => match rest[good] {
                0x80..=0xc1 | 0xf5..=0xff => (n, "invalid start byte"),
                _ => (n, "invalid continuation byte"),
            },
        };
        let (start, end) = (at + good, at + good + bad);
        if !on_error(out, &b[start..end]) {
            return Err(DecodeError { codec: "utf-8", start, end, reason, skipped: 0 });
        }
        at = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_resolve_as_cpython() {
        assert_eq!(lookup("UTF8"), Some(Codec::Utf8));
        assert_eq!(lookup("windows-1252").map(Codec::name), Some("cp1252"));
        assert_eq!(lookup("Latin-9"), None);
        assert_eq!(lookup("latin9").map(Codec::name), Some("iso8859-15"));
        assert_eq!(lookup("iso_8859.15").map(Codec::name), Some("iso8859-15"));
        assert_eq!(lookup("CP-1252"), None);
    }

    #[test]
    fn incremental_utf8_keeps_a_split_character() {
        let mut d = Decoder::new(Codec::Utf8, Errors::Strict);
        let mut out = String::new();
        assert_eq!(d.decode(b"a\xc3", false, &mut out).unwrap(), 1);
        assert_eq!(d.decode(b"\xc3\xa9", true, &mut out).unwrap(), 2);
        assert_eq!(out, "a\u{e9}");
    }

    #[test]
    fn incremental_utf16_reads_its_byte_order_mark_once() {
        let mut d = Decoder::new(lookup("utf-16").unwrap(), Errors::Strict);
        let mut out = String::new();
        assert_eq!(d.decode(b"\xfe", false, &mut out).unwrap(), 0);
        assert_eq!(d.decode(b"\xfe\xff\x00a\x00", false, &mut out).unwrap(), 4);
        assert_eq!(d.decode(b"\x00b", true, &mut out).unwrap(), 2);
        assert_eq!(out, "ab");
    }

    #[test]
    fn encode_errors_cover_the_run() {
        let e = Codec::Ascii.encode("h\u{e9}\u{e9}!", Errors::Strict).unwrap_err();
        assert_eq!((e.start, e.end), (1, 3));
        assert_eq!(Codec::Ascii.encode("h\u{e9}\u{e9}!", Errors::Replace).unwrap(), b"h??!");
    }
}
