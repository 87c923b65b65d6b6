//! `strata -m dis [FILE]`: the disassembly of a program's code objects, in the
//! spirit of `python3 -m dis` (our instruction set is our own, so the listing
//! is too): offsets, source lines, jump targets, the exception table.

use crate::report::{render_syntax_error, Columns};
use crate::syntax::source;
use crate::{source_file, Stdio};
use compiler_layer::{BytecodeCompiler, Compiler};

pub fn main(args: &[String], io: &mut Stdio<'_>) -> i32 {
    let (name, bytes) = match args.first() {
        Some(path) => match source_file::read(&os_layer::HostOs::new(), path) {
            Ok(bytes) => (path.clone(), bytes),
            Err(e) => {
                let _ = writeln!(io.stderr, "strata -m dis: can't open '{path}': {e}");
                return 2;
            }
        },
        None => {
            let mut bytes = Vec::new();
            let _ = io.stdin.read_to_end(&mut bytes);
            ("<stdin>".to_string(), bytes)
        }
    };
    let text = match source::decode_source(&bytes) {
        Ok(text) => text,
        Err(e) => {
            let _ = write!(
                io.stderr,
                "{}",
                render_syntax_error(&e.to_syntax_error(), &name, "", Columns::Characters)
            );
            return 1;
        }
    };
    match BytecodeCompiler.compile(&text, &name, crate::syntax::Mode::Exec) {
        Ok(code) => {
            let _ = write!(io.stdout, "{}", compiler_layer::dis::disassemble(&code));
            0
        }
        Err(e) => {
            let _ = write!(io.stderr, "{}", render_syntax_error(&e, &name, &text, Columns::Characters));
            1
        }
    }
}
