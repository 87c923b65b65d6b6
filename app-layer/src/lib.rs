//! The app layer: the `strata` command line, as a library.
//!
//! `main.rs` is glue; everything a user can do from the command line is
//! [`run`], which takes the arguments and the three standard streams. The
//! golden tests call it in-process with captured streams, and the xtask
//! checks call the same functions the tool modules use.
//!
//! Code map:
//! - `cli` — the command line, parsed as CPython's.
//! - `program` — running FILE / `-c` / `-m` / stdin on the PVM.
//! - `module_loader` — the PVM's `ModuleLoader`: modules found on `sys.path`
//!   through the OS backend, compiled with `pycache`.
//! - `tools` — native tool modules: `-m ast`, `-m tokenize`.
//! - `repl` — the interactive session (`strata` alone on a terminal).
//! - `report` — printing a `SyntaxError` as CPython does.
//! - `frontend` — the one place the parser is chosen.
//! - `source_file` — file access, through the `OsBackend` a run is given.
//!
//! **Invariant:** nothing here panics on any input; every outcome is an exit status.

pub mod cli;
pub mod frontend;
pub mod module_loader;
pub mod program;
pub mod pycache;
pub mod repl;
pub mod report;
pub mod source_file;
pub mod tools;

/// The front end, through the compiler layer (the app layer's only way in).
pub use compiler_layer::syntax;

use std::io::{Read, Write};

/// The version line `strata -V` prints.
pub const VERSION: &str = concat!("Strata ", env!("CARGO_PKG_VERSION"), " (Python 3.11)");

/// The standard streams of one run.
pub struct Stdio<'a> {
    pub stdin: &'a mut dyn Read,
    /// Whether stdin is a terminal: with no program, a terminal gets the
    /// REPL and anything else is read as the program, as `python3` does.
    pub stdin_is_tty: bool,
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    /// The process exits right after this run (the `strata` binary): the
    /// interpreter's heap is left to the OS rather than freed object by
    /// object, which would only delay the exit.
    pub ends_process: bool,
}

/// Runs the `strata` command line `args` (without the program name); the exit status.
pub fn run(args: &[String], io: &mut Stdio<'_>) -> i32 {
    let status = match cli::parse(args) {
        Ok(cli::Command::Help) => {
            let _ = write!(io.stdout, "{}", cli::HELP);
            0
        }
        Ok(cli::Command::Version) => {
            let _ = writeln!(io.stdout, "{VERSION}");
            0
        }
        Ok(cli::Command::Run { flags, program, argv }) => program::run(&flags, &program, &argv, io),
        Err(cli::UsageError(message)) => {
            let _ = write!(io.stderr, "{message}\n{}Try `strata -h' for more information.\n", cli::USAGE);
            2
        }
    };
    let _ = io.stdout.flush();
    let _ = io.stderr.flush();
    status
}
