//! Single-byte codecs that CPython runs through its `charmap` machinery
//! (`cp1252`, `iso8859_15`, `cp437`...): a table of 256 characters to
//! decode, and its inverse, sorted, to encode. Their errors name the codec
//! `'charmap'`, as CPython's do.

/// The decoding table's mark for a byte that maps to no character.
const UNDEFINED: u16 = 0xFFFE;

pub struct Charmap {
    /// CPython's module name (`encodings.cp1252`).
    pub module: &'static str,
    /// `codecs.lookup(...).name`.
    pub name: &'static str,
    pub decode: [u16; 256],
    /// (character, byte), sorted by character.
    pub encode: &'static [(u16, u8)],
}

impl std::fmt::Debug for Charmap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.module)
    }
}

impl PartialEq for Charmap {
    fn eq(&self, other: &Charmap) -> bool {
        self.module == other.module
    }
}

impl Eq for Charmap {}

impl Charmap {
    /// The character `byte` stands for, if any.
    pub fn decode_byte(&self, byte: u8) -> Option<char> {
        match self.decode[usize::from(byte)] {
            UNDEFINED => None,
            cp => char::from_u32(u32::from(cp)),
        }
    }

    /// The byte that stands for `c`, if any.
    pub fn encode_char(&self, c: char) -> Option<u8> {
        let cp = u16::try_from(c as u32).ok()?;
        self.encode.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|i| self.encode[i].1)
    }
}
