//! Importing a multi-file project with the real `strata` binary, in real
//! temporary folders: `strata -m project` and `strata run.py` print what
//! python3 prints, the second run reads every module from `__pycache__`, a
//! damaged or stale entry is ignored and rewritten, `-B` and
//! `PYTHONDONTWRITEBYTECODE` write nothing, and `PYTHONPATH` is honoured
//! unless `-E`/`-I`. A sandboxed program imports the modules of its sandbox.
//!
//! The expected outputs below are what `python3 -S` printed for the same
//! project; when python3 is on the PATH the tests also run it and check that
//! it still agrees.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

/// The project: a package with subpackages, relative imports and a `__main__`.
const PROJECT: &[(&str, &str)] = &[
    (
        "project/__init__.py",
        "\"\"\"A small project: a package with subpackages and relative imports.\"\"\"\n\
         VERSION = \"1.0\"\nprint(\"project init:\", __name__, __package__)\n",
    ),
    (
        "project/__main__.py",
        "from .app import main\n\nprint(\"__main__ module:\", __name__, __package__)\n\
         if __name__ == \"__main__\":\n    main()\n",
    ),
    (
        "project/app.py",
        "from . import VERSION\nfrom .core import services\nfrom .core.models import make_item\n\
         from .util.text import banner\n\n\ndef main():\n    print(banner(\"inventory v\" + VERSION))\n\
         \x20   items = [make_item(\"apple\", 3), make_item(\"pear\", 5)]\n    print(services.total(items))\n\
         \x20   print(services.describe(items))\n",
    ),
    (
        "project/core/__init__.py",
        "from .models import make_item\n\n__all__ = [\"make_item\", \"services\"]\n",
    ),
    (
        "project/core/models.py",
        "def make_item(name, count):\n    return {\"name\": name, \"count\": count}\n",
    ),
    (
        "project/core/services.py",
        "from ..util import text\nfrom . import models\n\n\ndef total(items):\n\
         \x20   return sum(item[\"count\"] for item in items)\n\n\ndef describe(items):\n\
         \x20   return text.join_words([models.make_item(i[\"name\"], 0)[\"name\"] for i in items])\n",
    ),
    ("project/util/__init__.py", ""),
    (
        "project/util/text.py",
        "def banner(title):\n    return \"== \" + title + \" ==\"\n\n\ndef join_words(words):\n\
         \x20   return \", \".join(words)\n",
    ),
    (
        "run.py",
        "import sys\nfrom project.app import main\nfrom project.core import *\nmain()\n\
         print(make_item(\"fig\", 1), services.total([]))\n\
         print(sorted(name for name in sys.modules if name.startswith(\"project\")))\n",
    ),
];

/// The modules `-m project` imports, as `(dotted name, file under the project folder)`.
const MODULES: &[(&str, &str)] = &[
    ("project", "project/__init__.py"),
    ("project.__main__", "project/__main__.py"),
    ("project.app", "project/app.py"),
    ("project.core", "project/core/__init__.py"),
    ("project.core.models", "project/core/models.py"),
    ("project.core.services", "project/core/services.py"),
    ("project.util", "project/util/__init__.py"),
    ("project.util.text", "project/util/text.py"),
];

/// python3 -S -m project
const MODULE_OUTPUT: &str = "project init: project project\n__main__ module: __main__ project\n\
                             == inventory v1.0 ==\n8\napple, pear\n";

/// python3 -S run.py
const SCRIPT_OUTPUT: &str = "project init: project project\n== inventory v1.0 ==\n8\napple, pear\n\
    {'name': 'fig', 'count': 1} 0\n['project', 'project.app', 'project.core', 'project.core.models', \
    'project.core.services', 'project.util', 'project.util.text']\n";

/// A fresh folder holding the project; removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("strata-imports-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in PROJECT {
            let file = dir.join(path);
            std::fs::create_dir_all(file.parent().expect("a parent")).expect("create the project folders");
            std::fs::write(&file, text).expect("write a project file");
        }
        Scratch(dir.canonicalize().expect("canonical scratch path"))
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.0.join(relative)
    }

    fn show(&self, relative: &str) -> String {
        self.path(relative).to_string_lossy().into_owned()
    }

    /// Where the cache entry of `source` (relative) lives.
    fn cached(&self, source: &str) -> String {
        let path = Path::new(source);
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let dir = path.parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        self.show(&format!("{dir}/__pycache__/{stem}.strata-311.pyc"))
    }

    /// Every `.pyc` under the folder.
    fn cache_files(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "pyc") {
                    out.push(path);
                }
            }
        }
        let mut found = Vec::new();
        walk(&self.0, &mut found);
        found.sort();
        found
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Output {
    status: i32,
    stdout: String,
    stderr: String,
}

