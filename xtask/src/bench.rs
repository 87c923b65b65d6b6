//! `bench-parse`: lex+parse throughput of strata against python3 on the
//! stdlib, measured in one run (never as a timed test).
//!
//! python3 is timed inside one process with `time.perf_counter` around
//! `ast.parse` of each file's source, already read into memory; strata is
//! timed in-process around decode+parse of the same bytes. Only files that
//! python3 accepts are measured. Run it in release mode (the xtask alias does).

use crate::{corpus, python, Options};
use std::path::PathBuf;
use std::time::Instant;

const SCRIPT: &str = r#"
import ast, os, sys, time
root = sys.argv[1]
sources = []
for rel in sys.stdin.read().splitlines():
    with open(os.path.join(root, rel), "rb") as f:
        sources.append((rel, f.read()))
total = 0.0
for rel, src in sources:
    t0 = time.perf_counter()
    try:
        ast.parse(src)
        ok = True
    except Exception:
        ok = False
    t1 = time.perf_counter()
    if ok:
        total += t1 - t0
        print(rel)
print("TIME %.9f" % total)
"#;

pub fn run(options: &Options) -> Result<bool, String> {
    let py = python::executable()?;
    let root = PathBuf::from(match &options.dir {
        Some(dir) => dir.clone(),
        None => corpus::stdlib_dir(&py)?,
    });
    let files = corpus::python_files(&root, options.limit);
    let root_text = root.to_string_lossy().into_owned();
    let out = python::run_in(None, &["-S", "-c", SCRIPT, &root_text], files.join("\n").as_bytes(), &py)?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut accepted = Vec::new();
    let mut python_secs = 0.0;
    for line in stdout.lines() {
        match line.strip_prefix("TIME ") {
            Some(t) => python_secs = t.parse().unwrap_or(0.0),
            None => accepted.push(line.to_string()),
        }
    }
    let sources: Vec<Vec<u8>> =
        accepted.iter().filter_map(|rel| std::fs::read(root.join(rel)).ok()).collect();
    let bytes: usize = sources.iter().map(Vec::len).sum();
    let lines: usize = sources.iter().map(|s| s.iter().filter(|&&b| b == b'\n').count()).sum();

    let mut strata_secs = 0.0;
    let mut rejected = 0;
    for source in &sources {
        let start = Instant::now();
        let ok = app_layer::syntax::source::decode(source)
            .ok()
            .and_then(|text| app_layer::frontend::parse(&text, app_layer::syntax::Mode::Exec, false).ok())
            .is_some();
        strata_secs += start.elapsed().as_secs_f64();
        if !ok {
            rejected += 1;
        }
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{} files python3 accepts ({lines} lines, {mb:.1} MB); strata rejected {rejected} of them",
        sources.len()
    );
    for (who, secs) in [("python3", python_secs), ("strata", strata_secs)] {
        let secs = secs.max(1e-9);
        println!("{who:8} {secs:8.3} s  {:12.0} lines/s  {:8.2} MB/s", lines as f64 / secs, mb / secs);
    }
    println!("strata/python3 throughput ratio: {:.2}", python_secs.max(1e-9) / strata_secs.max(1e-9));
    Ok(true)
}
