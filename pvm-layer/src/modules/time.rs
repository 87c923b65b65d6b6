//! `_time`: the clocks and the local time zone, each read through the
//! `OsBackend`. The Python `time` module (`pvm-layer/lib/time.py`) builds
//! `struct_time`, `strftime`, `mktime`... on these.

use crate::builtins::add_fn;
use crate::call::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm, d: ObjRef) {
    add_fn(vm, d, "time", |vm, _| Ok(Value::Float(vm.os.time_ns() as f64 / 1e9)));
    add_fn(vm, d, "time_ns", |vm, _| Ok(Value::Int(vm.os.time_ns())));
    add_fn(vm, d, "perf_counter", |vm, _| Ok(Value::Float(vm.os.perf_counter_ns() as f64 / 1e9)));
    add_fn(vm, d, "perf_counter_ns", |vm, _| Ok(Value::Int(vm.os.perf_counter_ns() as i64)));
    add_fn(vm, d, "monotonic", |vm, _| Ok(Value::Float(vm.os.monotonic_ns() as f64 / 1e9)));
    add_fn(vm, d, "monotonic_ns", |vm, _| Ok(Value::Int(vm.os.monotonic_ns() as i64)));
    add_fn(vm, d, "sleep", |vm, a: &Args| {
        let arg = a.get(0).unwrap_or(Value::None);
        let Some(secs) = vm.to_f64(arg)? else {
            let msg = format!("'{}' object cannot be interpreted as an integer", vm.type_name(arg));
            return Err(vm.type_error(msg));
        };
        if secs.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        if secs < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        let duration = std::time::Duration::try_from_secs_f64(secs)
            .map_err(|_| vm.err("OverflowError", "sleep length is too large"))?;
        vm.os.sleep(duration).map_err(|e| vm.os_error(&e))?;
        Ok(Value::None)
    });
    // `_local_offset(secs)` -> `(utc_offset, is_dst, zone)` at that instant.
    add_fn(vm, d, "_local_offset", |vm, a: &Args| {
        let secs = match a.get(0) {
            Some(Value::Int(n)) => n,
            _ => return Err(vm.err("OverflowError", "timestamp out of range for platform time_t")),
        };
        let local = vm.os.local_offset(secs);
        let zone = vm.new_str(local.zone);
        Ok(vm.new_tuple(vec![Value::Int(i64::from(local.utc_offset)), Value::Bool(local.is_dst), zone]))
    });
}
