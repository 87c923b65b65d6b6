//! `error-parity`: strata's `SyntaxError`s against CPython's on broken programs.
//!
//! ONE python3 process (`error_parity.py`) draws `--limit` cases with a seeded
//! generator: a stdlib file that compiles, mutated once (a token deleted,
//! duplicated, swapped with the next or inserted; a line indented or
//! dedented; the file truncated), with CPython's verdict from `ast.parse`.
//! They are cached under `target/parity/` by python3 version, seed and
//! limit. strata parses each case in-process through `frontend::parse`, the
//! function the binary uses, and we compare: accept/reject, then exception
//! type and message, then `lineno`/`offset` (1-based characters, as
//! `compile()` of a `str` reports them).
//!
//! Every case is also written, with both verdicts, to
//! `target/parity/error-parity-report.txt` for reading the mismatches.

use crate::{corpus, python, Options};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use app_layer::syntax::{Mode, Pos, SyntaxError};

const SCRIPT: &str = include_str!("error_parity.py");
const DEFAULT_LIMIT: usize = 3000;
const DEFAULT_SEED: u64 = 1;

/// One generated broken program and python3's verdict on it.
struct Case {
    file: String,
    mutation: String,
    source: String,
    verdict: Verdict,
}

#[derive(Clone, PartialEq, Eq, Debug)]
enum Verdict {
    Accepts,
    /// Parsed, but rejected by a later stage (symbol table, code generator).
    Later(String),
    Rejects(Rejection),
}

#[derive(Clone, PartialEq, Eq, Debug)]
struct Rejection {
    kind: String,
    msg: String,
    lineno: i64,
    offset: i64,
}

pub fn run(options: &Options) -> Result<bool, String> {
    let py = python::executable()?;
    let root = PathBuf::from(match &options.dir {
        Some(dir) => dir.clone(),
        None => corpus::stdlib_dir(&py)?,
    });
    let files = corpus::python_files(&root, None);
    if files.is_empty() {
        return Err(format!("no .py files under {}", root.display()));
    }
    let limit = options.limit.unwrap_or(DEFAULT_LIMIT);
    let seed = options.seed.unwrap_or(DEFAULT_SEED);
    let cases = python_side(&py, &root, &files, seed, limit)?;
    let ours = strata_side(&cases, options.jobs);

    let total = cases.len();
    let (mut later, mut agree, mut same_msg, mut same_pos, mut rejected_both) = (0, 0, 0, 0, 0);
    let mut disagreements = Vec::new();
    let mut mismatches: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    let mut position_mismatches: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut report = String::new();
    for (i, (case, got)) in cases.iter().zip(&ours).enumerate() {
        let want = match &case.verdict {
            Verdict::Later(_) => {
                later += 1;
                &Verdict::Accepts
            }
            v => v,
        };
        let status = match (want, got) {
            (Verdict::Rejects(w), Verdict::Rejects(g)) => {
                agree += 1;
                rejected_both += 1;
                let msg_ok = w.kind == g.kind && w.msg == g.msg;
                let pos_ok = w.lineno == g.lineno && w.offset == g.offset;
                if msg_ok {
                    same_msg += 1;
                    if !pos_ok {
                        let entry = position_mismatches.entry(w.msg.clone()).or_insert((0, i));
                        entry.0 += 1;
                    }
                } else {
                    let key = (format!("{}: {}", w.kind, w.msg), format!("{}: {}", g.kind, g.msg));
                    let entry = mismatches.entry(key).or_insert((0, i));
                    entry.0 += 1;
                }
                if pos_ok {
                    same_pos += 1;
                }
                match (msg_ok, pos_ok) {
                    (true, true) => "SAME",
                    (true, false) => "POSITION",
                    (false, true) => "MESSAGE",
                    (false, false) => "MESSAGE+POSITION",
                }
            }
            (w, g) if w == g => {
                agree += 1;
                same_msg += 1;
                same_pos += 1;
                "SAME"
            }
            _ => {
                disagreements.push(i);
                "ACCEPT/REJECT"
            }
        };
        let _ = writeln!(
            report,
            "=== case {i} [{status}] {} ({})\npython3: {}\nstrata:  {}\n{}",
            case.file,
            case.mutation,
            describe(&case.verdict),
            describe(got),
            excerpt(&case.source, &case.verdict, got)
        );
    }
    let report_path = cache_root().join("error-parity-report.txt");
    let _ = std::fs::write(&report_path, &report);

    println!(
        "{total} cases: {agree} agree on accept/reject, {same_msg} same message, {same_pos} same position \
         ({rejected_both} rejected by both; {later} rejected by python3 only after parsing, counted as accepted; \
         seed {seed})"
    );
    println!("every case: {}", report_path.display());
    if !disagreements.is_empty() {
        println!("\naccept/reject disagreements ({}):", disagreements.len());
        for &i in &disagreements {
            let case = &cases[i];
            println!(
                "  case {i}: {} ({}): python3 {} / strata {}",
                case.file,
                case.mutation,
                describe(&case.verdict),
                describe(&ours[i])
            );
        }
    }
    let mut ranked: Vec<_> = mismatches.into_iter().collect();
    ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0));
    println!("\ntop message mismatches (python3 → strata), of {}:", ranked.len());
    for ((want, got), (count, example)) in ranked.iter().take(15) {
        let case = &cases[*example];
        println!(
            "{count:5}  {want}  →  {got}\n       e.g. case {example}: {} ({})",
            case.file, case.mutation
        );
    }
    let mut ranked: Vec<_> = position_mismatches.into_iter().collect();
    ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0));
    println!("\ntop position mismatches (same message), of {}:", ranked.len());
    for (msg, (count, example)) in ranked.iter().take(10) {
        println!("{count:5}  {msg}   e.g. case {example}");
    }
    Ok(disagreements.is_empty())
}

