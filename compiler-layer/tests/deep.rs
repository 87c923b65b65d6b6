//! Deep but legal trees compile on an 8 MB stack (a main thread's) in a
//! debug build: the parser bounds nesting, the compiler's recursion must fit
//! in `COMPILE_STACK_NEEDED`, which decides when it switches stacks.

mod common;
use compiler_layer::syntax::Parser;

fn shapes(n: usize) -> Vec<(&'static str, String)> {
    vec![
        ("unary", format!("x = {}1", "-".repeat(n))),
        ("not", format!("x = {}y", "not ".repeat(n))),
        ("binop", format!("x = {}1", "a + ".repeat(n))),
        ("power", format!("x = {}1", "a ** ".repeat(n))),
        ("list", format!("x = {}{}", "[".repeat(n), "]".repeat(n))),
        ("tuple", format!("x = {}1{}", "(1, ".repeat(n), ")".repeat(n))),
        ("call", format!("x = {}1{}", "f(".repeat(n), ")".repeat(n))),
        ("attr", format!("x = a{}", ".b".repeat(n))),
        ("subscript", format!("x = a{}", "[0]".repeat(n))),
        ("lambda", format!("x = {}1", "lambda: ".repeat(n))),
        ("ifexp", format!("x = {}0", "1 if y else ".repeat(n))),
        ("and", format!("if {}z{}: pass", "(y and ".repeat(n), ")".repeat(n))),
        ("genexp", format!("x = {}z{}", "(y for y in ".repeat(n), ")".repeat(n))),
    ]
}

#[test]
fn deep_trees_fit_an_8mb_stack() {
    let worker = std::thread::Builder::new().stack_size(8 << 20);
    let handle = worker
        .spawn(|| {
            let mut report = Vec::new();
            for (name, _) in shapes(1) {
                // The deepest nesting the parser accepts for this shape.
                let (mut lo, mut hi) = (1usize, 3000usize);
                let source = |n| {
                    shapes(n).into_iter().find(|(s, _)| *s == name).map(|(_, src)| src).unwrap_or_default()
                };
                while lo < hi {
                    let mid = (lo + hi + 1) / 2;
                    let parsed = compiler_layer::syntax::LalrpopParser.parse(
                        &source(mid),
                        compiler_layer::syntax::ParseOptions {
                            mode: compiler_layer::Mode::Exec,
                            type_comments: false,
                        },
                    );
                    if parsed.is_ok() {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                let result = common::compile(&source(lo));
                report.push(format!(
                    "{name} depth {lo}: {}",
                    if result.is_ok() { "ok".into() } else { format!("{:?}", result.err()) }
                ));
                let text = source(lo);
                let in_budget = std::thread::Builder::new()
                    .stack_size(compiler_layer::COMPILE_STACK_NEEDED)
                    .spawn(move || common::compile_here(&text).is_ok())
                    .expect("spawn")
                    .join();
                report.push(format!(
                    "{name} depth {lo} within COMPILE_STACK_NEEDED: {}",
                    if matches!(in_budget, Ok(true)) { "ok" } else { "overflowed or failed" }
                ));
            }
            report
        })
        .expect("spawn");
    let report = handle.join().expect("no stack overflow");
    for line in &report {
        println!("{line}");
    }
    assert!(report.iter().all(|l| l.ends_with(": ok")), "{report:#?}");
}
