//! Running a program: `strata FILE`, `-c CODE`, `-m MODULE`, `-` / stdin.
//!
//! Running means: read and decode the source, compile it (printing a
//! `SyntaxError` exactly as CPython would, exit status 1), then hand the code
//! object to the PVM with the host OS backend. The PVM runs on a stack
//! segment of its own, a large one: Python calls never recurse on the Rust stack,
//! but native code calling back into Python (bounded nesting) does.

use crate::cli::{Flags, Program};
use crate::module_loader::FileLoader;
use crate::report::{render_syntax_error, render_warning, Columns};
use crate::syntax::source::{self, DecodeError};
use crate::syntax::Mode;
use crate::tools::ast::lossy_text;
use crate::{pycache, repl, source_file, tools, Stdio};

use std::sync::Arc;

use compiler_layer::{BytecodeCompiler, CodeObject, Compiler};
use os_layer::{HostOs, OsBackend, OutStream};
use pvm_layer::{Interpreter, ModuleLoader, Pvm, SysFlags};

/// The stack the PVM runs on.
const PVM_STACK_BYTES: usize = 256 << 20;

/// What a program runs with: its OS backend, the importer's loader and
/// the options `sys.flags` shows.
struct World {
    os: Arc<dyn OsBackend>,
    loader: Arc<FileLoader>,
    flags: SysFlags,
}

impl World {
    /// `os` with a loader whose `sys.path` starts with `first` (dropped by `-I`).
    fn new(os: Arc<dyn OsBackend>, flags: &Flags, first: String) -> World {
        let first = (!flags.isolated).then_some(first);
        let loader = Arc::new(FileLoader::new(os.clone(), Arc::new(BytecodeCompiler), flags, first));
        let flags = SysFlags {
            dont_write_bytecode: loader.dont_write_bytecode(),
            ignore_environment: flags.ignore_environment,
            isolated: flags.isolated,
            no_site: flags.no_site,
            quiet: flags.quiet,
            verbose: flags.verbose,
        };
        World { os, loader, flags }
    }

    /// The world of script `path` (absolute): its folder comes first on `sys.path`.
    fn for_script(os: Arc<dyn OsBackend>, flags: &Flags, path: &str) -> World {
        let dir = source_file::parent(path).to_string();
        World::new(os, flags, dir)
    }
}

/// Runs `program` with `argv` as its `sys.argv`; the exit status.
pub fn run(flags: &Flags, program: &Program, argv: &[String], io: &mut Stdio<'_>) -> i32 {
    on_large_stack(|| run_here(flags, program, argv, io))
}

/// Runs `f` on a stack segment of its own, [`PVM_STACK_BYTES`] large: native
/// code calling back into Python nests, and the compiler recurses. The
/// `stacker` crate switches stacks in place, which costs much less than
/// starting a thread; the compiler, finding room enough, stays on it.
fn on_large_stack(f: impl FnOnce() -> i32) -> i32 {
    // A panic is a PVM bug: its message is printed, and the run fails.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stacker::grow(PVM_STACK_BYTES, f))).unwrap_or(1)
}

fn run_here(flags: &Flags, program: &Program, argv: &[String], io: &mut Stdio<'_>) -> i32 {
    let os: Arc<dyn OsBackend> = Arc::new(HostOs::new().with_argv(argv.to_vec()));
    match program {
        Program::Code(code) => {
            // `-c` source is already text: no PEP 263 step, but CPython
            // still translates newlines when it compiles a string.
            let text = code.replace("\r\n", "\n").replace('\r', "\n");
            check_and_run(&text, "<string>", Columns::Characters, World::new(os, flags, String::new()), io)
        }
        Program::File(path) => run_file(path, flags, os, io),
        Program::Module(name) => {
            let args = argv.get(1..).unwrap_or_default();
            if let Some(status) = tools::run(name, args, io) {
                return status;
            }
            // `-m` puts the working directory itself first on sys.path.
            let cwd = source_file::absolute(&*os, "");
            let world = World::new(os, flags, cwd);
            let name = name.clone();
            let outcome = with_interpreter(world, io, move |pvm| pvm.run_module(&name));
            outcome.unwrap_or_else(|message| {
                let _ = writeln!(io.stderr, "strata: {message}");
                1
            })
        }
        Program::Interactive if io.stdin_is_tty => {
            let quiet = flags.quiet;
            let world = World::new(os.clone(), flags, String::new());
            let session =
                with_interpreter(world, io, move |pvm| Ok::<_, ()>(repl::run(pvm, os.as_ref(), quiet)));
            session.unwrap_or(1)
        }
        Program::Stdin | Program::Interactive => {
            let mut bytes = Vec::new();
            if let Err(e) = io.stdin.read_to_end(&mut bytes) {
                let _ = writeln!(io.stderr, "strata: can't read stdin: {e}");
                return 1;
            }
            run_bytes(&bytes, "<stdin>", World::new(os, flags, String::new()), io)
        }
    }
}

