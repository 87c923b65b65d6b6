//! Source bytes to text: PEP 263 encoding declarations, as CPython 3.11 reads them.
//!
//! A Python source file is bytes. Before the lexer sees any of it, CPython
//! decides how to decode those bytes:
//!
//! 1. a UTF-8 byte-order mark (`EF BB BF`) means UTF-8 (and is dropped);
//! 2. otherwise a *coding cookie* — a comment matching `coding[:=]\s*([-\w.]+)`
//!    on line 1, or on line 2 when line 1 is blank or a comment — names the
//!    encoding (`# -*- coding: latin-1 -*-`, `# vim: set fileencoding=cp1252 :`);
//! 3. otherwise the source is UTF-8.
//!
//! Then, like CPython's `decode_str` (`translate_newlines`), `\r\n` and a lone
//! `\r` become `\n`. That is part of CPython's decode step, not of its
//! tokenizer proper: it is why `"""a\r\nb"""` in a CRLF file is `'a\nb'`. The
//! lexer may still accept `\r\n` (it is also fed text that did not come
//! through here), but after [`decode`] it never sees a `\r` line ending.
//!
//! Codecs: UTF-8, Latin-1 (bytes 0x80..0xFF are exactly U+0080..U+00FF — not
//! windows-1252, which is what the WHATWG Encoding Standard, and so the
//! `encoding_rs` crate, means by "latin-1"), ASCII, and a set of single-byte
//! code pages whose tables are copied from CPython itself (see
//! `xtask/scripts/gen_codec_tables.py`). We do not use `encoding_rs` for the
//! others because its WHATWG tables differ from Python's codecs (C1 bytes in
//! the cp125x pages, `shift_jis` being cp932, …). Multi-byte codecs
//! (`euc-jp`, `gbk`, `utf-16`, …) are reported as not supported yet rather
//! than decoded slightly wrongly.
//!
//! Errors come in two dialects, because CPython has two: `compile()` and
//! `ast.parse()` (and so `python3 -m ast`) report a located `SyntaxError`
//! ([`DecodeError::to_syntax_error`]); running a file reports an unlocated
//! message that names the file ([`DecodeError::file_message`]).
//!
//! **Invariant:** no I/O, no panics: every byte string decodes or yields an error.

use crate::error::SyntaxError;
use crate::pos::Pos;

/// Decodes source bytes as `compile(bytes, ...)` does; errors as `ast.parse` reports them.
pub fn decode(bytes: &[u8]) -> Result<String, SyntaxError> {
    decode_source(bytes).map_err(|e| e.to_syntax_error())
}

/// Why a byte string is not Python source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Bytes that are not UTF-8, where UTF-8 is the encoding.
    InvalidUtf8 {
        /// Whether a cookie or BOM declared UTF-8 (CPython words the file error differently).
        declared: bool,
        /// 1-based line of the offending byte.
        line: u32,
        /// 0-based byte column of the offending byte.
        col: u32,
        byte: u8,
        /// The offset CPython's message gives: CPython decodes token by token,
        /// so it counts from the start of the token; we approximate the token
        /// as the run of identifier and non-ASCII bytes around the bad byte.
        position: usize,
        reason: &'static str,
    },
    /// The cookie names no codec Python knows.
    UnknownEncoding(String),
    /// A known codec that strata cannot decode yet.
    UnsupportedEncoding(String),
    /// A UTF-8 BOM together with a cookie naming another encoding.
    BomMismatch(String),
    /// The declared codec rejects a byte. `codec` is the name in CPython's
    /// message (`ascii`, `charmap`), `cookie` the declared name, `position`
    /// the byte's offset in the whole input.
    Codec { cookie: String, codec: &'static str, byte: u8, position: usize, reason: &'static str },
}

