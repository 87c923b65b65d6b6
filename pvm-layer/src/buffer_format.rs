//! The item formats of a `memoryview`: `struct`'s native single-character
//! codes (`'B'`, `'c'`, `'H'`, `'d'`...), each with its size, and the
//! conversion of one item between its bytes and a Python value.
//!
//! Items are decoded to a [`Scalar`] first, which needs no heap: `==`
//! between views compares scalars (so a view of `'c'` items never equals
//! one of `'B'` items, as in CPython), and only `tolist()`/indexing turn
//! them into values.

use num_bigint::BigInt;

use crate::object::Object;
use crate::value::Value;
use crate::vm::{PResult, Vm};

/// A format a memoryview's items may have: one native code, written with
/// or without the `'@'` prefix (`mv.format` shows it as it was given).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BufferFormat {
    code: u8,
    at_prefix: bool,
}

/// One decoded item.
#[derive(Clone, Copy, Debug)]
pub enum Scalar {
    Int(i128),
    Float(f64),
    Bool(bool),
    /// A `'c'` item: a `bytes` of length 1.
    Char(u8),
}

impl PartialEq for Scalar {
    /// Python's `==` between the values the scalars stand for.
    fn eq(&self, other: &Scalar) -> bool {
        use Scalar::*;
        match (*self, *other) {
            (Char(a), Char(b)) => a == b,
            (Char(_), _) | (_, Char(_)) => false,
            (Float(a), Float(b)) => a == b,
            (Float(f), Int(i)) | (Int(i), Float(f)) => f == i as f64 && f.fract() == 0.0 && f as i128 == i,
            (Bool(b), Float(f)) | (Float(f), Bool(b)) => f == f64::from(u8::from(b)),
            (a, b) => a.as_int() == b.as_int(),
        }
    }
}

impl Scalar {
    fn as_int(self) -> Option<i128> {
        match self {
            Scalar::Int(i) => Some(i),
            Scalar::Bool(b) => Some(i128::from(b)),
            _ => None,
        }
    }
}

impl BufferFormat {
    /// Unsigned bytes: the format of `bytes` and `bytearray`.
    pub const BYTE: BufferFormat = BufferFormat { code: b'B', at_prefix: false };

    /// The format `text` names, if it is one a memoryview can have.
    pub fn parse(text: &str) -> Option<BufferFormat> {
        let (at_prefix, code) = match text.as_bytes() {
            [b'@', c] => (true, *c),
            [c] => (false, *c),
            _ => return None,
        };
        let format = BufferFormat { code, at_prefix };
        (format.size() != 0).then_some(format)
    }

    /// The format as `mv.format` shows it.
    pub fn text(self) -> String {
        let code = self.code as char;
        if self.at_prefix {
            format!("@{code}")
        } else {
            code.to_string()
        }
    }

    /// The bytes of one item (0 for a code that is not a format).
    pub fn size(self) -> usize {
        match self.code {
            b'B' | b'b' | b'c' | b'?' => 1,
            b'h' | b'H' => 2,
            b'i' | b'I' | b'f' => 4,
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
            _ => 0,
        }
    }

    /// `'B'`, `'b'` or `'c'`: the formats a view may be cast from and to
    /// any other, and the only ones that hash.
    pub fn is_byte(self) -> bool {
        matches!(self.code, b'B' | b'b' | b'c')
    }

    /// Same items, whatever the prefix (`'@B'` is `'B'`).
    pub fn same_items(self, other: BufferFormat) -> bool {
        self.code == other.code
    }

    /// The item whose bytes are `raw` (`size()` of them).
    pub fn decode(self, raw: &[u8]) -> Scalar {
        let mut bytes = [0u8; 8];
        let n = raw.len().min(8);
        bytes[..n].copy_from_slice(&raw[..n]);
        let [b0, b1, b2, b3, ..] = bytes;
        let signed = |n: i64| Scalar::Int(i128::from(n));
        let unsigned = |n: u64| Scalar::Int(i128::from(n));
        match self.code {
            b'B' => unsigned(u64::from(b0)),
            b'b' => signed(i64::from(b0 as i8)),
            b'c' => Scalar::Char(b0),
            b'?' => Scalar::Bool(b0 != 0),
            b'h' => signed(i64::from(i16::from_ne_bytes([b0, b1]))),
            b'H' => unsigned(u64::from(u16::from_ne_bytes([b0, b1]))),
            b'i' => signed(i64::from(i32::from_ne_bytes([b0, b1, b2, b3]))),
            b'I' => unsigned(u64::from(u32::from_ne_bytes([b0, b1, b2, b3]))),
            b'f' => Scalar::Float(f64::from(f32::from_ne_bytes([b0, b1, b2, b3]))),
            b'd' => Scalar::Float(f64::from_ne_bytes(bytes)),
            b'l' | b'q' | b'n' => signed(i64::from_ne_bytes(bytes)),
            _ => unsigned(u64::from_ne_bytes(bytes)),
        }
    }

    /// The item whose bytes are `raw`, as a Python value.
    pub fn unpack(self, vm: &mut Vm, raw: &[u8]) -> Value {
        match self.decode(raw) {
            Scalar::Int(i) => match i64::try_from(i) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_int(BigInt::from(i)),
            },
            Scalar::Float(f) => Value::Float(f),
            Scalar::Bool(b) => Value::Bool(b),
            Scalar::Char(c) => vm.heap.alloc_value(Object::Bytes(vec![c])),
        }
    }

    /// The bytes of `v` as an item of this format, with CPython's errors
    /// for a value of the wrong type or out of range.
    pub fn pack(self, vm: &mut Vm, v: Value) -> PResult<Vec<u8>> {
        let code = self.code as char;
        let wrong_type = |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{code}'"));
        let wrong_value =
            |vm: &mut Vm| vm.value_error(format!("memoryview: invalid value for format '{code}'"));
        match self.code {
            b'c' => match v {
                Value::Obj(r) => match vm.heap.get(r) {
                    Object::Bytes(b) if b.len() == 1 => Ok(b.clone()),
                    Object::Bytes(_) => Err(wrong_value(vm)),
                    _ => Err(wrong_type(vm)),
                },
                _ => Err(wrong_type(vm)),
            },
            b'?' => Ok(vec![u8::from(vm.truthy(v)?)]),
            b'f' | b'd' => {
                let Some(f) = vm.to_f64(v)? else { return Err(wrong_type(vm)) };
                Ok(if self.code == b'f' {
                    (f as f32).to_ne_bytes().to_vec()
                } else {
                    f.to_ne_bytes().to_vec()
                })
            }
            _ => {
                let v = match vm.numeric_special(v, &[vm.special.index], vec![])? {
                    Ok(index) | Err(index) => index,
                };
                if matches!(v, Value::Float(_)) {
                    return Err(wrong_type(vm));
                }
                let Some(n) = vm.to_bigint(v) else { return Err(wrong_type(vm)) };
                let fits = |bits: u32, signed: bool| -> Option<i128> {
                    let n = i128::try_from(&n).ok()?;
                    let (lo, hi) = if signed {
                        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                    } else {
                        (0, (1i128 << bits) - 1)
                    };
                    (lo..=hi).contains(&n).then_some(n)
                };
                let size = self.size();
                let signed = matches!(self.code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
                let Some(n) = fits(8 * size as u32, signed) else { return Err(wrong_value(vm)) };
                // Native order: the low `size` bytes of the two's complement.
                let bytes = n.to_ne_bytes();
                Ok(if cfg!(target_endian = "little") {
                    bytes[..size].to_vec()
                } else {
                    bytes[16 - size..].to_vec()
                })
            }
        }
    }
}
