//! `tokenize::listing` (`strata -m tokenize`) on arbitrary bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use strata_fuzz::split_selector;

fuzz_target!(|data: &[u8]| {
    let (selector, rest) = split_selector(data);
    let _ = strata_syntax::tokenize::listing(rest, selector & 1 != 0);
});
