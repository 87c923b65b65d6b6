//! The codecs of `encodings/` as Python sees them: `LookupError` for a
//! name that is no codec or no error handler, and `UnicodeDecodeError` /
//! `UnicodeEncodeError` built as CPython builds them — five arguments
//! (encoding, object, start, end, reason) from which their attributes and
//! their message are read, whether Strata or the program made them.
//! `str.encode`, `bytes.decode`, `str(b, encoding)` and text files use it.

use crate::encodings::{self, Codec, DecodeError, EncodeError, Errors};
use crate::object::Object;
use crate::value::Value;
use crate::vm::{Exc, PResult, Vm};

/// The codec `encoding` names, or CPython's `LookupError`.
pub fn lookup(vm: &mut Vm, encoding: &str) -> PResult<Codec> {
    encodings::lookup(encoding).ok_or_else(|| vm.err("LookupError", format!("unknown encoding: {encoding}")))
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, bytes: &[u8], encoding: &str, errors: &str) -> PResult<String> {
    let codec = lookup(vm, encoding)?;
    codec.decode(bytes, Errors::parse(errors)).map_err(|e| {
        wrapped_lookup_error(vm, encoding, "decoding", errors)
            .unwrap_or_else(|| decode_error(vm, errors, &e, bytes))
    })
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    codec.encode(text, Errors::parse(errors)).map_err(|e| {
        wrapped_lookup_error(vm, encoding, "encoding", errors)
            .unwrap_or_else(|| encode_error(vm, errors, &e, text))
    })
}

/// The exception for `e`, raised while decoding `object` with `errors`: a
/// `UnicodeDecodeError`, unless the handler is unknown or encodes only.
pub fn decode_error(vm: &mut Vm, errors: &str, e: &DecodeError, object: &[u8]) -> Exc {
    match Errors::parse(errors) {
        Errors::XmlCharRefReplace | Errors::NameReplace => {
            vm.type_error("don't know how to handle UnicodeDecodeError in error callback")
        }
        Errors::Unknown => vm.err("LookupError", format!("unknown error handler name '{errors}'")),
        _ if e.start == e.end => vm.err("UnicodeError", e.reason),
        _ => {
            let object = object.get(e.skipped..).unwrap_or_default();
            let object = vm.heap.alloc_value(Object::Bytes(object.to_vec()));
            unicode_error(vm, "UnicodeDecodeError", e.codec, object, e.start, e.end, e.reason)
        }
    }
}

/// The exception for `e`, raised while encoding `object` with `errors`.
pub fn encode_error(vm: &mut Vm, errors: &str, e: &EncodeError, object: &str) -> Exc {
    if Errors::parse(errors) == Errors::Unknown {
        return vm.err("LookupError", format!("unknown error handler name '{errors}'"));
    }
    let object = vm.new_str(object);
    unicode_error(vm, "UnicodeEncodeError", e.codec, object, e.start, e.end, e.reason)
}

/// An unknown error handler met by `str.encode`/`bytes.decode`: CPython's
/// codec registry wraps the `LookupError` in a message naming the codec,
/// unless `encoding` is one it runs without the registry. (A text file
/// calls its codec directly, without the wrapping.)
fn wrapped_lookup_error(vm: &mut Vm, encoding: &str, direction: &str, errors: &str) -> Option<Exc> {
    if Errors::parse(errors) != Errors::Unknown || encodings::is_fast_path(encoding) {
        return None;
    }
    let msg = format!(
        "{direction} with '{encoding}' codec failed (LookupError: unknown error handler name '{errors}')"
    );
    Some(vm.err("LookupError", msg))
}

fn unicode_error(
    vm: &mut Vm,
    class: &str,
    codec: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Exc {
    crate::unicode_error::raise(vm, class, codec, object, start, end, reason)
}