fn cache_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/parity")
}

/// The cases and python3's verdicts, from the cache or one python3 run.
fn python_side(
    py: &str,
    root: &Path,
    files: &[String],
    seed: u64,
    limit: usize,
) -> Result<Vec<Case>, String> {
    let version = python::version(py)?;
    let dir = cache_root().join(format!("python-{version}")).join("errors");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // The script's text is part of the key: changing the mutations redraws the cases.
    let script_hash = SCRIPT
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    let path = dir.join(format!("seed{seed}-limit{limit}-{script_hash:016x}.txt"));
    if !path.exists() {
        let root_text = root.to_string_lossy().into_owned();
        let path_text = path.to_string_lossy().into_owned();
        let args = ["-S", "-c", SCRIPT, &root_text, &path_text, &seed.to_string(), &limit.to_string()];
        let out = python::run_in(None, &args, files.join("\n").as_bytes(), py)?;
        if out.status != 0 {
            return Err(format!("python3 failed:\n{}", String::from_utf8_lossy(&out.stderr)));
        }
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_cases(&bytes).ok_or_else(|| format!("{}: malformed cache file (delete it)", path.display()))
}

fn parse_cases(mut bytes: &[u8]) -> Option<Vec<Case>> {
    fn line<'a>(bytes: &mut &'a [u8]) -> Option<&'a str> {
        let end = bytes.iter().position(|&b| b == b'\n')?;
        let text = std::str::from_utf8(&bytes[..end]).ok()?;
        *bytes = &bytes[end + 1..];
        Some(text)
    }
    let mut cases = Vec::new();
    while !bytes.is_empty() {
        let header = line(&mut bytes)?.strip_prefix("#CASE ")?;
        let (file, mutation) = header.split_once(' ')?;
        let len: usize = line(&mut bytes)?.strip_prefix("#LEN ")?.parse().ok()?;
        let source = String::from_utf8_lossy(bytes.get(..len)?).into_owned();
        bytes = bytes.get(len + 1..)?;
        let verdict = parse_verdict(line(&mut bytes)?.strip_prefix("#VERDICT ")?)?;
        cases.push(Case { file: file.to_string(), mutation: mutation.to_string(), source, verdict });
    }
    Some(cases)
}

