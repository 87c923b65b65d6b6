//! Talking to the oracle: the real `python3` binary.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// What one `python3` run printed.
pub struct Output {
    pub status: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// The real interpreter behind `python3` (pyenv and friends put shims in
/// front of it, which cost startup time and can pick another version).
pub fn executable() -> Result<String, String> {
    let out = run_in(None, &["-S", "-c", "import sys; print(sys.executable)"], b"", "python3")?;
    if out.status != 0 {
        return Err("python3 -c 'import sys; print(sys.executable)' failed".into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// `python3 --version` as `3.11.7`.
pub fn version(python: &str) -> Result<String, String> {
    let out = run_in(None, &["-S", "-c", "import sys; print(sys.version.split()[0])"], b"", python)?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Runs `python ARGS` in `dir`, feeding `stdin`.
pub fn run_in(dir: Option<&Path>, args: &[&str], stdin: &[u8], python: &str) -> Result<Output, String> {
    let mut command = Command::new(python);
    command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("PYTHONSTARTUP");
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let mut child =
        command.spawn().map_err(|e| format!("cannot run {python}: {e} (is python3 installed?)"))?;
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin);
    }
    let out = child.wait_with_output().map_err(|e| format!("{python} failed: {e}"))?;
    Ok(Output { status: shell_status(out.status), stdout: out.stdout, stderr: out.stderr })
}

/// The status as a shell shows it: a death by signal N is 128 + N (python3
/// ends by `SIGINT` after an uncaught `KeyboardInterrupt`).
fn shell_status(status: std::process::ExitStatus) -> i32 {
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(&status) {
        return 128 + signal;
    }
    status.code().unwrap_or(-1)
}
