//! Golden disassembly of a few small programs (`tests/golden/NAME.py` →
//! `NAME.dis`). The expected files are ours (there is no CPython
//! equivalent for our instruction set): review a diff, then regenerate with
//! `UPDATE_GOLDEN=1 cargo test -p compiler-layer --test golden`.

mod common;

use compiler_layer::{BytecodeCompiler, Compiler, Mode};
use std::path::Path;

#[test]
fn golden_disassembly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut entries: Vec<_> =
        std::fs::read_dir(&dir).expect("tests/golden").flatten().map(|e| e.path()).collect();
    entries.sort();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatches = Vec::new();
    for py in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let source = std::fs::read_to_string(py).expect("read");
        let name = py.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let got = match BytecodeCompiler.compile(&source, &name, Mode::Exec) {
            Ok(code) => compiler_layer::dis::disassemble(&code),
            Err(e) => format!("error: {e}\n"),
        };
        let expected_path = py.with_extension("dis");
        if update {
            std::fs::write(&expected_path, &got).expect("write");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            mismatches.push(format!("{}:\n{got}", expected_path.display()));
        }
    }
    assert!(
        mismatches.is_empty(),
        "golden mismatches (UPDATE_GOLDEN=1 to accept):\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn eval_returns_the_expression() {
    let code = BytecodeCompiler.compile("a + 1", "<eval>", Mode::Eval).expect("compiles");
    let text = compiler_layer::dis::disassemble(&code);
    assert!(text.trim_end().ends_with("ReturnValue"), "{text}");
    assert!(!text.contains("LoadConst               1 (None)"), "{text}");
}

#[test]
fn single_prints_expression_statements() {
    let text = common::dis("x = 1\nx\n");
    assert!(!text.contains("PrintExpr"));
    let code = BytecodeCompiler.compile("x = 1; x\n", "<stdin>", Mode::Single).expect("compiles");
    let text = compiler_layer::dis::disassemble(&code);
    assert_eq!(text.matches("PrintExpr").count(), 1, "{text}");
}

#[test]
fn qualnames_follow_cpython() {
    let code = common::compile(
        "class C:\n    def m(self):\n        def g():\n            return lambda: [x for x in ()]\n",
    )
    .expect("compiles");
    let mut names = Vec::new();
    fn walk(code: &compiler_layer::CodeObject, names: &mut Vec<String>) {
        names.push(code.qualname.clone());
        for c in &code.constants {
            if let compiler_layer::Constant::Code(inner) = c {
                walk(inner, names);
            }
        }
    }
    walk(&code, &mut names);
    assert_eq!(
        names,
        [
            "<module>",
            "C",
            "C.m",
            "C.m.<locals>.g",
            "C.m.<locals>.g.<locals>.<lambda>",
            "C.m.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>"
        ]
    );
}
