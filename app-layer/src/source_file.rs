//! Reading program files from the host file system.
//!
//! For now this is plain `std::fs`, kept in this one module on purpose: when
//! the OS layer lands, these functions move behind `os_layer::OsBackend` so
//! that a sandboxed run never touches the host. Nothing else in the app layer
//! opens files.

use std::io;
use std::path::Path;

/// An `OSError` as Python words it: `[Errno 2] No such file or directory`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OsError {
    pub errno: i32,
    pub strerror: String,
}

impl std::fmt::Display for OsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[Errno {}] {}", self.errno, self.strerror)
    }
}

impl From<io::Error> for OsError {
    fn from(error: io::Error) -> Self {
        // Rust words an OS error "No such file or directory (os error 2)";
        // Python keeps only the C library's strerror text.
        let text = error.to_string();
        let strerror = match text.rfind(" (os error ") {
            Some(cut) => text[..cut].to_string(),
            None => text,
        };
        OsError { errno: error.raw_os_error().unwrap_or(0), strerror }
    }
}

/// The bytes of the file at `path`.
pub fn read(path: &str) -> Result<Vec<u8>, OsError> {
    std::fs::read(path).map_err(OsError::from)
}

/// Whether `path` names a directory (CPython then looks for `__main__.py` in it).
pub fn is_dir(path: &str) -> bool {
    Path::new(path).is_dir()
}

/// Whether `path` names a regular file.
pub fn is_file(path: &str) -> bool {
    Path::new(path).is_file()
}

/// `path` made absolute as CPython 3.11 does for the script it runs
/// (`_Py_abspath`): joined to the working directory, not normalised, so
/// `../x/./y.py` stays visible in error messages.
pub fn absolute(path: &str) -> String {
    if Path::new(path).is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => cwd.join(path).to_string_lossy().into_owned(),
        Err(_) => path.to_string(),
    }
}

/// The value of environment variable `name`, if set (for `PYTHONPATH`).
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The source's modification time (whole seconds) and size: what a
/// timestamp-checked cache entry records.
pub fn mtime_and_size(path: &str) -> Result<(u64, u64), OsError> {
    let meta = std::fs::metadata(path).map_err(OsError::from)?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    Ok((mtime, meta.len()))
}

/// Writes `bytes` to `path` through a temporary file and a rename, so that a
/// reader never sees half an entry (creating the parent directory if needed).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), OsError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(OsError::from)?;
    }
    let temporary = path.with_extension(format!("{}.tmp", std::process::id()));
    std::fs::write(&temporary, bytes).map_err(OsError::from)?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        OsError::from(e)
    })
}

/// The entries of directory `path`, sorted (for `compileall`).
pub fn list_dir(path: &Path) -> Result<Vec<std::path::PathBuf>, OsError> {
    let mut entries: Vec<_> =
        std::fs::read_dir(path).map_err(OsError::from)?.flatten().map(|e| e.path()).collect();
    entries.sort();
    Ok(entries)
}
