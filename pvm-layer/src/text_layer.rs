//! The text layer of a file opened in text mode, what CPython's
//! `TextIOWrapper` adds to the bytes: a codec with its error handler
//! (`open(encoding=, errors=)`), and line endings by `open(newline=)`:
//!
//! | `newline` | a line ends at     | reading gives          | writing `\n` gives |
//! |-----------|--------------------|------------------------|--------------------|
//! | `None`    | `\n`, `\r\n`, `\r` | each as `\n`           | `\n` (`os.linesep`)|
//! | `''`      | `\n`, `\r\n`, `\r` | them as they are       | `\n`               |
//! | `'\n'`    | `\n`               | the text as it is      | `\n`               |
//! | `'\r'`, `'\r\n'` | that string | the text as it is      | that string        |
//!
//! Bytes are decoded as they are read (a chunk at a time; a character split
//! between chunks waits for the rest), and the decoded text is kept with
//! its line endings as in the file until it is returned, so that `tell`
//! can count the bytes not returned yet. Nothing here does I/O: `file.rs`
//! reads and writes, this decides what the bytes mean.

use std::borrow::Cow;

use crate::encodings::{Codec, DecodeError, Decoder, EncodeError, Errors};

/// The kinds of line ending seen so far (`f.newlines`), as CPython's bits.
const LF: u8 = 1;
const CR: u8 = 2;
const CRLF: u8 = 4;

#[derive(Debug)]
pub struct TextLayer {
    pub codec: Codec,
    /// `f.encoding`: the name as the program gave it.
    pub encoding: Box<str>,
    /// `f.errors`.
    pub errors: Box<str>,
    /// `open(newline=)`.
    pub newline: Option<Box<str>>,
    decoder: Decoder,
    /// Decoded text, line endings as in the file: what is not returned yet
    /// starts at `start`. Returned text is dropped when more is decoded, not
    /// line by line (which would move the rest of the text each time).
    decoded: String,
    start: usize,
    /// How much of `decoded` has been looked at for `f.newlines`.
    scanned: usize,
    seen: u8,
    /// Whether the next write starts the file, and so writes the codec's
    /// byte order mark (if it has one).
    at_start: bool,
}

impl TextLayer {
    pub fn new(
        codec: Codec,
        encoding: &str,
        errors: &str,
        newline: Option<&str>,
        at_start: bool,
    ) -> TextLayer {
        TextLayer {
            codec,
            encoding: encoding.into(),
            errors: errors.into(),
            newline: newline.map(Into::into),
            decoder: Decoder::for_stream(codec, Errors::parse(errors)),
            decoded: String::new(),
            start: 0,
            scanned: 0,
            seen: 0,
            at_start,
        }
    }

    /// Whether lines end at any of `\n`, `\r\n`, `\r` (`newline` None or `''`).
    fn universal(&self) -> bool {
        matches!(self.newline.as_deref(), None | Some(""))
    }

    /// Decodes the bytes in `raw` (what was read and not decoded yet, then
    /// the bytes just read), leaving there an incomplete character at the
    /// end unless `at_end`. A decoding error gives the bytes it was in.
    pub fn feed(&mut self, raw: &mut Vec<u8>, at_end: bool) -> Result<(), (DecodeError, Vec<u8>)> {
        self.decoded.drain(..self.start);
        self.scanned = self.scanned.saturating_sub(self.start);
        self.start = 0;
        let used = match self.decoder.decode(raw, at_end, &mut self.decoded) {
            Ok(used) => used,
            Err(e) => return Err((e, std::mem::take(raw))),
        };
        raw.drain(..used);
        self.note_newlines(at_end);
        Ok(())
    }

