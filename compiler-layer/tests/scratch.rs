mod common;
#[test]
#[ignore]
fn scratch() {
    let n: usize = std::env::var("N").ok().and_then(|s| s.parse().ok()).unwrap_or(100);
    let src = format!("x = {}1", "-".repeat(n));
    let h = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let m = compiler_layer::syntax::Parser::parse(
                &compiler_layer::syntax::LalrpopParser,
                &src,
                compiler_layer::syntax::ParseOptions {
                    mode: compiler_layer::Mode::Exec,
                    type_comments: false,
                },
            )
            .unwrap();
            eprintln!("parsed");
            let t = compiler_layer::symtable::SymbolTable::build(&m).unwrap();
            eprintln!("symtable");
            let _ = compiler_layer::codegen::compile_module(&m, &t, "x", compiler_layer::Mode::Exec).unwrap();
            eprintln!("codegen");
        })
        .unwrap();
    h.join().unwrap();
}
