//! `_random`: the Mersenne Twister's draws (MT19937, as CPython's
//! `_randommodule.c`) on the state the Python `random` module seeds and
//! keeps (`pvm-layer/lib/random.py`): a list of the 624 words followed by
//! the index of the next word to use. Drawing in Python cost a few hundred
//! instructions per word; here the list is read and updated in place.

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_B0DF;
const UPPER: u32 = 0x8000_0000;
const LOWER: u32 = 0x7FFF_FFFF;

pub fn install(vm: &mut Vm, d: ObjRef) {
    // `genrand_uint32(state)`: the next 32-bit word.
    add_fn(vm, d, "genrand_uint32", |vm, a: &Args| {
        let state = state_arg(vm, a)?;
        let y = next_word(vm, state)?;
        Ok(Value::Int(i64::from(y)))
    });
    // `random(state)`: a float in [0, 1) from two words, as `random.random()`.
    add_fn(vm, d, "random", |vm, a: &Args| {
        let state = state_arg(vm, a)?;
        let a = next_word(vm, state)? >> 5;
        let b = next_word(vm, state)? >> 6;
        Ok(Value::Float((f64::from(a) * 67108864.0 + f64::from(b)) * (1.0 / 9007199254740992.0)))
    });
}

fn state_arg(vm: &mut Vm, a: &Args) -> PResult<ObjRef> {
    match a.get(0) {
        Some(Value::Obj(r)) if matches!(vm.heap.get(r), Object::List(l) if l.len() == N + 1) => Ok(r),
        _ => Err(invalid_state(vm)),
    }
}

fn invalid_state(vm: &mut Vm) -> crate::vm::Exc {
    vm.value_error("invalid random state")
}

/// The next word of `state` (a list checked by `state_arg`), regenerating
/// the 624 words when they are used up; `None` inside when the program
/// put something other than words there.
fn next_word(vm: &mut Vm, state: ObjRef) -> PResult<u32> {
    let drawn = match vm.heap.get_mut(state) {
        Some(Object::List(items)) => draw(items),
        _ => None,
    };
    drawn.ok_or_else(|| invalid_state(vm))
}

fn draw(items: &mut [Value]) -> Option<u32> {
    let word = |v: Value| match v {
        Value::Int(w) => u32::try_from(w).ok(),
        _ => None,
    };
    let mut index = match items.get(N)? {
        Value::Int(i) => usize::try_from(*i).ok()?,
        _ => return None,
    };
    if index >= N {
        let mut mt = [0u32; N];
        for (w, v) in mt.iter_mut().zip(items.iter()) {
            *w = word(*v)?;
        }
        generate(&mut mt);
        for (v, w) in items.iter_mut().zip(mt) {
            *v = Value::Int(i64::from(w));
        }
        index = 0;
    }
    let mut y = word(items[index])?;
    items[N] = Value::Int(index as i64 + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9D2C_5680;
    y ^= (y << 15) & 0xEFC6_0000;
    y ^= y >> 18;
    Some(y)
}

/// The next 624 words, in place (MT19937's twist).
fn generate(mt: &mut [u32; N]) {
    for kk in 0..N {
        let y = (mt[kk] & UPPER) | (mt[(kk + 1) % N] & LOWER);
        mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 };
    }
}
