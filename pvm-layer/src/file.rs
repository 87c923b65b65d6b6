//! File objects: `open()`, and `sys.stdout`/`sys.stderr`/`sys.stdin`, all
//! through the `OsBackend`. A binary file hands over the bytes it reads; a
//! text file passes them through its `TextLayer` (`text_layer.rs`: codec,
//! error handler, line endings), which decides what they mean.

use os_layer::{Fd, OpenMode, OutStream};

use crate::call::Args;
use crate::encodings::Codec;
use crate::object::{FileObj, Object};
use crate::text_layer::TextLayer;
use crate::value::{ObjRef, Value};
use crate::vm::{PResult, Vm};

pub fn new_stream(vm: &mut Vm, name: &str, stream: Option<OutStream>, readable: bool) -> Value {
    let name = vm.new_str(name);
    // CPython's standard streams in a UTF-8 locale; stderr never fails to write.
    let errors = if stream == Some(OutStream::Stderr) { "backslashreplace" } else { "strict" };
    vm.heap.alloc_value(Object::File(Box::new(FileObj {
        fd: if readable { Some(Fd::STDIN) } else { None },
        name,
        mode: if readable { "r".into() } else { "w".into() },
        binary: false,
        readable,
        writable: !readable,
        pending: Vec::new(),
        stream,
        text: Some(Box::new(TextLayer::new(Codec::Utf8, "utf-8", errors, None, false))),
    })))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
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
    let encoding = optional_str_arg(vm, args, 3, "encoding")?;
    let errors = optional_str_arg(vm, args, 4, "errors")?;
    let newline = optional_str_arg(vm, args, 5, "newline")?;
    if let Some(nl) = newline.as_deref().filter(|nl| !matches!(*nl, "" | "\n" | "\r" | "\r\n")) {
        return Err(vm.value_error(format!("illegal newline value: {nl}")));
    }
    if parsed.binary {
        for (given, what) in [(&encoding, "an encoding"), (&errors, "an errors"), (&newline, "a newline")] {
            if given.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let fd = vm.os.open(&path, &parsed.options).map_err(|e| vm.os_error(&e))?;
    let text = if parsed.binary {
        None
    } else {
        // As CPython, the file is opened (and so created or truncated)
        // before the encoding is looked up.
        match text_layer(vm, fd, &parsed.options, encoding.as_deref(), errors.as_deref(), newline.as_deref())
        {
            Ok(layer) => Some(Box::new(layer)),
            Err(e) => {
                let _ = vm.os.close(fd);
                return Err(e);
            }
        }
    };
    Ok(vm.heap.alloc_value(Object::File(Box::new(FileObj {
        fd: Some(fd),
        name: path_v,
        mode,
        binary: parsed.binary,
        readable: parsed.options.read,
        writable: parsed.options.write,
        pending: Vec::new(),
        stream: None,
        text,
    }))))
}

/// `open`'s argument `name`: a str, or None when not given.
fn optional_str_arg(vm: &mut Vm, args: &Args, i: usize, name: &str) -> PResult<Option<String>> {
    match args.arg(vm, i, name) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.str_of(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let msg = format!("open() argument '{name}' must be str or None, not {}", vm.type_name(v));
                Err(vm.type_error(msg))
            }
        },
    }
}