/// **Embedding entry point:** runs the program `bytes` (a file's contents,
/// decoded as PEP 263 says) as `__main__` on the OS backend `os`, exactly as
/// `strata FILE` runs a file on the host: `sys.path` starts with the
/// folder of `filename`, and imports read that backend's files. `filename`
/// is the name tracebacks show; `sys.argv` is whatever `os` reports.
/// Everything the program does — and a `SyntaxError` report — goes through
/// `os`. Returns the exit status.
///
/// This is how the conformance suites run one program on every registered
/// OS backend (`HostOs`, `SandboxOs`, or a student's).
pub fn run_on(os: Arc<dyn OsBackend>, bytes: &[u8], filename: &str) -> i32 {
    let mut stdin: &[u8] = b"";
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let mut io = Stdio {
        stdin: &mut stdin,
        stdin_is_tty: false,
        stdout: &mut stdout,
        stderr: &mut stderr,
        ends_process: false,
    };
    let path = source_file::absolute(&*os, filename);
    let world = World::for_script(os.clone(), &Flags::default(), &path);
    let status = on_large_stack(|| run_bytes(bytes, filename, world, &mut io));
    // Only the app layer's own reports (syntax and decoding errors) land here.
    for (stream, text) in [(OutStream::Stdout, &stdout), (OutStream::Stderr, &stderr)] {
        if !text.is_empty() {
            let _ = os.write_stream(stream, text);
            let _ = os.flush_stream(stream);
        }
    }
    status
}

/// `strata FILE`: CPython names the file by its absolute path in errors.
fn run_file(path: &str, flags: &Flags, os: Arc<dyn OsBackend>, io: &mut Stdio<'_>) -> i32 {
    let shown = source_file::absolute(&*os, path);
    if source_file::is_dir(&*os, path) {
        // A directory runs its __main__.py in CPython; we have no zipimport or
        // directory runner yet, but the common error case reads the same.
        let main = source_file::join(path.trim_end_matches('/'), "__main__.py");
        if source_file::is_file(&*os, &main) {
            return run_file(&main, flags, os, io);
        }
        let _ = writeln!(io.stderr, "strata: can't find '__main__' module in '{path}'");
        return 1;
    }
    let world = World::for_script(os.clone(), flags, &shown);
    match source_file::read(&*os, path) {
        Ok(bytes) if pycache::is_cache_entry(&bytes) => match pycache::decode(&bytes) {
            Ok(code) => run_code(code, None, world, io),
            Err(e) => {
                let _ = writeln!(io.stderr, "strata: can't run '{shown}': a damaged cache entry ({e})");
                1
            }
        },
        Ok(bytes) => run_bytes(&bytes, &shown, world, io),
        Err(e) => {
            let _ = writeln!(io.stderr, "strata: can't open file '{shown}': {e}");
            2
        }
    }
}

/// Decodes a program read as bytes (a file or stdin), then parses it.
fn run_bytes(bytes: &[u8], filename: &str, world: World, io: &mut Stdio<'_>) -> i32 {
    match source::decode_source(bytes) {
        Ok(text) => {
            let columns = if source::declares_encoding(bytes) { Columns::Characters } else { Columns::Bytes };
            check_and_run(&text, filename, columns, world, io)
        }
        Err(error) => {
            report_decode_error(&error, bytes, filename, io);
            1
        }
    }
}

/// Running a file words decoding errors without a location, unlike `compile()`.
fn report_decode_error(error: &DecodeError, bytes: &[u8], filename: &str, io: &mut Stdio<'_>) {
    let text = match error.file_message(filename) {
        Some(message) => format!("SyntaxError: {message}\n"),
        None => {
            render_syntax_error(&error.to_syntax_error(), filename, &lossy_text(bytes), Columns::Characters)
        }
    };
    let _ = write!(io.stderr, "{text}");
}

/// Compiles the main program (never cached, as CPython) and runs it.
fn check_and_run(text: &str, filename: &str, columns: Columns, world: World, io: &mut Stdio<'_>) -> i32 {
    match BytecodeCompiler.compile_with_warnings(text, filename, Mode::Exec) {
        Err(error) => {
            let _ = write!(io.stderr, "{}", render_syntax_error(&error, filename, text, columns));
            1
        }
        Ok((code, warnings)) => {
            // Through the program's OS backend, as the PVM writes its stderr.
            for warning in &warnings {
                let _ = world
                    .os
                    .write_stream(OutStream::Stderr, render_warning(warning, filename, text).as_bytes());
            }
            let source = if filename.starts_with('<') { None } else { Some(text.to_string()) };
            run_code(code, source, world, io)
        }
    }
}

/// Runs a module's code object as `__main__`.
fn run_code(code: Arc<CodeObject>, source: Option<String>, world: World, io: &mut Stdio<'_>) -> i32 {
    let outcome = with_interpreter(world, io, move |pvm| Ok::<_, ()>(pvm.run_main(code, source.as_deref())));
    outcome.unwrap_or(1)
}

/// Runs `f` on a fresh interpreter.
fn with_interpreter<T>(
    world: World,
    io: &mut Stdio<'_>,
    f: impl FnOnce(&mut Interpreter) -> Result<i32, T>,
) -> Result<i32, T> {
    // Whatever the app layer wrote so far must come before the program's output.
    let _ = io.stdout.flush();
    let _ = io.stderr.flush();
    let mut pvm = Interpreter::with_loader(world.os, Arc::new(BytecodeCompiler), world.loader);
    pvm.set_flags(world.flags);
    let outcome = f(&mut pvm);
    if io.ends_process {
        // The PVM buffers no output of its own, so nothing is lost.
        std::mem::forget(pvm);
    }
    outcome
}
