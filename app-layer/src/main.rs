//! The `strata` binary: glue over [`app_layer::run`].

use std::io::IsTerminal;

fn main() {
    // Arguments that are not valid Unicode are passed on lossily; Python
    // would use surrogate escapes, which we do not model yet.
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let mut stdin = std::io::stdin();
    let stdin_is_tty = stdin.is_terminal();
    // None locked for the whole run: the PVM writes through the OS backend,
    // and the REPL reads there, taking the same locks.
    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    let status = app_layer::run(
        &args,
        &mut app_layer::Stdio {
            stdin: &mut stdin,
            stdin_is_tty,
            stdout: &mut stdout,
            stderr: &mut stderr,
            ends_process: true,
        },
    );
    std::process::exit(status);
}
