//! The parser's test corpus: every `.py` file of CPython's standard library.

use std::path::{Path, PathBuf};

/// The stdlib folder of `python` (`sysconfig.get_path('stdlib')`).
pub fn stdlib_dir(python: &str) -> Result<String, String> {
    let script = "import sysconfig; print(sysconfig.get_path('stdlib'))";
    let out = crate::python::run_in(None, &["-S", "-c", script], b"", python)?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The `.py` files under `root` (paths relative to it, sorted), skipping
/// `site-packages`: third-party code is not the standard library.
pub fn python_files(root: &Path, limit: Option<usize>) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(rel) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(root.join(&rel)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = rel.join(&name);
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if name != "site-packages" && name != "__pycache__" {
                    pending.push(path);
                }
            } else if kind.is_file() && name.ends_with(".py") {
                found.push(path.to_string_lossy().into_owned());
            }
        }
    }
    found.sort();
    if let Some(limit) = limit {
        found.truncate(limit);
    }
    found
}
