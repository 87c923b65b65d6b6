//! `ast.dump`: prints a tree exactly as CPython 3.11's `ast.dump` does. (Being written.)

use crate::ast::Mod;

/// The options of `python3 -m ast`: `-a` and `-i N`.
#[derive(Clone, Copy, Debug)]
pub struct DumpOptions {
    pub include_attributes: bool,
    /// `None` for the one-line form; `python3 -m ast` uses `Some(3)`.
    pub indent: Option<usize>,
}

/// The text `ast.dump(tree, include_attributes=.., indent=..)` returns.
pub fn dump(tree: &Mod, options: DumpOptions) -> String {
    let _ = (tree, options);
    String::new()
}
