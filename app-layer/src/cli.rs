//! The `strata` command line, parsed as CPython parses `python3`'s.
//!
//! ```text
//! strata [option] ... [-c cmd | -m mod | file | -] [arg] ...
//! ```
//!
//! Why by hand and not with `clap`: CPython's command line is positional.
//! Options are read only up to the first of `-c CMD`, `-m MOD`, `FILE` or
//! `-`; everything after that belongs to the program (`sys.argv[1:]`), even
//! if it looks like an option (`strata prog.py -h` passes `-h` to the
//! program). Short options bundle (`-Bu`), and an option's argument may be
//! attached (`-cprint(1)`, `-mast`). clap can be coaxed into some of this
//! (`trailing_var_arg`), but not into `-c`'s "stop here" semantics with
//! bundling, so a small hand-written scanner is clearer than the workarounds.

/// What the program to run is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    /// `strata FILE`: the path as given.
    File(String),
    /// `strata -c CODE`.
    Code(String),
    /// `strata -m MODULE`.
    Module(String),
    /// `strata -`, or no program with a non-interactive stdin.
    Stdin,
    /// No program at all: the REPL (or stdin when it is not a terminal).
    Interactive,
}

/// The options that change how a program runs. Most have no effect until
/// the PVM exists; we accept and record them so scripts written for
/// `python3` keep working.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-B`: don't write `__pycache__` entries.
    pub dont_write_bytecode: bool,
    /// `-E`: ignore `PYTHON*` environment variables.
    pub ignore_environment: bool,
    /// `-I`: isolated mode (implies `-E` and `-s`; no script directory on `sys.path`).
    pub isolated: bool,
    /// `-S`: don't import `site`.
    pub no_site: bool,
    /// `-u`: unbuffered standard streams.
    pub unbuffered: bool,
    /// `-q`: no banner in the REPL.
    pub quiet: bool,
    /// `-v`: trace imports (which code came from `__pycache__`) on stderr.
    pub verbose: bool,
}

/// A parsed command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Run a program; `argv` is its `sys.argv` (`argv[0]` as CPython sets it).
    Run { flags: Flags, program: Program, argv: Vec<String> },
    /// `-h` / `--help`.
    Help,
    /// `-V` / `--version`.
    Version,
}

/// A command-line mistake: the message CPython prints before its usage line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

/// Parses `args` (without the program name).
pub fn parse(args: &[String]) -> Result<Command, UsageError> {
    let mut flags = Flags::default();
    let mut i = 0;
    while let Some(arg) = args.get(i) {
        i += 1;
        if arg == "-" {
            return Ok(run(flags, Program::Stdin, "-", &args[i..]));
        }
        if arg == "--" {
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "help" => return Ok(Command::Help),
                "version" => return Ok(Command::Version),
                _ => return Err(UsageError(format!("unknown option {arg}"))),
            }
        }
        let Some(bundle) = arg.strip_prefix('-') else {
            // The first positional argument is the script.
            return Ok(run(flags, Program::File(arg.clone()), arg, &args[i..]));
        };
        for (at, letter) in bundle.char_indices() {
            match letter {
                'B' => flags.dont_write_bytecode = true,
                'E' => flags.ignore_environment = true,
                'I' => {
                    flags.isolated = true;
                    flags.ignore_environment = true;
                }
                'S' => flags.no_site = true,
                'u' => flags.unbuffered = true,
                'q' => flags.quiet = true,
                'v' => flags.verbose = true,
                'h' | '?' => return Ok(Command::Help),
                'V' => return Ok(Command::Version),
                'c' | 'm' => {
                    // The option's argument: the rest of this word, or the next word.
                    let attached = &bundle[at + letter.len_utf8()..];
                    let value = if !attached.is_empty() {
                        attached.to_string()
                    } else if let Some(next) = args.get(i) {
                        i += 1;
                        next.clone()
                    } else {
                        return Err(UsageError(format!("Argument expected for the -{letter} option")));
                    };
                    return Ok(if letter == 'c' {
                        run(flags, Program::Code(value), "-c", &args[i..])
                    } else {
                        // CPython puts the module's full path in argv[0] once found;
                        // until then it is "-m", as CPython's own placeholder.
                        run(flags, Program::Module(value), "-m", &args[i..])
                    });
                }
                _ => return Err(UsageError(format!("Unknown option: -{letter}"))),
            }
        }
    }
    // No program named: `--` may still be followed by a script.
    match args.get(i) {
        Some(script) => Ok(run(flags, Program::File(script.clone()), script, &args[i + 1..])),
        None => Ok(run(flags, Program::Interactive, "", &[])),
    }
}

fn run(flags: Flags, program: Program, argv0: &str, rest: &[String]) -> Command {
    let mut argv = vec![argv0.to_string()];
    argv.extend_from_slice(rest);
    Command::Run { flags, program, argv }
}

/// The usage line, as CPython prints it after a command-line mistake.
pub const USAGE: &str = "usage: strata [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

/// `strata -h`.
pub const HELP: &str = "\
usage: strata [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-B     : don't write .pyc files on import
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-I     : isolate Strata from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-v     : verbose (trace import statements); can be supplied multiple times
-V     : print the version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Tool modules built in: -m ast, -m tokenize (as python3's).
";

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn program(words: &[&str]) -> (Flags, Program, Vec<String>) {
        match parse(&args(words)) {
            Ok(Command::Run { flags, program, argv }) => (flags, program, argv),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn options_stop_at_the_program() {
        let (flags, p, argv) = program(&["-B", "x.py", "-h", "-c"]);
        assert!(flags.dont_write_bytecode);
        assert_eq!(p, Program::File("x.py".into()));
        assert_eq!(argv, args(&["x.py", "-h", "-c"]));
        let (_, p, argv) = program(&["-Sc", "print(1)", "a"]);
        assert_eq!(p, Program::Code("print(1)".into()));
        assert_eq!(argv, args(&["-c", "a"]));
        let (flags, _, _) = program(&["-vB", "-m", "pkg"]);
        assert!(flags.verbose && flags.dont_write_bytecode);
        let (flags, p, argv) = program(&["-uImast", "-a", "f.py"]);
        assert!(flags.unbuffered && flags.isolated && flags.ignore_environment);
        assert_eq!(p, Program::Module("ast".into()));
        assert_eq!(argv, args(&["-m", "-a", "f.py"]));
        assert_eq!(program(&["-", "x"]).1, Program::Stdin);
        assert_eq!(program(&["--", "-x.py"]).1, Program::File("-x.py".into()));
        assert_eq!(program(&["-q"]).1, Program::Interactive);
    }

    #[test]
    fn mistakes_and_info() {
        assert_eq!(parse(&args(&["-z"])), Err(UsageError("Unknown option: -z".into())));
        assert_eq!(parse(&args(&["--foo"])), Err(UsageError("unknown option --foo".into())));
        assert_eq!(parse(&args(&["-c"])), Err(UsageError("Argument expected for the -c option".into())));
        assert_eq!(parse(&args(&["-V"])), Ok(Command::Version));
        assert_eq!(parse(&args(&["-Bh"])), Ok(Command::Help));
    }
}