impl DecodeError {
    /// The error as `compile()` / `ast.parse()` raise it.
    pub fn to_syntax_error(&self) -> SyntaxError {
        let nowhere = Pos::new(0, 0);
        match self {
            DecodeError::InvalidUtf8 { line, col, byte, position, reason, .. } => {
                let at = Pos::new(*line, *col);
                let msg = format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {position}: {reason}"
                );
                SyntaxError::new(msg, at, at)
            }
            DecodeError::UnknownEncoding(name) => {
                SyntaxError::new(format!("unknown encoding: {name}"), nowhere, nowhere)
            }
            DecodeError::UnsupportedEncoding(name) => SyntaxError::new(
                format!("strata does not support the source encoding '{name}' yet"),
                nowhere,
                nowhere,
            ),
            DecodeError::BomMismatch(name) => {
                SyntaxError::new(format!("encoding problem: {name} with BOM"), nowhere, nowhere)
            }
            DecodeError::Codec { codec, byte, position, reason, .. } => SyntaxError::new(
                format!("'{codec}' codec can't decode byte 0x{byte:02x} in position {position}: {reason}"),
                nowhere,
                nowhere,
            ),
        }
    }

    /// The message CPython prints when *running* a file (`python3 FILE`),
    /// which has no location; `None` when it reports a located error instead.
    pub fn file_message(&self, filename: &str) -> Option<String> {
        match self {
            DecodeError::InvalidUtf8 { declared: false, line, byte, .. } => Some(format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            )),
            DecodeError::InvalidUtf8 { declared: true, .. } => None,
            DecodeError::UnknownEncoding(name) | DecodeError::Codec { cookie: name, .. } => {
                Some(format!("encoding problem: {name}"))
            }
            DecodeError::BomMismatch(name) => Some(format!("encoding problem: {name} with BOM")),
            DecodeError::UnsupportedEncoding(_) => Some(self.to_syntax_error().msg),
        }
    }
}

const BOM: &[u8] = b"\xef\xbb\xbf";

/// Whether `bytes` name their encoding (a BOM or a coding cookie). CPython's
/// file tokenizer then reports error columns in characters; without one, in
/// bytes — an observable quirk of `python3 FILE` that the app layer mirrors.
pub fn declares_encoding(bytes: &[u8]) -> bool {
    bytes.starts_with(BOM) || find_cookie(bytes).is_some()
}

