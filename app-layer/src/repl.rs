//! The interactive session: `strata` alone on a terminal, as `python3`.
//!
//! One input is one statement (a compound statement with its blocks, or a
//! line of simple statements). Lines are read with `rustyline` (editing, and
//! history kept in `~/.strata_history`) under the prompts `>>> ` and `... `
//! (`sys.ps1`/`sys.ps2` when the program sets them); after each line,
//! [`needs_more_input`] says whether the text so far is complete — CPython's
//! interactive rules, written in the front end. A complete input is compiled
//! in `Mode::Single` as `<stdin>` and run by [`Pvm::run_interactive`] in the
//! same `__main__`, which echoes expression values and prints tracebacks.
//!
//! Ctrl-C drops the input being typed, or interrupts the code running
//! (`KeyboardInterrupt` either way); Ctrl-D ends the input being typed, or
//! the session (exit status 0) at an empty `>>> `; `SystemExit` (`exit(3)`)
//! ends it with its status.
//!
//! **Invariant:** nothing typed ends the session but Ctrl-D and `SystemExit`:
//! syntax errors, exceptions and a missing or unwritable history file are
//! reported (or ignored) and the next prompt follows.

use crate::report::{render_syntax_error, Columns};
use crate::syntax::parser::needs_more_input;
use crate::syntax::Mode;

use std::path::{Path, PathBuf};

use compiler_layer::{BytecodeCompiler, Compiler};
use os_layer::{OsBackend, OutStream};
use pvm_layer::Pvm;
use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

/// The name CPython gives interactive input in tracebacks and syntax errors.
const FILENAME: &str = "<stdin>";

/// The prompts, unless the program sets `sys.ps1` and `sys.ps2`.
const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// Runs the session on `pvm` until Ctrl-D or `SystemExit`; the exit status.
/// `os` is the backend `pvm` runs on: the session's own messages go through
/// it too, so that they stay in order with the program's output.
pub fn run(pvm: &mut dyn Pvm, os: &dyn OsBackend, quiet: bool) -> i32 {
    if !quiet {
        let banner = format!("{} on {}\n", crate::VERSION, std::env::consts::OS);
        write(os, OutStream::Stderr, &banner);
    }
    let mut editor = match DefaultEditor::new() {
        Ok(editor) => editor,
        Err(e) => {
            write(os, OutStream::Stderr, &format!("strata: can't start line editing: {e}\n"));
            return 1;
        }
    };
    catch_interrupts();
    let history = history_file();
    if let Some(path) = &history {
        // A first session has no file yet.
        let _ = editor.load_history(path);
    }
    session(pvm, os, &mut editor, history.as_deref())
}

/// Reads and runs inputs until the session ends; the exit status.
fn session(pvm: &mut dyn Pvm, os: &dyn OsBackend, editor: &mut DefaultEditor, history: Option<&Path>) -> i32 {
    // CPython sets both prompts as the session starts, for programs to read.
    pvm.prompt(false, PS1);
    pvm.prompt(true, PS2);
    let mut input = String::new();
    loop {
        let continuation = !input.is_empty();
        let prompt = pvm.prompt(continuation, if continuation { PS2 } else { PS1 });
        let typed = match editor.readline(&prompt) {
            Ok(typed) => typed,
            // Ctrl-D ends the input being typed as it stands, as CPython does.
            Err(ReadlineError::Eof) if continuation => match finish(pvm, os, editor, history, &mut input) {
                Some(status) => return status,
                None => continue,
            },
            Err(ReadlineError::Eof) => return 0,
            Err(ReadlineError::Interrupted) => {
                input.clear();
                write(os, OutStream::Stderr, "KeyboardInterrupt\n");
                continue;
            }
            Err(e) => {
                write(os, OutStream::Stderr, &format!("strata: can't read the terminal: {e}\n"));
                return 1;
            }
        };
        // A paste may hold several lines: each counts as typed at its own
        // prompt (CPython 3.11 takes them as one input and fails with
        // "multiple statements found"; its 3.13 REPL does this).
        for line in typed.split('\n') {
            if !line.trim().is_empty() {
                let _ = editor.add_history_entry(line);
            }
            input.push_str(line);
            input.push('\n');
            if !needs_more_input(&input) {
                if let Some(status) = finish(pvm, os, editor, history, &mut input) {
                    return status;
                }
            }
        }
    }
}

/// Runs the input typed so far and empties it; `Some` exit status when it ends the session.
fn finish(
    pvm: &mut dyn Pvm,
    os: &dyn OsBackend,
    editor: &mut DefaultEditor,
    history: Option<&Path>,
    input: &mut String,
) -> Option<i32> {
    if let Some(path) = history {
        // Saved before running: an input that never returns (the process
        // killed) is kept too. History is a convenience: an unwritable home
        // keeps none.
        let _ = editor.append_history(path);
    }
    run_input(pvm, os, &std::mem::take(input))
}

/// Compiles and runs one complete input; `Some` exit status when it ends the session.
fn run_input(pvm: &mut dyn Pvm, os: &dyn OsBackend, input: &str) -> Option<i32> {
    match BytecodeCompiler.compile(input, FILENAME, Mode::Single) {
        Ok(code) => pvm.run_interactive(code),
        Err(error) => {
            // Terminal input is text: columns count characters.
            let report = render_syntax_error(&error, FILENAME, input, Columns::Characters);
            write(os, OutStream::Stderr, &report);
            None
        }
    }
}

/// Ctrl-C while code runs: the terminal, out of raw mode then, sends
/// `SIGINT`, and the PVM raises `KeyboardInterrupt` at its next instruction.
/// (At the prompt the line editor reads Ctrl-C as a key instead.)
#[cfg(unix)]
fn catch_interrupts() {
    use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet, Signal};
    extern "C" fn on_sigint(_: nix::libc::c_int) {
        pvm_layer::interrupt::request();
    }
    let action = SigAction::new(SigHandler::Handler(on_sigint), SaFlags::SA_RESTART, SigSet::empty());
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    let _ = unsafe { sigaction(Signal::SIGINT, &action) };
}

#[cfg(not(unix))]
fn catch_interrupts() {}

/// `~/.strata_history`, if there is a home to keep it in.
fn history_file() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".strata_history"))
}

/// Writes the session's own messages; a closed stream is no reason to stop.
fn write(os: &dyn OsBackend, stream: OutStream, text: &str) {
    let _ = os.write_stream(stream, text.as_bytes());
    let _ = os.flush_stream(stream);
}
