//! File objects: `open()`, and `sys.stdout`/`sys.stderr`/`sys.stdin`, all
//! through the `OsBackend`.

use os_layer::{Fd, OpenMode, OutStream};

use crate::call::Args;
use crate::object::{FileObj, Object};
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn new_stream(vm: &mut Vm, name: &str, stream: Option<OutStream>, readable: bool) -> Value {
    let name = vm.new_str(name);
    vm.heap.alloc_value(Object::File(Box::new(FileObj {
        fd: if readable { Some(Fd::STDIN) } else { None },
        name,
        mode: if readable { "r".into() } else { "w".into() },
        binary: false,
        readable,
        writable: !readable,
        pending: Vec::new(),
        stream,
        newline: None,
    })))
}

pub fn open(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let Some(path_v) = args.arg(vm, 0, "file") else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let mode = match args.arg(vm, 1, "mode") {
        Some(m) => vm.str_of(m).unwrap_or("r").to_string(),
        None => "r".into(),
    };
    let path_v = crate::modules::posix::fspath(vm, path_v)?;
    let Some(path) = vm.str_of(path_v).map(str::to_string) else {
        let msg = format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(path_v));
        return Err(vm.type_error(msg));
    };
    let parsed = OpenMode::parse(&mode).map_err(|e| vm.value_error(e.to_string()))?;
    let newline = match args.arg(vm, 5, "newline") {
        None | Some(Value::None) => None,
        Some(v) => match vm.str_of(v) {
            Some(nl @ ("" | "\n" | "\r" | "\r\n")) => Some(nl.into()),
            Some(nl) => return Err(vm.value_error(format!("illegal newline value: {nl}"))),
            None => {
                let msg = format!("open() argument 'newline' must be str or None, not {}", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        },
    };
    if parsed.binary && newline.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    let fd = vm.os.open(&path, &parsed.options).map_err(|e| vm.os_error(&e))?;
    Ok(vm.heap.alloc_value(Object::File(Box::new(FileObj {
        fd: Some(fd),
        name: path_v,
        mode,
        binary: parsed.binary,
        readable: parsed.options.read,
        writable: parsed.options.write,
        pending: Vec::new(),
        stream: None,
        newline,
    }))))
}

fn file(vm: &mut Vm, v: Value) -> PResult<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Object::File(_)) => Ok(r),
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

fn info(vm: &Vm, r: ObjRef) -> (Option<Fd>, Option<OutStream>, bool, bool, bool) {
    match vm.heap.get(r) {
        Object::File(f) => (f.fd, f.stream, f.binary, f.readable, f.writable),
        _ => (None, None, false, false, false),
    }
}

fn closed(vm: &mut Vm) -> crate::vm::Exc {
    vm.value_error("I/O operation on closed file.")
}

pub fn write(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let data = args.get(1).unwrap_or(Value::None);
    let (fd, stream, binary, _, writable) = info(vm, r);
    let newline = match vm.heap.get(r) {
        Object::File(f) => f.newline.clone(),
        _ => None,
    };
    let bytes: Vec<u8> = match (binary, data) {
        (false, v) if vm.str_of(v).is_some() => {
            let text = vm.str_of(v).unwrap_or("");
            match newline.as_deref() {
                Some(nl @ ("\r" | "\r\n")) => text.replace('\n', nl).into_bytes(),
                _ => text.as_bytes().to_vec(),
            }
        }
        (true, v) if vm.bytes_like(v).is_some() => vm.bytes_like(v).map(<[u8]>::to_vec).unwrap_or_default(),
        (false, v) => {
            let msg = format!("write() argument must be str, not {}", vm.type_name(v));
            return Err(vm.type_error(msg));
        }
        (true, v) => {
            let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            return Err(vm.type_error(msg));
        }
    };
    let count = if binary { bytes.len() } else { vm.str_of(data).map_or(0, |s| s.chars().count()) };
    if let Some(s) = stream {
        vm.os.write_stream(s, &bytes).map_err(|e| vm.os_error(&e))?;
        return Ok(Value::Int(count as i64));
    }
    let Some(fd) = fd else { return Err(closed(vm)) };
    if !writable {
        let e = vm.err("UnsupportedOperation", "not writable");
        return Err(e);
    }
    vm.os.write(fd, &bytes).map_err(|e| vm.os_error(&e))?;
    Ok(Value::Int(count as i64))
}

