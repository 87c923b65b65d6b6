//! `_hashlib`: the message digests under the embedded `hashlib`, computed by
//! RustCrypto's `md-5`, `sha1` and `sha2`. A hash object's running state is
//! kept in Python as the bytes its hasher serializes to, so the PVM needs no
//! native object type for it and `copy()` is a copy of those bytes.

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};
use sha2::digest::common::hazmat::SerializableState;
use sha2::Digest;

/// Feeds `data` to the hasher in `state` (a fresh one for `None`); the new
/// state, or `None` when `state` is not one this hasher serialized.
type Update = fn(Option<&[u8]>, &[u8]) -> Option<Vec<u8>>;
/// The digest of the hasher in `state`.
type Finish = fn(Option<&[u8]>) -> Option<Vec<u8>>;

fn restore<H: Default + SerializableState>(state: Option<&[u8]>) -> Option<H> {
    match state {
        None => Some(H::default()),
        Some(bytes) => H::deserialize(bytes.try_into().ok()?).ok(),
    }
}

fn update<H: Digest + Default + SerializableState>(state: Option<&[u8]>, data: &[u8]) -> Option<Vec<u8>> {
    let mut hasher: H = restore(state)?;
    Digest::update(&mut hasher, data);
    Some(hasher.serialize().to_vec())
}

fn finish<H: Digest + Default + SerializableState>(state: Option<&[u8]>) -> Option<Vec<u8>> {
    Some(restore::<H>(state)?.finalize().to_vec())
}

/// The algorithms, by the names `hashlib` gives them.
const ALGORITHMS: &[(&str, Update, Finish)] = &[
    ("md5", update::<md5::Md5>, finish::<md5::Md5>),
    ("sha1", update::<sha1::Sha1>, finish::<sha1::Sha1>),
    ("sha224", update::<sha2::Sha224>, finish::<sha2::Sha224>),
    ("sha256", update::<sha2::Sha256>, finish::<sha2::Sha256>),
    ("sha384", update::<sha2::Sha384>, finish::<sha2::Sha384>),
    ("sha512", update::<sha2::Sha512>, finish::<sha2::Sha512>),
];

fn algorithm(vm: &mut Vm, a: &Args) -> PResult<(Update, Finish)> {
    let name = a.get(0).and_then(|v| vm.str_of(v)).unwrap_or_default().to_string();
    match ALGORITHMS.iter().find(|(n, _, _)| *n == name.as_str()) {
        Some(&(_, update, finish)) => Ok((update, finish)),
        None => Err(vm.value_error(format!("unsupported hash type {name}"))),
    }
}

/// The bytes of argument `i`: `bytes`, `bytearray`, or None (no state yet).
fn bytes_arg(vm: &mut Vm, a: &Args, i: usize) -> PResult<Option<Vec<u8>>> {
    match a.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.bytes_like(v) {
            Some(b) => Ok(Some(b.to_vec())),
            None if vm.str_of(v).is_some() => Err(vm.type_error("Strings must be encoded before hashing")),
            None => Err(vm.type_error("object supporting the buffer API required")),
        },
    }
}

fn bad_state(vm: &mut Vm) -> crate::vm::Exc {
    vm.value_error("not a state of this hash")
}

pub fn install(vm: &mut Vm, d: ObjRef) {
    // `update(name, state, data)`: the state after `data` (state None: new).
    add_fn(vm, d, "update", |vm, a: &Args| {
        let (update, _) = algorithm(vm, a)?;
        let state = bytes_arg(vm, a, 1)?;
        let data = bytes_arg(vm, a, 2)?.unwrap_or_default();
        match update(state.as_deref(), &data) {
            Some(state) => Ok(vm.heap.alloc_value(Object::Bytes(state))),
            None => Err(bad_state(vm)),
        }
    });
    // `digest(name, state)`: the digest of what was fed so far.
    add_fn(vm, d, "digest", |vm, a: &Args| {
        let (_, finish) = algorithm(vm, a)?;
        let state = bytes_arg(vm, a, 1)?;
        match finish(state.as_deref()) {
            Some(digest) => Ok(vm.heap.alloc_value(Object::Bytes(digest))),
            None => Err(bad_state(vm)),
        }
    });
}
