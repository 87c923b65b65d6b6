//! [`OsError`]: what went wrong outside the program, in the shape Python needs.
//!
//! An error carries an [`Errno`], the `strerror` text, and up to two file names.
//! From these the PVM builds the Python exception: [`OsError::python_class`]
//! names the `OSError` subclass CPython would raise (`FileNotFoundError` for
//! `ENOENT`, …) and [`OsError::python_message`] renders CPython's text,
//! `[Errno 2] No such file or directory: 'x'`.
//!
//! Errno numbers and messages are Linux/glibc's on every host, so a sandboxed
//! run prints the same text everywhere. (Known gap: on a non-Linux host,
//! CPython shows that host's numbers for the few codes above 34 that differ.)

use std::fmt;
use std::io;

use crate::pyrepr::repr_str;

/// An errno-like error kind. Numbers follow Linux.
#[allow(clippy::upper_case_acronyms)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Errno {
    EPERM,
    ENOENT,
    ESRCH,
    EINTR,
    EIO,
    EBADF,
    EAGAIN,
    ENOMEM,
    EACCES,
    EBUSY,
    EEXIST,
    EXDEV,
    ENOTDIR,
    EISDIR,
    EINVAL,
    EMFILE,
    EFBIG,
    ENOSPC,
    ESPIPE,
    EROFS,
    EPIPE,
    ENAMETOOLONG,
    ENOSYS,
    ENOTEMPTY,
    ELOOP,
    ENOTSUP,
    ETIMEDOUT,
    /// A host error this table does not name; carries the host's raw code.
    Other(i32),
}

/// (kind, Linux number, glibc strerror). One row per named kind.
const TABLE: &[(Errno, i32, &str)] = &[
    (Errno::EPERM, 1, "Operation not permitted"),
    (Errno::ENOENT, 2, "No such file or directory"),
    (Errno::ESRCH, 3, "No such process"),
    (Errno::EINTR, 4, "Interrupted system call"),
    (Errno::EIO, 5, "Input/output error"),
    (Errno::EBADF, 9, "Bad file descriptor"),
    (Errno::EAGAIN, 11, "Resource temporarily unavailable"),
    (Errno::ENOMEM, 12, "Cannot allocate memory"),
    (Errno::EACCES, 13, "Permission denied"),
    (Errno::EBUSY, 16, "Device or resource busy"),
    (Errno::EEXIST, 17, "File exists"),
    (Errno::EXDEV, 18, "Invalid cross-device link"),
    (Errno::ENOTDIR, 20, "Not a directory"),
    (Errno::EISDIR, 21, "Is a directory"),
    (Errno::EINVAL, 22, "Invalid argument"),
    (Errno::EMFILE, 24, "Too many open files"),
    (Errno::EFBIG, 27, "File too large"),
    (Errno::ENOSPC, 28, "No space left on device"),
    (Errno::ESPIPE, 29, "Illegal seek"),
    (Errno::EROFS, 30, "Read-only file system"),
    (Errno::EPIPE, 32, "Broken pipe"),
    (Errno::ENAMETOOLONG, 36, "File name too long"),
    (Errno::ENOSYS, 38, "Function not implemented"),
    (Errno::ENOTEMPTY, 39, "Directory not empty"),
    (Errno::ELOOP, 40, "Too many levels of symbolic links"),
    (Errno::ENOTSUP, 95, "Operation not supported"),
    (Errno::ETIMEDOUT, 110, "Connection timed out"),
];

impl Errno {
    /// The errno number (Linux numbering; the raw host code for `Other`).
    pub fn number(self) -> i32 {
        match self {
            Errno::Other(n) => n,
            kind => TABLE.iter().find(|row| row.0 == kind).map_or(0, |row| row.1),
        }
    }

