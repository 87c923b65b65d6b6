//! `ast-parity` and `tokenize-parity`: strata against python3 on a corpus.
//!
//! python3's side is computed by ONE python3 process running a small
//! embedded script, which writes one file per corpus file into a cache under
//! `target/parity/` (kept while python3's version is the same, so later runs
//! only pay for strata). strata's side runs in-process, through the same
//! functions `strata -m ast` / `-m tokenize` use, on `--jobs` threads.

use crate::{corpus, python, Options};
use similar::TextDiff;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use app_layer::syntax::tokenize;
use app_layer::tools::ast::{dump_source, AstOptions};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ast,
    Tokenize,
}

/// What python3 prints for a file it rejects, in the cache.
const REJECT: &str = "!! rejected: ";

const AST_SCRIPT: &str = r#"
import ast, sys, os
root, out, attrs = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
for rel in sys.stdin.read().splitlines():
    dest = os.path.join(out, rel.replace("/", "%") + ".txt")
    if os.path.exists(dest):
        continue
    with open(os.path.join(root, rel), "rb") as f:
        src = f.read()
    try:
        text = ast.dump(ast.parse(src, type_comments=True), indent=3, include_attributes=attrs)
    except SyntaxError as e:
        text = "!! rejected: %s: %s (line %s)" % (type(e).__name__, e.msg, e.lineno)
    except Exception as e:
        text = "!! rejected: %s: %s" % (type(e).__name__, e)
    with open(dest, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(text)
"#;

const TOKENIZE_SCRIPT: &str = r#"
import io, os, sys, tokenize
from token import tok_name
root, out = sys.argv[1], sys.argv[2]
for rel in sys.stdin.read().splitlines():
    dest = os.path.join(out, rel.replace("/", "%") + ".txt")
    if os.path.exists(dest):
        continue
    with open(os.path.join(root, rel), "rb") as f:
        src = f.read()
    try:
        lines = []
        for t in tokenize.tokenize(io.BytesIO(src).readline):
            lines.append("%-20s%-15s%-15r" % ("%d,%d-%d,%d:" % (t.start + t.end), tok_name[t.type], t.string))
        text = "\n".join(lines) + "\n"
    except Exception as e:
        text = "!! rejected: %s: %s" % (type(e).__name__, e)
    with open(dest, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(text)
"#;

/// One file's result on one side.
enum Side {
    Accepts(String),
    Rejects(String),
}

pub fn run(kind: Kind, options: &Options) -> Result<bool, String> {
    let py = python::executable()?;
    let root = match &options.dir {
        Some(dir) => dir.clone(),
        None => corpus::stdlib_dir(&py)?,
    };
    let root = PathBuf::from(root);
    let files = corpus::python_files(&root, options.limit);
    if files.is_empty() {
        return Err(format!("no .py files under {}", root.display()));
    }
    let expected = python_side(kind, options, &py, &root, &files)?;
    let got = strata_side(kind, options, &root, &files);

    let (mut same, mut differ, mut strata_rejects, mut python_rejects, mut both_reject) = (0, 0, 0, 0, 0);
    let mut diffs = Vec::new();
    let mut failures = Vec::new();
    for ((file, want), have) in files.iter().zip(&expected).zip(&got) {
        match (want, have) {
            (Side::Accepts(a), Side::Accepts(b)) if a == b => same += 1,
            (Side::Accepts(a), Side::Accepts(b)) => {
                differ += 1;
                if diffs.len() < 5 {
                    diffs.push(short_diff(file, a, b));
                }
            }
            (Side::Accepts(_), Side::Rejects(why)) => {
                strata_rejects += 1;
                failures.push(format!("{file}: strata rejects: {why}"));
            }
            (Side::Rejects(why), Side::Accepts(_)) => {
                python_rejects += 1;
                failures.push(format!("{file}: python3 rejects ({why}), strata accepts"));
            }
            (Side::Rejects(_), Side::Rejects(_)) => both_reject += 1,
        }
    }
    let total = files.len();
    let percent = 100.0 * (same + both_reject) as f64 / total as f64;
    let what = if kind == Kind::Ast { "ast.dump" } else { "tokenize" };
    println!(
        "{what} parity on {total} files under {}: {same} identical, {differ} different, {} failed \
         (strata rejects {strata_rejects}, python3 rejects {python_rejects}), {both_reject} both reject \
         — {percent:.1}% agree",
        root.display(),
        strata_rejects + python_rejects
    );
    for diff in &diffs {
        println!("\n{diff}");
    }
    for failure in failures.iter().take(10) {
        println!("{failure}");
    }
    if failures.len() > 10 {
        println!("... and {} more failures", failures.len() - 10);
    }
    Ok(options.min_percent.is_none_or(|min| percent >= min))
}

/// python3's outputs, from the cache, filling it first with one python3 run.
fn python_side(
    kind: Kind,
    options: &Options,
    py: &str,
    root: &Path,
    files: &[String],
) -> Result<Vec<Side>, String> {
    let version = python::version(py)?;
    let flavour = match (kind, options.attributes) {
        (Kind::Ast, false) => "ast",
        (Kind::Ast, true) => "ast-a",
        (Kind::Tokenize, _) => "tokenize",
    };
    // One cache per python3 version, corpus root and flavour.
    let key: String =
        root.to_string_lossy().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    let cache = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../target/parity")
        .join(format!("python-{version}"))
        .join(flavour)
        .join(key);
    std::fs::create_dir_all(&cache).map_err(|e| format!("cannot create {}: {e}", cache.display()))?;
    let list = files.join("\n");
    let root_text = root.to_string_lossy().into_owned();
    let cache_text = cache.to_string_lossy().into_owned();
    let attrs = if options.attributes { "1" } else { "0" };
    let out = match kind {
        Kind::Ast => python::run_in(
            None,
            &["-S", "-c", AST_SCRIPT, &root_text, &cache_text, attrs],
            list.as_bytes(),
            py,
        )?,
        Kind::Tokenize => python::run_in(
            None,
            &["-S", "-c", TOKENIZE_SCRIPT, &root_text, &cache_text],
            list.as_bytes(),
            py,
        )?,
    };
    if out.status != 0 {
        return Err(format!("python3 failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    files
        .iter()
        .map(|rel| {
            let path = cache.join(format!("{}.txt", rel.replace('/', "%")));
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Ok(match text.strip_prefix(REJECT) {
                Some(why) => Side::Rejects(why.to_string()),
                None => Side::Accepts(text),
            })
        })
        .collect()
}

/// strata's outputs, computed on `--jobs` threads (default: every core).
fn strata_side(kind: Kind, options: &Options, root: &Path, files: &[String]) -> Vec<Side> {
    let jobs = options
        .jobs
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .max(1);
    let attributes = options.attributes;
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<Side>>> = files.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            // A deep parse may recurse: give each worker a generous stack.
            let worker = std::thread::Builder::new().stack_size(256 << 20);
            let spawned = worker.spawn_scoped(scope, || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(rel) = files.get(i) else { break };
                let side = match std::fs::read(root.join(rel)) {
                    Ok(bytes) => one_file(kind, attributes, &bytes),
                    Err(e) => Side::Rejects(format!("cannot read: {e}")),
                };
                if let Ok(mut slot) = results[i].lock() {
                    *slot = Some(side);
                }
            });
            if let Err(e) = spawned {
                eprintln!("xtask: cannot start a worker thread: {e}");
            }
        }
    });
    results
        .into_iter()
        .map(|slot| slot.into_inner().ok().flatten().unwrap_or_else(|| Side::Rejects("not processed".into())))
        .collect()
}

fn one_file(kind: Kind, attributes: bool, bytes: &[u8]) -> Side {
    let outcome = catch_unwind(AssertUnwindSafe(|| match kind {
        Kind::Ast => {
            let options = AstOptions { include_attributes: attributes, ..AstOptions::default() };
            match dump_source(bytes, options) {
                Ok(text) => Side::Accepts(text),
                Err((e, _)) => Side::Rejects(format!("{}: {} (line {})", e.kind.name(), e.msg, e.start.line)),
            }
        }
        Kind::Tokenize => match tokenize::listing(bytes, false) {
            Ok(text) => Side::Accepts(text),
            Err(e) => Side::Rejects(e),
        },
    }));
    outcome.unwrap_or_else(|_| Side::Rejects("strata PANICKED (a bug: nothing may panic)".into()))
}

/// A unified diff of at most 30 lines.
fn short_diff(file: &str, expected: &str, got: &str) -> String {
    let diff = TextDiff::from_lines(expected, got)
        .unified_diff()
        .context_radius(2)
        .header(&format!("python3 {file}"), &format!("strata {file}"))
        .to_string();
    // Docstrings make very long lines: cut each to 160 characters.
    let mut lines: Vec<String> = diff
        .lines()
        .take(30)
        .map(|line| match line.char_indices().nth(160) {
            Some((cut, _)) => format!("{}...", &line[..cut]),
            None => line.to_string(),
        })
        .collect();
    if diff.lines().count() > 30 {
        lines.push("...".to_string());
    }
    lines.join("\n")
}
