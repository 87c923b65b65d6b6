//! `import dis` prints Strata's own instruction set, so python3 cannot be
//! its oracle: its listing must be the one `strata -m dis` prints for the
//! same code (both come from `compiler_layer::dis`).

use std::process::Command;

/// What the `strata` binary printed (a program's output goes to the real
/// standard streams, so it runs as a process).
struct Outcome {
    status: i32,
    stdout: String,
    stderr: String,
}

fn strata(args: &[&str]) -> Outcome {
    let out = Command::new(env!("CARGO_BIN_EXE_strata-under-test")).args(args).output().unwrap();
    Outcome {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const PROGRAM: &str = "\
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        try:
            self.counts[word] += 1
        except KeyError:
            self.counts[word] = 1
        return [w for w in self.counts if w]
";

#[test]
fn dis_module_matches_the_dis_tool() {
    let dir = std::env::temp_dir().join(format!("strata-dis-test-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("prog.py");
    std::fs::write(&file, PROGRAM).unwrap();
    let path = file.to_str().unwrap();
    let tool = strata(&["-m", "dis", path]);
    assert_eq!(tool.status, 0, "{}", tool.stderr);
    let code = format!("import dis; dis.dis(compile(open({path:?}).read(), {path:?}, 'exec'))");
    let module = strata(&["-c", &code]);
    assert_eq!((module.status, module.stderr.as_str()), (0, ""));
    assert_eq!(module.stdout, tool.stdout);
    assert!(tool.stdout.contains("Disassembly of <code object add"));

    // A function's listing is the part of the module's listing for its code.
    let code = format!("exec(open({path:?}).read()); import dis; dis.dis(fib)");
    let function = strata(&["-c", &code]);
    assert_eq!(function.status, 0, "{}", function.stderr);
    let section = tool.stdout.split("\nDisassembly of <code object fib").nth(1).unwrap();
    let listing = section.split_once(":\n").unwrap().1.split("\nDisassembly of").next().unwrap();
    assert_eq!(function.stdout, listing);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dis_module_rejects_what_it_cannot_disassemble() {
    let out = strata(&["-c", "import dis\ntry:\n    dis.dis(3)\nexcept TypeError as e:\n    print(e)"]);
    assert_eq!(out.stdout, "don't know how to disassemble int objects\n");
}