fn parse_verdict(text: &str) -> Option<Verdict> {
    let fields: Vec<&str> = text.split('\t').collect();
    let unescape = |s: &str| s.replace("\\n", "\n").replace("\\\\", "\\");
    match fields.as_slice() {
        ["ok"] => Some(Verdict::Accepts),
        ["later", kind, msg @ ..] => Some(Verdict::Later(format!("{kind}: {}", msg.join("\t")))),
        ["error", kind, lineno, offset, _end_lineno, _end_offset, msg @ ..] => {
            Some(Verdict::Rejects(Rejection {
                kind: kind.to_string(),
                msg: unescape(&msg.join("\t")),
                lineno: lineno.parse().ok()?,
                offset: offset.parse().ok()?,
            }))
        }
        _ => None,
    }
}

/// strata's verdicts, on `--jobs` threads (default: every core).
fn strata_side(cases: &[Case], jobs: Option<usize>) -> Vec<Verdict> {
    let jobs =
        jobs.or_else(|| std::thread::available_parallelism().ok().map(|n| n.get())).unwrap_or(1).max(1);
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<Verdict>>> = cases.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let worker = std::thread::Builder::new().stack_size(256 << 20);
            let spawned = worker.spawn_scoped(scope, || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let verdict = strata_verdict(&case.source);
                if let Ok(mut slot) = results[i].lock() {
                    *slot = Some(verdict);
                }
            });
            if let Err(e) = spawned {
                eprintln!("xtask: cannot start a worker thread: {e}");
            }
        }
    });
    results
        .into_iter()
        .map(|slot| slot.into_inner().ok().flatten().unwrap_or_else(|| panicked("not processed")))
        .collect()
}

fn panicked(why: &str) -> Verdict {
    Verdict::Rejects(Rejection { kind: "PANIC".into(), msg: why.into(), lineno: -1, offset: -1 })
}

fn strata_verdict(source: &str) -> Verdict {
    let outcome = catch_unwind(AssertUnwindSafe(|| app_layer::frontend::parse(source, Mode::Exec, false)));
    match outcome {
        Ok(Ok(_)) => Verdict::Accepts,
        Ok(Err(e)) => Verdict::Rejects(rejection(&e, source)),
        Err(_) => panicked("strata PANICKED (a bug: nothing may panic)"),
    }
}

/// Our error as `compile()` reports it: 1-based character offsets.
fn rejection(e: &SyntaxError, source: &str) -> Rejection {
    let lineno = i64::from(e.start.line);
    let offset = if e.start.line == 0 {
        -1
    } else if e.start.col == Pos::BEFORE_LINE {
        0
    } else {
        let line = source.split_inclusive('\n').nth(e.start.line as usize - 1).unwrap_or("");
        let col = e.start.col as usize;
        let chars = line.char_indices().take_while(|&(byte, _)| byte < col).count();
        // A column past the end of the line counts its missing bytes as characters.
        let beyond = col.saturating_sub(line.len());
        (chars + beyond) as i64 + 1
    };
    Rejection { kind: e.kind.name().to_string(), msg: e.msg.clone(), lineno, offset }
}

fn describe(v: &Verdict) -> String {
    match v {
        Verdict::Accepts => "accepts".into(),
        Verdict::Later(why) => format!("parses (then compile() raises {why})"),
        Verdict::Rejects(r) => format!("{}: {} (line {}, offset {})", r.kind, r.msg, r.lineno, r.offset),
    }
}

/// The lines around both errors, numbered.
fn excerpt(source: &str, want: &Verdict, got: &Verdict) -> String {
    let line_of = |v: &Verdict| match v {
        Verdict::Rejects(r) if r.lineno > 0 => Some(r.lineno as usize),
        _ => None,
    };
    let lines: Vec<&str> = source.lines().collect();
    let mut around: Vec<usize> = [line_of(want), line_of(got)].into_iter().flatten().collect();
    if around.is_empty() {
        return String::new();
    }
    around.sort();
    let from = around[0].saturating_sub(3).max(1);
    let to = (around[around.len() - 1] + 1).min(lines.len());
    let mut out = String::new();
    if to.saturating_sub(from) > 12 {
        for &l in &around {
            if let Some(text) = lines.get(l - 1) {
                let _ = writeln!(out, "{l:6}| {text}");
            }
        }
        return out;
    }
    for l in from..=to {
        if let Some(text) = lines.get(l - 1) {
            let _ = writeln!(out, "{l:6}| {text}");
        }
    }
    out
}
