//! The REPL, used as a person uses it: `strata` on a pseudo-terminal, lines
//! typed one at a time, the screen compared with what `python3` showed.
//!
//! `tests/golden/repl/NAME.keys` is what is typed: one line per Enter, and
//! `<ctrl-c>` / `<ctrl-d>` on a line of their own for those keys; inside a
//! line, the editing keys of [`EDITING_KEYS`] (`<up>`, `<left>`, `<ctrl-a>` …).
//! A line ending in `<&>` starts code that keeps running: the next key comes
//! once the code runs, not after a prompt (Ctrl-C then interrupts it).
//!
//! Beside it, `NAME.transcript` and `NAME.exit` are what `python3 -q -E -s`
//! showed and returned for the same keys on the same pty — written only by
//!
//! ```text
//! cargo test -p app-layer --test repl -- --ignored regenerate_from_python3
//! ```
//!
//! so the tests themselves need no python3. Both run with `-q` (no banner)
//! and an empty home (no history, and none written to the real one).

mod pty;

use pty::{Session, Transcript};
use std::path::{Path, PathBuf};

const STRATA: &str = env!("CARGO_BIN_EXE_strata");

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden/repl")
}

/// The `.keys` files, sorted.
fn cases() -> Vec<PathBuf> {
    let mut keys: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("tests/golden/repl")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "keys"))
        .collect();
    keys.sort();
    keys
}

/// A scratch directory for one run, as the home directory.
fn scratch_home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strata-repl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch home");
    dir
}

/// The editing keys a line may hold, and what a terminal sends for them.
const EDITING_KEYS: [(&str, &str); 6] = [
    ("<up>", "\x1b[A"),
    ("<down>", "\x1b[B"),
    ("<left>", "\x1b[D"),
    ("<backspace>", "\x7f"),
    ("<ctrl-a>", "\x01"),
    ("<ctrl-e>", "\x05"),
];

/// What typing `keys` at `program ARGS` shows, with `home` as its home.
fn type_at(program: &str, args: &[&str], home: &Path, keys: &str) -> Transcript {
    let home = home.to_string_lossy();
    let env = [("HOME", home.as_ref()), ("TERM", "xterm"), ("LC_ALL", "C.UTF-8")];
    let mut session = Session::start(program, args, &env);
    for line in keys.lines() {
        let (line, go_on) = match line.strip_suffix("<&>") {
            Some(line) => (line, true),
            None => (line, false),
        };
        let typed = match line {
            "<ctrl-c>" => "\x03".to_string(),
            "<ctrl-d>" => "\x04".to_string(),
            _ => format!(
                "{}\r",
                EDITING_KEYS.iter().fold(line.to_string(), |l, (name, key)| l.replace(name, key))
            ),
        };
        if go_on {
            session.type_and_go_on(&typed);
        } else {
            session.type_keys(&typed);
        }
    }
    session.finish()
}

fn strata_session(name: &str, keys: &str) -> Transcript {
    let home = scratch_home(name);
    let transcript = type_at(STRATA, &["-q"], &home, keys);
    let _ = std::fs::remove_dir_all(&home);
    transcript
}

#[test]
fn transcripts_match_python3() {
    let mut failures = Vec::new();
    for keys_file in cases() {
        let name = keys_file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let keys = std::fs::read_to_string(&keys_file).expect("keys");
        let expected = std::fs::read_to_string(keys_file.with_extension("transcript")).expect("transcript");
        let status: i32 = std::fs::read_to_string(keys_file.with_extension("exit"))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .expect("exit status");
        let got = strata_session(&name, &keys);
        if got.text != expected || got.status != status {
            failures.push(format!(
                "{name}: exit {} (python3 {status})\n--- python3\n{expected}\n--- strata\n{}\n",
                got.status, got.text
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn banner_names_strata() {
    let home = scratch_home("banner");
    let got = type_at(STRATA, &[], &home, "<ctrl-d>");
    let _ = std::fs::remove_dir_all(&home);
    assert_eq!(got.status, 0);
    assert!(got.text.starts_with("Strata 0.1.0 (Python 3.11) on "), "{}", got.text);
    assert!(got.text.ends_with("\n>>> \n"), "{}", got.text);
}

#[test]
fn history_is_kept_between_sessions() {
    let home = scratch_home("history");
    let first = type_at(STRATA, &["-q"], &home, "6 * 7\n<ctrl-d>");
    assert_eq!(first.text, ">>> 6 * 7\n42\n>>> \n");
    // The up arrow brings back the last session's line.
    let second = type_at(STRATA, &["-q"], &home, "<up>\n<ctrl-d>");
    let _ = std::fs::remove_dir_all(&home);
    assert_eq!(second.text, ">>> 6 * 7\n42\n>>> \n");
}

#[test]
fn no_home_means_no_history_and_no_failure() {
    // Not a directory: the history file can be neither read nor written.
    let home = Path::new("/dev/null/nowhere");
    let got = type_at(STRATA, &["-q"], home, "'fine'\n<ctrl-d>");
    assert_eq!((got.status, got.text.as_str()), (0, ">>> 'fine'\n'fine'\n>>> \n"));
}

#[test]
fn a_paste_runs_line_by_line() {
    // A terminal sends a paste between these marks, its lines ended by CR;
    // the line editor returns it as one text with newlines. python3.11 would fail with "multiple
    // statements found", so there is no transcript of it to compare with.
    let paste = "\x1b[200~def f():\r    return 40\r\rf() + 2\x1b[201~";
    let got = strata_session("paste", &format!("{paste}\n<ctrl-d>"));
    assert_eq!(got.status, 0);
    assert!(got.text.ends_with("f() + 2\n42\n>>> \n"), "{}", got.text);
}

#[test]
fn stdin_not_a_terminal_is_read_as_the_program() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(STRATA)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("strata");
    // As python3: no banner, no prompts, no echo of expression values.
    let _ = child.stdin.take().expect("stdin").write_all(b"1 + 1\nprint('ran')\n");
    let out = child.wait_with_output().expect("strata");
    assert_eq!(
        (out.status.code(), out.stdout.as_slice(), out.stderr.as_slice()),
        (Some(0), &b"ran\n"[..], &b""[..])
    );
}

/// Rewrites every `.transcript` and `.exit` from what `python3` shows.
#[test]
#[ignore = "needs python3; rewrites tests/golden/repl"]
fn regenerate_from_python3() {
    for keys_file in cases() {
        let keys = std::fs::read_to_string(&keys_file).expect("keys");
        let home = scratch_home("python3");
        // No PYTHON* variables (-E) or user site (-s); site itself stays, for
        // exit() and for GNU readline (which -I would leave out).
        let got = type_at("python3", &["-q", "-E", "-s"], &home, &keys);
        let _ = std::fs::remove_dir_all(&home);
        // GNU readline leaves Ctrl-C to the terminal, which echoes `^C`;
        // rustyline reads the key itself, as CPython 3.13's own REPL does.
        let text = got.text.replace("^C\n", "\n");
        std::fs::write(keys_file.with_extension("transcript"), text).expect("write transcript");
        std::fs::write(keys_file.with_extension("exit"), format!("{}\n", got.status)).expect("write exit");
    }
}
