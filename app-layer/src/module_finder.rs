//! Finding the file behind `strata -m NAME`, as CPython's `runpy` would.
//!
//! For now the search path is what `python3 -m` starts with before `site`:
//! the working directory (unless `-I`) and the `PYTHONPATH` entries (unless
//! `-E`/`-I`). A module `a.b` is `a/b.py`; a package is run through its
//! `__main__.py`. Strata has no standard library in Python yet, so stdlib
//! modules other than the native tools (`tools/`) are not found.

use crate::cli::Flags;
use crate::source_file;

/// The file to run for module `name`, or `None`.
pub fn find(name: &str, flags: &Flags) -> Option<String> {
    if name.is_empty() || name.split('.').any(|part| part.is_empty()) {
        return None;
    }
    let relative = name.replace('.', "/");
    search_path(flags).into_iter().find_map(|dir| {
        let base = if dir.is_empty() { relative.clone() } else { format!("{dir}/{relative}") };
        let module = format!("{base}.py");
        let package_main = format!("{base}/__main__.py");
        if source_file::is_file(&module) {
            Some(source_file::absolute(&module))
        } else if source_file::is_file(&package_main) {
            Some(source_file::absolute(&package_main))
        } else {
            None
        }
    })
}

/// `sys.path` as far as strata knows it: "" is the working directory.
fn search_path(flags: &Flags) -> Vec<String> {
    let mut path = Vec::new();
    if !flags.isolated {
        path.push(String::new());
    }
    if !flags.ignore_environment {
        if let Some(value) = source_file::env_var("PYTHONPATH") {
            path.extend(value.split(':').filter(|p| !p.is_empty()).map(str::to_string));
        }
    }
    path
}