/// The text layer of a file just opened: its codec (UTF-8 for the locale's,
/// as CPython in a UTF-8 locale), and whether a write would start the file.
fn text_layer(
    vm: &mut Vm,
    fd: Fd,
    options: &os_layer::OpenOptions,
    encoding: Option<&str>,
    errors: Option<&str>,
    newline: Option<&str>,
) -> PResult<TextLayer> {
    let (codec, encoding) = match encoding {
        None | Some("locale") => (Codec::Utf8, "UTF-8"),
        Some(name) => (crate::codecs::lookup(vm, name)?, name),
    };
    let at_start = options.write && vm.os.tell(fd).map_err(|e| vm.os_error(&e))? == 0;
    Ok(TextLayer::new(codec, encoding, errors.unwrap_or("strict"), newline, at_start))
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
    let (bytes, count) = if binary {
        match vm.bytes_like(data) {
            Some(b) => (b.to_vec(), b.len()),
            None => {
                let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(data));
                return Err(vm.type_error(msg));
            }
        }
    } else {
        let Some(text) = vm.str_of(data).map(str::to_string) else {
            let msg = format!("write() argument must be str, not {}", vm.type_name(data));
            return Err(vm.type_error(msg));
        };
        // A file that cannot take the text says so before the text is encoded.
        if fd.is_none() && stream.is_none() {
            return Err(closed(vm));
        }
        if stream.is_none() && !writable {
            return Err(vm.err("UnsupportedOperation", "not writable"));
        }
        let encoded = match vm.heap.get_mut(r) {
            Some(Object::File(f)) => f.text.as_mut().map(|t| t.encode(&text)),
            _ => None,
        };
        match encoded {
            Some(Ok(bytes)) => (bytes, text.chars().count()),
            Some(Err((e, translated))) => {
                let errors = errors_of(vm, r);
                return Err(crate::codecs::encode_error(vm, &errors, &e, &translated));
            }
            None => {
                let count = text.chars().count();
                (text.into_bytes(), count)
            }
        }
    };
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