    /// Records the line endings in the text decoded since the last call; a
    /// `\r` at the end waits for what follows unless `at_end`.
    fn note_newlines(&mut self, at_end: bool) {
        if !self.universal() {
            return;
        }
        let bytes = self.decoded.as_bytes();
        let mut i = self.scanned;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => self.seen |= LF,
                b'\r' if i + 1 == bytes.len() && !at_end => break,
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    self.seen |= CRLF;
                    i += 1;
                }
                b'\r' => self.seen |= CR,
                _ => {}
            }
            i += 1;
        }
        self.scanned = i;
    }

    /// `f.newlines`: None, one ending, or several in CPython's order.
    pub fn newlines(&self) -> Vec<&'static str> {
        [(CR, "\r"), (LF, "\n"), (CRLF, "\r\n")]
            .iter()
            .filter(|(bit, _)| self.seen & bit != 0)
            .map(|&(_, s)| s)
            .collect()
    }

    /// The decoded text not returned yet.
    fn unread(&self) -> &str {
        &self.decoded[self.start..]
    }

    /// Returns the first `len` bytes of the unread text as the program
    /// sees them (universal line endings made `\n`).
    fn take(&mut self, len: usize) -> String {
        let raw = &self.decoded[self.start..self.start + len];
        self.start += len;
        if self.newline.is_none() && raw.contains('\r') {
            raw.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            raw.to_string()
        }
    }

    /// Up to `n` characters (all with None), or None when more must be
    /// read first (not `at_end`).
    pub fn take_chars(&mut self, n: Option<usize>, at_end: bool) -> Option<String> {
        let Some(n) = n else {
            return at_end.then(|| self.take(self.unread().len()));
        };
        let translate = self.newline.is_none();
        let text = self.unread();
        let mut chars = text.char_indices().peekable();
        let mut count = 0;
        while count < n {
            let Some((_, c)) = chars.next() else {
                let all = text.len();
                return at_end.then(|| self.take(all));
            };
            if translate && c == '\r' {
                match chars.peek() {
                    Some((_, '\n')) => {
                        chars.next();
                    }
                    Some(_) => {}
                    // `\r\n` would be one character: wait for the next one.
                    None if !at_end => return None,
                    None => {}
                }
            }
            count += 1;
        }
        let end = chars.peek().map_or(text.len(), |&(i, _)| i);
        Some(self.take(end))
    }

    /// The next line, ending included, at most `limit` characters; None
    /// when more must be read first (not `at_end`).
    pub fn take_line(&mut self, limit: Option<usize>, at_end: bool) -> Option<String> {
        let text = self.unread();
        // Where the line ends (past its ending), if the text holds its end.
        let end = match self.newline.as_deref() {
            None | Some("") => match text.find(['\r', '\n']) {
                Some(i) if text[i..].starts_with("\r\n") => Some(i + 2),
                Some(i) if text[i..].starts_with('\r') && i + 1 == text.len() && !at_end => {
                    // The line is known to be longer than `limit` already.
                    if limit.is_some_and(|limit| text[..i].chars().count() >= limit) {
                        Some(i)
                    } else {
                        return None;
                    }
                }
                Some(i) => Some(i + 1),
                None => None,
            },
            Some(nl) => text.find(nl).map(|i| i + nl.len()),
        };
        let line_end = match end {
            Some(end) => end,
            None if at_end => text.len(),
            None => match limit {
                Some(limit) if text.chars().count() >= limit => text.len(),
                _ => return None,
            },
        };
        // A limit cuts the line as the program sees it; only the ending can
        // differ in length from the file's text, and it comes last.
        let cut = limit.and_then(|limit| text[..line_end].char_indices().nth(limit).map(|(i, _)| i));
        let line_end = match cut {
            Some(i) if self.newline.is_none() && &text[i..line_end] == "\n" && text[..i].ends_with('\r') => {
                line_end
            }
            Some(i) => i,
            None => line_end,
        };
        Some(self.take(line_end))
    }

    /// How many bytes of the file the decoded text not returned yet stands
    /// for (for `tell`), by encoding it again: exact unless an error handler
    /// replaced undecodable bytes there (`replace`, `ignore`...), whose
    /// replacements are counted instead of the bytes they stand for.
    pub fn unread_bytes(&self) -> usize {
        let errors = Errors::parse(&self.errors);
        let codec = self.codec.without_bom();
        codec
            .encode(self.unread(), errors)
            .or_else(|_| codec.encode(self.unread(), Errors::Replace))
            .map_or(0, |b| b.len())
    }

    /// Forgets what was read ahead (a seek to `position`).
    pub fn reset(&mut self, position: u64) {
        self.decoded.clear();
        self.start = 0;
        self.scanned = 0;
        self.decoder.reset(position == 0);
        self.at_start = position == 0;
    }

    /// `text` as the file stores it: line endings by `newline`, encoded,
    /// after the byte order mark at the start of the file. An error gives
    /// the text as it was to be encoded.
    pub fn encode(&mut self, text: &str) -> Result<Vec<u8>, (EncodeError, String)> {
        let text = match self.newline.as_deref() {
            Some(nl @ ("\r" | "\r\n")) if text.contains('\n') => Cow::Owned(text.replace('\n', nl)),
            _ => Cow::Borrowed(text),
        };
        let codec = if self.at_start { self.codec } else { self.codec.without_bom() };
        let bytes = codec.encode(&text, Errors::parse(&self.errors)).map_err(|e| (e, text.into_owned()))?;
        if !bytes.is_empty() {
            self.at_start = false;
        }
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(newline: Option<&str>, bytes: &[u8]) -> TextLayer {
        let mut t = TextLayer::new(Codec::Utf8, "utf-8", "strict", newline, true);
        t.feed(&mut bytes.to_vec(), true).unwrap();
        t
    }

    fn lines(mut t: TextLayer) -> Vec<String> {
        std::iter::from_fn(|| t.take_line(None, true).filter(|l| !l.is_empty())).collect()
    }

    #[test]
    fn universal_newlines_translate() {
        assert_eq!(lines(layer(None, b"a\r\nb\rc\nd\r")), ["a\n", "b\n", "c\n", "d\n"]);
        assert_eq!(lines(layer(Some(""), b"a\r\nb\rc")), ["a\r\n", "b\r", "c"]);
        assert_eq!(lines(layer(Some("\r"), b"a\r\nb\r")), ["a\r", "\nb\r"]);
        assert_eq!(layer(None, b"a\r\nb\r\n").newlines(), ["\r\n"]);
    }

    #[test]
    fn a_carriage_return_at_a_chunk_end_waits() {
        let mut t = TextLayer::new(Codec::Utf8, "utf-8", "strict", None, true);
        t.feed(&mut b"ab\r".to_vec(), false).unwrap();
        assert_eq!(t.take_line(None, false), None);
        assert_eq!(t.take_chars(Some(2), false).as_deref(), Some("ab"));
        assert_eq!(t.take_chars(Some(1), false), None);
        t.feed(&mut b"\nc".to_vec(), true).unwrap();
        assert_eq!(t.take_chars(Some(1), true).as_deref(), Some("\n"));
    }

    #[test]
    fn chunks_after_returned_text_keep_their_place() {
        let mut t = TextLayer::new(Codec::Utf8, "utf-8", "strict", Some("\n"), true);
        t.feed(&mut b"one\ntwo".to_vec(), false).unwrap();
        assert_eq!(t.take_line(None, false).as_deref(), Some("one\n"));
        t.feed(&mut b"\nthree".to_vec(), true).unwrap();
        assert_eq!(t.take_line(None, true).as_deref(), Some("two\n"));
        assert_eq!(t.take_chars(None, true).as_deref(), Some("three"));
    }

    #[test]
    fn a_limit_cuts_the_line() {
        let mut t = layer(None, b"hello\r\nworld");
        assert_eq!(t.take_line(Some(3), true).as_deref(), Some("hel"));
        assert_eq!(t.take_line(Some(3), true).as_deref(), Some("lo\n"));
        assert_eq!(t.take_line(Some(2), true).as_deref(), Some("wo"));
    }
}
