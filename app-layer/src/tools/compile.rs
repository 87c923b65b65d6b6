//! `strata -m py_compile` and `strata -m compileall`: write `__pycache__`
//! entries ahead of time, as CPython's modules of the same names do.
//!
//! ```text
//! strata -m py_compile [-q] FILE...
//! strata -m compileall [-q] [-f] [-l] [--invalidation-mode MODE] [DIR|FILE]...
//! ```

use crate::pycache::{self, Mode};
use crate::report::{render_syntax_error, Columns};
use crate::syntax::pyrepr::str_repr;
use crate::syntax::source;
use crate::{source_file, Stdio};
use compiler_layer::{BytecodeCompiler, Compiler};
use os_layer::{HostOs, OsBackend};

/// Compiles one source file and stores its entry; a `SyntaxError` is printed
/// as CPython's tools print it. `Ok(false)` means "skipped: already fresh".
fn compile_file(
    os: &dyn OsBackend,
    name: &str,
    mode: Mode,
    force: bool,
    io: &mut Stdio<'_>,
) -> Result<bool, ()> {
    let bytes = source_file::read(os, name).map_err(|e| {
        let _ = writeln!(io.stderr, "Can't open {name}: {e}");
    })?;
    if !force && pycache::load(os, name, &bytes).is_some() {
        return Ok(false);
    }
    let text = source::decode_source(&bytes).map_err(|e| {
        let _ =
            write!(io.stderr, "{}", render_syntax_error(&e.to_syntax_error(), name, "", Columns::Characters));
    })?;
    let code = BytecodeCompiler.compile(&text, name, crate::syntax::Mode::Exec).map_err(|e| {
        let _ = write!(io.stderr, "{}", render_syntax_error(&e, name, &text, Columns::Characters));
    })?;
    pycache::store(os, name, &bytes, &code, mode).map_err(|e| {
        let _ = writeln!(io.stderr, "Can't write the cache of {name}: {e}");
    })?;
    Ok(true)
}

/// `strata -m py_compile FILE...`: exit status 1 if any file failed.
pub fn py_compile(args: &[String], io: &mut Stdio<'_>) -> i32 {
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if files.is_empty() {
        let _ = writeln!(io.stderr, "usage: strata -m py_compile [-q] FILE...");
        return 2;
    }
    let mut status = 0;
    let os = HostOs::new();
    for file in files {
        if compile_file(&os, file, Mode::Timestamp, true, io).is_err() {
            status = 1;
        }
    }
    status
}

/// `strata -m compileall [options] [DIR|FILE]...`, recursing into directories.
pub fn compileall(args: &[String], io: &mut Stdio<'_>) -> i32 {
    let mut quiet = false;
    let mut force = false;
    let mut recurse = true;
    let mut mode = Mode::Timestamp;
    let mut targets = Vec::new();
    let mut words = args.iter();
    while let Some(arg) = words.next() {
        match arg.as_str() {
            "-q" => quiet = true,
            "-f" => force = true,
            "-l" => recurse = false,
            "--invalidation-mode" => match words.next().and_then(|m| Mode::parse(m)) {
                Some(m) => mode = m,
                None => {
                    let _ = writeln!(
                        io.stderr,
                        "strata -m compileall: error: argument --invalidation-mode: \
                         choose from 'checked-hash', 'timestamp', 'unchecked-hash'"
                    );
                    return 2;
                }
            },
            other => targets.push(other.to_string()),
        }
    }
    if targets.is_empty() {
        let _ = writeln!(
            io.stderr,
            "usage: strata -m compileall [-q] [-f] [-l] [--invalidation-mode MODE] DIR|FILE..."
        );
        return 2;
    }
    let os = HostOs::new();
    let mut ok = true;
    for target in targets {
        if source_file::is_dir(&os, &target) {
            ok &= compile_dir(&os, &target, recurse, quiet, force, mode, io);
        } else {
            ok &= compile_file(&os, &target, mode, force, io).is_ok();
        }
    }
    i32::from(!ok)
}

fn compile_dir(
    os: &dyn OsBackend,
    dir: &str,
    recurse: bool,
    quiet: bool,
    force: bool,
    mode: Mode,
    io: &mut Stdio<'_>,
) -> bool {
    if !quiet {
        let _ = writeln!(io.stdout, "Listing {}...", str_repr(dir));
    }
    let Ok(entries) = source_file::list_dir(os, dir) else {
        let _ = writeln!(io.stderr, "Can't list {}", str_repr(dir));
        return false;
    };
    let mut ok = true;
    for path in entries {
        let name = path.rsplit('/').next().unwrap_or(&path);
        if source_file::is_dir(os, &path) {
            if recurse && name != "__pycache__" {
                ok &= compile_dir(os, &path, recurse, quiet, force, mode, io);
            }
        } else if name.ends_with(".py") {
            match compile_file(os, &path, mode, force, io) {
                Ok(true) if !quiet => {
                    let _ = writeln!(io.stdout, "Compiling {}...", str_repr(&path));
                }
                Ok(_) => {}
                Err(()) => ok = false,
            }
        }
    }
    ok
}