/// The error handler of text file `r`, for an error's exception.
fn errors_of(vm: &Vm, r: ObjRef) -> String {
    match vm.heap.get(r) {
        Object::File(f) => f.text.as_ref().map_or("strict".into(), |t| t.errors.to_string()),
        _ => "strict".into(),
    }
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

/// `f.seekable()`: a file on disk is; a standard stream (a pipe, a
/// terminal) is not.
pub fn seekable(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let (fd, stream, ..) = info(vm, r);
    match (fd, stream) {
        (None, None) => Err(closed(vm)),
        (Some(fd), None) => Ok(Value::Bool(fd != Fd::STDIN)),
        _ => Ok(Value::Bool(false)),
    }
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

/// How many bytes a text file reads at a time (CPython's `_CHUNK_SIZE`):
/// a decoding error's position counts from the start of such a chunk.
const CHUNK: usize = 8192;

/// The most bytes asked of the OS at once, whatever size a read asks for.
const MAX_CHUNK: usize = 1 << 20;

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
    let size = usize::try_from(size).ok();
    if fd == Fd::STDIN {
        let data = vm.os.read_stdin_all().map_err(|e| vm.os_error(&e))?;
        return Ok(if binary { vm.heap.alloc_value(Object::Bytes(data)) } else { stdin_text(vm, data) });
    }
    match (binary, size) {
        (true, Some(size)) => read_bytes(vm, r, fd, size),
        (true, None) => {
            let mut data = take_pending(vm, r);
            data.extend(vm.os.read_to_end(fd).map_err(|e| vm.os_error(&e))?);
            Ok(vm.heap.alloc_value(Object::Bytes(data)))
        }
        (false, Some(size)) => read_text(vm, r, fd, size, |t, at_end| t.take_chars(Some(size), at_end)),
        (false, None) => {
            let rest = vm.os.read_to_end(fd).map_err(|e| vm.os_error(&e))?;
            feed(vm, r, rest, true)?;
            read_text(vm, r, fd, 0, |t, at_end| t.take_chars(None, at_end))
        }
    }
}

/// `sys.stdout.buffer` & co.: the binary stream under a standard text
/// stream (a new object each time; other files have none here).
pub fn std_buffer(vm: &mut Vm, r: ObjRef) -> Option<Value> {
    let (fd, stream, readable) = match vm.heap.get(r) {
        Object::File(f) if !f.binary && (f.stream.is_some() || f.fd == Some(Fd::STDIN)) => {
            (f.fd, f.stream, f.readable)
        }
        _ => return None,
    };
    let name = match vm.heap.get(r) {
        Object::File(f) => f.name,
        _ => Value::None,
    };
    Some(vm.heap.alloc_value(Object::File(Box::new(FileObj {
        fd,
        name,
        mode: if readable { "rb".into() } else { "wb".into() },
        binary: true,
        readable,
        writable: !readable,
        pending: Vec::new(),
        stream,
        text: None,
    }))))
}

/// `f.reconfigure(*, encoding, errors, newline, line_buffering,
/// write_through)`: a text file's codec and error handler changed for what
/// it writes and reads next.
pub fn reconfigure(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    if args.pos.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let mut given: [Option<Value>; 3] = [None; 3];
    for &(k, v) in &args.kw {
        let key = vm.str_of(k).unwrap_or("").to_string();
        match key.as_str() {
            "encoding" => given[0] = Some(v).filter(|v| !v.is_none()),
            "errors" => given[1] = Some(v).filter(|v| !v.is_none()),
            "newline" => given[2] = Some(v),
            "line_buffering" | "write_through" => {}
            _ => {
                return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for reconfigure()")))
            }
        }
    }
    let Object::File(f) = vm.heap.get(r) else { return Ok(Value::None) };
    let Some(text) = f.text.as_ref() else { return Ok(Value::None) };
    let (mut encoding, mut errors, mut newline) =
        (text.encoding.to_string(), text.errors.to_string(), text.newline.as_ref().map(|n| n.to_string()));
    let text_of =
        |vm: &mut Vm, v: Value, what: &str| match vm.str_of(v) {
            Some(s) => Ok(s.to_string()),
            None => Err(vm
                .type_error(format!("reconfigure() argument '{what}' must be str, not {}", vm.type_name(v)))),
        };
    if let Some(e) = given[0] {
        encoding = text_of(vm, e, "encoding")?;
        // A new encoding without an error handler goes with 'strict'.
        errors = "strict".into();
    }
    if let Some(e) = given[1] {
        errors = text_of(vm, e, "errors")?;
    }
    if let Some(n) = given[2] {
        newline = if n.is_none() { None } else { Some(text_of(vm, n, "newline")?) };
    }
    let codec = crate::codecs::lookup(vm, &encoding)?;
    if let Some(Object::File(f)) = vm.heap.get_mut(r) {
        f.text = Some(Box::new(TextLayer::new(codec, &encoding, &errors, newline.as_deref(), false)));
    }
    Ok(Value::None)
}

/// What standard input gave, as text: UTF-8 (undecodable bytes replaced),
/// `\r\n` read as `\n`.
fn stdin_text(vm: &mut Vm, bytes: Vec<u8>) -> Value {
    let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
    vm.new_str(text)
}

/// The bytes read ahead of binary file `r`, which it hands over.
fn take_pending(vm: &mut Vm, r: ObjRef) -> Vec<u8> {
    match vm.heap.get_mut(r) {
        Some(Object::File(f)) => std::mem::take(&mut f.pending),
        _ => vec![],
    }
}

/// Adds `chunk` to what text file `r` read ahead and decodes what it can;
/// `at_end` when no more bytes follow.
fn feed(vm: &mut Vm, r: ObjRef, chunk: Vec<u8>, at_end: bool) -> PResult<()> {
    let result = match vm.heap.get_mut(r) {
        Some(Object::File(f)) => {
            let f: &mut FileObj = f;
            f.pending.extend(chunk);
            match f.text.as_mut() {
                Some(text) => text.feed(&mut f.pending, at_end),
                None => Ok(()),
            }
        }
        _ => Ok(()),
    };
    result.map_err(|(e, input)| {
        let errors = errors_of(vm, r);
        crate::codecs::decode_error(vm, &errors, &e, &input)
    })
}

/// Text from file `r` as `take` cuts it from the decoded text, reading
/// chunks (at least `want` bytes) until `take` has its answer.
fn read_text(
    vm: &mut Vm,
    r: ObjRef,
    fd: Fd,
    want: usize,
    take: impl Fn(&mut TextLayer, bool) -> Option<String>,
) -> PResult<Value> {
    let mut at_end = false;
    loop {
        let taken = match vm.heap.get_mut(r) {
            Some(Object::File(f)) => f.text.as_mut().map(|t| take(t, at_end)),
            _ => None,
        };
        match taken {
            Some(Some(text)) => return Ok(vm.new_str(text)),
            Some(None) if !at_end => {}
            _ => return Ok(vm.new_str("")),
        }
        let chunk = vm.os.read(fd, want.clamp(CHUNK, MAX_CHUNK)).map_err(|e| vm.os_error(&e))?;
        at_end = chunk.is_empty();
        feed(vm, r, chunk, at_end)?;
    }
}

/// `f.read(size)` of a binary file: `size` bytes, fewer at the end.
fn read_bytes(vm: &mut Vm, r: ObjRef, fd: Fd, size: usize) -> PResult<Value> {
    loop {
        let pending = match vm.heap.get(r) {
            Object::File(f) => f.pending.len(),
            _ => 0,
        };
        if pending >= size {
            let taken: Vec<u8> = match vm.heap.get_mut(r) {
                Some(Object::File(f)) => f.pending.drain(..size).collect(),
                _ => vec![],
            };
            return Ok(vm.heap.alloc_value(Object::Bytes(taken)));
        }
        let chunk = vm.os.read(fd, (size - pending).clamp(CHUNK, MAX_CHUNK)).map_err(|e| vm.os_error(&e))?;
        if chunk.is_empty() {
            let all = take_pending(vm, r);
            return Ok(vm.heap.alloc_value(Object::Bytes(all)));
        }
        if let Some(Object::File(f)) = vm.heap.get_mut(r) {
            f.pending.extend(chunk);
        }
    }
}

/// One line (its ending included, at most `limit` characters or bytes),
/// empty at the end.
pub fn readline(vm: &mut Vm, r: ObjRef, limit: Option<usize>) -> PResult<Value> {
    let (fd, _, binary, readable, _) = info(vm, r);
    let Some(fd) = fd else { return Err(closed(vm)) };
    if !readable {
        return Err(vm.err("UnsupportedOperation", "not readable"));
    }
    if fd == Fd::STDIN {
        let line = vm.os.read_stdin_line().map_err(|e| vm.os_error(&e))?;
        return Ok(if binary { vm.heap.alloc_value(Object::Bytes(line)) } else { stdin_text(vm, line) });
    }
    if !binary {
        return read_text(vm, r, fd, 0, |t, at_end| t.take_line(limit, at_end));
    }
    loop {
        let pending = match vm.heap.get(r) {
            Object::File(f) => &f.pending,
            _ => return Ok(vm.heap.alloc_value(Object::Bytes(vec![]))),
        };
        let end = pending.iter().position(|&b| b == b'\n').map(|i| i + 1);
        let end = match (end, limit) {
            (Some(end), Some(limit)) => Some(end.min(limit)),
            (None, Some(limit)) if pending.len() >= limit => Some(limit),
            (end, _) => end,
        };
        if let Some(end) = end {
            let line: Vec<u8> = match vm.heap.get_mut(r) {
                Some(Object::File(f)) => f.pending.drain(..end).collect(),
                _ => vec![],
            };
            return Ok(vm.heap.alloc_value(Object::Bytes(line)));
        }
        let chunk = vm.os.read(fd, CHUNK).map_err(|e| vm.os_error(&e))?;
        if chunk.is_empty() {
            let line = take_pending(vm, r);
            return Ok(vm.heap.alloc_value(Object::Bytes(line)));
        }
        if let Some(Object::File(f)) = vm.heap.get_mut(r) {
            f.pending.extend(chunk);
        }
    }
}

/// `f.readline(size=-1)`.
pub fn readline_method(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let limit = match args.arg(vm, 1, "size") {
        Some(v) if !v.is_none() => usize::try_from(crate::strings::int_arg(vm, v)?).ok(),
        _ => None,
    };
    readline(vm, r, limit)
}

/// `f.readlines(hint=-1)`: lines until their total length reaches `hint`.
pub fn readlines(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let hint = match args.arg(vm, 1, "hint") {
        Some(v) if !v.is_none() => crate::strings::int_arg(vm, v)?,
        _ => -1,
    };
    let mut lines = Vec::new();
    let mut total = 0;
    let result = loop {
        let line = match readline(vm, r, None) {
            Ok(line) => line,
            Err(e) => break Err(e),
        };
        let len = vm.len_of(line).unwrap_or(0);
        if len == 0 {
            break Ok(());
        }
        vm.roots.push(line);
        lines.push(line);
        total += len as i64;
        if hint > 0 && total >= hint {
            break Ok(());
        }
    };
    vm.roots.truncate(vm.roots.len() - lines.len());
    result?;
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

/// `f.tell()`: the OS position less what was read ahead but not returned
/// (for a text file, the bytes its undecoded and unreturned text came from).
pub fn tell(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    position(vm, r).map(|at| Value::Int(at as i64))
}

fn position(vm: &mut Vm, r: ObjRef) -> PResult<u64> {
    let (fd, ahead) = match vm.heap.get(r) {
        Object::File(f) => (f.fd, f.pending.len() + f.text.as_ref().map_or(0, |t| t.unread_bytes())),
        _ => (None, 0),
    };
    let Some(fd) = fd else { return Err(vm.value_error("I/O operation on closed file.")) };
    let at = vm.os.tell(fd).map_err(|e| vm.os_error(&e))?;
    Ok(at.saturating_sub(ahead as u64))
}

/// `f.seek(offset, whence=0)`: moves the OS position and drops the
/// read-ahead. A text file seeks only to a position `tell` gave, or to its
/// end or current position without an offset, as CPython's.
pub fn seek(vm: &mut Vm, args: &Args) -> PResult<Value> {
    let r = file(vm, args.get(0).unwrap_or(Value::None))?;
    let offset = crate::strings::int_arg(vm, args.get(1).unwrap_or(Value::Int(0)))?;
    let whence = match args.get(2) {
        Some(v) => crate::strings::int_arg(vm, v)?,
        None => 0,
    };
    let (fd, binary) = match vm.heap.get(r) {
        Object::File(f) => (f.fd, f.binary),
        _ => (None, true),
    };
    let Some(fd) = fd else { return Err(vm.value_error("I/O operation on closed file.")) };
    let (offset, whence) = match (binary, whence, offset) {
        (_, 0, _) | (true, 1 | 2, _) => (offset, whence),
        (false, 1, 0) => (position(vm, r)? as i64, 0),
        (false, 2, 0) => (0, 2),
        (false, 1, _) => return Err(vm.err("UnsupportedOperation", "can't do nonzero cur-relative seeks")),
        (false, 2, _) => return Err(vm.err("UnsupportedOperation", "can't do nonzero end-relative seeks")),
        (_, n, _) => return Err(vm.value_error(format!("invalid whence ({n}, should be 0, 1 or 2)"))),
    };
    if !binary && offset < 0 {
        return Err(vm.value_error(format!("negative seek position {offset}")));
    }
    let whence = match whence {
        0 => os_layer::Whence::Start,
        1 => os_layer::Whence::Current,
        _ => os_layer::Whence::End,
    };
    // A relative seek counts from what the program has seen, not the read-ahead.
    let pending = match vm.heap.get_mut(r) {
        Some(Object::File(f)) => std::mem::take(&mut f.pending).len() as i64,
        _ => 0,
    };
    let offset = if matches!(whence, os_layer::Whence::Current) { offset - pending } else { offset };
    let at = vm.os.seek(fd, offset, whence).map_err(|e| vm.os_error(&e))?;
    if let Some(Object::File(f)) = vm.heap.get_mut(r) {
        if let Some(text) = f.text.as_mut() {
            text.reset(at);
        }
    }
    Ok(Value::Int(at as i64))
}

/// `f.encoding`, `f.errors` and `f.newlines` of a text file.
pub fn text_attr(vm: &mut Vm, r: ObjRef, name: &str) -> Option<Value> {
    let text = match vm.heap.get(r) {
        Object::File(f) => f.text.as_ref()?,
        _ => return None,
    };
    match name {
        // Written through when written (a newline does not matter).
        "line_buffering" => Some(Value::Bool(false)),
        "encoding" => {
            let encoding = text.encoding.to_string();
            Some(vm.new_str(encoding))
        }
        "errors" => {
            let errors = text.errors.to_string();
            Some(vm.new_str(errors))
        }
        "newlines" => {
            let seen = text.newlines();
            let mut seen: Vec<Value> = seen.into_iter().map(|s| vm.new_str(s)).collect();
            Some(match seen.len() {
                0 => Value::None,
                1 => seen.remove(0),
                _ => vm.new_tuple(seen),
            })
        }
        _ => None,
    }
}
