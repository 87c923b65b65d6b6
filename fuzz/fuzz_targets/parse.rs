//! The parser on arbitrary text: the first byte picks the mode and whether
//! type comments are kept; the rest is the source (invalid UTF-8 replaced).
#![no_main]
use libfuzzer_sys::fuzz_target;
use strata_fuzz::{parse_and_report, split_selector, MODES};

fuzz_target!(|data: &[u8]| {
    let (selector, rest) = split_selector(data);
    let source = String::from_utf8_lossy(rest);
    let mode = MODES[usize::from(selector) % MODES.len()];
    parse_and_report(&source, mode, selector & 4 != 0);
});
