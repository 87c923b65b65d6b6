//! The [`OsBackend`] trait and its plain data types.
//!
//! **API boundary:** this trait is the whole of the PVM's access to the world.
//! It is object-safe and `Send + Sync`; the PVM holds an `Arc<dyn OsBackend>`,
//! so every method takes `&self` and implementations use interior mutability.
//!
//! Conventions every implementation keeps (the contract suite checks them):
//! - Paths are Python `str`s. Relative paths resolve against the backend's own
//!   current directory ([`OsBackend::getcwd`]), never the process's.
//! - Descriptors 0, 1 and 2 are stdin, stdout and stderr: `read(Fd(0), n)`
//!   reads stdin, `write(Fd(1), b)` writes stdout. Files opened with
//!   [`OsBackend::open`] get the lowest free number from 3 up, as POSIX does.
//! - A failed call changes nothing and returns an [`OsError`] carrying the
//!   errno Linux would report, and the path(s) CPython would put in the message.
//! - `listdir` returns names sorted (CPython's order is the file system's;
//!   sorting makes runs reproducible).
//! - `request_exit` records a status; it never ends the process. The PVM
//!   unwinds (`finally` blocks, flushing) and the app layer exits.

use std::time::Duration;

use crate::error::OsError;

/// A file descriptor, as Python's `os` functions see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fd(pub u32);

impl Fd {
    pub const STDIN: Fd = Fd(0);
    pub const STDOUT: Fd = Fd(1);
    pub const STDERR: Fd = Fd(2);
}

/// One of the two output streams.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutStream {
    Stdout,
    Stderr,
}

/// Where a seek offset counts from: Python's `whence` 0, 1, 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Whence {
    /// `os.SEEK_SET` (0): from the start.
    Start,
    /// `os.SEEK_CUR` (1): from the current position.
    Current,
    /// `os.SEEK_END` (2): from the end.
    End,
}

impl Whence {
    /// Python's integer `whence`; `None` for anything but 0, 1, 2
    /// (callers raise `EINVAL` / `ValueError`).
    pub fn from_int(whence: i64) -> Option<Whence> {
        match whence {
            0 => Some(Whence::Start),
            1 => Some(Whence::Current),
            2 => Some(Whence::End),
            _ => None,
        }
    }
}

/// How to open a file: the flags behind a Python mode string
/// (see [`crate::mode::OpenMode`]), shaped like `std::fs::OpenOptions`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OpenOptions {
    pub read: bool,
    pub write: bool,
    /// Every write goes to the end of the file (`O_APPEND`); the position
    /// starts at the end too, as CPython's `FileIO` seeks there on open.
    pub append: bool,
    /// Cut the file to length 0 on open (`O_TRUNC`).
    pub truncate: bool,
    /// Create the file if it is missing (`O_CREAT`).
    pub create: bool,
    /// Fail with `EEXIST` if the file exists (`O_CREAT | O_EXCL`).
    pub create_new: bool,
}

/// What kind of thing a path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileKind {
    File,
    Dir,
    Symlink,
    Other,
}

/// The part of `os.stat_result` the OS layer provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Metadata {
    pub kind: FileKind,
    /// Size in bytes (`st_size`).
    pub size: u64,
    /// Last modification, nanoseconds since the Unix epoch (`st_mtime_ns`).
    pub mtime_ns: i64,
    /// `st_mode`: file type bits and permission bits, as on Unix.
    pub mode: u32,
}

impl Metadata {
    pub fn is_file(&self) -> bool {
        self.kind == FileKind::File
    }

    pub fn is_dir(&self) -> bool {
        self.kind == FileKind::Dir
    }
}

/// How local time relates to UTC at one instant: what `time.localtime`
/// needs beyond the wall clock (CPython asks the C library's `localtime`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LocalOffset {
    /// Seconds east of UTC (`tm_gmtoff`).
    pub utc_offset: i32,
    /// Whether daylight saving time is in effect (`tm_isdst`).
    pub is_dst: bool,
    /// The zone's abbreviation (`tm_zone`), e.g. `UTC`, `CEST`.
    pub zone: String,
}

impl LocalOffset {
    /// Coordinated Universal Time itself.
    pub fn utc() -> LocalOffset {
        LocalOffset { utc_offset: 0, is_dst: false, zone: "UTC".to_string() }
    }
}

/// Everything a Python program does outside itself.
pub trait OsBackend: Send + Sync {
    // ---- standard streams -------------------------------------------------

    /// Writes all of `data` to stdout or stderr.
    fn write_stream(&self, stream: OutStream, data: &[u8]) -> Result<(), OsError>;
    /// Flushes stdout or stderr.
    fn flush_stream(&self, stream: OutStream) -> Result<(), OsError>;
    /// Reads one line from stdin, newline included; empty at end of input.
    fn read_stdin_line(&self) -> Result<Vec<u8>, OsError>;
    /// Reads the rest of stdin.
    fn read_stdin_all(&self) -> Result<Vec<u8>, OsError>;
    /// `os.isatty(fd)`: whether `fd` is a terminal. `EBADF` if not open.
    fn isatty(&self, fd: Fd) -> Result<bool, OsError>;

    // ---- files by descriptor ---------------------------------------------

