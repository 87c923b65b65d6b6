//! The SyntaxError report on arbitrary source text and arbitrary positions,
//! not only those the parser produces.
#![no_main]
use app_layer::report::{render_syntax_error, Columns};
use libfuzzer_sys::fuzz_target;
use strata_syntax::{ErrorKind, Pos, SyntaxError};

fn word(data: &[u8], at: usize) -> u32 {
    let mut bytes = [0u8; 4];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = data.get(at + i).copied().unwrap_or(0);
    }
    // Mostly small numbers, sometimes anything.
    let raw = u32::from_le_bytes(bytes);
    if raw & 0x8000_0000 != 0 {
        raw
    } else {
        raw % 64
    }
}

fuzz_target!(|data: &[u8]| {
    let header = data.len().min(16);
    let (head, rest) = data.split_at(header);
    let source = String::from_utf8_lossy(rest);
    let start = Pos::new(word(head, 0), word(head, 4));
    let end = Pos::new(word(head, 8), word(head, 12));
    let error = SyntaxError::with_kind(ErrorKind::SyntaxError, "fuzz", start, end);
    for columns in [Columns::Characters, Columns::Bytes] {
        let _ = render_syntax_error(&error, "<fuzz>", &source, columns);
    }
});
