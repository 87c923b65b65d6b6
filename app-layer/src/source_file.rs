//! Program and module files, read and written through an [`OsBackend`].
//!
//! Every file the app layer touches goes through here, and from here only
//! through the OS backend it is given: `HostOs` for the `strata` command
//! line, `SandboxOs` (or a student's backend) when a program is embedded, so
//! that a sandboxed program imports the modules of its sandbox and never a
//! host file. Paths are Python `str`s, relative to the backend's directory.

use os_layer::{OpenOptions, OsBackend};

/// An error from the OS backend, displayed as Python words an `OSError`
/// without its file name: `[Errno 2] No such file or directory`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OsError(pub os_layer::OsError);

impl std::fmt::Display for OsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[Errno {}] {}", self.0.errno().number(), self.0.strerror())
    }
}

impl From<os_layer::OsError> for OsError {
    fn from(error: os_layer::OsError) -> Self {
        OsError(error)
    }
}

/// The bytes of the file at `path`.
pub fn read(os: &dyn OsBackend, path: &str) -> Result<Vec<u8>, OsError> {
    let fd = os.open(path, &OpenOptions { read: true, ..OpenOptions::default() })?;
    let bytes = os.read_to_end(fd);
    let _ = os.close(fd);
    Ok(bytes?)
}

/// Whether `path` names a directory (CPython then looks for `__main__.py` in it).
pub fn is_dir(os: &dyn OsBackend, path: &str) -> bool {
    os.stat(path).is_ok_and(|m| m.is_dir())
}

/// Whether `path` names a regular file.
pub fn is_file(os: &dyn OsBackend, path: &str) -> bool {
    os.stat(path).is_ok_and(|m| m.is_file())
}

/// `dir/name`, where an empty `dir` is the current directory.
pub fn join(dir: &str, name: &str) -> String {
    match dir {
        "" => name.to_string(),
        _ if dir.ends_with('/') => format!("{dir}{name}"),
        _ => format!("{dir}/{name}"),
    }
}

/// The directory part of `path` (`""` for a bare name), as `os.path.dirname`.
pub fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) => "/",
        Some(cut) => path[..cut].trim_end_matches('/'),
        None => "",
    }
}

/// `path` made absolute as CPython 3.11 does for the script it runs
/// (`_Py_abspath`): joined to the working directory, not normalised, so
/// `../x/./y.py` stays visible in error messages.
pub fn absolute(os: &dyn OsBackend, path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match os.getcwd() {
        Ok(cwd) if path.is_empty() => cwd,
        Ok(cwd) => join(&cwd, path),
        Err(_) => path.to_string(),
    }
}

/// The source's modification time (whole seconds) and size: what a
/// timestamp-checked cache entry records.
pub fn mtime_and_size(os: &dyn OsBackend, path: &str) -> Result<(u64, u64), OsError> {
    let meta = os.stat(path)?;
    let mtime = u64::try_from(meta.mtime_ns.div_euclid(1_000_000_000)).unwrap_or(0);
    Ok((mtime, meta.size))
}

/// Writes `bytes` to `path` through a temporary file and a rename, so that a
/// reader never sees half an entry (creating the parent directory if needed).
pub fn write_atomically(os: &dyn OsBackend, path: &str, bytes: &[u8]) -> Result<(), OsError> {
    let dir = parent(path);
    if !dir.is_empty() && !is_dir(os, dir) {
        os.mkdir(dir)?;
    }
    let temporary = format!("{path}.{}.tmp", std::process::id());
    let options = OpenOptions { write: true, create: true, truncate: true, ..OpenOptions::default() };
    let fd = os.open(&temporary, &options)?;
    let written = os.write(fd, bytes);
    let _ = os.close(fd);
    let moved = written.and_then(|_| os.rename(&temporary, path));
    if moved.is_err() {
        let _ = os.remove(&temporary);
    }
    Ok(moved.map(|_| ())?)
}

/// The paths of the entries of directory `path`, sorted (for `compileall`).
pub fn list_dir(os: &dyn OsBackend, path: &str) -> Result<Vec<String>, OsError> {
    Ok(os.listdir(path)?.into_iter().map(|name| join(path, &name)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_join_and_split_as_os_path() {
        assert_eq!(join("", "m.py"), "m.py");
        assert_eq!(join("/a/", "m.py"), "/a/m.py");
        assert_eq!(join("/a", "m.py"), "/a/m.py");
        assert_eq!(parent("/a/b/m.py"), "/a/b");
        assert_eq!(parent("/m.py"), "/");
        assert_eq!(parent("m.py"), "");
    }
}
