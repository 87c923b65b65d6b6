//! The text of a `str`: owned, or a prefix of a shared append-only buffer.
//!
//! Python strings are immutable, so `s += t` makes a new string, and a loop
//! of them would copy `s` each time: quadratic. CPython stays linear by
//! resizing `s` in place when its reference count says nothing else sees it.
//! Without reference counts we cannot know that, so a long concatenation
//! result is written into an [`AppendBuffer`] with spare room instead: the
//! new string views a longer prefix of the buffer, and the old string keeps
//! its own, shorter prefix, whose bytes no append ever touches. Appending to
//! an old string again (`t = s + "a"; u = s + "b"`) finds the buffer already
//! filled past it and copies, as before. A crate would not help here: the
//! whole point is the prefix-sharing invariant, which is ours.

use std::alloc::{alloc, dealloc, Layout};
use std::cell::Cell;
use std::ptr::NonNull;
use std::rc::Rc;

/// Concatenation results shorter than this are not shared: the buffer's
/// spare room only pays for itself when appends follow.
const SHARE_FROM: usize = 64;

/// Texts up to this many bytes live inside the object itself: most strings
/// are short (names, words, numbers), and each would otherwise cost an
/// allocation of its own.
const INLINE: usize = 46;

#[derive(Debug)]
pub enum StrText {
    /// **Invariant:** `bytes[..len]` is valid UTF-8 (copied from a `str`).
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Owned(Box<str>),
    /// The first `len` bytes of `buf`. `fresh` is how many bytes of memory
    /// this string's creation allocated (the buffer's capacity when it made
    /// the buffer, 0 when it appended in place), for the collector's count.
    Shared {
        buf: Rc<AppendBuffer>,
        len: usize,
        fresh: usize,
    },
}

/// Conversions into a text, keeping an owned allocation when there is one
/// and the text is too long to live inline.
pub trait IntoStrText {
    fn into_str_text(self) -> StrText;
}

impl IntoStrText for StrText {
    fn into_str_text(self) -> StrText {
        self
    }
}

impl IntoStrText for &str {
    fn into_str_text(self) -> StrText {
        StrText::inline(self).unwrap_or_else(|| StrText::Owned(self.into()))
    }
}

impl IntoStrText for &String {
    fn into_str_text(self) -> StrText {
        self.as_str().into_str_text()
    }
}

impl IntoStrText for String {
    fn into_str_text(self) -> StrText {
        StrText::inline(&self).unwrap_or_else(|| StrText::Owned(self.into_boxed_str()))
    }
}

impl IntoStrText for Box<str> {
    fn into_str_text(self) -> StrText {
        StrText::inline(&self).unwrap_or(StrText::Owned(self))
    }
}

impl IntoStrText for std::borrow::Cow<'_, str> {
    fn into_str_text(self) -> StrText {
        match self {
            std::borrow::Cow::Borrowed(text) => text.into_str_text(),
            std::borrow::Cow::Owned(text) => text.into_str_text(),
        }
    }
}