    /// Opens `path`; the new descriptor is the lowest free one from 3 up.
    /// Opening a directory fails with `EISDIR`, as CPython's `open()` does.
    fn open(&self, path: &str, options: &OpenOptions) -> Result<Fd, OsError>;
    /// Reads up to `max` bytes from the current position (fewer at the end;
    /// empty at end of file).
    fn read(&self, fd: Fd, max: usize) -> Result<Vec<u8>, OsError>;
    /// Reads from the current position to the end of the file.
    fn read_to_end(&self, fd: Fd) -> Result<Vec<u8>, OsError>;
    /// Writes all of `data`; returns the number of bytes written.
    fn write(&self, fd: Fd, data: &[u8]) -> Result<usize, OsError>;
    /// Moves the position; returns the new position. A resulting negative
    /// position is `EINVAL`; past the end is allowed (a later write pads with
    /// zero bytes). Standard streams are not seekable (`ESPIPE`).
    fn seek(&self, fd: Fd, offset: i64, whence: Whence) -> Result<u64, OsError>;
    /// The current position.
    fn tell(&self, fd: Fd) -> Result<u64, OsError>;
    /// Sets the file's length to `size` (cutting or zero-extending); the
    /// position does not move. `EINVAL` if not open for writing.
    fn truncate(&self, fd: Fd, size: u64) -> Result<(), OsError>;
    /// `os.fstat(fd)`. For 0, 1, 2 it describes the stream (the host's real
    /// terminal, pipe or file; a pipe in the sandbox).
    fn fstat(&self, fd: Fd) -> Result<Metadata, OsError>;
    /// Closes `fd`; `EBADF` if it is not open. Closing 0, 1 or 2 is accepted
    /// and does nothing.
    fn close(&self, fd: Fd) -> Result<(), OsError>;

    // ---- the file system by path -------------------------------------------

    /// `os.stat(path)` (follows symbolic links).
    fn stat(&self, path: &str) -> Result<Metadata, OsError>;
    /// `os.path.exists(path)`: false for any error.
    fn exists(&self, path: &str) -> bool {
        self.stat(path).is_ok()
    }
    /// `os.listdir(path)`, sorted by name; no `.` or `..`.
    fn listdir(&self, path: &str) -> Result<Vec<String>, OsError>;
    /// `os.mkdir(path)`: the parent must exist.
    fn mkdir(&self, path: &str) -> Result<(), OsError>;
    /// `os.remove(path)`: files only (`EISDIR` for a directory).
    fn remove(&self, path: &str) -> Result<(), OsError>;
    /// `os.rmdir(path)`: empty directories only.
    fn rmdir(&self, path: &str) -> Result<(), OsError>;
    /// `os.rename(from, to)`: POSIX `rename`, replacing a file at `to`.
    fn rename(&self, from: &str, to: &str) -> Result<(), OsError>;
    /// `os.getcwd()`: an absolute path; `ENOENT` if that directory has
    /// been removed.
    fn getcwd(&self) -> Result<String, OsError>;
    /// `os.chdir(path)`: changes this backend's current directory only.
    fn chdir(&self, path: &str) -> Result<(), OsError>;

    // ---- clocks -------------------------------------------------------------

    /// `time.time_ns()`: wall-clock nanoseconds since the Unix epoch.
    fn time_ns(&self) -> i64;
    /// `time.monotonic_ns()`: never goes backwards.
    fn monotonic_ns(&self) -> u64;
    /// `time.perf_counter_ns()`: the highest-resolution monotonic clock.
    fn perf_counter_ns(&self) -> u64;
    /// `time.sleep(d)`. A sandbox advances its virtual clock instead.
    fn sleep(&self, duration: Duration) -> Result<(), OsError>;
    /// The local time zone at `unix_secs` (seconds since the epoch). The
    /// default, a world that runs on UTC, is the sandbox's.
    fn local_offset(&self, unix_secs: i64) -> LocalOffset {
        let _ = unix_secs;
        LocalOffset::utc()
    }

    // ---- process ------------------------------------------------------------

    /// `os.environ.get(name)`.
    fn getenv(&self, name: &str) -> Option<String>;
    /// `os.environ`, sorted by name.
    fn environ(&self) -> Vec<(String, String)>;
    /// `sys.argv`.
    fn argv(&self) -> Vec<String>;
    /// `sys.executable`: the absolute path of the running interpreter, or
    /// `""` when there is none to give (CPython's value when it cannot tell).
    fn executable(&self) -> String;
    /// `sys.orig_argv`: the interpreter's own command line, options
    /// included. By default the executable followed by `argv`, the command
    /// line that would run the program.
    fn orig_argv(&self) -> Vec<String> {
        std::iter::once(self.executable()).chain(self.argv()).collect()
    }
    /// `os.urandom(n)`.
    fn urandom(&self, n: usize) -> Result<Vec<u8>, OsError>;
    /// `os.cpu_count()`: the logical CPUs, or `None` when it cannot be
    /// told (the default, a world that does not say).
    fn cpu_count(&self) -> Option<usize> {
        None
    }
    /// `os.getpid()`: the process's id (by default 1, the only process of
    /// a world of its own).
    fn getpid(&self) -> u32 {
        1
    }
    /// Records that the program asked to exit with `status`. Never exits.
    fn request_exit(&self, status: i32);
    /// The status given to the last [`OsBackend::request_exit`], if any.
    fn exit_status(&self) -> Option<i32>;
}
