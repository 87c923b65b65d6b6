//! `cargo xtask COMMAND`: the project's developer commands.
//!
//! - `regen-golden` — rewrite the expected files of `tests/golden/` by running `python3`.
//! - `ast-parity [--attributes] [--limit N] [--jobs N] [--min-percent P] [DIR]` —
//!   `strata -m ast` against `python3`'s `ast.dump` on every `.py` of the stdlib (or DIR).
//! - `tokenize-parity [--limit N] [--jobs N] [--min-percent P] [DIR]` — likewise for
//!   the `tokenize` listing.
//! - `bench-parse [--limit N] [DIR]` — lex+parse throughput, strata vs python3.
//! - `error-parity [--limit N] [--seed S] [--jobs N] [DIR]` — strata's `SyntaxError`s
//!   against python3's on stdlib files broken by one mutation each.
//! - `compile-stdlib` — compile every `.py` of the stdlib (validate, stack check,
//!   python3's compile-time rejections rejected too): the ignored test of
//!   `compiler-layer/tests/stdlib.rs`.
//!
//! - `conformance [--verbose] [--jobs N] [--gc-stress[=N]]` — the golden
//!   programs and the OS contract suite across every registered OS backend,
//!   as a scorecard; `--gc-stress` runs the programs collecting at every
//!   (Nth) safe point (`STRATA_GC_STRESS`).
//! - `bench [--filter NAME] [--reps N]` — classic workloads (`xtask/bench/`),
//!   release strata against python3, as ratios and their geometric mean.
//!
//! `python3` is needed by these commands only (`conformance` reads the
//! recorded outputs and needs none), never by `cargo test`.

mod bench;
mod bench_run;
mod conformance;
mod corpus;
mod error_parity;
mod parity;
mod python;
mod regen;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command> [options]
commands:
  regen-golden                       rewrite tests/golden/ expected files from python3
  ast-parity [--attributes] [--limit N] [--jobs N] [--min-percent P] [DIR]
  tokenize-parity [--limit N] [--jobs N] [--min-percent P] [DIR]
  bench-parse [--limit N] [DIR]
  error-parity [--limit N] [--seed S] [--jobs N] [DIR]
  compile-stdlib                     compile the whole stdlib (compiler-layer/tests/stdlib.rs)
  conformance [--verbose] [--jobs N] golden programs + OS contract on every OS backend: a scorecard
              [--gc-stress[=N]]      ... collecting at every (Nth) safe point: STRATA_GC_STRESS
  bench [--filter NAME] [--reps N]   release strata vs python3 on xtask/bench/*.py: ratios, geomean
";

/// The options the corpus commands share.
#[derive(Default)]
pub struct Options {
    pub attributes: bool,
    pub limit: Option<usize>,
    pub jobs: Option<usize>,
    pub min_percent: Option<f64>,
    pub seed: Option<u64>,
    pub dir: Option<String>,
    pub filter: Option<String>,
    pub reps: Option<usize>,
    pub verbose: bool,
    /// `STRATA_GC_STRESS`'s value for `conformance --gc-stress[=N]`.
    pub gc_stress: Option<String>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--attributes" | "-a" => options.attributes = true,
            "--verbose" | "-v" => options.verbose = true,
            "--gc-stress" => options.gc_stress = Some("1".into()),
            other if other.starts_with("--gc-stress=") => {
                let every = &other["--gc-stress=".len()..];
                options.gc_stress = Some(number(every)?.to_string());
            }
            "--filter" => options.filter = Some(value("--filter")?),
            "--reps" => options.reps = Some(number(&value("--reps")?)?),
            "--limit" => options.limit = Some(number(&value("--limit")?)?),
            "--seed" => {
                let v = value("--seed")?;
                options.seed = Some(v.parse().map_err(|_| format!("not a number: {v}"))?);
            }
            "--jobs" | "-j" => options.jobs = Some(number(&value("--jobs")?)?),
            "--min-percent" => {
                let v = value("--min-percent")?;
                options.min_percent = Some(v.parse().map_err(|_| format!("not a number: {v}"))?);
            }
            other if other.starts_with('-') => return Err(format!("unknown option {other}")),
            other => options.dir = Some(other.to_string()),
        }
    }
    Ok(options)
}

fn number(text: &str) -> Result<usize, String> {
    text.parse().map_err(|_| format!("not a number: {text}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    if command == "__run-on-host" {
        // The child side of `conformance` on HostOs (see conformance.rs).
        let status = conformance::child_run_on_host(&args[1..]);
        return ExitCode::from(u8::try_from(status & 0xff).unwrap_or(1));
    }
    let options = match parse_options(&args[1..]) {
        Ok(options) => options,
        Err(message) => {
            eprint!("xtask: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match command.as_str() {
        "regen-golden" => regen::run(),
        "ast-parity" => parity::run(parity::Kind::Ast, &options),
        "tokenize-parity" => parity::run(parity::Kind::Tokenize, &options),
        "bench-parse" => bench::run(&options),
        "error-parity" => error_parity::run(&options),
        "compile-stdlib" => compile_stdlib(),
        "conformance" => conformance::run(options.verbose, options.jobs, options.gc_stress.as_deref()),
        "bench" => bench_run::run(options.filter.as_deref(), options.reps.unwrap_or(3)),
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            Ok(true)
        }
        other => Err(format!("unknown command {other}\n{USAGE}")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the whole-stdlib compile test, which is `#[ignore]`d in `cargo test`.
fn compile_stdlib() -> Result<bool, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = std::process::Command::new(cargo)
        .args([
            "test",
            "-p",
            "compiler-layer",
            "--test",
            "stdlib",
            "stdlib_compiles",
            "--",
            "--ignored",
            "--nocapture",
        ])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    Ok(status.success())
}