/// An int's decimal text (`str(i)`), written straight into the object: at
/// most 20 bytes (`-9223372036854775808`), so always inline.
impl IntoStrText for i64 {
    fn into_str_text(self) -> StrText {
        let mut rest = self.unsigned_abs();
        let sign = usize::from(self < 0);
        let len = sign + rest.checked_ilog10().map_or(1, |d| d as usize + 1);
        let mut bytes = [0; INLINE];
        bytes[0] = b'-';
        // The digits, last first, down to the sign (if any).
        for at in (sign..len).rev() {
            bytes[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        StrText::Inline { len: len as u8, bytes }
    }
}

impl StrText {
    /// The concatenation of `parts` (an f-string's pieces), written inline
    /// when it fits, else into one allocation of the exact size.
    pub fn joined<'a>(parts: impl Iterator<Item = &'a str> + Clone) -> StrText {
        let total: usize = parts.clone().map(str::len).sum();
        if total > INLINE {
            let mut text = String::with_capacity(total);
            parts.for_each(|p| text.push_str(p));
            return StrText::Owned(text.into_boxed_str());
        }
        let mut bytes = [0; INLINE];
        let mut len = 0;
        for p in parts {
            bytes[len..len + p.len()].copy_from_slice(p.as_bytes());
            len += p.len();
        }
        // Whole `str`s copied one after another: valid UTF-8 (the invariant).
        StrText::Inline { len: len as u8, bytes }
    }

    /// A copy to read while the heap changes (`%`'s template): inline text
    /// is copied, a shared buffer's prefix viewed again (nothing is
    /// allocated), and only a long owned text is allocated anew.
    pub fn copy(&self) -> StrText {
        match self {
            StrText::Inline { len, bytes } => StrText::Inline { len: *len, bytes: *bytes },
            StrText::Owned(text) => StrText::Owned(text.clone()),
            StrText::Shared { buf, len, .. } => StrText::Shared { buf: buf.clone(), len: *len, fresh: 0 },
        }
    }

    /// `text` stored inline, if it is short enough.
    fn inline(text: &str) -> Option<StrText> {
        let len = u8::try_from(text.len()).ok().filter(|n| usize::from(*n) <= INLINE)?;
        let mut bytes = [0; INLINE];
        bytes[..text.len()].copy_from_slice(text.as_bytes());
        Some(StrText::Inline { len, bytes })
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            // SAFETY: the variant's invariant: whole `str`s are copied in.
            StrText::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(bytes.get(..usize::from(*len)).unwrap_or_default())
            },
            StrText::Owned(text) => text,
            StrText::Shared { buf, len, .. } => buf.prefix(*len),
        }
    }

    /// The memory this string's creation allocated.
    pub fn fresh_bytes(&self) -> usize {
        match self {
            StrText::Inline { .. } => 0,
            StrText::Owned(text) => text.len(),
            StrText::Shared { fresh, .. } => *fresh,
        }
    }

    /// `self + tail`: appended in place when `self` ends where its buffer's
    /// filled part ends and the buffer has room, else copied.
    pub fn concat(&self, tail: &str) -> StrText {
        let head = self.as_str();
        let total = head.len() + tail.len();
        if let StrText::Shared { buf, len, .. } = self {
            if buf.append_at(*len, tail) {
                return StrText::Shared { buf: buf.clone(), len: total, fresh: 0 };
            }
        }
        if total <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..head.len()].copy_from_slice(head.as_bytes());
            bytes[head.len()..total].copy_from_slice(tail.as_bytes());
            return StrText::Inline { len: total as u8, bytes };
        }
        if total >= SHARE_FROM {
            if let Some(buf) = AppendBuffer::with_capacity(total.saturating_mul(2)) {
                if buf.append_at(0, head) && buf.append_at(head.len(), tail) {
                    let fresh = buf.capacity;
                    return StrText::Shared { buf: Rc::new(buf), len: total, fresh };
                }
            }
        }
        let mut out = String::with_capacity(total);
        out.push_str(head);
        out.push_str(tail);
        StrText::Owned(out.into_boxed_str())
    }
}

/// An append-only byte buffer of fixed capacity.
///
/// **Invariant:** bytes `0..filled` are initialised UTF-8, and each view's
/// end is the end of some appended `str`, so every prefix handed out is
/// valid UTF-8. Those bytes are never written again: an append writes only
/// at `filled..`, which no view covers, so views stay valid while it writes.
#[derive(Debug)]
pub struct AppendBuffer {
    data: NonNull<u8>,
    capacity: usize,
    filled: Cell<usize>,
}

impl AppendBuffer {
    /// `None` when the allocation fails or the size is absurd.
    fn with_capacity(capacity: usize) -> Option<AppendBuffer> {
        let layout = Layout::array::<u8>(capacity.max(1)).ok()?;
        // SAFETY: the layout has a non-zero size.
        let data = NonNull::new(unsafe { alloc(layout) })?;
        Some(AppendBuffer { data, capacity: layout.size(), filled: Cell::new(0) })
    }

