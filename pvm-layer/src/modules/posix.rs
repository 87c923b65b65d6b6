//! `posix`: the operating-system calls `os` (written in Python,
//! `pvm-layer/lib/os.py`) is built on, each one a call to the `OsBackend`,
//! so a sandboxed program sees only its sandbox.

use crate::builtins::add_fn;
use crate::call::Args;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn install(vm: &mut Vm, d: ObjRef) {
    add_fn(vm, d, "cpu_count", |vm, _| Ok(vm.os.cpu_count().map_or(Value::None, |n| Value::Int(n as i64))));
    add_fn(vm, d, "getpid", |vm, _| Ok(Value::Int(i64::from(vm.os.getpid()))));
    add_fn(vm, d, "getcwd", |vm, _| match vm.os.getcwd() {
        Ok(cwd) => Ok(vm.new_str(cwd)),
        Err(e) => Err(vm.os_error(&e)),
    });
    add_fn(vm, d, "chdir", |vm, a| {
        let path = path_arg(vm, a)?;
        vm.os.chdir(&path).map_err(|e| vm.os_error(&e))?;
        Ok(Value::None)
    });
    add_fn(vm, d, "listdir", |vm, a| {
        let path = match a.get(0) {
            Some(_) => path_arg(vm, a)?,
            None => ".".to_string(),
        };
        let names = vm.os.listdir(&path).map_err(|e| vm.os_error(&e))?;
        let items = names.into_iter().map(|n| vm.new_str(n)).collect();
        Ok(vm.new_list(items))
    });
    add_fn(vm, d, "mkdir", |vm, a| {
        let path = path_arg(vm, a)?;
        vm.os.mkdir(&path).map_err(|e| vm.os_error(&e))?;
        Ok(Value::None)
    });
    add_fn(vm, d, "rmdir", |vm, a| {
        let path = path_arg(vm, a)?;
        vm.os.rmdir(&path).map_err(|e| vm.os_error(&e))?;
        Ok(Value::None)
    });
    add_fn(vm, d, "remove", |vm, a| {
        let path = path_arg(vm, a)?;
        vm.os.remove(&path).map_err(|e| vm.os_error(&e))?;
        Ok(Value::None)
    });
    add_fn(vm, d, "rename", |vm, a| {
        let (Some(from), Some(to)) = (a.get(0), a.get(1)) else {
            return Err(vm.type_error("rename() missing required argument"));
        };
        let (from, to) = (path_of(vm, from)?, path_of(vm, to)?);
        vm.os.rename(&from, &to).map_err(|e| vm.os_error(&e))?;
        Ok(Value::None)
    });
    add_fn(vm, d, "fspath", |vm, a| match a.get(0) {
        Some(v) => fspath(vm, v),
        None => Err(vm.type_error("fspath() missing required argument 'path' (pos 1)")),
    });
    // `(kind, size, mtime_ns, mode)`, kind 0 file, 1 directory, 2 other: what
    // `os.stat` and `os.path` need.
    add_fn(vm, d, "_stat", |vm, a| {
        let path = path_arg(vm, a)?;
        let meta = vm.os.stat(&path).map_err(|e| vm.os_error(&e))?;
        let kind = if meta.is_file() {
            0
        } else if meta.is_dir() {
            1
        } else {
            2
        };
        let size = vm.new_int(meta.size.into());
        Ok(vm.new_tuple(vec![
            Value::Int(kind),
            size,
            Value::Int(meta.mtime_ns),
            Value::Int(i64::from(meta.mode)),
        ]))
    });
    add_fn(vm, d, "_environ", |vm, _| {
        let env = vm.new_dict();
        for (k, v) in vm.os.environ() {
            let (k, v) = (vm.new_str(k), vm.new_str(v));
            vm.dict_set(env, k, v)?;
        }
        Ok(Value::Obj(env))
    });
    add_fn(vm, d, "urandom", |vm, a| {
        let n = match a.get(0) {
            Some(Value::Int(n)) if n >= 0 => n as usize,
            _ => return Err(vm.value_error("negative argument not allowed")),
        };
        let bytes = vm.os.urandom(n).map_err(|e| vm.os_error(&e))?;
        Ok(vm.heap.alloc_value(Object::Bytes(bytes)))
    });
}

fn path_arg(vm: &mut Vm, a: &Args) -> PResult<String> {
    match a.get(0) {
        Some(v) => path_of(vm, v),
        None => Err(vm.type_error("missing required argument 'path' (pos 1)")),
    }
}

/// The path `v` names: a `str`, or what an `os.PathLike` object's
/// `__fspath__` returns (Strata's OS layer takes no `bytes` paths).
fn path_of(vm: &mut Vm, v: Value) -> PResult<String> {
    // Only an object that is no path at all gets this function's message:
    // what `__fspath__` raises or wrongly returns is reported as `fspath` does.
    let name = vm.intern("__fspath__");
    let path_like = is_str_or_bytes(vm, v) || vm.special_of(v, name).is_some();
    let path = if path_like { Some(fspath(vm, v)?) } else { None };
    match path.and_then(|p| vm.str_of(p)) {
        Some(path) => Ok(path.to_string()),
        None => {
            let msg = format!("path should be string, bytes or os.PathLike, not {}", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// `os.fspath(v)`: a `str` or `bytes` as it is, else the result of its
/// class's `__fspath__`, which must be one of those.
pub(crate) fn fspath(vm: &mut Vm, v: Value) -> PResult<Value> {
    if is_str_or_bytes(vm, v) {
        return Ok(v);
    }
    let name = vm.intern("__fspath__");
    let Some(path) = vm.try_special(v, name, &[])? else {
        let msg = format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v));
        return Err(vm.type_error(msg));
    };
    if is_str_or_bytes(vm, path) {
        return Ok(path);
    }
    let msg = format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        vm.type_name(v),
        vm.type_name(path)
    );
    Err(vm.type_error(msg))
}

fn is_str_or_bytes(vm: &Vm, v: Value) -> bool {
    vm.str_of(v).is_some() || matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Object::Bytes(_)))
}
