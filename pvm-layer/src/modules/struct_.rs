//! `_struct`: packing values into bytes and back, by CPython's format
//! strings (`_struct.c`), for the embedded `struct`. Native sizes and
//! alignment are x86-64 Linux's, as CPython's on that platform. Errors are
//! the `struct.error` class the Python module defines.

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{Exc, PResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub fn install(vm: &mut Vm, d: ObjRef) {
    add_fn(vm, d, "calcsize", |vm, a: &Args| {
        let items = format_arg(vm, a)?;
        Ok(Value::Int(size_of(&items.1, items.0) as i64))
    });
    // `pack(fmt, values)`, the values as one tuple.
    add_fn(vm, d, "pack", |vm, a: &Args| {
        let (order, items) = format_arg(vm, a)?;
        let values = a.get(1).and_then(|v| vm.seq_items(v)).unwrap_or_default();
        let bytes = pack(vm, order, &items, &values)?;
        Ok(vm.heap.alloc_value(Object::Bytes(bytes)))
    });
    // `unpack_from(fmt, buffer, offset, whole)`: `whole` asks for the
    // buffer to be exactly the format's size (`unpack`).
    add_fn(vm, d, "unpack_from", |vm, a: &Args| {
        let (order, items) = format_arg(vm, a)?;
        let size = size_of(&items, order);
        let Some(buffer) = a.get(1) else {
            return Err(vm.type_error("unpack() missing required argument 'buffer'"));
        };
        let Some(data) = vm.bytes_like(buffer).map(<[u8]>::to_vec) else {
            let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(buffer));
            return Err(vm.type_error(msg));
        };
        let offset = match a.get(2) {
            Some(Value::Int(n)) if n < 0 => (data.len() as i64 + n).max(-1),
            Some(Value::Int(n)) => n,
            _ => 0,
        };
        if matches!(a.get(3), Some(Value::Bool(true))) {
            if data.len() != size {
                return Err(error(vm, format!("unpack requires a buffer of {size} bytes")));
            }
        } else if offset < 0 || data.len() < offset as usize + size {
            if offset < 0 {
                return Err(error(
                    vm,
                    format!("offset {} out of range for {}-byte buffer", offset, data.len()),
                ));
            }
            return Err(error(
                vm,
                format!(
                    "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {})",
                    size + offset as usize,
                    data.len()
                ),
            ));
        }
        let values = unpack(vm, order, &items, &data[offset as usize..offset as usize + size]);
        Ok(vm.new_tuple(values))
    });
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    /// `@`: native sizes and alignment.
    Native,
    Little,
    Big,
}

/// One format code with its count (a repeat, or a string's length).
struct Item {
    code: u8,
    count: usize,
}

/// `struct.error(message)`, from the Python module (ValueError if absent).
fn error(vm: &mut Vm, msg: String) -> Exc {
    let modules = vm.modules;
    let module_dict = match vm.dict_get_name(modules, "struct") {
        Some(Value::Obj(m)) => match vm.heap.get(m) {
            Object::Module(m) => Some(m.dict),
            _ => None,
        },
        _ => None,
    };
    let class = match module_dict.and_then(|d| vm.dict_get_name(d, "error")) {
        Some(Value::Obj(c)) if matches!(vm.heap.get(c), Object::Type(_)) => Some(c),
        _ => None,
    };
    match class {
        Some(class) => {
            let msg = vm.new_str(msg);
            vm.new_exception(class, vec![msg])
        }
        None => vm.value_error(msg),
    }
}

fn format_arg(vm: &mut Vm, a: &Args) -> PResult<(Order, Vec<Item>)> {
    let fmt = match a.get(0) {
        Some(v) => match vm.str_of(v) {
            Some(s) => s.as_bytes().to_vec(),
            None => match v {
                Value::Obj(r) if matches!(vm.heap.get(r), Object::Bytes(_)) => vm.bytes_slice(r).to_vec(),
                _ => {
                    let msg =
                        format!("Struct() argument 1 must be a str or bytes object, not {}", vm.type_name(v));
                    return Err(vm.type_error(msg));
                }
            },
        },
        None => return Err(vm.type_error("missing format argument")),
    };
    let (order, items) = parse(&fmt).ok_or_else(|| error(vm, "bad char in struct format".into()))?;
    if checked_size(&items, order).is_none() {
        return Err(error(vm, "total struct size too long".into()));
    }
    Ok((order, items))
}

