use strata_syntax::lexer::{Lexer, LexOptions};
use strata_syntax::token::Tok;
use strata_syntax::Pos;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let src = std::fs::read_to_string(path).unwrap();
    for t in Lexer::new(&src, Tok::StartModule, LexOptions { type_comments: true, origin: Pos::new(1, 0) }) {
        match t { Ok((l, t, r)) => println!("{}:{}-{}:{} {:?}", l.line, l.col, r.line, r.col, t), Err(e) => println!("ERR {:?}", e) }
    }
}
