use strata_syntax::{LalrpopParser, Mode, ParseOptions, Parser};
fn main() {
    let mut ok = 0; let mut bad = 0;
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap();
        let src = match strata_syntax::source::decode(&bytes) { Ok(s) => s, Err(e) => { println!("DECODE {path}: {e}"); bad += 1; continue; } };
        match LalrpopParser.parse(&src, ParseOptions { mode: Mode::Exec, type_comments: true }) {
            Ok(_) => ok += 1,
            Err(e) => { bad += 1; println!("ERR {path}: {:?} {} at {}:{}", e.kind, e.msg, e.start.line, e.start.col); }
        }
    }
    println!("{ok} ok, {bad} errors");
}
