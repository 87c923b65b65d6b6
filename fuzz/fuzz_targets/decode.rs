//! `decode_source` on arbitrary bytes; whatever decodes is parsed as a module,
//! as `strata FILE` does.
#![no_main]
use libfuzzer_sys::fuzz_target;
use strata_syntax::source::decode_source;
use strata_syntax::Mode;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = decode_source(data) {
        strata_fuzz::parse_and_report(&text, Mode::Exec, false);
    }
});