fn parse(fmt: &[u8]) -> Option<(Order, Vec<Item>)> {
    let (order, rest) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'=' | b'<') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let mut items = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        if rest[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < rest.len() && rest[i].is_ascii_digit() {
            i += 1;
        }
        // Only digits: a parse fails by overflowing, a size too long.
        let digits = std::str::from_utf8(&rest[start..i]).ok()?;
        let count = if i > start { digits.parse().unwrap_or(usize::MAX) } else { 1 };
        let code = *rest.get(i)?;
        item_size(code, order)?;
        items.push(Item { code, count });
        i += 1;
    }
    Some((order, items))
}

/// The size of one value of `code`; None for a code the order lacks.
fn item_size(code: u8, order: Order) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if order == Order::Native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if order == Order::Native => 8,
        _ => return None,
    })
}

/// Where item `item` starts when the packed data so far is `offset` long.
fn aligned(offset: usize, item: &Item, order: Order) -> usize {
    let size = item_size(item.code, order).unwrap_or(1);
    if order == Order::Native && size > 1 && !matches!(item.code, b's' | b'p') {
        offset.div_ceil(size) * size
    } else {
        offset
    }
}

fn size_of(items: &[Item], order: Order) -> usize {
    checked_size(items, order).unwrap_or(usize::MAX)
}

/// The packed size, None past `isize::MAX` (checked once, when parsing).
fn checked_size(items: &[Item], order: Order) -> Option<usize> {
    items
        .iter()
        .try_fold(0usize, |offset, item| {
            let size = item_size(item.code, order)?;
            let start = offset.checked_next_multiple_of(if order == Order::Native { size } else { 1 })?;
            let start = if matches!(item.code, b's' | b'p') || size == 1 { offset } else { start };
            start.checked_add(size.checked_mul(item.count)?)
        })
        .filter(|&n| isize::try_from(n).is_ok())
}

/// How many values the items take.
fn value_count(items: &[Item]) -> usize {
    items
        .iter()
        .map(|item| match item.code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => item.count,
        })
        .sum()
}

fn pack(vm: &mut Vm, order: Order, items: &[Item], values: &[Value]) -> PResult<Vec<u8>> {
    let expected = value_count(items);
    if values.len() != expected {
        return Err(error(vm, format!("pack expected {expected} items for packing (got {})", values.len())));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(size_of(items, order)).is_err() {
        return Err(vm.err("MemoryError", ""));
    }
    let mut next = values.iter().copied();
    for item in items {
        out.resize(aligned(out.len(), item, order), 0);
        match item.code {
            b'x' => out.resize(out.len() + item.count, 0),
            b's' | b'p' => {
                let v = next.next().unwrap_or(Value::None);
                let data = match vm.bytes_like(v) {
                    Some(b) => b.to_vec(),
                    None => {
                        let code = item.code as char;
                        return Err(error(vm, format!("argument for '{code}' must be a bytes object")));
                    }
                };
                let mut field = vec![0u8; item.count];
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1).min(255);
                    field[0] = n as u8;
                    field[1..=n].copy_from_slice(&data[..n]);
                }
                out.extend_from_slice(&field);
            }
            code => {
                for _ in 0..item.count {
                    let v = next.next().unwrap_or(Value::None);
                    pack_one(vm, order, code, v, &mut out)?;
                }
            }
        }
    }
    Ok(out)
}

fn pack_one(vm: &mut Vm, order: Order, code: u8, v: Value, out: &mut Vec<u8>) -> PResult<()> {
    let size = item_size(code, order).unwrap_or(1);
    let put = |out: &mut Vec<u8>, le: [u8; 8]| match order {
        Order::Big => out.extend(le[..size].iter().rev()),
        _ => out.extend_from_slice(&le[..size]),
    };
    match code {
        b'c' => match v {
            Value::Obj(r) if matches!(vm.heap.get(r), Object::Bytes(b) | Object::ByteArray(b) if b.len() == 1) =>
            {
                out.push(vm.bytes_slice(r)[0]);
            }
            _ => return Err(error(vm, "char format requires a bytes object of length 1".into())),
        },
        b'?' => {
            let b = vm.truthy(v)?;
            out.push(u8::from(b));
        }
        b'e' | b'f' | b'd' => {
            let Some(x) = vm.to_f64(v)? else {
                return Err(error(vm, "required argument is not a float".into()));
            };
            let le = match code {
                b'd' => x.to_le_bytes(),
                b'f' => {
                    let f = x as f32;
                    if f.is_infinite() && x.is_finite() {
                        return Err(vm.err("OverflowError", "float too large to pack with f format"));
                    }
                    let mut le = [0u8; 8];
                    le[..4].copy_from_slice(&f.to_le_bytes());
                    le
                }
                _ => {
                    let Some(h) = to_half(x) else {
                        return Err(vm.err("OverflowError", "float too large to pack with e format"));
                    };
                    let mut le = [0u8; 8];
                    le[..2].copy_from_slice(&h.to_le_bytes());
                    le
                }
            };
            put(out, le);
        }
        _ => {
            let n = match v {
                Value::Int(_) | Value::Bool(_) => vm.to_bigint(v),
                Value::Obj(r) if matches!(vm.heap.get(r), Object::Int(_)) => vm.to_bigint(v),
                _ => None,
            };
            let Some(n) = n else {
                return Err(error(vm, "required argument is not an integer".into()));
            };
            let signed = code.is_ascii_lowercase();
            let bits = size * 8;
            let (min, max) = if signed {
                (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << (bits - 1)) - 1)
            } else {
                (BigInt::from(0), (BigInt::from(1) << bits) - 1)
            };
            if n < min || n > max {
                return Err(error(
                    vm,
                    range_message(code, size, signed, n.sign() == num_bigint::Sign::Minus, &min, &max),
                ));
            }
            let raw = if signed { n.to_i64().map(|i| i as u64) } else { n.to_u64() }.unwrap_or(0);
            put(out, raw.to_le_bytes());
        }
    }
    Ok(())
}