/// The `strata` binary, as freshly built by cargo (see `tests/Cargo.toml`).
fn strata_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_strata-under-test"))
}

/// Runs `program ARGS` in `dir` with a clean import environment plus `env`.
fn run(program: &Path, dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(program);
    command.args(args).current_dir(dir);
    for name in ["PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONHOME", "PYTHONSTARTUP"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    let out = command.output().expect("run the program");
    Output {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn strata(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    run(&strata_binary(), dir, args, env)
}

/// Checks that python3, if present, still prints `expected` (keeps the constants honest).
fn python3_agrees(args: &[&str], expected: &str) {
    let scratch = Scratch::new("python3");
    let mut full = vec!["-S", "-B"];
    full.extend_from_slice(args);
    let Ok(out) =
        Command::new("python3").args(&full).current_dir(&scratch.0).env_remove("PYTHONPATH").output()
    else {
        return;
    };
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "python3 {args:?} changed its output");
}

#[test]
fn project_runs_as_module_and_as_script_like_python3() {
    python3_agrees(&["-m", "project"], MODULE_OUTPUT);
    python3_agrees(&["run.py"], SCRIPT_OUTPUT);
    let scratch = Scratch::new("runs");
    let out = strata(&scratch.0, &["-m", "project"], &[]);
    assert_eq!((out.status, out.stdout.as_str(), out.stderr.as_str()), (0, MODULE_OUTPUT, ""));
    let out = strata(&scratch.0, &["run.py"], &[]);
    assert_eq!((out.status, out.stdout.as_str(), out.stderr.as_str()), (0, SCRIPT_OUTPUT, ""));
    // From elsewhere: the script's folder, not the working directory, is on sys.path.
    let script = scratch.show("run.py");
    let out = strata(&std::env::temp_dir(), &[&script], &[]);
    assert_eq!((out.status, out.stdout.as_str()), (0, SCRIPT_OUTPUT));
}

#[test]
fn second_run_reads_every_module_from_the_cache() {
    let scratch = Scratch::new("cache");
    let first = strata(&scratch.0, &["-v", "-m", "project"], &[]);
    assert_eq!((first.status, first.stdout.as_str()), (0, MODULE_OUTPUT));
    for (name, file) in MODULES {
        let (source, cached) = (scratch.show(file), scratch.cached(file));
        assert!(first.stderr.contains(&format!("# code object from {source}\n")), "{name}: {}", first.stderr);
        assert!(first.stderr.contains(&format!("# created '{cached}'\n")), "{name}: {}", first.stderr);
    }
    assert_eq!(scratch.cache_files().len(), MODULES.len());

    let second = strata(&scratch.0, &["-v", "-m", "project"], &[]);
    assert_eq!((second.status, second.stdout.as_str()), (0, MODULE_OUTPUT));
    for (name, file) in MODULES {
        let (source, cached) = (scratch.show(file), scratch.cached(file));
        assert!(
            second.stderr.contains(&format!("# {cached} matches {source}\n")),
            "{name}: {}",
            second.stderr
        );
        assert!(second.stderr.contains(&format!("# code object from '{cached}'\n")), "{name}");
    }
    assert!(!second.stderr.contains("# created"), "nothing is rewritten: {}", second.stderr);
    assert!(!second.stderr.contains("# code object from /"), "nothing is compiled: {}", second.stderr);
    // Without -v, nothing about the cache is printed.
    let quiet = strata(&scratch.0, &["-m", "project"], &[]);
    assert_eq!((quiet.stdout.as_str(), quiet.stderr.as_str()), (MODULE_OUTPUT, ""));
}

#[test]
fn damaged_and_stale_entries_are_ignored_and_rewritten() {
    let scratch = Scratch::new("damaged");
    assert_eq!(strata(&scratch.0, &["-m", "project"], &[]).status, 0);
    let models = scratch.cached("project/core/models.py");
    let services = scratch.cached("project/core/services.py");
    let good = std::fs::read(&services).expect("an entry");
    std::fs::write(&models, b"garbage, not a cache entry").expect("damage");
    std::fs::write(&services, &good[..good.len() / 2]).expect("truncate");
    // The source changes size, so its timestamp entry is stale.
    let text = scratch.path("project/util/text.py");
    let mut source = std::fs::read_to_string(&text).expect("read");
    source.push_str("# a comment that makes the entry stale\n");
    std::fs::write(&text, source).expect("write");

    let out = strata(&scratch.0, &["-v", "-m", "project"], &[]);
    assert_eq!((out.status, out.stdout.as_str()), (0, MODULE_OUTPUT), "{}", out.stderr);
    assert!(out.stderr.contains("# bad magic number in 'project.core.models': b'garb'\n"), "{}", out.stderr);
    assert!(out.stderr.contains("# bytecode is stale for 'project.util.text'\n"), "{}", out.stderr);
    for file in ["project/core/models.py", "project/core/services.py", "project/util/text.py"] {
        assert!(
            out.stderr.contains(&format!("# created '{}'\n", scratch.cached(file))),
            "{file}: {}",
            out.stderr
        );
    }
    let again = strata(&scratch.0, &["-v", "-m", "project"], &[]);
    assert!(!again.stderr.contains("# created"), "the rewritten entries are used: {}", again.stderr);
}

#[test]
fn dont_write_bytecode_writes_nothing() {
    let scratch = Scratch::new("nowrite");
    let out = strata(&scratch.0, &["-B", "-m", "project"], &[]);
    assert_eq!((out.status, out.stdout.as_str()), (0, MODULE_OUTPUT));
    let out = strata(&scratch.0, &["run.py"], &[("PYTHONDONTWRITEBYTECODE", "1")]);
    assert_eq!((out.status, out.stdout.as_str()), (0, SCRIPT_OUTPUT));
    let flag =
        "import sys; sys.dont_write_bytecode = True; import project.app; print(sys.dont_write_bytecode)";
    let out = strata(&scratch.0, &["-c", flag], &[]);
    assert_eq!(out.stdout, "project init: project project\nTrue\n");
    assert_eq!(scratch.cache_files(), Vec::<PathBuf>::new());
    // -E ignores PYTHONDONTWRITEBYTECODE; the main script itself is never cached.
    let out = strata(&scratch.0, &["-E", "run.py"], &[("PYTHONDONTWRITEBYTECODE", "1")]);
    assert_eq!(out.status, 0);
    assert_eq!(scratch.cache_files().len(), MODULES.len() - 1, "every module but __main__");
    assert!(!scratch.path("__pycache__").exists(), "run.py is not cached");
}

#[test]
fn pythonpath_is_searched_unless_ignored() {
    let scratch = Scratch::new("pythonpath");
    let elsewhere = std::env::temp_dir();
    let code = "import sys, project.core.models as m; print(m.make_item('x', 1)); print(sys.path[1])";
    let dir = scratch.show("");
    let out = strata(&elsewhere, &["-B", "-c", code], &[("PYTHONPATH", &dir)]);
    assert_eq!(out.stdout, format!("project init: project project\n{{'name': 'x', 'count': 1}}\n{dir}\n"));
    for flag in ["-E", "-I"] {
        let out = strata(&elsewhere, &[flag, "-B", "-c", "import project"], &[("PYTHONPATH", &dir)]);
        assert_eq!(out.status, 1);
        assert!(out.stderr.ends_with("ModuleNotFoundError: No module named 'project'\n"), "{}", out.stderr);
    }
}

#[test]
fn module_errors_read_as_python3s() {
    let scratch = Scratch::new("errors");
    let out = strata(&scratch.0, &["-m", "project.nothing"], &[]);
    assert_eq!((out.status, out.stderr.as_str()), (1, "strata: No module named project.nothing\n"));
    let out = strata(&scratch.0, &["-m", "project.util"], &[]);
    assert_eq!(
        out.stderr,
        "strata: No module named project.util.__main__; 'project.util' is a package and cannot be directly executed\n"
    );
    let out = strata(&scratch.0, &["-m", "nothing.here"], &[]);
    assert_eq!(
        out.stderr,
        "strata: Error while finding module specification for 'nothing.here' \
         (ModuleNotFoundError: No module named 'nothing')\n"
    );
}

#[test]
fn uncaught_errors_under_dash_m_show_the_runpy_frames() {
    let scratch = Scratch::new("crash");
    std::fs::write(scratch.path("project/crash.py"), "def fail(n):\n    return 10 // n\n\nfail(0)\n")
        .expect("write project/crash.py");
    let out = strata(&scratch.0, &["-B", "-m", "project.crash"], &[]);
    let crash = scratch.show("project/crash.py");
    let expected = format!(
        "Traceback (most recent call last):\n  \
           File \"<frozen runpy>\", line 198, in _run_module_as_main\n  \
           File \"<frozen runpy>\", line 88, in _run_code\n  \
           File \"{crash}\", line 4, in <module>\n    fail(0)\n  \
           File \"{crash}\", line 2, in fail\n    return 10 // n\n           ~~~^^~~\n\
         ZeroDivisionError: integer division or modulo by zero\n"
    );
    assert_eq!((out.status, out.stderr), (1, expected));
}

#[test]
fn sandboxed_programs_import_and_cache_inside_the_sandbox() {
    use os_layer::{OsBackend, SandboxOs};
    let mut builder = SandboxOs::builder().cwd("/app").argv(["/app/run.py"]);
    for (path, text) in PROJECT {
        builder = builder.file(&format!("/app/{path}"), text.as_bytes().to_vec());
    }
    let os = Arc::new(builder.build().expect("sandbox"));
    let source = PROJECT.iter().find(|(p, _)| *p == "run.py").map(|(_, t)| *t).unwrap_or_default();
    let status = app_layer::program::run_on(os.clone(), source.as_bytes(), "/app/run.py");
    assert_eq!((status, os.stdout_string()), (0, SCRIPT_OUTPUT.to_string()), "{}", os.stderr_string());
    assert!(os.stat("/app/project/core/__pycache__/models.strata-311.pyc").is_ok_and(|m| m.is_file()));
}

#[test]
fn hash_based_entries_are_used_and_stay_hash_based() {
    use compiler_layer::cache::{read_entry, BincodeCodec, Invalidation};
    let scratch = Scratch::new("hash");
    let project = scratch.show("project");
    let out =
        strata(&scratch.0, &["-m", "compileall", "-q", "--invalidation-mode", "checked-hash", &project], &[]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let first = strata(&scratch.0, &["-v", "-m", "project"], &[]);
    assert!(!first.stderr.contains("# created"), "compileall's entries are used: {}", first.stderr);
    let text = scratch.path("project/util/text.py");
    let source = std::fs::read_to_string(&text).expect("read").replace("== ", "-- ");
    std::fs::write(&text, source).expect("write");
    let second = strata(&scratch.0, &["-v", "-m", "project"], &[]);
    assert!(second.stdout.contains("-- inventory v1.0 =="), "{}", second.stdout);
    assert!(second.stderr.contains("# bytecode is stale for 'project.util.text'\n"), "{}", second.stderr);
    let entry = std::fs::read(scratch.cached("project/util/text.py")).expect("the rewritten entry");
    assert!(matches!(read_entry(&entry, &BincodeCodec), Ok((Invalidation::CheckedHash { .. }, _))));
}

#[test]
fn a_full_sandbox_still_imports_without_caching() {
    use os_layer::{OsBackend, SandboxOs};
    let size: usize = PROJECT.iter().map(|(_, text)| text.len()).sum();
    let mut builder =
        SandboxOs::builder().cwd("/app").argv(["/app/run.py"]).max_fs_bytes(Some(size as u64 + 16));
    for (path, text) in PROJECT {
        builder = builder.file(&format!("/app/{path}"), text.as_bytes().to_vec());
    }
    let os = Arc::new(builder.build().expect("sandbox"));
    let source = PROJECT.iter().find(|(p, _)| *p == "run.py").map(|(_, t)| *t).unwrap_or_default();
    let status = app_layer::program::run_on(os.clone(), source.as_bytes(), "/app/run.py");
    assert_eq!((status, os.stdout_string()), (0, SCRIPT_OUTPUT.to_string()), "{}", os.stderr_string());
    assert!(os.stat("/app/project/core/__pycache__/models.strata-311.pyc").is_err(), "no room for the cache");
}

/// `-m` runs the embedded standard library too (a package through its
/// `__main__`), with what python3 prints for the same command lines.
#[test]
fn embedded_stdlib_modules_run_with_dash_m() {
    let scratch = Scratch::new("dash-m-stdlib");
    std::fs::write(scratch.path("data.json"), r#"{"b": [1], "a": null}"#).expect("write data.json");
    let cases: &[(&[&str], &str)] = &[
        (&["-m", "calendar", "2024", "2"], "   February 2024\nMo Tu We Th Fr Sa Su\n          1  2  3  4\n"),
        (
            &["-m", "json.tool", "--sort-keys", "data.json"],
            "{\n    \"a\": null,\n    \"b\": [\n        1\n    ]\n}\n",
        ),
        (&["-m", "timeit", "-n", "10", "-r", "2", "pass"], "10 loops, best of 2: "),
        // The usage line names the interpreter by `sys.executable`'s file name.
        (&["-m", "unittest", "-h"], "usage: strata-under-test -m unittest [-h]"),
    ];
    for (args, start) in cases {
        let out = strata(&scratch.0, args, &[]);
        assert_eq!(out.status, 0, "{args:?}: {}", out.stderr);
        assert!(out.stdout.starts_with(start), "{args:?}: {}", out.stdout);
    }
    let out = strata(&scratch.0, &["-m", "collections"], &[]);
    assert_eq!(
        (out.status, out.stderr.as_str()),
        (1, "strata: No module named collections.__main__; 'collections' is a package and cannot be directly executed\n")
    );
}