/// `f.writelines(lines)`: `write` for each item (no newlines are added).
pub fn writelines(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let f = args.get(0).unwrap_or(Value::None);
    let lines = vm.collect_iter(args.get(1).unwrap_or(Value::None))?;
    let mark = vm.roots.len();
    vm.roots.extend(lines.iter().copied());
    let mut result = Ok(Value::None);
    for line in lines {
        if let Err(e) = write(vm, &Args::new(vec![f, line])) {
            result = Err(e);
            break;
        }
    }
    vm.roots.truncate(mark);
    result
}

/// The descriptor behind a file object: its own, or 0, 1, 2 for the standard
/// streams. A closed file's error is the raw file's (CPython's `FileIO`),
/// without the final full stop of [`closed`].
fn descriptor(vm: &mut Vm, args: &Args) -> PResult<Fd> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    match info(vm, r) {
        (_, Some(OutStream::Stdout), ..) => Ok(Fd::STDOUT),
        (_, Some(OutStream::Stderr), ..) => Ok(Fd::STDERR),
        (Some(fd), ..) => Ok(fd),
        (None, None, ..) => Err(vm.value_error("I/O operation on closed file")),
    }
}

/// `f.isatty()`.
pub fn isatty(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let fd = descriptor(vm, args)?;
    vm.os.isatty(fd).map(Value::Bool).map_err(|e| vm.os_error(&e))
}

/// `f.fileno()`.
pub fn fileno(vm: &mut Vm, args: &Args) -> PResult<Value> {
    descriptor(vm, args).map(|fd| Value::Int(i64::from(fd.0)))
}

/// `f.readable()` and `f.writable()` (`which` picks one).
pub fn can(vm: &mut Vm, args: &Args, write: bool) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let (fd, stream, _, readable, writable) = info(vm, r);
    // Closed: the buffered layer answers False for what the mode never
    // allowed and asks the (closed) raw file about the rest.
    if fd.is_none() && stream.is_none() && (if write { writable } else { readable }) {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(Value::Bool(if write { writable } else { readable }))
}

/// What file `r` returns for `bytes` read from it: bytes, or text with
/// `\r\n` read as `\n` unless `open` was given a `newline`.
fn make_text(vm: &mut Vm, r: ObjRef, bytes: Vec<u8>) -> Value {
    let (binary, translate) = match vm.heap.get(r) {
        Object::File(f) => (f.binary, f.newline.is_none()),
        _ => (false, true),
    };
    if binary {
        return vm.heap.alloc_value(Object::Bytes(bytes));
    }
    let text = String::from_utf8_lossy(&bytes);
    let s = if translate { text.replace("\r\n", "\n") } else { text.into_owned() };
    vm.new_str(s)
}

pub fn read(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let (fd, _, binary, readable, _) = info(vm, r);
    let Some(fd) = fd else { return Err(closed(vm)) };
    if !readable {
        return Err(vm.err("UnsupportedOperation", "not readable"));
    }
    let size = match args.get(1) {
        Some(v) if !v.is_none() => crate::strings::int_arg(vm, v)?,
        _ => -1,
    };
    if size >= 0 && fd != Fd::STDIN {
        return read_some(vm, r, fd, binary, size as usize);
    }
    let mut data = match vm.heap.get_mut(r) {
        Some(Object::File(f)) => std::mem::take(&mut f.pending),
        _ => vec![],
    };
    let rest = if fd == Fd::STDIN { vm.os.read_stdin_all() } else { vm.os.read_to_end(fd) };
    data.extend(rest.map_err(|e| vm.os_error(&e))?);
    Ok(make_text(vm, r, data))
}

/// `f.read(size)`: `size` bytes (binary) or characters (text), fewer at the end.
fn read_some(vm: &mut Vm, r: ObjRef, fd: Fd, binary: bool, size: usize) -> PResult<Value> {
    // How many bytes of `pending` make up `size` items, if it holds that many.
    let enough = |pending: &[u8]| -> Option<usize> {
        if binary {
            return (pending.len() >= size).then_some(size);
        }
        let mut chars = 0;
        for (i, &b) in pending.iter().enumerate() {
            if b & 0xC0 != 0x80 {
                if chars == size {
                    return Some(i);
                }
                chars += 1;
            }
        }
        None
    };
    loop {
        let pending = match vm.heap.get(r) {
            Object::File(f) => &f.pending,
            _ => return Ok(make_text(vm, r, vec![])),
        };
        if let Some(n) = enough(pending) {
            let taken: Vec<u8> = match vm.heap.get_mut(r) {
                Some(Object::File(f)) => f.pending.drain(..n).collect(),
                _ => vec![],
            };
            return Ok(make_text(vm, r, taken));
        }
        let chunk = vm.os.read(fd, 8192).map_err(|e| vm.os_error(&e))?;
        let at_end = chunk.is_empty();
        if let Some(Object::File(f)) = vm.heap.get_mut(r) {
            f.pending.extend(chunk);
            if at_end {
                let all = std::mem::take(&mut f.pending);
                return Ok(make_text(vm, r, all));
            }
        }
    }
}