    /// The C `strerror` text, as glibc spells it.
    pub fn strerror(self) -> String {
        match self {
            Errno::Other(n) => format!("Unknown error {n}"),
            kind => TABLE.iter().find(|row| row.0 == kind).map_or_else(String::new, |row| row.2.to_string()),
        }
    }

    /// The kind whose Linux number is `n` (`Other(n)` if unnamed).
    pub fn from_number(n: i32) -> Errno {
        TABLE.iter().find(|row| row.1 == n).map_or(Errno::Other(n), |row| row.0)
    }

    /// The symbolic name, as in Python's `errno.errorcode`.
    pub fn name(self) -> String {
        match self {
            Errno::Other(n) => format!("E{n}"),
            kind => format!("{kind:?}"),
        }
    }

    /// The Python exception class CPython raises for this errno
    /// (PEP 3151's mapping; everything else is plain `OSError`).
    pub fn python_class(self) -> &'static str {
        match self {
            Errno::ENOENT => "FileNotFoundError",
            Errno::EEXIST => "FileExistsError",
            Errno::EISDIR => "IsADirectoryError",
            Errno::ENOTDIR => "NotADirectoryError",
            Errno::EACCES | Errno::EPERM => "PermissionError",
            Errno::EAGAIN => "BlockingIOError",
            Errno::EPIPE => "BrokenPipeError",
            Errno::EINTR => "InterruptedError",
            Errno::ESRCH => "ProcessLookupError",
            Errno::ETIMEDOUT => "TimeoutError",
            _ => "OSError",
        }
    }

    /// Maps a host `std::io::Error` to a kind. Codes 1–34 are shared by Linux
    /// and the BSDs; above that, Linux codes are read directly and other hosts
    /// go through `io::ErrorKind`.
    pub fn from_io(err: &io::Error) -> Errno {
        if let Some(code) = err.raw_os_error() {
            if cfg!(target_os = "linux") || (1..=34).contains(&code) {
                return Errno::from_number(code);
            }
        }
        match err.kind() {
            io::ErrorKind::NotFound => Errno::ENOENT,
            io::ErrorKind::PermissionDenied => Errno::EACCES,
            io::ErrorKind::AlreadyExists => Errno::EEXIST,
            io::ErrorKind::IsADirectory => Errno::EISDIR,
            io::ErrorKind::NotADirectory => Errno::ENOTDIR,
            io::ErrorKind::DirectoryNotEmpty => Errno::ENOTEMPTY,
            io::ErrorKind::InvalidInput => Errno::EINVAL,
            io::ErrorKind::InvalidFilename => Errno::ENAMETOOLONG,
            io::ErrorKind::WouldBlock => Errno::EAGAIN,
            io::ErrorKind::BrokenPipe => Errno::EPIPE,
            io::ErrorKind::Interrupted => Errno::EINTR,
            io::ErrorKind::TimedOut => Errno::ETIMEDOUT,
            io::ErrorKind::OutOfMemory => Errno::ENOMEM,
            io::ErrorKind::StorageFull => Errno::ENOSPC,
            io::ErrorKind::ReadOnlyFilesystem => Errno::EROFS,
            io::ErrorKind::NotSeekable => Errno::ESPIPE,
            io::ErrorKind::FileTooLarge => Errno::EFBIG,
            io::ErrorKind::CrossesDevices => Errno::EXDEV,
            io::ErrorKind::ResourceBusy => Errno::EBUSY,
            io::ErrorKind::Unsupported => Errno::ENOTSUP,
            _ => Errno::Other(err.raw_os_error().unwrap_or(-1)),
        }
    }
}

/// An error from the outside world: errno, strerror, and file name(s).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OsError {
    errno: Errno,
    strerror: String,
    filename: Option<String>,
    filename2: Option<String>,
}

impl OsError {
    /// An error with no file name, e.g. `EBADF` from a closed descriptor.
    pub fn new(errno: Errno) -> OsError {
        OsError { errno, strerror: errno.strerror(), filename: None, filename2: None }
    }