    /// Appends `text` when the buffer is filled exactly to `at` and has room.
    fn append_at(&self, at: usize, text: &str) -> bool {
        let filled = self.filled.get();
        if filled != at || self.capacity - filled < text.len() {
            return false;
        }
        // SAFETY: `filled + text.len() <= capacity`, so the destination is
        // inside the allocation; it lies past every view (all end at or
        // before `filled`), so it overlaps neither a view nor `text`, which
        // is either another string or a view of this buffer.
        unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), self.data.as_ptr().add(filled), text.len()) };
        self.filled.set(filled + text.len());
        true
    }

    fn prefix(&self, len: usize) -> &str {
        let len = len.min(self.filled.get());
        // SAFETY: bytes `0..filled` are initialised and never rewritten, and
        // views end at the end of an appended `str` (the invariant), so this
        // is valid UTF-8 for as long as `self` lives.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.data.as_ptr(), len)) }
    }
}

impl Drop for AppendBuffer {
    fn drop(&mut self) {
        if let Ok(layout) = Layout::array::<u8>(self.capacity) {
            // SAFETY: allocated in `with_capacity` with this same layout.
            unsafe { dealloc(self.data.as_ptr(), layout) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::StrText;

    fn owned(s: &str) -> StrText {
        StrText::Owned(s.into())
    }

    #[test]
    fn short_texts_live_inline_and_long_ones_are_kept() {
        use super::IntoStrText;
        assert!(matches!("word".into_str_text(), StrText::Inline { len: 4, .. }));
        assert!(matches!("é".repeat(23).into_str_text(), StrText::Inline { len: 46, .. }));
        assert!(matches!("é".repeat(24).into_str_text(), StrText::Owned(_)));
        assert_eq!("é".repeat(23).into_str_text().as_str(), "é".repeat(23));
        assert_eq!(owned("ab").concat("cd").as_str(), "abcd");
    }

    #[test]
    fn a_loop_of_appends_shares_one_buffer_and_every_string_keeps_its_text() {
        let mut texts = vec![owned(&"x".repeat(70))];
        for i in 0..100 {
            let next = texts.last().unwrap().concat(&format!("{i},"));
            texts.push(next);
        }
        let mut expected = "x".repeat(70);
        for (i, text) in texts.iter().enumerate() {
            assert_eq!(text.as_str(), expected);
            expected.push_str(&format!("{i},"));
        }
        let fresh: Vec<usize> = texts.iter().skip(1).map(StrText::fresh_bytes).collect();
        assert!(fresh.iter().filter(|f| **f > 0).count() <= 3, "buffers reallocated too often: {fresh:?}");
    }

    #[test]
    fn appending_twice_to_the_same_string_copies_the_second_time() {
        let base = owned(&"b".repeat(80)).concat("!");
        let first = base.concat("one");
        let second = base.concat("two");
        assert_eq!(first.as_str(), format!("{}!one", "b".repeat(80)));
        assert_eq!(second.as_str(), format!("{}!two", "b".repeat(80)));
        assert_eq!(base.as_str(), format!("{}!", "b".repeat(80)));
    }

    #[test]
    fn a_string_appended_to_itself_and_multibyte_text_survive() {
        let s = owned(&"é".repeat(40)).concat("ü");
        let doubled = s.concat(s.as_str());
        assert_eq!(doubled.as_str(), format!("{0}ü{0}ü", "é".repeat(40)));
        assert_eq!(s.as_str(), format!("{}ü", "é".repeat(40)));
    }

    #[test]
    fn ints_are_written_in_decimal() {
        use super::IntoStrText;
        for i in [0, 7, -7, 10, 1234567890, i64::MAX, i64::MIN] {
            assert_eq!(i.into_str_text().as_str(), i.to_string());
        }
    }

    #[test]
    fn short_results_live_inline() {
        assert!(matches!(owned("ab").concat("cd"), StrText::Inline { len: 4, .. }));
        assert!(matches!(owned(&"x".repeat(40)).concat(&"y".repeat(10)), StrText::Owned(_)));
    }
}