/// One line (newline included), empty at the end.
pub fn readline(vm: &mut Vm, r: ObjRef, _limit: i64) -> PResult<Value> {
    let (fd, _, _, _, _) = info(vm, r);
    let Some(fd) = fd else { return Err(closed(vm)) };
    if fd == Fd::STDIN {
        let line = vm.os.read_stdin_line().map_err(|e| vm.os_error(&e))?;
        return Ok(make_text(vm, r, line));
    }
    loop {
        let pending = match vm.heap.get_mut(r) {
            Some(Object::File(f)) => &mut f.pending,
            _ => return Ok(make_text(vm, r, vec![])),
        };
        if let Some(i) = pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = pending.drain(..=i).collect();
            return Ok(make_text(vm, r, line));
        }
        let chunk = vm.os.read(fd, 8192).map_err(|e| vm.os_error(&e))?;
        if chunk.is_empty() {
            let line = match vm.heap.get_mut(r) {
                Some(Object::File(f)) => std::mem::take(&mut f.pending),
                _ => vec![],
            };
            return Ok(make_text(vm, r, line));
        }
        if let Some(Object::File(f)) = vm.heap.get_mut(r) {
            f.pending.extend(chunk);
        }
    }
}

pub fn readline_method(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    readline(vm, r, -1)
}

pub fn readlines(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let mut lines = Vec::new();
    loop {
        let line = readline(vm, r, -1)?;
        if vm.len_of(line) == Some(0) {
            break;
        }
        vm.roots.push(line);
        lines.push(line);
    }
    vm.roots.truncate(vm.roots.len() - lines.len());
    Ok(vm.new_list(lines))
}

pub fn close(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let fd = match vm.heap.get_mut(r) {
        Some(Object::File(f)) if f.stream.is_none() => f.fd.take(),
        _ => None,
    };
    if let Some(fd) = fd {
        if fd.0 > 2 {
            vm.os.close(fd).map_err(|e| vm.os_error(&e))?;
        }
    }
    Ok(Value::None)
}

pub fn flush(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    if let (_, Some(s), ..) = info(vm, r) {
        let _ = vm.os.flush_stream(s);
    }
    Ok(Value::None)
}

pub fn enter(_vm: &mut Vm, args: &Args) -> PResult<Value> {
    Ok(args.get(0).unwrap_or(Value::None))
}

pub fn exit(vm: &mut Vm, args: &Args) -> PResult<Value> {
    close(vm, &Args::new(vec![args.get(0).unwrap_or(Value::None)]))?;
    Ok(Value::Bool(false))
}

/// `f.tell()`: the OS position less what was read ahead but not returned.
pub fn tell(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let (fd, pending) = match vm.heap.get(r) {
        Object::File(f) => (f.fd, f.pending.len() as u64),
        _ => (None, 0),
    };
    let Some(fd) = fd else { return Err(vm.value_error("I/O operation on closed file.")) };
    let at = vm.os.tell(fd).map_err(|e| vm.os_error(&e))?;
    Ok(Value::Int(at.saturating_sub(pending) as i64))
}

/// `f.seek(offset, whence=0)`: moves the OS position and drops the read-ahead.
pub fn seek(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let offset = crate::strings::int_arg(vm, args.get(1).unwrap_or(Value::Int(0)))?;
    let whence = match args.get(2) {
        Some(v) => crate::strings::int_arg(vm, v)?,
        None => 0,
    };
    let whence = match whence {
        0 => os_layer::Whence::Start,
        1 => os_layer::Whence::Current,
        2 => os_layer::Whence::End,
        n => return Err(vm.value_error(format!("invalid whence ({n}, should be 0, 1 or 2)"))),
    };
    let fd = match vm.heap.get_mut(r) {
        Some(Object::File(f)) => {
            // A relative seek counts from what the program has seen, not the read-ahead.
            let pending = f.pending.len() as i64;
            f.pending.clear();
            f.fd.map(|fd| (fd, pending))
        }
        _ => None,
    };
    let Some((fd, pending)) = fd else { return Err(vm.value_error("I/O operation on closed file.")) };
    let offset = if matches!(whence, os_layer::Whence::Current) { offset - pending } else { offset };
    let at = vm.os.seek(fd, offset, whence).map_err(|e| vm.os_error(&e))?;
    Ok(Value::Int(at as i64))
}
