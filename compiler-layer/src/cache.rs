//! The bytecode cache's format: a code object to bytes and back, as stored in
//! `__pycache__/NAME.strata-311.pyc` (the app layer does the file I/O).
//!
//! ```text
//! magic      4 bytes  derived from the instruction set and this wire layout
//! flags      4 bytes  bit 0: hash-based; bit 1: check the hash (PEP 552)
//! field 1    8 bytes  the source's mtime (seconds) or its hash
//! field 2    8 bytes  the source's size, or 0
//! body       the code object, encoded by a `CodeCodec` (bincode 2.0.1 here)
//! ```
//!
//! **Invariant:** decoding never trusts its input: a truncated, corrupt or
//! foreign entry is an error (never a panic, never unbounded recursion — the
//! wire form is a flat table whose entries refer only to earlier ones), and a
//! decoded code object has passed `CodeObject::validate`.

use crate::code::{CodeFlags, CodeObject, Constant, ExceptionTableEntry, Location};
use crate::instruction::{fingerprint, Instruction, INSTRUCTIONS};
use num_bigint::BigInt;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use strata_syntax::wtf8::Wtf8Buf;

/// How a cache entry is checked against its source (PEP 552).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalidation {
    /// Valid while the source's mtime (seconds) and size are these.
    Timestamp { mtime: u64, size: u64 },
    /// Valid while the source hashes to this ([`source_hash`]).
    CheckedHash { hash: u64 },
    /// Trusted without looking at the source.
    UncheckedHash { hash: u64 },
}

/// Why a cache entry cannot be used: the caller ignores it and recompiles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CacheError {
    /// Shorter than a header, or another program's file.
    NotACacheEntry,
    /// Written by a build with another instruction set or layout.
    StaleMagic,
    /// The body does not decode to a valid code object.
    Corrupt(String),
}

/// **API boundary:** turns code objects into bytes and back. Another codec
/// can replace bincode by implementing this.
pub trait CodeCodec {
    fn encode(&self, code: &CodeObject) -> Vec<u8>;
    fn decode(&self, body: &[u8]) -> Result<CodeObject, String>;
}

const HEADER_LEN: usize = 24;
const FLAG_HASH_BASED: u32 = 1;
const FLAG_CHECK_SOURCE: u32 = 2;
/// Bodies larger than this are refused before decoding starts.
const MAX_BODY: usize = 256 << 20;

/// Defines the wire structs and keeps their source text, so that any change
/// to the layout changes [`magic`] without anyone remembering to bump it.
macro_rules! wire_layout {
    ($($item:item)*) => {
        $($item)*
        const WIRE_LAYOUT: &str = stringify!($($item)*);
    };
}

wire_layout! {
    /// A module's code objects and constants, flattened: each entry refers
    /// only to entries before it, and the last entry is the module's code.
    #[derive(Serialize, Deserialize)]
    struct WireModule {
        entries: Vec<WireEntry>,
    }

    #[derive(Serialize, Deserialize)]
    enum WireEntry {
        None,
        Bool(bool),
        /// Signed little-endian two's complement bytes.
        Int(Vec<u8>),
        Float(u64),
        Complex(u64, u64),
        /// WTF-8 bytes.
        Str(Vec<u8>),
        Bytes(Vec<u8>),
        Ellipsis,
        Tuple(Vec<u32>),
        FrozenSet(Vec<u32>),
        Code(Box<WireCode>),
    }

    #[derive(Serialize, Deserialize)]
    struct WireCode {
        name: String,
        qualname: String,
        filename: String,
        first_line: u32,
        flags: u32,
        arg_count: u32,
        posonly_arg_count: u32,
        kwonly_arg_count: u32,
        /// Each instruction as its opcode, then its operands.
        code: Vec<u32>,
        locations: Vec<[u32; 4]>,
        constants: Vec<u32>,
        names: Vec<String>,
        varnames: Vec<String>,
        cellvars: Vec<String>,
        freevars: Vec<String>,
        cell_args: Vec<(u32, u32)>,
        exception_table: Vec<(u32, u32, u32, u32, bool)>,
        max_stack: u32,
    }
}

/// The magic number: changes whenever the instruction set or the wire layout does.
pub fn magic() -> [u8; 4] {
    let mut hash = fingerprint();
    for &b in WIRE_LAYOUT.as_bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let folded = (hash ^ (hash >> 32)) as u32;
    folded.to_le_bytes()
}

