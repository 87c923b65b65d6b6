//! The standard library as a test corpus: every `.py` file of CPython's
//! stdlib that `python3` compiles must compile here, pass
//! `CodeObject::validate`, the independent stack check of `verify` and a round
//! trip through the bytecode cache's codec; the
//! files `python3` rejects at compile time must be rejected here too.
//!
//! The full run is `#[ignore]`d (minutes in a debug build): run it with
//! `cargo xtask compile-stdlib` (or `cargo test -p compiler-layer --test
//! stdlib -- --ignored --nocapture`). A sample of files runs by default.
//! Without `python3` or its stdlib, the tests say so and pass.

use compiler_layer::{BytecodeCompiler, Compiler, Mode};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

fn stdlib_dir() -> Option<PathBuf> {
    let out = Command::new("python3")
        .args(["-S", "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"])
        .output()
        .ok()?;
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    dir.is_dir().then_some(dir)
}

fn python_files(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_dir() && name != "site-packages" && name != "__pycache__" {
                pending.push(path);
            } else if kind.is_file() && name.ends_with(".py") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The files `python3` refuses to compile, with the error message.
fn python_rejects(files: &[PathBuf]) -> HashMap<PathBuf, String> {
    let script = r#"
import sys
for path in sys.stdin.read().splitlines():
    try:
        with open(path, 'rb') as f:
            compile(f.read(), path, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        msg = getattr(e, 'msg', str(e))
        print(path + '\t' + type(e).__name__ + ': ' + str(msg).replace('\n', ' '))
"#;
    let mut child = match Command::new("python3")
        .args(["-S", "-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(_) => return HashMap::new(),
    };
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        let _ = stdin.write_all(list.as_bytes());
    }
    let out = child.wait_with_output().map(|o| o.stdout).unwrap_or_default();
    String::from_utf8_lossy(&out)
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(p, m)| (PathBuf::from(p), m.to_string()))
        .collect()
}

#[derive(Default)]
struct Report {
    compiled: AtomicUsize,
    rejected_too: AtomicUsize,
    failures: Mutex<Vec<String>>,
}

fn check_file(path: &Path, rejected: Option<&String>, report: &Report) {
    let Ok(bytes) = std::fs::read(path) else { return };
    let result = match strata_syntax::source::decode_source(&bytes) {
        Ok(text) => BytecodeCompiler.compile(&text, &path.to_string_lossy(), Mode::Exec),
        Err(e) => Err(e.to_syntax_error()),
    };
    let fail = |msg: String| report.failures.lock().unwrap_or_else(|e| e.into_inner()).push(msg);
    match (result, rejected) {
        (Ok(code), None) => match compiler_layer::verify::check_stack(&code) {
            Ok(()) => match cache_round_trip(&code) {
                Ok(()) => {
                    report.compiled.fetch_add(1, Ordering::Relaxed);
                }
                Err(e) => fail(format!("{}: cache round trip: {e}", path.display())),
            },
            Err(e) => fail(format!("{}: stack check: {e}", path.display())),
        },
        (Ok(_), Some(msg)) => fail(format!("{}: compiled, but python3 says {msg}", path.display())),
        (Err(_), Some(_)) => {
            report.rejected_too.fetch_add(1, Ordering::Relaxed);
        }
        (Err(e), None) => fail(format!("{}: {e}", path.display())),
    }
}

/// Every code object must come back from the bytecode cache's codec unchanged.
fn cache_round_trip(code: &compiler_layer::CodeObject) -> Result<(), String> {
    use compiler_layer::cache::{read_entry, write_entry, BincodeCodec, Invalidation};
    let bytes = write_entry(code, Invalidation::UncheckedHash { hash: 0 }, &BincodeCodec);
    let (_, decoded) = read_entry(&bytes, &BincodeCodec).map_err(|e| format!("{e:?}"))?;
    if *decoded != *code {
        return Err("decoded code object differs".into());
    }
    Ok(())
}

fn run(sample_every: usize) {
    let Some(root) = stdlib_dir() else {
        eprintln!("skipped: no python3 stdlib found");
        return;
    };
    let files: Vec<PathBuf> = python_files(&root).into_iter().step_by(sample_every).collect();
    let rejects = python_rejects(&files);
    let report = Report::default();
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..2 {
            // An 8 MB stack, as a main thread has.
            let worker = std::thread::Builder::new().stack_size(8 << 20);
            let _ = worker.spawn_scoped(scope, || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                check_file(path, rejects.get(path), &report);
            });
        }
    });
    let failures = report.failures.into_inner().unwrap_or_default();
    let compiled = report.compiled.load(Ordering::Relaxed);
    let accepted = files.len() - rejects.len();
    println!(
        "{compiled} of {accepted} files python3 compiles compiled, validated and passed the stack check; \
         {} of {} files python3 rejects rejected too",
        report.rejected_too.load(Ordering::Relaxed),
        rejects.len()
    );
    for f in &failures {
        println!("  FAIL {f}");
    }
    assert!(failures.is_empty(), "{} failures", failures.len());
}

#[test]
fn stdlib_sample_compiles() {
    run(40);
}

#[test]
#[ignore = "the whole stdlib: run with `cargo xtask compile-stdlib`"]
fn stdlib_compiles() {
    run(1);
}