/// Decodes `bytes`, keeping the details of any failure.
pub fn decode_source(bytes: &[u8]) -> Result<String, DecodeError> {
    let (has_bom, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let cookie = find_cookie(body);
    let text = match cookie.as_deref() {
        None => decode_utf8(body, has_bom)?,
        Some(name) if has_bom && name != "utf-8" => return Err(DecodeError::BomMismatch(name.to_string())),
        Some(name) => decode_named(name, body)?,
    };
    Ok(translate_newlines(text))
}

/// `\r\n` and a lone `\r` to `\n`, as CPython's `translate_newlines`.
fn translate_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The cookie's encoding name, normalised like CPython's `get_normal_name`.
fn find_cookie(body: &[u8]) -> Option<String> {
    let mut lines = body.split_inclusive(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in_line(first) {
        return Some(name);
    }
    // Line 2 counts only when line 1 is blank or a comment (PEP 263).
    let blank_or_comment = first
        .iter()
        .find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .is_none_or(|&b| matches!(b, b'#' | b'\r' | b'\n'));
    if blank_or_comment {
        return lines.next().and_then(cookie_in_line);
    }
    None
}

/// A line that is a comment containing `coding[:=]` followed by a name.
fn cookie_in_line(line: &[u8]) -> Option<String> {
    let start = line.iter().position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let mut from = 0;
    while let Some(found) = find(&comment[from..], b"coding") {
        let after = from + found + b"coding".len();
        if matches!(comment.get(after), Some(b':' | b'=')) {
            let rest = &comment[after + 1..];
            let skip = rest.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
            let name: Vec<u8> = rest[skip..]
                .iter()
                .copied()
                .take_while(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                .collect();
            if !name.is_empty() {
                return Some(normal_name(&String::from_utf8_lossy(&name)));
            }
        }
        from = after;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// CPython's `get_normal_name`: the spellings of UTF-8 and Latin-1 it knows by heart.
fn normal_name(name: &str) -> String {
    let lower: String =
        name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    let is = |stem: &str| lower == stem || lower.starts_with(&format!("{stem}-"));
    if is("utf-8") {
        "utf-8".to_string()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

/// Python's `encodings.normalize_encoding` after lower-casing: runs of
/// characters other than letters, digits and `.` become one `_`.
fn codec_key(name: &str) -> String {
    let mut key = String::new();
    let mut pending = false;
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !key.is_empty() {
                key.push('_');
            }
            pending = false;
            key.push(c);
        } else {
            pending = true;
        }
    }
    key
}

/// Whether a coding cookie may name `encoding`: a codec this module decodes.
pub(crate) fn is_known_encoding(encoding: &str) -> bool {
    !matches!(
        decode_named(encoding, b""),
        Err(DecodeError::UnknownEncoding(_) | DecodeError::UnsupportedEncoding(_))
    )
}

/// Decodes `body` with the codec a cookie names.
pub(crate) fn decode_named(cookie: &str, body: &[u8]) -> Result<String, DecodeError> {
    let key = codec_key(cookie);
    let alt = key.replace('.', "_");
    let known = |names: &[&str]| names.contains(&key.as_str()) || names.contains(&alt.as_str());
    if known(UTF8_NAMES) {
        return decode_utf8(body, true);
    }
    if known(LATIN1_NAMES) {
        return Ok(body.iter().map(|&b| char::from(b)).collect());
    }
    if known(ASCII_NAMES) {
        return match body.iter().position(|b| !b.is_ascii()) {
            None => Ok(body.iter().map(|&b| char::from(b)).collect()),
            Some(i) => Err(DecodeError::Codec {
                cookie: cookie.to_string(),
                codec: "ascii",
                byte: body[i],
                position: i,
                reason: "ordinal not in range(128)",
            }),
        };
    }
    if let Some((_, _, table)) = SINGLE_BYTE_CODECS.iter().find(|(_, names, _)| known(names)) {
        return decode_charmap(cookie, table, body);
    }
    if known(MULTI_BYTE_NAMES) {
        return Err(DecodeError::UnsupportedEncoding(cookie.to_string()));
    }
    Err(DecodeError::UnknownEncoding(cookie.to_string()))
}

/// A single-byte code page: ASCII as is, 0x80..0xFF through `table` (U+FFFE = undefined).
fn decode_charmap(cookie: &str, table: &str, body: &[u8]) -> Result<String, DecodeError> {
    let upper: Vec<char> = table.chars().collect();
    let mut text = String::with_capacity(body.len());
    for (i, &b) in body.iter().enumerate() {
        let c = if b < 0x80 {
            char::from(b)
        } else {
            upper.get(usize::from(b - 0x80)).copied().unwrap_or('\u{fffe}')
        };
        if c == '\u{fffe}' {
            return Err(DecodeError::Codec {
                cookie: cookie.to_string(),
                codec: "charmap",
                byte: b,
                position: i,
                reason: "character maps to <undefined>",
            });
        }
        text.push(c);
    }
    Ok(text)
}

fn decode_utf8(body: &[u8], declared: bool) -> Result<String, DecodeError> {
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => Err(invalid_utf8(body, e.valid_up_to(), declared)),
    }
}

/// Locates the first bad byte and words the error as Python's UTF-8 codec does.
fn invalid_utf8(body: &[u8], at: usize, declared: bool) -> DecodeError {
    let line_start = body[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    // The "token" CPython would have decoded: identifier and non-ASCII bytes around `at`.
    let in_token = |b: &u8| !b.is_ascii() || b.is_ascii_alphanumeric() || *b == b'_';
    let token_start =
        body[line_start..at].iter().rposition(|b| !in_token(b)).map_or(line_start, |i| line_start + i + 1);
    let token_end = body[at..].iter().position(|b| !in_token(b)).map_or(body.len(), |i| at + i);
    let token = &body[token_start..token_end];
    let reason = match std::str::from_utf8(token) {
        Err(e) if e.error_len().is_none() => "unexpected end of data",
        _ if matches!(body[at], 0x80..=0xc1 | 0xf5..=0xff) => "invalid start byte",
        _ => "invalid continuation byte",
    };
    DecodeError::InvalidUtf8 {
        declared,
        line: u32::try_from(line).unwrap_or(u32::MAX),
        col: u32::try_from(at - line_start).unwrap_or(u32::MAX),
        byte: body[at],
        position: at - token_start,
        reason,
    }
}

// The names (after `codec_key`) under which Python's `codecs.lookup` finds
// each codec: its module name and `encodings.aliases` entries.
const UTF8_NAMES: &[&str] = &["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001", "utf_8_sig"];
const LATIN1_NAMES: &[&str] = &[
    "latin_1",
    "8859",
    "cp819",
    "csisolatin1",
    "ibm819",
    "iso8859",
    "iso8859_1",
    "iso_8859_1",
    "iso_8859_1_1987",
    "iso_ir_100",
    "l1",
    "latin",
    "latin1",
];
const ASCII_NAMES: &[&str] = &[
    "ascii",
    "646",
    "ansi_x3.4_1968",
    "ansi_x3.4_1986",
    "ansi_x3_4_1968",
    "cp367",
    "csascii",
    "ibm367",
    "iso646_us",
    "iso_646.irv_1991",
    "iso_ir_6",
    "us",
    "us_ascii",
];
/// Codecs Python has that strata does not decode yet.
const MULTI_BYTE_NAMES: &[&str] = &[
    "utf_16",
    "utf16",
    "utf_16_le",
    "utf_16le",
    "utf_16_be",
    "utf_16be",
    "utf_32",
    "utf32",
    "utf_32_le",
    "utf_32_be",
    "utf_7",
    "utf7",
    "euc_jp",
    "eucjp",
    "shift_jis",
    "sjis",
    "cp932",
    "gbk",
    "gb2312",
    "gb18030",
    "big5",
    "euc_kr",
    "euckr",
    "cp949",
    "iso2022_jp",
    "hz",
    "big5hkscs",
    "johab",
    "euc_jis_2004",
    "shift_jis_2004",
    "mac_cyrillic",
    "mac_greek",
];

// GENERATED by xtask/scripts/gen_codec_tables.py from python3 3.11.7; do not edit.
const SINGLE_BYTE_CODECS: &[(&str, &[&str], &str)] = &[
    ("cp437", &["437", "cp437", "cspc8codepage437", "ibm437"], "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{a0}"),
    ("cp850", &["850", "cp850", "cspc850multilingual", "ibm850"], "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u{ad}±‗¾¶§÷¸°¨·¹³²■\u{a0}"),
    ("cp1250", &["1250", "cp1250", "windows_1250"], "€\u{fffe}‚\u{fffe}„…†‡\u{fffe}‰Š‹ŚŤŽŹ\u{fffe}‘’“”•–—\u{fffe}™š›śťžź\u{a0}ˇ˘Ł¤Ą¦§¨©Ş«¬\u{ad}®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙"),
    ("cp1251", &["1251", "cp1251", "windows_1251"], "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u{fffe}™љ›њќћџ\u{a0}ЎўЈ¤Ґ¦§Ё©Є«¬\u{ad}®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя"),
    ("cp1252", &["1252", "cp1252", "windows_1252"], "€\u{fffe}‚ƒ„…†‡ˆ‰Š‹Œ\u{fffe}Ž\u{fffe}\u{fffe}‘’“”•–—˜™š›œ\u{fffe}žŸ\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"),
    ("cp1253", &["1253", "cp1253", "windows_1253"], "€\u{fffe}‚ƒ„…†‡\u{fffe}‰\u{fffe}‹\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}‘’“”•–—\u{fffe}™\u{fffe}›\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{a0}΅Ά£¤¥¦§¨©\u{fffe}«¬\u{ad}®―°±²³΄µ¶·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\u{fffe}ΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\u{fffe}"),
    ("cp1254", &["1254", "cp1254", "windows_1254"], "€\u{fffe}‚ƒ„…†‡ˆ‰Š‹Œ\u{fffe}\u{fffe}\u{fffe}\u{fffe}‘’“”•–—˜™š›œ\u{fffe}\u{fffe}Ÿ\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĞÑÒÓÔÕÖ×ØÙÚÛÜİŞßàáâãäåæçèéêëìíîïğñòóôõö÷øùúûüışÿ"),
    ("cp1255", &["1255", "cp1255", "windows_1255"], "€\u{fffe}‚ƒ„…†‡ˆ‰\u{fffe}‹\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}‘’“”•–—˜™\u{fffe}›\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{a0}¡¢£₪¥¦§¨©×«¬\u{ad}®¯°±²³´µ¶·¸¹÷»¼½¾¿ְֱֲֳִֵֶַָֹ\u{fffe}ֻּֽ־ֿ׀ׁׂ׃װױײ׳״\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}אבגדהוזחטיךכלםמןנסעףפץצקרשת\u{fffe}\u{fffe}\u{200e}\u{200f}\u{fffe}"),
    ("cp1256", &["1256", "cp1256", "windows_1256"], "€پ‚ƒ„…†‡ˆ‰ٹ‹Œچژڈگ‘’“”•–—ک™ڑ›œ\u{200c}\u{200d}ں\u{a0}،¢£¤¥¦§¨©ھ«¬\u{ad}®¯°±²³´µ¶·¸¹؛»¼½¾؟ہءآأؤإئابةتثجحخدذرزسشصض×طظعغـفقكàلâمنهوçèéêëىيîïًٌٍَôُِ÷ّùْûü\u{200e}\u{200f}ے"),
    ("cp1257", &["1257", "cp1257", "windows_1257"], "€\u{fffe}‚\u{fffe}„…†‡\u{fffe}‰\u{fffe}‹\u{fffe}¨ˇ¸\u{fffe}‘’“”•–—\u{fffe}™\u{fffe}›\u{fffe}¯˛\u{fffe}\u{a0}\u{fffe}¢£¤\u{fffe}¦§Ø©Ŗ«¬\u{ad}®Æ°±²³´µ¶·ø¹ŗ»¼½¾æĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽßąįāćäåęēčéźėģķīļšńņóōõö÷ųłśūüżž˙"),
    ("cp1258", &["1258", "cp1258", "windows_1258"], "€\u{fffe}‚ƒ„…†‡ˆ‰\u{fffe}‹Œ\u{fffe}\u{fffe}\u{fffe}\u{fffe}‘’“”•–—˜™\u{fffe}›œ\u{fffe}\u{fffe}Ÿ\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂĂÄÅÆÇÈÉÊË̀ÍÎÏĐÑ̉ÓÔƠÖ×ØÙÚÛÜỮßàáâăäåæçèéêë́íîïđṇ̃óôơö÷øùúûüư₫ÿ"),
    ("iso8859_2", &["csisolatin2", "iso8859_2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u{ad}ŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙"),
    ("iso8859_3", &["csisolatin3", "iso8859_3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}Ħ˘£¤\u{fffe}Ĥ§¨İŞĞĴ\u{ad}\u{fffe}Ż°ħ²³´µĥ·¸ışğĵ½\u{fffe}żÀÁÂ\u{fffe}ÄĊĈÇÈÉÊËÌÍÎÏ\u{fffe}ÑÒÓÔĠÖ×ĜÙÚÛÜŬŜßàáâ\u{fffe}äċĉçèéêëìíîï\u{fffe}ñòóôġö÷ĝùúûüŭŝ˙"),
    ("iso8859_4", &["csisolatin4", "iso8859_4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}ĄĸŖ¤ĨĻ§¨ŠĒĢŦ\u{ad}Ž¯°ą˛ŗ´ĩļˇ¸šēģŧŊžŋĀÁÂÃÄÅÆĮČÉĘËĖÍÎĪĐŅŌĶÔÕÖ×ØŲÚÛÜŨŪßāáâãäåæįčéęëėíîīđņōķôõö÷øųúûüũū˙"),
    ("iso8859_5", &["csisolatincyrillic", "cyrillic", "iso8859_5", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}ЁЂЃЄЅІЇЈЉЊЋЌ\u{ad}ЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя№ёђѓєѕіїјљњћќ§ўџ"),
    ("iso8859_6", &["arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso8859_6", "iso_8859_6", "iso_8859_6_1987", "iso_ir_127"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}\u{fffe}\u{fffe}\u{fffe}¤\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}،\u{ad}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}؛\u{fffe}\u{fffe}\u{fffe}؟\u{fffe}ءآأؤإئابةتثجحخدذرزسشصضطظعغ\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}ـفقكلمنهوىيًٌٍَُِّْ\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}"),
    ("iso8859_7", &["csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso8859_7", "iso_8859_7", "iso_8859_7_1987", "iso_ir_126"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}‘’£€₯¦§¨©ͺ«¬\u{ad}\u{fffe}―°±²³΄΅Ά·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\u{fffe}ΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\u{fffe}"),
    ("iso8859_8", &["csisolatinhebrew", "hebrew", "iso8859_8", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}\u{fffe}¢£¤¥¦§¨©×«¬\u{ad}®¯°±²³´µ¶·¸¹÷»¼½¾\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}\u{fffe}‗אבגדהוזחטיךכלםמןנסעףפץצקרשת\u{fffe}\u{fffe}\u{200e}\u{200f}\u{fffe}"),
    ("iso8859_9", &["csisolatin5", "iso8859_9", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĞÑÒÓÔÕÖ×ØÙÚÛÜİŞßàáâãäåæçèéêëìíîïğñòóôõö÷øùúûüışÿ"),
    ("iso8859_10", &["csisolatin6", "iso8859_10", "iso_8859_10", "iso_8859_10_1992", "iso_ir_157", "l6", "latin6"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}ĄĒĢĪĨĶ§ĻĐŠŦŽ\u{ad}ŪŊ°ąēģīĩķ·ļđšŧž―ūŋĀÁÂÃÄÅÆĮČÉĘËĖÍÎÏÐŅŌÓÔÕÖŨØŲÚÛÜÝÞßāáâãäåæįčéęëėíîïðņōóôõöũøųúûüýþĸ"),
    ("iso8859_11", &["iso8859_11", "iso_8859_11", "iso_8859_11_2001", "thai"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮฯะัาำิีึืฺุู\u{fffe}\u{fffe}\u{fffe}\u{fffe}฿เแโใไๅๆ็่้๊๋์ํ๎๏๐๑๒๓๔๕๖๗๘๙๚๛\u{fffe}\u{fffe}\u{fffe}\u{fffe}"),
    ("iso8859_13", &["iso8859_13", "iso_8859_13", "l7", "latin7"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}”¢£¤„¦§Ø©Ŗ«¬\u{ad}®Æ°±²³“µ¶·ø¹ŗ»¼½¾æĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽßąįāćäåęēčéźėģķīļšńņóōõö÷ųłśūüżž’"),
    ("iso8859_14", &["iso8859_14", "iso_8859_14", "iso_8859_14_1998", "iso_celtic", "iso_ir_199", "l8", "latin8"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}Ḃḃ£ĊċḊ§Ẁ©ẂḋỲ\u{ad}®ŸḞḟĠġṀṁ¶ṖẁṗẃṠỳẄẅṡÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏŴÑÒÓÔÕÖṪØÙÚÛÜÝŶßàáâãäåæçèéêëìíîïŵñòóôõöṫøùúûüýŷÿ"),
    ("iso8859_15", &["iso8859_15", "iso_8859_15", "l9", "latin9"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}¡¢£€¥Š§š©ª«¬\u{ad}®¯°±²³Žµ¶·ž¹º»ŒœŸ¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"),
    ("iso8859_16", &["iso8859_16", "iso_8859_16", "iso_8859_16_2001", "iso_ir_226", "l10", "latin10"], "\u{80}\u{81}\u{82}\u{83}\u{84}\u{85}\u{86}\u{87}\u{88}\u{89}\u{8a}\u{8b}\u{8c}\u{8d}\u{8e}\u{8f}\u{90}\u{91}\u{92}\u{93}\u{94}\u{95}\u{96}\u{97}\u{98}\u{99}\u{9a}\u{9b}\u{9c}\u{9d}\u{9e}\u{9f}\u{a0}ĄąŁ€„Š§š©Ș«Ź\u{ad}źŻ°±ČłŽ”¶·žčș»ŒœŸżÀÁÂĂÄĆÆÇÈÉÊËÌÍÎÏĐŃÒÓÔŐÖŚŰÙÚÛÜĘȚßàáâăäćæçèéêëìíîïđńòóôőöśűùúûüęțÿ"),
    ("koi8_r", &["cskoi8r", "koi8_r"], "─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u{a0}⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ"),
    ("koi8_u", &["koi8_u"], "─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u{a0}⌡°²·÷═║╒ёє╔ії╗╘╙╚╛ґ╝╞╟╠╡ЁЄ╣ІЇ╦╧╨╩╪Ґ╬©юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ"),
    ("mac_roman", &["mac_roman", "macintosh", "macroman"], "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u{a0}ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{f8ff}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ"),
];

#[cfg(test)]
mod tests {
    use super::*;

    // Each expectation below was checked against CPython 3.11's ast.parse(bytes).
    #[test]
    fn utf8_default_bom_and_newlines() {
        assert_eq!(decode(b"x = 1\r\ny = 2\r").unwrap(), "x = 1\ny = 2\n");
        assert_eq!(decode(b"\xef\xbb\xbfx=1").unwrap(), "x=1");
        assert_eq!(decode("é".as_bytes()).unwrap(), "é");
    }

    #[test]
    fn cookies() {
        assert_eq!(
            decode(b"# coding: latin-1\nx='\xe9\x80'").unwrap(),
            "# coding: latin-1\nx='\u{e9}\u{80}'"
        );
        let vim = b"#!/bin/x\n# vim: set fileencoding=koi8-r :\nx='\xe9'";
        assert!(decode(vim).unwrap().ends_with("x='\u{418}'"));
        assert!(decode(b"# coding: cp1252\nx='\x80'").unwrap().ends_with("\u{20ac}'"));
        // Line 2 is not looked at when line 1 is code.
        let e = decode(b"x=1\n# coding: latin-1\nprint('\xe9')\n").unwrap_err();
        assert_eq!(
            e.msg,
            "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data"
        );
        assert_eq!(e.start, Pos::new(3, 7));
    }

    #[test]
    fn errors() {
        let e = decode(b"x=1\n\xff\n").unwrap_err();
        assert_eq!(
            e.msg,
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(decode(b"# coding: xyz\nx=1").unwrap_err().msg, "unknown encoding: xyz");
        assert_eq!(
            decode(b"\xef\xbb\xbf# coding: latin-1\nx=1\n").unwrap_err().msg,
            "encoding problem: iso-8859-1 with BOM"
        );
        assert_eq!(
            decode(b"# coding=ascii\nx='\xe9'").unwrap_err().msg,
            "'ascii' codec can't decode byte 0xe9 in position 18: ordinal not in range(128)"
        );
        assert_eq!(
            decode(b"# coding=cp1252\nx=\"\x81\"\n").unwrap_err().msg,
            "'charmap' codec can't decode byte 0x81 in position 19: character maps to <undefined>"
        );
        let file = decode_source(b"x = 1\n\xff\n").unwrap_err().file_message("f.py");
        assert_eq!(file.unwrap(), "Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details");
    }
}