    /// An error about one path: `[Errno 2] No such file or directory: 'x'`.
    pub fn with_path(errno: Errno, path: &str) -> OsError {
        OsError::new(errno).filename(path)
    }

    /// An error about two paths (rename): `...: 'a' -> 'b'`.
    pub fn with_paths(errno: Errno, from: &str, to: &str) -> OsError {
        OsError::with_path(errno, from).filename2(to)
    }

    /// Converts a host error, attaching `path` if given. Our own `strerror`
    /// is used for named kinds; the host's text otherwise.
    pub fn from_io(err: &io::Error, path: Option<&str>) -> OsError {
        let errno = Errno::from_io(err);
        let mut out = OsError::new(errno);
        if let Errno::Other(_) = errno {
            out.strerror = err.to_string();
        }
        out.filename = path.map(str::to_string);
        out
    }

    /// Sets the (first) file name.
    pub fn filename(mut self, path: &str) -> OsError {
        self.filename = Some(path.to_string());
        self
    }

    /// Sets the second file name (the target of a rename).
    pub fn filename2(mut self, path: &str) -> OsError {
        self.filename2 = Some(path.to_string());
        self
    }

    pub fn errno(&self) -> Errno {
        self.errno
    }

    pub fn strerror(&self) -> &str {
        &self.strerror
    }

    pub fn path(&self) -> Option<&str> {
        self.filename.as_deref()
    }

    pub fn path2(&self) -> Option<&str> {
        self.filename2.as_deref()
    }

    /// The Python exception class to raise (`"FileNotFoundError"`, …).
    pub fn python_class(&self) -> &'static str {
        self.errno.python_class()
    }

    /// `str(exc)` as CPython prints it:
    /// `[Errno 2] No such file or directory: 'x'`, with `-> 'y'` for a second
    /// file name, and no colon part when there is no file name.
    pub fn python_message(&self) -> String {
        let mut out = format!("[Errno {}] {}", self.errno.number(), self.strerror);
        if let Some(f) = &self.filename {
            out.push_str(": ");
            out.push_str(&repr_str(f));
            if let Some(f2) = &self.filename2 {
                out.push_str(" -> ");
                out.push_str(&repr_str(f2));
            }
        }
        out
    }
}

impl fmt::Display for OsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.python_message())
    }
}

impl std::error::Error for OsError {}

impl From<Errno> for OsError {
    fn from(errno: Errno) -> OsError {
        OsError::new(errno)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_match_cpython() {
        let e = OsError::with_path(Errno::ENOENT, "x");
        assert_eq!(e.python_message(), "[Errno 2] No such file or directory: 'x'");
        assert_eq!(e.python_class(), "FileNotFoundError");
        let e = OsError::with_paths(Errno::ENOENT, "/tmp/nope_a", "/tmp/it's");
        assert_eq!(e.python_message(), "[Errno 2] No such file or directory: '/tmp/nope_a' -> \"/tmp/it's\"");
        assert_eq!(OsError::new(Errno::EINVAL).to_string(), "[Errno 22] Invalid argument");
        assert_eq!(OsError::new(Errno::EISDIR).python_class(), "IsADirectoryError");
        assert_eq!(OsError::new(Errno::ENOSPC).python_class(), "OSError");
    }

    #[test]
    fn numbers_round_trip() {
        for (kind, n, _) in TABLE {
            assert_eq!(Errno::from_number(*n), *kind);
            assert_eq!(kind.number(), *n);
        }
        assert_eq!(Errno::from_number(9999), Errno::Other(9999));
        assert_eq!(Errno::ENOTSUP.name(), "ENOTSUP");
    }

    #[test]
    fn host_errors_map() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(Errno::from_io(&e), Errno::ENOENT);
        let e = io::Error::new(io::ErrorKind::AlreadyExists, "x");
        assert_eq!(Errno::from_io(&e), Errno::EEXIST);
    }
}
