//! Running a program: `strata FILE`, `-c CODE`, `-m MODULE`, `-` / stdin,
//! or the interactive session (`repl`) when stdin is a terminal.
//!
//! Running means: read and decode the source, compile it (printing a
//! `SyntaxError` exactly as CPython would, exit status 1), then hand the code
//! object to the PVM with the host OS backend. The PVM runs on a thread of
//! its own with a large stack: Python calls never recurse on the Rust stack,
//! but native code calling back into Python (bounded nesting) does.

use crate::cli::{Flags, Program};
use crate::report::{render_syntax_error, Columns};
use crate::syntax::source::{self, DecodeError};
use crate::syntax::Mode;
use crate::tools::ast::lossy_text;
use crate::{module_finder, pycache, repl, source_file, tools, Stdio};

use std::sync::Arc;

use compiler_layer::{BytecodeCompiler, CodeObject, Compiler};
use os_layer::{HostOs, OsBackend, OutStream};
use pvm_layer::{Interpreter, Pvm};

/// The stack of the thread the PVM runs on.
const PVM_STACK_BYTES: usize = 256 << 20;

/// Runs `program` with `argv` as its `sys.argv`; the exit status.
pub fn run(flags: &Flags, program: &Program, argv: &[String], io: &mut Stdio<'_>) -> i32 {
    match program {
        Program::Code(code) => {
            // `-c` source is already text: no PEP 263 step, but CPython
            // still translates newlines when it compiles a string.
            let text = code.replace("\r\n", "\n").replace('\r', "\n");
            check_and_run(&text, "<string>", Columns::Characters, host(argv), io)
        }
        Program::File(path) => run_file(path, argv, io),
        Program::Module(name) => {
            let args = argv.get(1..).unwrap_or_default();
            if let Some(status) = tools::run(name, args, io) {
                return status;
            }
            match module_finder::find(name, flags) {
                Some(path) => run_file(&path, argv, io),
                None => {
                    let _ = writeln!(io.stderr, "strata: No module named {name}");
                    1
                }
            }
        }
        Program::Interactive if io.stdin_is_tty => {
            let (os, quiet) = (host(argv), flags.quiet);
            on_pvm_thread(io, move || repl::run(&mut interpreter(os.clone()), os.as_ref(), quiet))
        }
        Program::Stdin | Program::Interactive => {
            let mut bytes = Vec::new();
            if let Err(e) = io.stdin.read_to_end(&mut bytes) {
                let _ = writeln!(io.stderr, "strata: can't read stdin: {e}");
                return 1;
            }
            run_bytes(&bytes, "<stdin>", host(argv), io)
        }
    }
}

/// **Embedding entry point:** runs the program `bytes` (a file's contents,
/// decoded as PEP 263 says) as `__main__` on the OS backend `os`, exactly as
/// `strata FILE` runs a file on the host. `filename` is the name tracebacks
/// show; `sys.argv` is whatever `os` reports. Everything the program does —
/// and a `SyntaxError` report — goes through `os`. Returns the exit status.
///
/// This is how the conformance suites run one program on every registered
/// OS backend (`HostOs`, `SandboxOs`, or a student's).
pub fn run_on(os: Arc<dyn OsBackend>, bytes: &[u8], filename: &str) -> i32 {
    let mut stdin: &[u8] = b"";
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let mut io = Stdio { stdin: &mut stdin, stdin_is_tty: false, stdout: &mut stdout, stderr: &mut stderr };
    let status = run_bytes(bytes, filename, os.clone(), &mut io);
    // Only the app layer's own reports (syntax and decoding errors) land here.
    for (stream, text) in [(OutStream::Stdout, &stdout), (OutStream::Stderr, &stderr)] {
        if !text.is_empty() {
            let _ = os.write_stream(stream, text);
            let _ = os.flush_stream(stream);
        }
    }
    status
}

/// The host backend with `argv` as `sys.argv`.
fn host(argv: &[String]) -> Arc<dyn OsBackend> {
    Arc::new(HostOs::new().with_argv(argv.to_vec()))
}

/// `strata FILE`: CPython names the file by its absolute path in errors.
fn run_file(path: &str, argv: &[String], io: &mut Stdio<'_>) -> i32 {
    let shown = source_file::absolute(path);
    if source_file::is_dir(path) {
        // A directory runs its __main__.py in CPython; we have no zipimport or
        // directory runner yet, but the common error case reads the same.
        let main = format!("{}/__main__.py", path.trim_end_matches('/'));
        if source_file::is_file(&main) {
            return run_file(&main, argv, io);
        }
        let _ = writeln!(io.stderr, "strata: can't find '__main__' module in '{path}'");
        return 1;
    }
    match source_file::read(path) {
        Ok(bytes) if pycache::is_cache_entry(&bytes) => match pycache::decode(&bytes) {
            Ok(code) => run_code(code, None, host(argv), io),
            Err(e) => {
                let _ = writeln!(io.stderr, "strata: can't run '{shown}': a damaged cache entry ({e})");
                1
            }
        },
        Ok(bytes) => run_bytes(&bytes, &shown, host(argv), io),
        Err(e) => {
            let _ = writeln!(io.stderr, "strata: can't open file '{shown}': {e}");
            2
        }
    }
}

/// Decodes a program read as bytes (a file or stdin), then parses it.
fn run_bytes(bytes: &[u8], filename: &str, os: Arc<dyn OsBackend>, io: &mut Stdio<'_>) -> i32 {
    match source::decode_source(bytes) {
        Ok(text) => {
            let columns = if source::declares_encoding(bytes) { Columns::Characters } else { Columns::Bytes };
            check_and_run(&text, filename, columns, os, io)
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

fn check_and_run(
    text: &str,
    filename: &str,
    columns: Columns,
    os: Arc<dyn OsBackend>,
    io: &mut Stdio<'_>,
) -> i32 {
    match BytecodeCompiler.compile(text, filename, Mode::Exec) {
        Err(error) => {
            let _ = write!(io.stderr, "{}", render_syntax_error(&error, filename, text, columns));
            1
        }
        Ok(code) => {
            let source = if filename.starts_with('<') { None } else { Some(text.to_string()) };
            run_code(code, source, os, io)
        }
    }
}

/// Runs a module's code object as `__main__` on the PVM's thread.
fn run_code(
    code: Arc<CodeObject>,
    source: Option<String>,
    os: Arc<dyn OsBackend>,
    io: &mut Stdio<'_>,
) -> i32 {
    on_pvm_thread(io, move || interpreter(os).run_main(code, source.as_deref()))
}

/// The PVM every program and session runs on.
fn interpreter(os: Arc<dyn OsBackend>) -> Interpreter {
    Interpreter::new(os, Arc::new(BytecodeCompiler))
}

/// Runs `work` on the PVM's thread, with its large stack; `work`'s exit status.
fn on_pvm_thread(io: &mut Stdio<'_>, work: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    // Whatever the app layer wrote so far must come before the program's output.
    let _ = io.stdout.flush();
    let _ = io.stderr.flush();
    match std::thread::Builder::new().name("pvm".into()).stack_size(PVM_STACK_BYTES).spawn(work) {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(e) => {
            let _ = writeln!(io.stderr, "strata: can't start the PVM thread: {e}");
            1
        }
    }
}