/// The hash a hash-based entry records: FNV-1a over the source bytes (stable
/// across builds and platforms, unlike `std`'s hasher).
pub fn source_hash(source: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in source {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// A whole cache entry: header and body.
pub fn write_entry(code: &CodeObject, invalidation: Invalidation, codec: &dyn CodeCodec) -> Vec<u8> {
    let (flags, field1, field2) = match invalidation {
        Invalidation::Timestamp { mtime, size } => (0, mtime, size),
        Invalidation::CheckedHash { hash } => (FLAG_HASH_BASED | FLAG_CHECK_SOURCE, hash, 0),
        Invalidation::UncheckedHash { hash } => (FLAG_HASH_BASED, hash, 0),
    };
    let mut out = Vec::with_capacity(HEADER_LEN);
    out.extend_from_slice(&magic());
    out.extend_from_slice(&flags.to_le_bytes());
    out.extend_from_slice(&field1.to_le_bytes());
    out.extend_from_slice(&field2.to_le_bytes());
    out.extend(codec.encode(code));
    out
}

/// The header of an entry, and its body still encoded.
pub fn read_header(bytes: &[u8]) -> Result<(Invalidation, &[u8]), CacheError> {
    if bytes.len() < HEADER_LEN {
        return Err(CacheError::NotACacheEntry);
    }
    if bytes[..4] != magic() {
        return Err(CacheError::StaleMagic);
    }
    let word = |i: usize| u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or_default());
    let flags = u32::from_le_bytes(bytes[4..8].try_into().unwrap_or_default());
    let invalidation = match flags {
        0 => Invalidation::Timestamp { mtime: word(8), size: word(16) },
        FLAG_HASH_BASED => Invalidation::UncheckedHash { hash: word(8) },
        f if f == FLAG_HASH_BASED | FLAG_CHECK_SOURCE => Invalidation::CheckedHash { hash: word(8) },
        _ => return Err(CacheError::NotACacheEntry),
    };
    Ok((invalidation, &bytes[HEADER_LEN..]))
}

/// Decodes a whole entry.
pub fn read_entry(
    bytes: &[u8],
    codec: &dyn CodeCodec,
) -> Result<(Invalidation, Arc<CodeObject>), CacheError> {
    let (invalidation, body) = read_header(bytes)?;
    let code = codec.decode(body).map_err(CacheError::Corrupt)?;
    code.validate().map_err(CacheError::Corrupt)?;
    Ok((invalidation, Arc::new(code)))
}

/// The codec of the design: bincode 2.0.1 (pinned: its last working release)
/// over the flat wire structs above.
pub struct BincodeCodec;

impl CodeCodec for BincodeCodec {
    fn encode(&self, code: &CodeObject) -> Vec<u8> {
        let mut module = WireModule { entries: Vec::new() };
        flatten_code(code, &mut module.entries);
        bincode::serde::encode_to_vec(&module, bincode::config::standard()).unwrap_or_default()
    }

    fn decode(&self, body: &[u8]) -> Result<CodeObject, String> {
        if body.len() > MAX_BODY {
            return Err("cache entry too large".into());
        }
        let config = bincode::config::standard().with_limit::<MAX_BODY>();
        let (module, used): (WireModule, usize) =
            bincode::serde::decode_from_slice(body, config).map_err(|e| e.to_string())?;
        if used != body.len() {
            return Err("trailing bytes after the code object".into());
        }
        rebuild(module)
    }
}

/// Appends `code`'s constants (recursively) and then `code` itself; returns its index.
fn flatten_code(code: &CodeObject, entries: &mut Vec<WireEntry>) -> u32 {
    let constants = code.constants.iter().map(|c| flatten_constant(c, entries)).collect();
    let mut words = Vec::with_capacity(code.instructions.len() * 2);
    for instruction in &code.instructions {
        words.push(u32::from(instruction.opcode()));
        words.extend(instruction.operands());
    }
    let wire = WireCode {
        name: code.name.clone(),
        qualname: code.qualname.clone(),
        filename: code.filename.clone(),
        first_line: code.first_line,
        flags: code.flags.0,
        arg_count: code.arg_count,
        posonly_arg_count: code.posonly_arg_count,
        kwonly_arg_count: code.kwonly_arg_count,
        code: words,
        locations: code.locations.iter().map(|l| [l.line, l.col, l.end_line, l.end_col]).collect(),
        constants,
        names: code.names.clone(),
        varnames: code.varnames.clone(),
        cellvars: code.cellvars.clone(),
        freevars: code.freevars.clone(),
        cell_args: code.cell_args.clone(),
        exception_table: code
            .exception_table
            .iter()
            .map(|e| (e.start, e.end, e.target, e.depth, e.push_lasti))
            .collect(),
        max_stack: code.max_stack,
    };
    entries.push(WireEntry::Code(Box::new(wire)));
    (entries.len() - 1) as u32
}

fn flatten_constant(constant: &Constant, entries: &mut Vec<WireEntry>) -> u32 {
    let entry = match constant {
        Constant::None => WireEntry::None,
        Constant::Bool(b) => WireEntry::Bool(*b),
        Constant::Int(i) => WireEntry::Int(i.to_signed_bytes_le()),
        Constant::Float(x) => WireEntry::Float(x.to_bits()),
        Constant::Complex { real, imag } => WireEntry::Complex(real.to_bits(), imag.to_bits()),
        Constant::Str(s) => WireEntry::Str(s.as_bytes().to_vec()),
        Constant::Bytes(b) => WireEntry::Bytes(b.clone()),
        Constant::Ellipsis => WireEntry::Ellipsis,
        Constant::Tuple(items) => {
            WireEntry::Tuple(items.iter().map(|c| flatten_constant(c, entries)).collect())
        }
        Constant::FrozenSet(items) => {
            WireEntry::FrozenSet(items.iter().map(|c| flatten_constant(c, entries)).collect())
        }
        Constant::Code(code) => return flatten_code(code, entries),
    };
    entries.push(entry);
    (entries.len() - 1) as u32
}

/// What an entry of the table became.
enum Built {
    Constant(Constant),
    Code(Arc<CodeObject>),
}

/// Rebuilds the module's code from the flat table, first entry to last.
fn rebuild(module: WireModule) -> Result<CodeObject, String> {
    let mut built: Vec<Built> = Vec::with_capacity(module.entries.len());
    for entry in module.entries {
        let constant_at = |i: u32, built: &[Built]| -> Result<Constant, String> {
            match built.get(i as usize) {
                Some(Built::Constant(c)) => Ok(c.clone()),
                Some(Built::Code(code)) => Ok(Constant::Code(code.clone())),
                None => Err(format!("entry {i} refers forward")),
            }
        };
        let next = match entry {
            WireEntry::None => Built::Constant(Constant::None),
            WireEntry::Bool(b) => Built::Constant(Constant::Bool(b)),
            WireEntry::Int(bytes) => Built::Constant(Constant::Int(BigInt::from_signed_bytes_le(&bytes))),
            WireEntry::Float(bits) => Built::Constant(Constant::Float(f64::from_bits(bits))),
            WireEntry::Complex(re, im) => {
                Built::Constant(Constant::Complex { real: f64::from_bits(re), imag: f64::from_bits(im) })
            }
            WireEntry::Str(bytes) => {
                let s = Wtf8Buf::from_wtf8_bytes(bytes).ok_or("a string constant is not WTF-8")?;
                Built::Constant(Constant::Str(s))
            }
            WireEntry::Bytes(b) => Built::Constant(Constant::Bytes(b)),
            WireEntry::Ellipsis => Built::Constant(Constant::Ellipsis),
            WireEntry::Tuple(items) => Built::Constant(Constant::Tuple(
                items.into_iter().map(|i| constant_at(i, &built)).collect::<Result<_, _>>()?,
            )),
            WireEntry::FrozenSet(items) => Built::Constant(Constant::FrozenSet(
                items.into_iter().map(|i| constant_at(i, &built)).collect::<Result<_, _>>()?,
            )),
            WireEntry::Code(wire) => {
                let constants =
                    wire.constants.iter().map(|&i| constant_at(i, &built)).collect::<Result<Vec<_>, _>>()?;
                Built::Code(Arc::new(code_from_wire(*wire, constants)?))
            }
        };
        built.push(next);
    }
    match built.pop() {
        Some(Built::Code(code)) => Ok(Arc::try_unwrap(code).unwrap_or_else(|shared| (*shared).clone())),
        _ => Err("the last entry is not a code object".into()),
    }
}

fn code_from_wire(wire: WireCode, constants: Vec<Constant>) -> Result<CodeObject, String> {
    let mut instructions = Vec::with_capacity(wire.code.len() / 2);
    let mut words = wire.code.iter().copied();
    while let Some(opcode) = words.next() {
        let info = u8::try_from(opcode).ok().and_then(|op| INSTRUCTIONS.get(usize::from(op)));
        let info = info.ok_or_else(|| format!("unknown opcode {opcode}"))?;
        let operands: Vec<u32> = words.by_ref().take(info.operands.len()).collect();
        let instruction = Instruction::decode(opcode as u8, &operands)
            .ok_or_else(|| format!("malformed {} instruction", info.name))?;
        instructions.push(instruction);
    }
    Ok(CodeObject {
        name: wire.name,
        qualname: wire.qualname,
        filename: wire.filename,
        first_line: wire.first_line,
        flags: CodeFlags(wire.flags),
        arg_count: wire.arg_count,
        posonly_arg_count: wire.posonly_arg_count,
        kwonly_arg_count: wire.kwonly_arg_count,
        instructions,
        locations: wire
            .locations
            .into_iter()
            .map(|[line, col, end_line, end_col]| Location { line, col, end_line, end_col })
            .collect(),
        constants,
        names: wire.names,
        varnames: wire.varnames,
        cellvars: wire.cellvars,
        freevars: wire.freevars,
        cell_args: wire.cell_args,
        exception_table: wire
            .exception_table
            .into_iter()
            .map(|(start, end, target, depth, push_lasti)| ExceptionTableEntry {
                start,
                end,
                target,
                depth,
                push_lasti,
            })
            .collect(),
        max_stack: wire.max_stack,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{BytecodeCompiler, Compiler, Mode};

    fn compile(src: &str) -> Arc<CodeObject> {
        BytecodeCompiler.compile(src, "t.py", Mode::Exec).expect("compiles")
    }

    const PROGRAM: &str = "import os\nX = (1, 2.5, 'é\\ud800', b'\\x00', None, ..., 10**40, 3j)\n\
def f(a, *b, c=1, **d):\n    def g():\n        return a + len(b)\n    return g\n\
class C:\n    pass\ntry:\n    f(1)\nexcept ValueError as e:\n    pass\n";

    #[test]
    fn entries_round_trip() {
        let code = compile(PROGRAM);
        for invalidation in [
            Invalidation::Timestamp { mtime: 1_700_000_000, size: 123 },
            Invalidation::CheckedHash { hash: source_hash(PROGRAM.as_bytes()) },
            Invalidation::UncheckedHash { hash: 7 },
        ] {
            let bytes = write_entry(&code, invalidation, &BincodeCodec);
            let (read_back, decoded) = read_entry(&bytes, &BincodeCodec).expect("decodes");
            assert_eq!(read_back, invalidation);
            assert_eq!(*decoded, *code);
        }
    }

    #[test]
    fn damaged_entries_are_refused_not_trusted() {
        let code = compile(PROGRAM);
        let bytes = write_entry(&code, Invalidation::Timestamp { mtime: 1, size: 2 }, &BincodeCodec);
        assert_eq!(read_entry(&bytes[..10], &BincodeCodec).err(), Some(CacheError::NotACacheEntry));
        let mut stale = bytes.clone();
        stale[0] ^= 0xff;
        assert_eq!(read_entry(&stale, &BincodeCodec).err(), Some(CacheError::StaleMagic));
        // Every truncation and a sweep of flipped bytes: an error or a valid
        // code object, never a panic.
        for cut in HEADER_LEN..bytes.len() {
            let _ = read_entry(&bytes[..cut], &BincodeCodec);
        }
        for i in HEADER_LEN..bytes.len() {
            for flip in [0x01u8, 0x80, 0xff] {
                let mut damaged = bytes.clone();
                damaged[i] ^= flip;
                if let Ok((_, code)) = read_entry(&damaged, &BincodeCodec) {
                    assert!(code.validate().is_ok());
                }
            }
        }
    }

    #[test]
    fn magic_follows_the_definitions() {
        // Pinned: a change to the instruction set or the wire layout changes
        // it, and old cache entries are then ignored. Update deliberately.
        assert_eq!(u32::from_le_bytes(magic()), 0x08da_5227);
        assert!(WIRE_LAYOUT.contains("exception_table"));
        assert_ne!(source_hash(b"a = 1\n"), source_hash(b"a = 2\n"));
    }
}