/// CPython's messages for an integer that does not fit.
fn range_message(code: u8, size: usize, signed: bool, negative: bool, min: &BigInt, max: &BigInt) -> String {
    match code {
        b'b' => "byte format requires -128 <= number <= 127".into(),
        b'B' => "ubyte format requires 0 <= number <= 255".into(),
        b'h' => "short format requires -32768 <= number <= 32767".into(),
        b'H' => "ushort format requires 0 <= number <= 65535".into(),
        _ if size == 8 || (!signed && negative) => "argument out of range".into(),
        _ => format!("'{}' format requires {min} <= number <= {max}", code as char),
    }
}

/// IEEE 754 binary16, rounded to nearest even; None if it overflows.
fn to_half(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // The value in units of the smallest subnormal (2^-24), rounded half to even.
    let scaled = a * 16_777_216.0;
    if scaled < 2048.0 {
        return Some(sign | scaled.round_ties_even() as u16);
    }
    let exp = a.log2().floor() as i32;
    let mut mantissa = (a / 2f64.powi(exp) - 1.0) * 1024.0;
    mantissa = mantissa.round_ties_even();
    let (mut exp, mut mantissa) = (exp, mantissa as u32);
    if mantissa == 1024 {
        mantissa = 0;
        exp += 1;
    }
    if exp > 15 {
        return None;
    }
    Some(sign | (((exp + 15) as u16) << 10) | mantissa as u16)
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let mantissa = f64::from(h & 0x3ff);
    sign * match exp {
        0 => mantissa * 2f64.powi(-24),
        31 if mantissa == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + mantissa / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn unpack(vm: &mut Vm, order: Order, items: &[Item], data: &[u8]) -> Vec<Value> {
    let mut values = Vec::with_capacity(value_count(items));
    let mut offset = 0;
    for item in items {
        offset = aligned(offset, item, order);
        let size = item_size(item.code, order).unwrap_or(1);
        match item.code {
            b'x' => offset += item.count,
            b's' | b'p' => {
                let field = &data[offset..offset + item.count];
                let bytes = if item.code == b's' || field.is_empty() {
                    field.to_vec()
                } else {
                    let n = usize::from(field[0]).min(item.count - 1);
                    field[1..=n].to_vec()
                };
                values.push(vm.heap.alloc_value(Object::Bytes(bytes)));
                offset += item.count;
            }
            code => {
                for _ in 0..item.count {
                    let mut le = [0u8; 8];
                    le[..size].copy_from_slice(&data[offset..offset + size]);
                    if order == Order::Big {
                        le[..size].reverse();
                    }
                    values.push(unpack_one(vm, code, size, le));
                    offset += size;
                }
            }
        }
    }
    values
}

fn unpack_one(vm: &mut Vm, code: u8, size: usize, le: [u8; 8]) -> Value {
    let raw = u64::from_le_bytes(le);
    match code {
        b'c' => vm.heap.alloc_value(Object::Bytes(vec![le[0]])),
        b'?' => Value::Bool(le[0] != 0),
        b'd' => Value::Float(f64::from_le_bytes(le)),
        b'f' => Value::Float(f64::from(f32::from_le_bytes([le[0], le[1], le[2], le[3]]))),
        b'e' => Value::Float(from_half(u16::from_le_bytes([le[0], le[1]]))),
        c if c.is_ascii_lowercase() => {
            let shift = 64 - size * 8;
            Value::Int(((raw << shift) as i64) >> shift)
        }
        _ => match i64::try_from(raw) {
            Ok(n) => Value::Int(n),
            Err(_) => vm.new_int(BigInt::from(raw)),
        },
    }
}
